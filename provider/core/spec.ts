import type { ContainerArgs, Rootfs } from "../../sdk/types/container";

/** Paddock's own state root when the program names none. */
export const DEFAULT_STATE_ROOT = "/var/lib/paddock";

/** The version of the outputs' shape; every later provider reads every earlier one. */
export const STATE_VERSION = 1;

/** Input key the SDK fills with "<project>/<stack>/<resource name>", to tell a crash leftover from another stack's unit. */
export const OWNER_KEY = "__paddockOwner";

/** A Container's inputs with every default filled in: what the engine acts on. */
export interface ContainerSpec {
  readonly name: string;
  readonly rootfs: Rootfs;
  readonly command: readonly string[];
  readonly hostname: string;
  readonly env: Readonly<Record<string, string>>;
  readonly network: { readonly mode: "none" | "host" };
  readonly runtime: "auto" | "runc" | "crun";
  readonly stateRoot: string;
}

/** What a created Container records in the stack besides its inputs. */
export interface ContainerOutputs extends ContainerSpec {
  readonly unitId: string;
  readonly runtime: "runc" | "crun";
  readonly pid: number;
  readonly cgroupPath: string;
  readonly rootfsPath: string;
  readonly status: "running" | "stopped";
  readonly stateVersion: number;
  readonly [OWNER_KEY]?: string;
}

/** Fills defaults and puts values in one canonical form, so equal specs compare equal. */
export function normalizeContainer(args: ContainerArgs & { name: string }): ContainerSpec {
  const env: Record<string, string> = {};
  for (const key of Object.keys(args.env ?? {}).sort()) {
    const v = args.env?.[key];
    if (v !== undefined) env[key] = v;
  }
  return {
    name: args.name,
    rootfs: "directory" in args.rootfs ? { directory: args.rootfs.directory } : { busybox: {} },
    command: [...args.command],
    hostname: args.hostname ?? args.name,
    env,
    network: { mode: args.network?.mode ?? "none" },
    runtime: args.runtime ?? "auto",
    stateRoot: args.stateRoot ?? DEFAULT_STATE_ROOT,
  };
}
