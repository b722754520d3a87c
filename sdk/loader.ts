import * as pulumi from "@pulumi/pulumi";

/**
 * The provider object Pulumi serializes into each resource's state. It holds no
 * logic: every method require()s the installed provider when it is called, so
 * old state always runs the code installed now. Keep it tiny and stable: its
 * text is stored in every stack.
 */
export function loaderFor(kind: "Container" | "Network" | "Volume" | "Jail" | "Zone"): pulumi.dynamic.ResourceProvider {
  return {
    check: (olds, news) => require("pulumi-paddock/provider").kinds[kind].check(olds, news),
    diff: (id, olds, news) => require("pulumi-paddock/provider").kinds[kind].diff(id, olds, news),
    create: (inputs) => require("pulumi-paddock/provider").kinds[kind].create(inputs),
    read: (id, props) => require("pulumi-paddock/provider").kinds[kind].read(id, props),
    update: (id, olds, news) => require("pulumi-paddock/provider").kinds[kind].update(id, olds, news),
    delete: (id, props) => require("pulumi-paddock/provider").kinds[kind].delete(id, props),
  };
}
