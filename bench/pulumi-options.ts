/**
 * What Pulumi itself costs per resource as N grows, with the options the pinned
 * CLI offers a user with a large stack (issue 16), and what a TypeScript
 * program's start-up costs on every preview:
 *   - checkpoints: by default the engine rewrites the whole state file after
 *     every step, so a step costs more the more resources the stack holds;
 *     PULUMI_SKIP_CHECKPOINTS=true writes it once at the end. Journaling (only
 *     the changed entries per step) is offered only by the Pulumi Cloud backend;
 *     this CLI's file backend has none.
 *   - --parallel: the engine's default is 4 per CPU (8 here), measured with
 *     checkpoints skipped (with them, the checkpoint writes, one at a time,
 *     are what a step waits for).
 *   - start-up: ts-node type-checking the program (Pulumi's default without
 *     PULUMI_NODEJS_TRANSPILE_ONLY or noCheck), ts-node transpile-only, and
 *     JavaScript compiled beforehand (runtime option typescript: false).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { OpTimes, PulumiResult, median } from "./report";

type Ops = (program: string, n: number, sample?: undefined, extraEnv?: Record<string, string>, opts?: { parallel?: number }) => Promise<OpTimes>;

const VARIANTS: { variant: string; env?: Record<string, string>; parallel?: number }[] = [
  { variant: "default" },
  { variant: "skip checkpoints", env: { PULUMI_SKIP_CHECKPOINTS: "true" } },
  { variant: "skip checkpoints, --parallel 32", env: { PULUMI_SKIP_CHECKPOINTS: "true" }, parallel: 32 },
];

/** The bench program as JavaScript compiled before the run (what a user's build step would leave), with typescript: false. */
function precompiled(src: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require("typescript") as typeof import("typescript");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "paddock-bench-js-"));
  const prog = path.join(dir, path.basename(src));
  fs.mkdirSync(prog);
  const js = ts.transpileModule(fs.readFileSync(path.join(src, "index.ts"), "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
  fs.writeFileSync(path.join(prog, "index.js"), js);
  fs.writeFileSync(path.join(prog, "package.json"), JSON.stringify({ name: "paddock-bench-js", private: true, main: "index.js" }));
  fs.writeFileSync(path.join(prog, "Pulumi.yaml"), fs.readFileSync(path.join(src, "Pulumi.yaml"), "utf8").replace("typescript: true", "typescript: false"));
  return prog;
}

export async function pulumiOptionsBench(
  ns: number[], paddockN: number, runs: number, programs: string, pulumiOps: Ops, preview: (src: string, n: number, env: Record<string, string>) => Promise<number>, startupN: number, log: (m: string) => void,
): Promise<PulumiResult> {
  const rows: PulumiResult["rows"] = [];
  // Each variant for the engine floor's program at each N, and for Paddock's at one: what the settings are worth to a user.
  const measure = async (program: "noop" | "paddock", n: number) => {
    const samples = new Map<string, OpTimes[]>();
    for (let r = 0; r < runs; r++) {
      for (const v of VARIANTS) {
        log(`pulumi options, ${program} N=${n} run ${r + 1}/${runs}: ${v.variant}`);
        const t = await pulumiOps(program, n, undefined, v.env ?? {}, { parallel: v.parallel });
        samples.set(v.variant, [...(samples.get(v.variant) ?? []), t]);
      }
    }
    for (const v of VARIANTS) {
      const s = samples.get(v.variant)!;
      rows.push({ program, variant: v.variant, n, ops: Object.fromEntries((["up", "preview", "refresh", "update", "destroy"] as const).map((op) => [op, median(s.map((x) => x[op]))])) as OpTimes });
    }
  };
  for (const n of ns) await measure("noop", n);
  if (paddockN > 0) await measure("paddock", paddockN);
  const src = path.join(programs, "paddock");
  const js = precompiled(src);
  const startup: { variant: string; src: string; env: Record<string, string> }[] = [
    { variant: "TypeScript, ts-node type-checking (Pulumi's default)", src, env: { PULUMI_NODEJS_TRANSPILE_ONLY: "false" } },
    { variant: "TypeScript, PULUMI_NODEJS_TRANSPILE_ONLY=true", src, env: { PULUMI_NODEJS_TRANSPILE_ONLY: "true" } },
    { variant: "precompiled JavaScript", src: js, env: {} },
  ];
  const previews = new Map<string, number[]>();
  try {
    for (let r = 0; r < runs; r++) {
      for (const s of startup) {
        log(`pulumi options, start-up run ${r + 1}/${runs}: ${s.variant}`);
        previews.set(s.variant, [...(previews.get(s.variant) ?? []), await preview(s.src, startupN, s.env)]);
      }
    }
  } finally {
    fs.rmSync(path.dirname(js), { recursive: true, force: true });
  }
  return { runs, rows, startup: { n: startupN, rows: startup.map((s) => ({ variant: s.variant, previewS: median(previews.get(s.variant)!) })) } };
}
