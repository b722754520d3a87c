import * as pulumi from "@pulumi/pulumi";

const n = Number(process.env.PADDOCK_BENCH_N ?? "1");
const memoryBytes = Number(process.env.PADDOCK_BENCH_MEMORY_BYTES ?? String(32 * 1024 * 1024));
const lxcConf = process.env.PADDOCK_BENCH_LXC_CONF!;

// What a Pulumi user writes without Paddock: one command resource per container
// with create, update and delete commands, as @pulumi/command's local.Command
// (whose plugin cannot be built on these machines, see the README) would run
// them. Like local.Command, read re-runs nothing, and a changed command runs the
// update command. Commands are argument vectors here (local.Command would hand
// each to sh -c: one more process per command).
type Argv = string[];
interface CommandInputs { create: Argv[]; update: Argv[]; delete: Argv[] }

const commands: pulumi.dynamic.ResourceProvider = {
  async create(inputs: CommandInputs) {
    const run = require("util").promisify(require("child_process").execFile);
    for (const argv of inputs.create) await run(argv[0], argv.slice(1));
    return { id: inputs.create[0].join(" "), outs: inputs };
  },
  async diff(_id, olds: CommandInputs, news: CommandInputs) {
    return { changes: JSON.stringify(olds) !== JSON.stringify(news) };
  },
  async update(_id, _olds, news: CommandInputs) {
    const run = require("util").promisify(require("child_process").execFile);
    for (const argv of news.update) await run(argv[0], argv.slice(1));
    return { outs: news };
  },
  async read(id, props) { return { id, props }; },
  async delete(_id, props: CommandInputs) {
    const run = require("util").promisify(require("child_process").execFile);
    for (const argv of props.delete) await run(argv[0], argv.slice(1));
  },
};

class Command extends pulumi.dynamic.Resource {
  constructor(name: string, props: CommandInputs) {
    super(commands, name, props, {}, "bench", "Command");
  }
}

for (let i = 0; i < n; i++) {
  const name = `pdcmd-${i}`;
  new Command(`u${i}`, {
    create: [["lxc-create", "-n", name, "-t", "busybox", "-f", lxcConf], ["lxc-start", "-n", name, "-d"]],
    update: [["lxc-cgroup", "-n", name, "memory.limit_in_bytes", String(memoryBytes)]],
    delete: [["lxc-destroy", "-n", name, "-f"]],
  });
}
