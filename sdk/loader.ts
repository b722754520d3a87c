import * as pulumi from "@pulumi/pulumi";

export type Kind = "Container" | "Network" | "Volume" | "Jail" | "Zone";

/**
 * The provider object Pulumi serializes into each resource's state. It holds no
 * logic: every method require()s the installed provider when it is called, so
 * old state always runs the code installed now. Keep it tiny and stable: its
 * text is stored in every stack.
 */
function makeLoader(kind: Kind): pulumi.dynamic.ResourceProvider {
  return {
    check: (olds, news) => require("pulumi-paddock/provider").kinds[kind].check(olds, news),
    diff: (id, olds, news) => require("pulumi-paddock/provider").kinds[kind].diff(id, olds, news),
    create: (inputs) => require("pulumi-paddock/provider").kinds[kind].create(inputs),
    read: (id, props) => require("pulumi-paddock/provider").kinds[kind].read(id, props),
    update: (id, olds, news) => require("pulumi-paddock/provider").kinds[kind].update(id, olds, news),
    delete: (id, props) => require("pulumi-paddock/provider").kinds[kind].delete(id, props),
  };
}

// One object per kind: Pulumi serializes a provider once per object, so sharing it
// makes a program of 100 units serialize 1 closure instead of 100 (the benchmark's
// largest per-unit cost in preview).
const loaders = new Map<Kind, pulumi.dynamic.ResourceProvider>();

export function loaderFor(kind: Kind): pulumi.dynamic.ResourceProvider {
  let loader = loaders.get(kind);
  if (!loader) loaders.set(kind, (loader = makeLoader(kind)));
  return loader;
}
