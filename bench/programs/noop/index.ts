import * as pulumi from "@pulumi/pulumi";

const n = Number(process.env.PADDOCK_BENCH_N ?? "1");
const memory = process.env.PADDOCK_BENCH_MEMORY ?? "32MiB";

// What Pulumi itself costs for the paddock program's resources: the same graph
// (one network, N units depending on its name) and the same shape of each
// resource (the same input and output properties, values of the same size;
// the engine and the SDK do work per property, and the checkpoint holds them
// all), with a provider that does nothing. Paddock's own work is the rest.
const container: pulumi.dynamic.ResourceProvider = {
  async create(inputs) {
    const name = String(inputs.name);
    return {
      id: name,
      outs: {
        ...inputs, user: { uid: 0, gid: 0 }, workdir: "/", hostname: name, env: {}, ports: [], mounts: [], rlimits: { nofile: 1024 },
        limits: { memory: inputs.limits.memory }, state: "running", runtime: "runc", unitId: name, pid: 4194304, status: "running",
        cgroupPath: `/paddock-00000000/${name}`, rootfsPath: `${inputs.stateRoot}/units/${name}/rootfs`,
        network: { ...inputs.network, address: "10.79.255.254" }, address: "10.79.255.254", stateVersion: 1,
      },
    };
  },
  async diff(_id, olds, news) { return { changes: olds.limits.memory !== news.limits.memory }; },
  async update(_id, olds, news) { return { outs: { ...olds, limits: news.limits } }; },
  async read(id, props) { return { id, props }; },
  async delete() { /* nothing */ },
};
const network: pulumi.dynamic.ResourceProvider = {
  async create(inputs) { return { id: String(inputs.name), outs: { ...inputs, bridge: `pd-${inputs.name}`, gateway: "10.79.0.1", nat: false, isolated: false, bridgeUp: true } }; },
  async read(id, props) { return { id, props }; },
  async delete() { /* nothing */ },
};

const stateRoot = process.env.PADDOCK_STATE_ROOT;
const owner = (name: string, kind: string) => pulumi.createUrn(name, `pulumi-nodejs:dynamic/bench:${kind}`);
const outputs = (names: string[]) => Object.fromEntries(names.map((o) => [o, undefined]));

class NoopNetwork extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  constructor(name: string, props: Record<string, unknown>) {
    super(network, name, { ...outputs(["bridge", "gateway", "bridgeUp"]), ...props, name, stateRoot, __paddockOwner: owner(name, "NoopNetwork") }, {}, "bench", "NoopNetwork");
  }
}
class NoopContainer extends pulumi.dynamic.Resource {
  constructor(name: string, props: Record<string, unknown>) {
    const outs = outputs(["unitId", "runtime", "pid", "cgroupPath", "rootfsPath", "status", "hostname", "address", "stateVersion"]);
    super(container, name, { ...outs, ...props, name, stateRoot, __paddockOwner: owner(name, "NoopContainer") }, {}, "bench", "NoopContainer");
  }
}

const net = new NoopNetwork("bench", { subnet: "10.79.0.0/23" });
for (let i = 0; i < n; i++) {
  new NoopContainer(`u${i}`, {
    rootfs: { busybox: {} },
    command: ["/bin/sleep", "2147483647"],
    network: { mode: "bridge", network: net.name },
    limits: { memory },
    stopTimeout: "0s",
  });
}
