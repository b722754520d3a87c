import * as assert from "assert";
import { checkContainer, UNKNOWN } from "../../provider/check";

const valid = { name: "web", rootfs: { busybox: {} }, command: ["/bin/sh", "-c", "sleep 1"] };

describe("check: Container inputs", () => {
  it("GIVEN a minimal valid spec THEN there are no failures", () => {
    assert.deepStrictEqual(checkContainer(valid), []);
  });

  it("GIVEN every property set validly THEN there are no failures", () => {
    const full = { ...valid, hostname: "web.example", env: { A_1: "x", _B: "" }, network: { mode: "host" }, runtime: "runc", stateRoot: "/srv/paddock" };
    assert.deepStrictEqual(checkContainer(full), []);
  });

  // Each row: what is wrong, the inputs, the property path the failure must name, and a word the reason must contain.
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["uppercase name", { ...valid, name: "Web" }, "name", /lowercase/],
    ["name with a shell metacharacter", { ...valid, name: "web;rm -rf" }, "name", /lowercase/],
    ["name with a slash", { ...valid, name: "a/b" }, "name", /lowercase/],
    ["name with ..", { ...valid, name: ".." }, "name", /lowercase/],
    ["name too long", { ...valid, name: "a".repeat(41) }, "name", /40 characters/],
    ["name of the wrong type", { ...valid, name: 7 }, "name", /must be string/],
    ["missing rootfs", { name: "web", command: ["/bin/true"] }, "rootfs", /is required/],
    ["missing command", { name: "web", rootfs: { busybox: {} } }, "command", /is required/],
    ["empty command", { ...valid, command: [] }, "command", /argument vector/],
    ["relative program", { ...valid, command: ["sh", "-c", "x"] }, "command[0]", /absolute path/],
    ["command as a string", { ...valid, command: "/bin/sh -c x" }, "command", /must be array/],
    ["non-string argument", { ...valid, command: ["/bin/echo", 3] }, "command[1]", /must be string/],
    ["relative rootfs directory", { ...valid, rootfs: { directory: "srv/root" } }, "rootfs.directory", /absolute path/],
    ["rootfs directory with ..", { ...valid, rootfs: { directory: "/srv/../etc" } }, "rootfs.directory", /no '\.' or '\.\.'/],
    ["rootfs directory with a comma", { ...valid, rootfs: { directory: "/srv/a,b" } }, "rootfs.directory", /overlayfs/],
    ["rootfs directory /", { ...valid, rootfs: { directory: "/" } }, "rootfs.directory", /host's root/],
    ["rootfs with two sources", { ...valid, rootfs: { busybox: {}, directory: "/srv" } }, "rootfs", /exactly one source/],
    ["rootfs with an unknown source", { ...valid, rootfs: { docker: "alpine" } }, "rootfs", /exactly one source/],
    ["rootfs inside the state root", { ...valid, rootfs: { directory: "/var/lib/paddock/x" } }, "rootfs.directory", /state root/],
    ["unknown property", { ...valid, memory: "1GiB" }, "memory", /not a known property/],
    ["misspelled property", { ...valid, hostnam: "x" }, "hostnam", /check its spelling/],
    ["bad hostname", { ...valid, hostname: "-bad-" }, "hostname", /RFC 1123/],
    ["hostname with a space", { ...valid, hostname: "a b" }, "hostname", /RFC 1123/],
    ["env name with =", { ...valid, env: { "A=B": "x" } }, "env.A=B", /environment variable name/],
    ["env value not a string", { ...valid, env: { A: 1 } }, "env.A", /must be string/],
    ["unknown network mode", { ...valid, network: { mode: "bridge0" } }, "network.mode", /must be one of "none", "host"/],
    ["unknown network property", { ...valid, network: { mode: "none", vlan: 3 } }, "network.vlan", /not a known property/],
    ["unknown runtime", { ...valid, runtime: "docker" }, "runtime", /must be one of "auto", "runc", "crun"/],
    ["relative state root", { ...valid, stateRoot: "paddock" }, "stateRoot", /absolute path/],
    ["state root /etc", { ...valid, stateRoot: "/etc" }, "stateRoot", /system directory/],
    ["state root with a colon", { ...valid, stateRoot: "/srv/a:b" }, "stateRoot", /overlayfs/],
  ];
  for (const [what, inputs, property, reason] of cases) {
    it(`GIVEN ${what} THEN the failure names \`${property}\``, () => {
      const failures = checkContainer(inputs);
      const hit = failures.find((f) => f.property === property);
      assert.ok(hit, `no failure for ${property}; got ${JSON.stringify(failures)}`);
      assert.match(hit.reason, reason);
    });
  }

  it("GIVEN several mistakes THEN all are reported at once", () => {
    const failures = checkContainer({ name: "BAD", rootfs: { busybox: {} }, command: [], colour: 1 });
    assert.deepStrictEqual(failures.map((f) => f.property).sort(), ["colour", "command", "name"]);
  });

  it("GIVEN a value unknown at preview THEN it is not judged yet", () => {
    assert.deepStrictEqual(checkContainer({ ...valid, hostname: UNKNOWN }), []);
  });
});
