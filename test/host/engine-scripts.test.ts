import * as assert from "assert";
import { spawn } from "child_process";
import * as path from "path";

const repo = path.resolve(__dirname, "../../..");

describe("host: the engine scripts", function () {
  it("GIVEN scripts/pulumi started several times at once in one checkout THEN every run installs the plugins without tripping over another", async () => {
    // What each `scripts/pulumi` does first; a fixed temporary name made 3 in 10 concurrent runs fail.
    const runs = Array.from({ length: 10 }, () => new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn("bash", [path.join(repo, "scripts/engine/install-plugins.sh")], { stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
      child.on("close", (code) => resolve({ code, err }));
    }));
    const results = await Promise.all(runs);
    assert.deepStrictEqual(results.filter((r) => r.code !== 0), [], JSON.stringify(results));
  });
});
