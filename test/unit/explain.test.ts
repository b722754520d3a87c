import * as assert from "assert";
import { diffContainer } from "../../provider/core/diff";
import { describeDiff } from "../../provider/core/explain";
import { normalizeContainer } from "../../provider/core/spec";

const base = { name: "web", rootfs: { busybox: {} }, command: ["/bin/sleep", "1"] as [string, ...string[]] };
const olds = { ...normalizeContainer({ ...base, limits: { memory: "64MiB" } }), runtime: "runc" };

describe("the preview message: how a change will be applied", () => {
  it("names a live change, the values on the host and in the program", () => {
    const news = { ...base, limits: { memory: "128MiB" } };
    const msg = describeDiff(olds, news, diffContainer(olds, news));
    assert.strictEqual(msg, 'paddock: limits (live): {"memory":"64MiB"} on the host, {"memory":"128MiB"} in the program. pulumi up applies this live: the unit keeps running with the same init process.');
  });

  it("says a restart keeps the unit's writes", () => {
    const news = { ...base, limits: { memory: "64MiB" }, env: { A: "1" } };
    assert.match(describeDiff(olds, news, diffContainer(olds, news)), /env \(restart\).*applies this by a restart: .* is kept\.$/);
  });

  it("says a replacement loses them", () => {
    const news = { ...base, limits: { memory: "64MiB" }, rootfs: { directory: "/srv/r" } };
    assert.match(describeDiff(olds, news, diffContainer(olds, news)), /rootfs \(replace\).*by replacing the unit: .* is lost\.$/);
  });
});
