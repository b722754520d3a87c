import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { normalizeJail } from "../../provider/core/jail";
import { normalizeZone } from "../../provider/core/zone";
import { renderJailConf, renderZonecfg } from "../../provider/core/render";

// Golden files live in the source tree; tests run from dist/.
const golden = (f: string) => fs.readFileSync(path.resolve(__dirname, "../../../test/unit/golden", f), "utf8");

describe("rendered for FreeBSD and illumos (golden files)", () => {
  it("the issue's jail as jail.conf, fstab and rctl rules", () => {
    const r = renderJailConf(normalizeJail({
      name: "dns", path: "/srv/jails/dns", hostname: "dns.example", ip4: ["10.77.0.53"], interface: "lan", vnet: true,
      execStart: ["/usr/sbin/unbound", "-d"], execStop: ["/usr/sbin/unbound-control", "stop"], persist: true, user: "unbound",
      allow: { rawSockets: false, mount: false, chflags: false }, childrenMax: 0,
      limits: { memoryuse: "256MiB", maxproc: 64, pcpu: 50 },
      mountFstab: [{ source: "/srv/zones/www", target: "/var/www", readOnly: true }],
    } as never));
    assert.strictEqual(r.jailConf, golden("dns.jail.conf"));
    assert.strictEqual(r.fstab, golden("dns.fstab"));
    assert.strictEqual(r.rctl, golden("dns.rctl"));
  });

  it("the issue's zone as a zonecfg command file", () => {
    const z = normalizeZone({
      name: "db", zonepath: "/var/lib/paddock/zones/db", brand: "sparse", inheritPkgDir: ["/usr", "/lib", "/lib64", "/bin", "/sbin"],
      autoboot: true, ipType: "exclusive", net: [{ network: "lan", address: "10.77.0.20", defrouter: "10.77.0.1" }],
      cappedMemory: { physical: "512MiB", swap: "512MiB" }, dedicatedCpu: { ncpus: 1 }, cappedCpu: { ncpus: 0.5 }, cpuShares: 20,
      maxLwps: 200, limitpriv: ["default", "-net_raw"], fs: [{ dir: "/data", special: "/srv/data", type: "bind", options: ["ro"] }],
    } as never);
    assert.strictEqual(renderZonecfg(z), golden("db.zonecfg"));
  });
});
