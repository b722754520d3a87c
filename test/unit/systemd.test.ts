import * as assert from "assert";
import { execArg, renderService, serviceCgroup, serviceName, sliceName, systemdUnitCgroup } from "../../provider/linux/systemd";
import { normalizeRestart } from "../../provider/core/spec";

describe("systemd services for units: names, quoting, settings", () => {
  it("names each state root's slice and each unit's service so two roots never share one", () => {
    assert.strictEqual(sliceName("/var/lib/paddock"), "paddock.slice");
    assert.strictEqual(serviceName("/var/lib/paddock", "web"), "paddock_web.service");
    assert.match(sliceName("/srv/other"), /^paddock-[0-9a-f]{8}\.slice$/);
    assert.match(serviceName("/srv/other", "web"), /^paddock-[0-9a-f]{8}_web\.service$/);
    assert.notStrictEqual(serviceName("/srv/a", "web"), serviceName("/srv/b", "web"));
    assert.strictEqual(serviceCgroup("/var/lib/paddock", "web"), "/paddock.slice/paddock_web.service");
    assert.strictEqual(systemdUnitCgroup("/srv/other", "web"), `/paddock.slice/${sliceName("/srv/other")}/${serviceName("/srv/other", "web")}/unit`);
  });

  it("quotes every Exec argument, so none is split, expanded or taken for a specifier", () => {
    assert.strictEqual(execArg("/usr/bin/node"), '"/usr/bin/node"');
    assert.strictEqual(execArg('/srv/my root/100%$HOME"\\x'), '"/srv/my root/100%%$$HOME\\"\\\\x"');
    assert.throws(() => execArg("a\nb"), /control character/);
  });

  it("renders a forking, delegated service with the unit's restart policy, stop timeout and boot target", () => {
    const text = renderService({
      stateRoot: "/var/lib/paddock", unit: "web", description: "Paddock unit web",
      start: ["/usr/bin/node", "/opt/p/paddock.js", "unit-start", "--state-root", "/var/lib/paddock", "web"],
      stopPost: ["crun", "--root", "/var/lib/paddock/runtime/crun", "delete", "--force", "web"],
      pidFile: "/var/lib/paddock/units/web/init.pid", stopTimeoutSec: 10,
      ...normalizeRestart({ restart: "on-failure", restartDelay: "2s", restartLimit: { attempts: 3, within: "30s" } }), startAtBoot: true,
    });
    for (const line of ["Type=forking", "Delegate=yes", "Slice=paddock.slice", "KillMode=mixed", "TimeoutStopSec=10", "Restart=on-failure", "RestartSec=2s",
      "StartLimitBurst=3", "StartLimitIntervalSec=30s", "PIDFile=/var/lib/paddock/units/web/init.pid", "WantedBy=multi-user.target",
      'ExecStart="/usr/bin/node" "/opt/p/paddock.js" "unit-start" "--state-root" "/var/lib/paddock" "web"',
      'ExecStopPost=-"crun" "--root" "/var/lib/paddock/runtime/crun" "delete" "--force" "web"']) {
      assert.ok(text.split("\n").includes(line), `${line} in\n${text}`);
    }
  });
});
