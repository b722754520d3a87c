import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, kinds, readmeWithTables, validatorsSource } = require(path.join(root, "scripts/generate-types.js")) as {
  generate(kind: string): Promise<string>;
  kinds: string[];
  readmeWithTables(readme: string): string;
  validatorsSource(): string;
};

describe("generated files", () => {
  for (const kind of kinds) {
    it(`schema/types/${kind}.ts is what the schema generates (run npm run generate if not)`, async () => {
      const committed = fs.readFileSync(path.join(root, "schema/types", `${kind}.ts`), "utf8");
      assert.strictEqual(committed, await generate(kind));
    });
  }

  it("schema/types/validators.ts is what Ajv compiles the schemas to (run npm run generate if not)", () => {
    assert.strictEqual(fs.readFileSync(path.join(root, "schema/types/validators.ts"), "utf8"), validatorsSource());
  });

  it("README.md's property tables are what the schema generates (run npm run generate if not)", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    assert.strictEqual(readme, readmeWithTables(readme));
  });

  it("the Pulumi CLI we build is the @pulumi/pulumi SDK the repo pins for its own tests", () => {
    const env = fs.readFileSync(path.join(root, "scripts/engine-env.sh"), "utf8");
    const cli = /PADDOCK_PULUMI_VERSION="v([^"]+)"/.exec(env)?.[1];
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    assert.strictEqual(pkg.devDependencies["@pulumi/pulumi"], cli);
  });

  it("users bring their own @pulumi/pulumi: a caret range from the lowest version the package test installs", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    assert.strictEqual(pkg.dependencies["@pulumi/pulumi"], undefined, "a dependency would install a second copy of the SDK");
    const lowest = /^\^(3\.\d+\.\d+)$/.exec(pkg.peerDependencies["@pulumi/pulumi"])?.[1];
    assert.ok(lowest, `peerDependencies["@pulumi/pulumi"] is ${pkg.peerDependencies["@pulumi/pulumi"]}`);
    const packageTest = fs.readFileSync(path.join(root, "test/package/install.test.ts"), "utf8");
    assert.ok(packageTest.includes(`"${lowest}"`), `test/package/install.test.ts does not install the lowest supported SDK ${lowest}`);
  });
});
