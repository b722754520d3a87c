import Ajv2020, { ErrorObject } from "ajv/dist/2020";
import defsSchema from "../schema/defs.schema.json";
import containerSchema from "../schema/container.schema.json";
import { DEFAULT_STATE_ROOT, OWNER_KEY } from "./core/spec";

/** A problem with one input, in words a person can act on. */
export interface CheckFailure {
  readonly property: string;
  readonly reason: string;
}

/** The engine's placeholder for a value not known until apply (Pulumi's rpc.unknownValue). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

// Compiled once per process: ajv compilation costs far more than validation.
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
ajv.addSchema(defsSchema, "defs.schema.json");
const validateContainer = ajv.compile(containerSchema);

/** Validates a Container's inputs against the schema, then the rules a schema cannot say. Pure. */
export function checkContainer(news: Record<string, unknown>): CheckFailure[] {
  const inputs = { ...news };
  delete inputs.__provider;
  delete inputs[OWNER_KEY];
  const unknown = unknownPaths(inputs, "");
  const failures = schemaFailures(validateContainer(inputs) ? [] : validateContainer.errors ?? [], inputs)
    .filter((f) => !unknown.some((u) => f.property === u || f.property.startsWith(`${u}.`) || f.property.startsWith(`${u}[`)));
  if (failures.length > 0) return failures;
  return semanticFailures(inputs, unknown);
}

function schemaFailures(errors: ErrorObject[], inputs: Record<string, unknown>): CheckFailure[] {
  const out: CheckFailure[] = [];
  const seen = new Set<string>();
  const push = (f: CheckFailure) => {
    const key = `${f.property}\u0000${f.reason}`;
    if (!seen.has(key)) (seen.add(key), out.push(f));
  };
  // oneOf on rootfs reports every branch's complaint; say once what is wanted.
  const rootfsBad = errors.some((e) => e.instancePath === "/rootfs" && e.keyword === "oneOf");
  for (const e of errors) {
    const prop = propertyPath(e);
    if (rootfsBad && prop.startsWith("rootfs") && !(e.keyword === "pattern" && prop === "rootfs.directory")) {
      push({ property: "rootfs", reason: `give exactly one source: { busybox: {} } or { directory: "/absolute/path" } (got ${JSON.stringify(inputs.rootfs)})` });
      continue;
    }
    push({ property: prop, reason: reasonFor(e) });
  }
  return out;
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
  const known = (p: string) => !unknown.includes(p);
  const stateRoot = typeof inputs.stateRoot === "string" ? inputs.stateRoot : DEFAULT_STATE_ROOT;
  const rootfs = inputs.rootfs as { directory?: string } | undefined;
  for (const [prop, value] of [["stateRoot", inputs.stateRoot], ["rootfs.directory", rootfs?.directory]] as const) {
    // overlayfs takes its layers in a comma- and colon-separated option string.
    if (typeof value === "string" && known(prop) && /[,:\\]/.test(value)) {
      out.push({ property: prop, reason: `must not contain ',', ':' or '\\' (overlayfs mount options cannot carry them): ${JSON.stringify(value)}` });
    }
  }
  if (typeof rootfs?.directory === "string" && known("rootfs.directory") && known("stateRoot")) {
    const dir = rootfs.directory;
    if (dir === "/" ) out.push({ property: "rootfs.directory", reason: "cannot be the host's root directory: point it at a prepared root filesystem" });
    if (within(dir, stateRoot) || within(stateRoot, dir)) {
      out.push({ property: "rootfs.directory", reason: `must not overlap Paddock's state root ${stateRoot}: keep root filesystems outside it` });
    }
  }
  if (typeof inputs.stateRoot === "string" && known("stateRoot") && ["/", "/etc", "/usr", "/bin", "/proc", "/sys", "/dev", "/boot"].includes(inputs.stateRoot)) {
    out.push({ property: "stateRoot", reason: `${inputs.stateRoot} is a system directory: use a directory of Paddock's own such as ${DEFAULT_STATE_ROOT}` });
  }
  return out;
}

function within(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith("/") ? parent : `${parent}/`);
}

function unknownPaths(value: unknown, at: string): string[] {
  if (value === UNKNOWN) return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownPaths(v, `${at}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => unknownPaths(v, at ? `${at}.${k}` : k));
  }
  return [];
}
