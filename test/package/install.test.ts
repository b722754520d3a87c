/**
 * Paddock as a user gets it: the packed npm package installed into a brand-new
 * Pulumi TypeScript project outside this repository (its own package.json with
 * its own @pulumi/pulumi, a tsconfig as `pulumi new typescript` writes one),
 * then driven through the real Pulumi CLI. The steps are the README's "Use
 * Paddock in your own project". Run for the SDK the repo pins and for the lowest
 * one the package supports.
 */
import * as assert from "assert";
import { execFileSync, ExecFileSyncOptions } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inUnit, inventory, isAlive, makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";

const repo = path.resolve(__dirname, "../../..");
const PINNED = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")).devDependencies["@pulumi/pulumi"] as string;
// The lowest @pulumi/pulumi the package supports (package.json's peer range starts here; a unit test checks they agree).
const LOWEST = "3.142.0";

describe("package: Paddock installed from npm into a project of its own", function () {
  let scratch: string;
  let tarball: string;

  before(function () {
    requireRoot();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "paddock-package-"));
    // npm pack runs the package's prepare script: the tarball is built from the sources, as a publish would be.
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    tarball = path.join(scratch, (JSON.parse(out) as { filename: string }[])[0].filename);
  });

  after(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  describe("package: what npm pack ships", () => {
    it("holds the compiled SDK and provider, every file they load at run time, and the paddock bin", () => {
      const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
      for (const f of [
        "package/dist/sdk/index.js", "package/dist/sdk/index.d.ts", "package/dist/provider/index.js",
        "package/dist/provider/host/spawner-child.js", "package/dist/provider/cli/paddock.js",
        "package/dist/schema/types/validators.js", "package/dist/schema/container.schema.json", "package/README.md",
      ]) assert.ok(files.includes(f), `${f} is not in the package`);
      assert.ok(!files.some((f) => f.startsWith("package/dist/test/") || f.startsWith("package/test/")), "tests are not shipped");
      const pkg = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
      assert.strictEqual(pkg.bin.paddock, "dist/provider/cli/paddock.js");
      assert.strictEqual(pkg.dependencies["@pulumi/pulumi"], undefined);
      assert.strictEqual(pkg.peerDependencies["@pulumi/pulumi"], `^${LOWEST}`);
    });
  });

  for (const sdk of [PINNED, LOWEST]) {
    describe(`package: a new Pulumi project with @pulumi/pulumi ${sdk} installs the tarball and runs a component of Paddock resources`, function () {
      let project: string;
      let stateRoot: string;
      let initial: ReturnType<typeof inventory>;
      let env: NodeJS.ProcessEnv;
      const run = (argv: string[], opts: ExecFileSyncOptions = {}): string => {
        try {
          return execFileSync(argv[0], argv.slice(1), { cwd: project, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...opts }) as string;
        } catch (e) {
          const { stdout, stderr } = e as { stdout?: string; stderr?: string };
          throw new Error(`${argv.join(" ")} failed:\n${stdout ?? ""}\n${stderr ?? ""}`.trimEnd());
        }
      };
      const pulumi = (...args: string[]) => run(["pulumi", ...args, "--non-interactive", "--color", "never"]);

      before(() => {
        stateRoot = makeTestStateRoot(`pkg${sdk.replace(/\./g, "")}`);
        initial = inventory(stateRoot);
        project = path.join(scratch, `site-${sdk}`);
        const backend = path.join(scratch, `backend-${sdk}`);
        fs.mkdirSync(project);
        fs.mkdirSync(backend);
        const bin = process.env.PADDOCK_PULUMI_BIN;
        if (!bin) throw new Error("PADDOCK_PULUMI_BIN is not set: run through npm test (scripts/test.sh)");
        env = {
          ...process.env,
          PATH: `${bin}:${process.env.PATH}`,
          PULUMI_BACKEND_URL: `file://${backend}`,
          PULUMI_CONFIG_PASSPHRASE: "package-test",
          PADDOCK_STATE_ROOT: stateRoot,
          PADDOCK_EXAMPLE_SUBNET: "10.79.5.0/24",
        };
        // The files `pulumi new typescript` makes, as the README shows them.
        fs.writeFileSync(path.join(project, "Pulumi.yaml"), "name: site\ndescription: Paddock from npm\nruntime:\n  name: nodejs\n  options:\n    packagemanager: npm\n");
        fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({
          name: "site",
          main: "index.ts",
          devDependencies: { "@types/node": "^20", typescript: "^5.0.0" },
          dependencies: { "@pulumi/pulumi": sdk },
        }, null, 2));
        fs.writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({
          compilerOptions: {
            strict: true, outDir: "bin", target: "es2020", module: "commonjs", moduleResolution: "node", sourceMap: true,
            experimentalDecorators: true, pretty: true, noFallthroughCasesInSwitch: true, noImplicitReturns: true,
            forceConsistentCasingInFileNames: true,
          },
          files: ["index.ts"],
        }, null, 2));
        fs.copyFileSync(path.join(repo, "examples/component/index.ts"), path.join(project, "index.ts"));
      });

      after(async () => {
        if (project && fs.existsSync(path.join(project, "node_modules"))) {
          try { pulumi("destroy", "--yes", "--stack", "dev"); } catch { /* the test below already failed; the leak check names what is left */ }
        }
        if (stateRoot) removeTestStateRoot(stateRoot);
      });

      it("npm install of the tarball leaves one copy of @pulumi/pulumi", () => {
        run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", tarball]);
        const copies = run(["npm", "ls", "@pulumi/pulumi", "--all", "--parseable"]).split("\n").filter(Boolean);
        assert.deepStrictEqual(copies, [path.join(project, "node_modules/@pulumi/pulumi")]);
        assert.strictEqual(JSON.parse(fs.readFileSync(path.join(project, "node_modules/@pulumi/pulumi/package.json"), "utf8")).version, sdk);
      });

      it("the program type-checks against the installed package", () => {
        run(["npx", "--no-install", "tsc", "--noEmit", "-p", "."]);
      });

      it("pulumi preview plans both components and the Network and three Containers inside them", () => {
        pulumi("stack", "init", "dev");
        const out = pulumi("preview");
        for (const name of ["shop-net", "shop-db", "shop-web", "shop-cache-0"]) assert.match(out, new RegExp(`\\+ .*paddock:\\w+ +${name} +create`), out);
        assert.match(out, /\+ +\d* *to create/, out);
      });

      it("pulumi up creates them; the web unit is told the database's address and reaches it", () => {
        pulumi("up", "--yes");
        const outputs = JSON.parse(pulumi("stack", "output", "--json")) as Record<string, string | number>;
        const webPid = Number(outputs.webPid);
        assert.ok(isAlive(webPid));
        const environ = fs.readFileSync(`/proc/${webPid}/environ`, "utf8").split("\0");
        assert.ok(environ.includes(`DB_ADDRESS=${outputs.dbAddress}`), environ.join(" "));
        assert.match(String(outputs.cacheAddress), /^10\.79\.5\.\d+$/);
        assert.match(inUnit(webPid, ["wget", "-qO-", `http://${outputs.dbAddress}/hostname`]), /^shop-db$/m);
      });

      it("the package's paddock command works from the project (npx paddock list, exec, logs)", () => {
        const list = run(["npx", "--no-install", "paddock", "list", "--state-root", stateRoot]);
        assert.match(list, /^shop-web\s+Container\s+running\s/m, list);
        assert.match(run(["npx", "--no-install", "paddock", "exec", "shop-web", "--state-root", stateRoot, "--", "cat", "/etc/hostname"]), /^shop-web$/m);
        run(["npx", "--no-install", "paddock", "logs", "shop-web", "--state-root", stateRoot, "--tail", "5"]);
      });

      it("refresh and preview find no changes", () => {
        pulumi("refresh", "--yes", "--expect-no-changes");
        pulumi("preview", "--expect-no-changes");
      });

      it("pulumi destroy leaves the host as it was", () => {
        pulumi("destroy", "--yes");
        assert.deepStrictEqual(inventory(stateRoot), initial);
      });
    });
  }
});
