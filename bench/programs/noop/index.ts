import * as pulumi from "@pulumi/pulumi";

const n = Number(process.env.PADDOCK_BENCH_N ?? "1");
const memory = process.env.PADDOCK_BENCH_MEMORY ?? "32MiB";

// The same shape of dynamic resource as Paddock's (a provider object, inputs, outputs), doing nothing.
const noop: pulumi.dynamic.ResourceProvider = {
  async create(inputs) { return { id: String(inputs.name), outs: inputs }; },
  async diff(_id, olds, news) { return { changes: olds.memory !== news.memory }; },
  async update(_id, _olds, news) { return { outs: news }; },
  async read(id, props) { return { id, props }; },
  async delete() { /* nothing */ },
};
class Noop extends pulumi.dynamic.Resource {
  constructor(name: string, props: Record<string, unknown>) {
    super(noop, name, props, {}, "bench", "Noop");
  }
}
for (let i = 0; i < n; i++) new Noop(`u${i}`, { name: `u${i}`, memory });
