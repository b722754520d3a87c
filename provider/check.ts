import { writableBindReason, writableBindRisk, within } from "./core/host-paths";
import type { ErrorObject } from "ajv/dist/2020";
import { validators, type Validate, type ValidatedKind } from "../schema/types/validators";
import containerSchema from "../schema/container.schema.json";
import networkSchema from "../schema/network.schema.json";
import volumeSchema from "../schema/volume.schema.json";
import jailSchema from "../schema/jail.schema.json";
import zoneSchema from "../schema/zone.schema.json";
import { PRIVILEGES } from "./core/zone";
import { capabilityName } from "./core/capabilities";
import { assignable, contains, formatIp, formatSubnet, parseIp, parseSubnet, isNetworkAddress, subnetSize } from "./core/ipv4";
import { DEFAULT_STATE_ROOT, ID_RANGE_SIZE, OWNER_KEY, UNKNOWN } from "./core/spec";
import { formatBytes, parseBytes } from "./core/quantity";

/** Below this the kernel cannot start a unit's init at all. */
const MIN_MEMORY = 4 * 1024 * 1024;

/** A problem with one input, in words a person can act on. */
export interface CheckFailure {
  readonly property: string;
  readonly reason: string;
}

export { UNKNOWN };

// The schemas' validators, compiled ahead by `npm run generate` (Ajv's standalone code:
// compiling them here cost each provider process ~150 ms before its first check); made
// on first use, so reads and deletes (refresh, destroy) never load them.
let compiled: Record<ValidatedKind, Validate> | undefined;

function validatorFor(kind: ValidatedKind): Validate {
  // A size the pattern admits but no number holds exactly ("999999TiB") fails here, on its property.
  compiled ??= validators({ "paddock-size": { validate: fitsBytes } });
  return compiled[kind];
}

function fitsBytes(text: string): boolean {
  try {
    parseBytes(text);
    return true;
  } catch {
    return false;
  }
}

/** Schema first; only a spec the schema accepts gets the semantic rules (they assume its shape). */
function checkWith(
  kind: ValidatedKind,
  semantic: (i: Record<string, unknown>, unknown: string[]) => CheckFailure[],
  news: Record<string, unknown>,
  /** For a kind whose users bring names from elsewhere (jail.conf, zonecfg): what is supported instead. */
  supported?: string,
): CheckFailure[] {
  const inputs = { ...news };
  delete inputs.__provider;
  delete inputs[OWNER_KEY];
  const unknown = unknownPaths(inputs, "");
  const validate = validatorFor(kind);
  const failures = schemaFailures(validate(inputs) ? [] : validate.errors ?? [], inputs)
    .map((f) => (supported && f.reason.startsWith("is not a known property") && !f.property.includes(".") ? { ...f, reason: `is not supported: ${supported}` } : f))
    .filter((f) => !unknown.some((u) => f.property === u || f.property.startsWith(`${u}.`) || f.property.startsWith(`${u}[`)));
  if (failures.length > 0) return failures;
  return semantic(inputs, unknown);
}

/** Validates a Container's inputs against the schema, then the rules a schema cannot say. Pure. */
export function checkContainer(news: Record<string, unknown>): CheckFailure[] {
  return checkWith("container", semanticFailures, news);
}

/** Validates a Network's inputs. Pure. */
export function checkNetwork(news: Record<string, unknown>): CheckFailure[] {
  return checkWith("network", networkFailures, news);
}

/** The smallest sized volume: ext4's own structures need some room. */
const MIN_VOLUME = 1024 * 1024;

/** Validates a Volume's inputs; olds (the stack's) for the rules about changing size. Pure. */
export function checkVolume(news: Record<string, unknown>, olds: Record<string, unknown> = {}): CheckFailure[] {
  return checkWith("volume", (i, unknown) => {
    if (unknown.includes("size")) return [];
    if (i.size !== undefined && parseBytes(i.size as string) < MIN_VOLUME) {
      return [{ property: "size", reason: `must be at least ${formatBytes(MIN_VOLUME)}: the volume's filesystem needs room for its own structures` }];
    }
    return volumeSizeChange(olds, i);
  }, news);
}

/**
 * A sized volume's data lives in an ext4 filesystem of that size: it can grow in
 * place, but not shrink, and a volume cannot move between a plain directory and
 * a filesystem. Said at preview, before anything is touched. (A new name or
 * state root is a new volume: no rule applies.)
 */
function volumeSizeChange(olds: Record<string, unknown>, news: Record<string, unknown>): CheckFailure[] {
  if (olds.name === undefined || olds.name !== news.name || (olds.stateRoot ?? DEFAULT_STATE_ROOT) !== (news.stateRoot ?? DEFAULT_STATE_ROOT)) return [];
  const was = olds.size as string | undefined;
  const now = news.size as string | undefined;
  if (was === undefined && now !== undefined) {
    return [{ property: "size", reason: "cannot be added to a volume made without one (its data is in a plain directory): make a new Volume with a size and copy the data into it" }];
  }
  if (was !== undefined && now === undefined) {
    return [{ property: "size", reason: `cannot be removed: the data lives in the volume's ${was} filesystem. Keep size (it may grow), or make a new Volume` }];
  }
  if (was !== undefined && now !== undefined && parseBytes(now) < parseBytes(was)) {
    return [{ property: "size", reason: `cannot shrink from ${was} to ${now}: the volume's filesystem only grows. Keep ${was} or more, or make a new Volume and copy the data` }];
  }
  return [];
}

/** Validates a Jail's inputs: jail.conf's rules, and what Linux cannot do said plainly. Pure. */
export function checkJail(news: Record<string, unknown>): CheckFailure[] {
  return checkWith("jail", (i) => {
    const out: CheckFailure[] = [];
    const ip4 = (i.ip4 ?? []) as string[];
    if (ip4.length && !i.vnet) out.push({ property: "ip4", reason: "shared-IP jails (ip4 without vnet) cannot be made on Linux: set vnet: true to give the jail its own stack with this address" });
    if (ip4.length && i.vnet && !i.interface) out.push({ property: "interface", reason: "with ip4 and vnet, name the Paddock Network the address is on: interface: lan.name" });
    if (!i.execStart && !i.persist) out.push({ property: "execStart", reason: "a jail with neither exec.start nor persist has nothing to keep it alive: give execStart, or persist: true" });
    if (typeof i.path === "string" && i.path === "/") out.push({ property: "path", reason: "cannot be the host's root directory" });
    const stateRoot = typeof i.stateRoot === "string" ? i.stateRoot : DEFAULT_STATE_ROOT;
    const risk = typeof i.path === "string" && i.path !== "/" ? writableBindRisk(i.path, stateRoot) : undefined;
    if (risk) out.push({ property: "path", reason: `${i.path} is ${risk}: a jail writes to its path. Give the jail a directory of its own` });
    ((i.mountFstab ?? []) as Record<string, unknown>[]).forEach((m, n) => {
      out.push(...writableBindFailures(`mountFstab[${n}].source`, m.source, m.readOnly === true, m.unsafeHostWrite === true, stateRoot, "readOnly: true"));
    });
    return out;
  }, news, `the supported jail.conf parameters are: ${Object.keys(jailSchema.properties).join(", ")}`);
}

/** Validates a Zone's inputs: zonecfg's rules. Pure. */
export function checkZone(news: Record<string, unknown>): CheckFailure[] {
  return checkWith("zone", (i) => {
    const out: CheckFailure[] = [];
    const brand = (i.brand as string | undefined) ?? "sparse";
    if (brand === "whole" && !i.rootfs) out.push({ property: "rootfs", reason: 'brand "whole" needs a root filesystem source: rootfs: { debootstrap: { suite: "bookworm" } }, for example' });
    if (brand === "sparse" && i.rootfs) out.push({ property: "rootfs", reason: 'a "sparse" zone shares the host\'s directories and has no rootfs: remove it, or use brand: "whole"' });
    const ipType = (i.ipType as string | undefined) ?? "shared";
    const net = (i.net ?? []) as unknown[];
    if (ipType === "exclusive" && net.length === 0) out.push({ property: "net", reason: 'ipType "exclusive" needs an interface: net: [{ network: lan.name }]' });
    if (ipType === "shared" && net.length > 0) out.push({ property: "net", reason: 'an ipType "shared" zone uses the host\'s stack: remove net, or set ipType: "exclusive"' });
    const stateRoot = typeof i.stateRoot === "string" ? i.stateRoot : DEFAULT_STATE_ROOT;
    ((i.fs ?? []) as Record<string, unknown>[]).forEach((f, n) => {
      const ro = ((f.options ?? []) as string[]).includes("ro");
      out.push(...writableBindFailures(`fs[${n}].special`, f.special, ro, f.unsafeHostWrite === true, stateRoot, 'options: ["ro"]'));
    });
    if (typeof i.zonepath === "string" && !(i.zonepath.startsWith(`${stateRoot}/`) && !/\/(units|bases|runtime|networks|volumes|locks|cpus)(\/|$)/.test(i.zonepath.slice(stateRoot.length)))) {
      out.push({ property: "zonepath", reason: `must lie under the state root ${stateRoot} (and outside its units, bases, runtime and other Paddock directories), e.g. ${stateRoot}/zones/<name>` });
    }
    ((i.limitpriv ?? []) as string[]).forEach((p, n) => {
      const name = p.replace(/^-/, "");
      if (name !== "default" && !(name in PRIVILEGES)) out.push({ property: `limitpriv[${n}]`, reason: `unknown or unsupported privilege \`${p}\`; supported: default, ${Object.keys(PRIVILEGES).join(", ")}` });
      // A shared-IP zone's stack is the host's: raw sockets there sniff and spoof the host's traffic, net_admin reconfigures it.
      if (ipType === "shared" && (p === "net_raw" || p === "net_admin")) {
        out.push({ property: `limitpriv[${n}]`, reason: `${p} in an ipType "shared" zone acts on the host's own network stack: give the zone its own with ipType: "exclusive" and net, or remove ${p}` });
      }
    });
    return out;
  }, news, `the supported zonecfg properties are: ${Object.keys(zoneSchema.properties).join(", ")}`);
}

function networkFailures(inputs: Record<string, unknown>, unknown: string[]): CheckFailure[] {
  const out: CheckFailure[] = [];
  if (inputs.bridge === "lo") {
    out.push({ property: "bridge", reason: "lo is the host's loopback interface, not a bridge: leave bridge unset (Paddock makes pd-<name>), or name a bridge" });
  }
  if (typeof inputs.subnet !== "string" || unknown.includes("subnet")) return out;
  const subnet = parseSubnet(inputs.subnet);
  if (!isNetworkAddress(subnet)) {
    const size = subnetSize(subnet);
    const fixed = formatSubnet({ network: Math.floor(subnet.network / size) * size, prefix: subnet.prefix });
    out.push({ property: "subnet", reason: `${inputs.subnet} has host bits set: the subnet's own address is ${fixed}` });
  }
  if (typeof inputs.gateway === "string" && !unknown.includes("gateway")) {
    const gw = parseIp(inputs.gateway);
    const s = { network: Math.floor(subnet.network / subnetSize(subnet)) * subnetSize(subnet), prefix: subnet.prefix };
    if (!contains(s, gw)) out.push({ property: "gateway", reason: `${inputs.gateway} is not in the subnet ${formatSubnet(s)}` });
    else if (!assignable(s, -1, gw)) out.push({ property: "gateway", reason: `${inputs.gateway} is the subnet's network or broadcast address: use a host address such as ${formatIp(s.network + 1)}` });
  }
  return out;
}

/** What a oneOf wants, said once instead of every branch's complaint. */
const ONE_OF_HINTS: readonly [RegExp, string][] = [
  [/^$/, "give exactly one of path (a directory used as the jail's root, as is) or rootfs (a source Paddock builds the root from)"],
  [/^rootfs$/, 'give exactly one source: { busybox: {} }, { directory: "/absolute/path" }, { tarball: { path, sha256 } } or { debootstrap: { suite, variant?, include?, mirror? } }'],
  [/^mounts\[\d+\]$/, 'give { type: "bind", source: "/host/path", target: "/path/in/unit", readOnly?: boolean }, { type: "tmpfs", target: "/path/in/unit", size?: "16MiB" } or { type: "volume", source: volume.name, target: "/path/in/unit", readOnly?: boolean }'],
];

function schemaFailures(errors: ErrorObject[], inputs: Record<string, unknown>): CheckFailure[] {
  const out: CheckFailure[] = [];
  const seen = new Set<string>();
  const push = (f: CheckFailure) => {
    const key = `${f.property}\u0000${f.reason}`;
    if (!seen.has(key)) (seen.add(key), out.push(f));
  };
  const oneOfs = errors.filter((e) => e.keyword === "oneOf").map((e) => ({ at: propertyPath(e), branches: Array.isArray(e.schema) ? e.schema.length : 0 }));
  const underOf = (prop: string) => oneOfs.find((o) => prop === o.at || prop.startsWith(`${o.at}.`) || (o.at === "" && prop !== ""))?.at;
  // A malformed value inside the branch that otherwise fits is worth naming exactly; then the
  // other branches' complaints (that it is not their shape) say nothing.
  const isExact = (e: ErrorObject, prop: string) => ["pattern", "format"].includes(e.keyword) || (e.keyword === "type" && prop !== underOf(prop));
  const explained = new Set(errors.filter((e) => isExact(e, propertyPath(e))).map((e) => underOf(propertyPath(e))).filter((u) => u !== undefined));
  // A discriminator no branch accepts (mounts[0].type "nfs"): name it and the values that exist.
  for (const o of oneOfs) {
    const byProp = new Map<string, unknown[]>();
    for (const e of errors) {
      const prop = propertyPath(e);
      if (e.keyword === "const" && underOf(prop) === o.at) byProp.set(prop, [...(byProp.get(prop) ?? []), (e.params as { allowedValue: unknown }).allowedValue]);
    }
    for (const [prop, allowed] of byProp) {
      if (o.branches === 0 || allowed.length < o.branches) continue;
      push({ property: prop, reason: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")} (got ${JSON.stringify(valueAt(inputs, prop))})` });
      explained.add(o.at);
    }
  }
  for (const e of errors) {
    if (e.keyword === "if") continue; // its "then"/"else" failure says what is wrong
    const prop = propertyPath(e);
    const under = underOf(prop);
    const exact = isExact(e, prop);
    if (under !== undefined && !exact) {
      if (explained.has(under)) continue;
      const hint = ONE_OF_HINTS.find(([re]) => re.test(under))?.[1] ?? "matches none of the allowed shapes";
      push({ property: under || "path", reason: under ? `${hint} (got ${JSON.stringify(valueAt(inputs, under))})` : hint });
      continue;
    }
    push({ property: prop, reason: reasonFor(e) });
  }
  return out;
}

function valueAt(root: unknown, property: string): unknown {
  let v: unknown = root;
  for (const part of property.split(/\.|\[|\]/).filter(Boolean)) v = (v as Record<string, unknown> | undefined)?.[part];
  return v;
}

function propertyPath(e: ErrorObject): string {
  const parts = e.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (e.keyword === "required") parts.push(String((e.params as { missingProperty: string }).missingProperty));
  if (e.keyword === "additionalProperties") parts.push(String((e.params as { additionalProperty: string }).additionalProperty));
  if (e.keyword === "propertyNames") parts.push(String((e.params as { propertyName: string }).propertyName));
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
}

function reasonFor(e: ErrorObject): string {
  const parent = (e.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown>; enum?: unknown[] };
  const got = e.keyword === "required" ? "" : ` (got ${JSON.stringify(e.data)})`;
  switch (e.keyword) {
    case "required":
      return `is required: ${describe(containerSchema.properties, (e.params as { missingProperty: string }).missingProperty)}`;
    case "additionalProperties": {
      const known = Object.keys(parent.properties ?? {}).join(", ");
      return `is not a known property: remove it or check its spelling (known: ${known})`;
    }
    case "enum":
      return `must be one of ${(parent.enum ?? []).map((v) => JSON.stringify(v)).join(", ")}${got}`;
    case "propertyNames":
      return "is not a valid environment variable name: use letters, digits and '_', not starting with a digit";
    case "pattern":
    case "maxLength":
    case "minItems":
    case "format":
      return `${parent.description ?? e.message ?? "is invalid"}${got}`;
    case "type":
      return `must be ${(e.params as { type: string }).type}${got}`;
    case "false schema":
      return `is only allowed with network mode "bridge"${got}`;
    default:
      return `${e.message ?? "is invalid"}${got}`;
  }
}

function describe(props: Record<string, { description?: string }>, name: string): string {
  return props[name]?.description ?? "see the schema";
}

/** Rules that need more than one field, or words the schema cannot say. */
function semanticFailures(inputs: Record<string, unknown>, unknown: string[]): CheckFailure[] {
  const out: CheckFailure[] = [];
  const known = (...props: string[]) => props.every((p) => !unknown.some((u) => p === u || p.startsWith(`${u}.`) || u.startsWith(`${p}.`) || u.startsWith(`${p}[`)));
  const stateRoot = typeof inputs.stateRoot === "string" ? inputs.stateRoot : DEFAULT_STATE_ROOT;
  const rootfs = inputs.rootfs as { directory?: string } | undefined;
  for (const [prop, value] of [["stateRoot", inputs.stateRoot], ["rootfs.directory", rootfs?.directory]] as const) {
    // overlayfs takes its layers in a comma- and colon-separated option string.
    if (typeof value === "string" && known(prop) && /[,:\\]/.test(value)) {
      out.push({ property: prop, reason: `must not contain ',', ':' or '\\' (overlayfs mount options cannot carry them): ${JSON.stringify(value)}` });
    }
  }
  if (typeof rootfs?.directory === "string" && known("rootfs.directory", "stateRoot")) {
    const dir = rootfs.directory;
    if (dir === "/") out.push({ property: "rootfs.directory", reason: "cannot be the host's root directory: point it at a prepared root filesystem" });
    if (within(dir, stateRoot) || within(stateRoot, dir)) {
      out.push({ property: "rootfs.directory", reason: `must not overlap Paddock's state root ${stateRoot}: keep root filesystems outside it` });
    }
  }
  if (typeof inputs.stateRoot === "string" && known("stateRoot") && ["/", "/etc", "/usr", "/bin", "/proc", "/sys", "/dev", "/boot"].includes(inputs.stateRoot)) {
    out.push({ property: "stateRoot", reason: `${inputs.stateRoot} is a system directory: use a directory of Paddock's own such as ${DEFAULT_STATE_ROOT}` });
  }
  out.push(...limitFailures(inputs.limits as Record<string, unknown> | undefined, known));
  out.push(...privilegeFailures(inputs, known));
  out.push(...portFailures(inputs, known));
  out.push(...mountFailures(inputs.mounts as Record<string, unknown>[] | undefined, known));
  (inputs.mounts as Record<string, unknown>[] | undefined)?.forEach((m, i) => {
    if (m?.type !== "bind" || !known(`mounts[${i}]`, "stateRoot")) return;
    out.push(...writableBindFailures(`mounts[${i}].source`, m.source, m.readOnly === true, m.unsafeHostWrite === true, stateRoot, "readOnly: true"));
  });
  return out;
}

/** A writable bind of a host system path or of the state root, without the mount's explicit opt-in. */
function writableBindFailures(property: string, source: unknown, readOnly: boolean, optIn: boolean, stateRoot: string, readOnlyWord: string): CheckFailure[] {
  if (typeof source !== "string" || readOnly || optIn) return [];
  const risk = writableBindRisk(source, stateRoot);
  return risk ? [{ property, reason: writableBindReason(source, risk, readOnlyWord) }] : [];
}

/** Capability names Linux has; no system call both allowed and denied; ids the unit's user namespace has. */
function privilegeFailures(inputs: Record<string, unknown>, known: (...p: string[]) => boolean): CheckFailure[] {
  const out: CheckFailure[] = [];
  const user = (inputs.user ?? {}) as { uid?: unknown; gid?: unknown };
  for (const k of ["uid", "gid"] as const) {
    const id = user[k];
    if (inputs.userns !== "host" && typeof id === "number" && id >= ID_RANGE_SIZE && known(`user.${k}`, "userns")) {
      out.push({ property: `user.${k}`, reason: `${id} is not one of the unit's ${ID_RANGE_SIZE} ids (0-${ID_RANGE_SIZE - 1}) in its user namespace: use an id below ${ID_RANGE_SIZE}, or set userns: "host" to run with the host's ids` });
    }
  }
  const caps = (inputs.capabilities ?? {}) as { add?: unknown[]; drop?: unknown[] };
  for (const list of ["add", "drop"] as const) {
    (caps[list] ?? []).forEach((c, i) => {
      if (typeof c === "string" && known(`capabilities.${list}[${i}]`) && !capabilityName(c)) {
        out.push({ property: `capabilities.${list}[${i}]`, reason: `\`${c}\` is not a Linux capability: see capabilities(7), e.g. NET_RAW, SYS_PTRACE, NET_ADMIN` });
      }
    });
  }
  const sc = (inputs.seccomp ?? {}) as { allow?: unknown[]; deny?: unknown[] };
  (sc.deny ?? []).forEach((name, i) => {
    if (typeof name === "string" && known(`seccomp.deny[${i}]`) && (sc.allow ?? []).includes(name)) {
      out.push({ property: `seccomp.deny[${i}]`, reason: `${name} is in seccomp.allow too: keep it in one of the two` });
    }
  });
  return out;
}

function limitFailures(limits: Record<string, unknown> | undefined, known: (...p: string[]) => boolean): CheckFailure[] {
  const out: CheckFailure[] = [];
  if (!limits) return out;
  const bytes = (k: string) => (typeof limits[k] === "string" && known(`limits.${k}`) ? parseBytes(limits[k] as string) : undefined);
  const memory = bytes("memory");
  const swap = bytes("memorySwap");
  if (memory !== undefined && memory < MIN_MEMORY) {
    out.push({ property: "limits.memory", reason: `must be at least ${formatBytes(MIN_MEMORY)}: the kernel cannot run a unit in less (got ${limits.memory})` });
  }
  if (swap !== undefined && limits.memory === undefined) {
    out.push({ property: "limits.memorySwap", reason: "needs limits.memory: memorySwap is memory plus swap, as in Docker" });
  }
  if (swap !== undefined && memory !== undefined && swap < memory) {
    out.push({ property: "limits.memorySwap", reason: `must be at least limits.memory (${limits.memory}): it counts memory plus swap (got ${limits.memorySwap})` });
  }
  const io = limits.io as { devices?: { path?: unknown }[] } | undefined;
  const seenDisks = new Map<unknown, number>();
  io?.devices?.forEach((d, i) => {
    if (!known(`limits.io.devices[${i}].path`) || typeof d?.path !== "string") return;
    const first = seenDisks.get(d.path);
    if (first !== undefined) out.push({ property: `limits.io.devices[${i}].path`, reason: `${d.path} is already limited by limits.io.devices[${first}]: put all of a disk's caps in one entry` });
    else seenDisks.set(d.path, i);
  });
  if (typeof limits.cpuset === "string" && known("limits.cpuset")) {
    for (const part of limits.cpuset.split(",")) {
      const [a, b] = part.split("-").map(Number);
      if (b !== undefined && b < a) out.push({ property: "limits.cpuset", reason: `range ${part} runs backwards: write it low-high` });
    }
  }
  return out;
}

function portFailures(inputs: Record<string, unknown>, known: (...p: string[]) => boolean): CheckFailure[] {
  const out: CheckFailure[] = [];
  const ports = (inputs.ports ?? []) as { hostPort?: number; protocol?: string; hostAddress?: string }[];
  const mode = (inputs.network as { mode?: string } | undefined)?.mode ?? "none";
  if (ports.length > 0 && mode !== "bridge" && known("network")) {
    out.push({ property: "ports", reason: `port forwards need network mode "bridge" (the unit has "${mode}"): attach it to a Paddock Network` });
  }
  const seen = new Map<string, number>();
  ports.forEach((p, i) => {
    if (!known(`ports[${i}]`)) return;
    const key = `${p.protocol ?? "tcp"}/${p.hostPort}`;
    const first = seen.get(key);
    if (first !== undefined) out.push({ property: `ports[${i}].hostPort`, reason: `${key} is already forwarded by ports[${first}]` });
    else seen.set(key, i);
  });
  return out;
}

function mountFailures(mounts: Record<string, unknown>[] | undefined, known: (...p: string[]) => boolean): CheckFailure[] {
  const out: CheckFailure[] = [];
  const seen = new Map<string, number>();
  (mounts ?? []).forEach((m, i) => {
    const target = m?.target;
    if (typeof target !== "string" || !known(`mounts[${i}].target`)) return;
    if (target === "/") out.push({ property: `mounts[${i}].target`, reason: "cannot be /: the root filesystem comes from rootfs" });
    if (["/proc", "/sys", "/dev"].some((p) => within(target, p))) {
      out.push({ property: `mounts[${i}].target`, reason: `${target} is managed by the runtime (/proc, /sys, /dev): mount somewhere else` });
    }
    const first = seen.get(target);
    if (first !== undefined) out.push({ property: `mounts[${i}].target`, reason: `${target} is already the target of mounts[${first}]: each target once` });
    else seen.set(target, i);
  });
  return out;
}


function unknownPaths(value: unknown, at: string): string[] {
  if (value === UNKNOWN) return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownPaths(v, `${at}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => unknownPaths(v, at ? `${at}.${k}` : k));
  }
  return [];
}
