import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, kinds, readmeWithTables } = require(path.join(root, "scripts/generate-types.js")) as {
  generate(kind: string): Promise<string>;
  kinds: string[];
  readmeWithTables(readme: string): string;
};

describe("generated files", () => {
  for (const kind of kinds) {
    it(`schema/types/${kind}.ts is what the schema generates (run npm run generate if not)`, async () => {
      const committed = fs.readFileSync(path.join(root, "schema/types", `${kind}.ts`), "utf8");
      assert.strictEqual(committed, await generate(kind));
    });
  }

  it("README.md's property tables are what the schema generates (run npm run generate if not)", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    assert.strictEqual(readme, readmeWithTables(readme));
  });

  it("the Pulumi CLI we build is the version of the @pulumi/pulumi SDK we depend on", () => {
    const env = fs.readFileSync(path.join(root, "scripts/engine-env.sh"), "utf8");
    const cli = /PADDOCK_PULUMI_VERSION="v([^"]+)"/.exec(env)?.[1];
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    assert.strictEqual(pkg.dependencies["@pulumi/pulumi"], cli);
  });
});
