import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EngineEvent, LocalWorkspace, PulumiCommand, Stack } from "@pulumi/pulumi/automation";

const repo = path.resolve(__dirname, "../../..");

/** The op the engine plans for each resource (by name), with the keys that differ. */
export interface PlannedOp {
  readonly op: string;
  /** Top-level inputs that differ between the stack and the program. */
  readonly diffs: readonly string[];
  /** The keys that force a replacement. */
  readonly replaceKeys: readonly string[];
}

/**
 * One example program in a scratch copy, with its own local backend, driven by
 * the real Pulumi CLI through the Automation API. `useStep` swaps in a later
 * step of the example (examples/<name>/steps/<step>/index.ts).
 */
export class ExampleRun {
  readonly dir: string;
  readonly backend: string;
  private stackP?: Promise<Stack>;

  constructor(
    readonly example: string,
    private readonly env: Record<string, string> = {},
    /** The program's directory; default examples/<example>. */
    private readonly src = path.join(repo, "examples", example),
  ) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `paddock-e2e-${example}-`));
    this.dir = path.join(scratch, example);
    this.backend = path.join(scratch, "backend");
    fs.mkdirSync(this.backend);
    fs.cpSync(this.src, this.dir, { recursive: true, filter: (f) => !f.includes(`${path.sep}steps`) && !/Pulumi\..+\.yaml$/.test(f) });
    // Resolve "pulumi-paddock" and "@pulumi/pulumi" as an installed user program would.
    fs.symlinkSync(path.join(repo, "node_modules"), path.join(scratch, "node_modules"));
  }

  useStep(step: string): void {
    fs.copyFileSync(path.join(this.src, "steps", step, "index.ts"), path.join(this.dir, "index.ts"));
  }

  stack(): Promise<Stack> {
    this.stackP ??= (async () => {
      const bin = process.env.PADDOCK_PULUMI_BIN;
      if (!bin) throw new Error("PADDOCK_PULUMI_BIN is not set: run the e2e tests through npm test (scripts/test.sh)");
      const pulumiCommand = await PulumiCommand.get({ root: path.dirname(bin), skipVersionCheck: false });
      return LocalWorkspace.createOrSelectStack(
        { stackName: "e2e", workDir: this.dir },
        { pulumiCommand, envVars: { ...this.env, PULUMI_BACKEND_URL: `file://${this.backend}` } },
      );
    })();
    return this.stackP;
  }

  /** Sets an environment variable for the program's later runs (the benchmarks vary N and limits this way). */
  async setEnv(name: string, value: string): Promise<void> {
    const stack = await this.stack();
    stack.workspace.envVars[name] = value;
  }

  /** `pulumi state delete` of one resource by name, as when a stack loses its record of a resource. */
  async forget(name: string): Promise<void> {
    const stack = await this.stack();
    const resources = (await stack.exportStack()).deployment.resources as { urn: string }[];
    const urn = resources.find((r) => r.urn.endsWith(`::${name}`))?.urn;
    if (!urn) throw new Error(`no resource named ${name} in the stack`);
    const pulumi = path.join(process.env.PADDOCK_PULUMI_BIN!, "pulumi");
    execFileSync(pulumi, ["state", "delete", urn, "--yes", "--stack", "e2e", "--non-interactive"], { cwd: this.dir, env: { ...process.env, ...stack.workspace.envVars }, stdio: "pipe" });
  }

  /** Diagnostics the engine showed, per resource name, from the last previewOps/refreshOps/upOps. */
  readonly messages = new Map<string, string[]>();

  /** Previews and returns the planned op per resource name, read from the engine's events. */
  async previewOps(opts: { expectNoChanges?: boolean; refresh?: boolean } = {}): Promise<Map<string, PlannedOp>> {
    const ops = new Map<string, PlannedOp>();
    this.messages.clear();
    const stack = await this.stack();
    await stack.preview({ ...opts, onEvent: (e) => this.collect(e, ops) });
    return ops;
  }

  /**
   * Refreshes and returns, per resource, what the refresh found: "same", "update"
   * (drift: the outputs it read differ, with the keys that differ) or "delete" (gone).
   */
  async refreshOps(): Promise<Map<string, PlannedOp>> {
    const found = new Map<string, PlannedOp>();
    this.messages.clear();
    const stack = await this.stack();
    await stack.refresh({
      onEvent: (e) => {
        this.collect(e, new Map());
        // The outcome event of a refresh carries what it found as its op: same, update or delete.
        const m = e.resOutputsEvent?.metadata;
        if (!m || m.type === "pulumi:pulumi:Stack" || m.type.startsWith("pulumi:providers:")) return;
        const name = m.urn.split("::").pop()!;
        const diffs = changedKeys((m.old?.outputs ?? {}) as Record<string, unknown>, (m.new?.outputs ?? {}) as Record<string, unknown>);
        found.set(name, { op: m.op, diffs: m.op === "update" ? diffs : [], replaceKeys: [] });
      },
    });
    return found;
  }

  /** Runs up and returns the op per resource and the stack outputs. */
  async upOps(): Promise<{ ops: Map<string, PlannedOp>; outputs: Record<string, unknown> }> {
    const ops = new Map<string, PlannedOp>();
    this.messages.clear();
    const stack = await this.stack();
    const res = await stack.up({ onEvent: (e) => this.collect(e, ops) });
    return { ops, outputs: Object.fromEntries(Object.entries(res.outputs).map(([k, v]) => [k, v.value])) };
  }

  private collect(e: EngineEvent, ops: Map<string, PlannedOp>): void {
    const d = e.diagnosticEvent;
    if (d?.urn) {
      const name = d.urn.split("::").pop()!;
      this.messages.set(name, [...(this.messages.get(name) ?? []), d.message.trim()]);
    }
    collectOp(e, ops);
  }

  async cleanup(): Promise<void> {
    if (this.stackP) {
      const stack = await this.stackP;
      await stack.destroy().catch(() => undefined);
    }
    fs.rmSync(path.dirname(this.dir), { recursive: true, force: true });
  }
}

function collectOp(e: EngineEvent, ops: Map<string, PlannedOp>): void {
  const m = e.resourcePreEvent?.metadata;
  if (!m || m.type === "pulumi:pulumi:Stack") return;
  const name = m.urn.split("::").pop()!;
  // Dynamic providers report no detailed diff to the engine, so read the changed
  // keys off the old and new inputs the event carries.
  const olds = (m.old?.inputs ?? {}) as Record<string, unknown>;
  const news = (m.new?.inputs ?? {}) as Record<string, unknown>;
  const diffs = m.diffs?.length ? m.diffs : changedKeys(olds, news);
  // A replacement emits "replace", then "delete-replaced"/"create-replacement": keep the headline.
  if (ops.get(name)?.op === "replace") return;
  ops.set(name, { op: m.op, diffs: m.old && m.new ? diffs : [], replaceKeys: m.keys ?? [] });
}

function changedKeys(olds: Record<string, unknown>, news: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(olds), ...Object.keys(news)])]
    .filter((k) => k !== "__provider" && JSON.stringify(olds[k]) !== JSON.stringify(news[k]))
    .sort();
}
