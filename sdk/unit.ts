import * as pulumi from "@pulumi/pulumi";
import { Kind, loaderFor } from "./loader";

/**
 * The inputs every Paddock resource hands its provider: the user's args, the
 * name on the host (the resource name unless given), the state root (like
 * DOCKER_HOST, PADDOCK_STATE_ROOT lets a whole program or a test run use
 * another), the resource's own URN (who owns the unit on the host, and where
 * the provider reports), and its output properties, unknown until created.
 */
export function paddockProps(kind: Kind, name: string, args: object, opts: pulumi.CustomResourceOptions | undefined, outputs: readonly string[]): Record<string, unknown> {
  if (opts?.import !== undefined) {
    // The engine reads an imported resource before it has inputs, so a dynamic provider is never
    // found for it (the SDK fails with "reading 'toJavaScript'"): say what works instead.
    throw new Error(`${kind} "${name}": Paddock resources cannot use the \`import\` option (Pulumi dynamic providers cannot read a resource that is not yet in the stack). Remove \`import\` and set \`adopt: true\` in its args to take over the existing one as it is.`);
  }
  const a = args as Record<string, unknown>;
  return {
    ...Object.fromEntries(outputs.map((o) => [o, undefined])),
    ...a,
    name: a.name ?? name,
    stateRoot: a.stateRoot ?? process.env.PADDOCK_STATE_ROOT,
    __paddockOwner: ownerUrn(kind, name, opts),
  };
}

/**
 * The resource's options, with its connection kept secret in the state when it
 * holds a private key (or may: an Output whose value is not known here).
 */
export function paddockOpts(args: object, opts: pulumi.CustomResourceOptions | undefined): pulumi.CustomResourceOptions | undefined {
  const c = (args as { connection?: unknown }).connection;
  if (c === undefined) return opts;
  const keyed = pulumi.Output.isInstance(c) || pulumi.Output.isInstance((c as { privateKey?: unknown }).privateKey) || (c as { privateKey?: unknown }).privateKey !== undefined;
  if (!keyed) return opts;
  return { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), "connection"] };
}

/**
 * The resource's own URN, as a value that carries no dependency. `createUrn(name,
 * type, opts.parent)` would make the resource depend on its parent, and Pulumi
 * expands a dependency on a component into all of the component's children,
 * this one included (pulumi/pulumi#13551): two Paddock resources in one
 * ComponentResource then wait on each other forever. A component's URN is known
 * as soon as it is registered, even in a preview.
 */
function ownerUrn(kind: Kind, name: string, opts: pulumi.CustomResourceOptions | undefined): pulumi.Input<string> {
  const type = `pulumi-nodejs:dynamic/paddock:${kind}`;
  const parent = opts?.parent;
  if (!parent) return pulumi.createUrn(name, type);
  const parentUrn = new Promise<string>((resolve) => parent.urn.apply(resolve));
  return pulumi.output(parentUrn).apply((p) => pulumi.createUrn(name, type, p));
}

/** What Jail and Zone share: the engine's outputs, and how their inputs reach the provider. */
export abstract class UnitResource extends pulumi.dynamic.Resource {
  declare readonly unitId: pulumi.Output<string>;
  declare readonly pid: pulumi.Output<number>;
  /** "running" or "stopped", as last observed. */
  declare readonly status: pulumi.Output<"running" | "stopped">;
  /** Its IPv4 address on a Paddock Network ("" when it has none). */
  declare readonly address: pulumi.Output<string>;
  declare readonly cgroupPath: pulumi.Output<string>;
  /** Its root directory on the host. */
  declare readonly rootfsPath: pulumi.Output<string>;
  /** The host ids its user and group ids 0..size-1 are (userns "private"); undefined with the host's own ids. */
  declare readonly idMap: pulumi.Output<{ hostId: number; size: number } | undefined>;

  protected constructor(kind: Kind, name: string, args: object, opts?: pulumi.CustomResourceOptions) {
    const outputs = ["unitId", "pid", "status", "address", "cgroupPath", "rootfsPath", "idMap"];
    super(loaderFor(kind), name, paddockProps(kind, name, args, opts, outputs), paddockOpts(args, opts), "paddock", kind);
  }
}
