import type * as pulumi from "@pulumi/pulumi";

/**
 * A generated (plain) args type with every value, at any depth, allowed to be a
 * Pulumi Input, so `network: { mode: "bridge", network: lan.name }` type-checks.
 */
export type DeepInput<T> = T extends string | number | boolean | undefined | null
  ? pulumi.Input<T>
  : T extends readonly (infer U)[]
    ? pulumi.Input<readonly DeepInput<U>[]>
    : pulumi.Input<{ readonly [K in keyof T]: DeepInput<T[K]> }>;
