// What the oracle tests share: a deterministic case generator, runnerlint's side evaluated by OPA
// over the policies (one process for every case), and the report in test-output/oracles/.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { opaPath } from "../../scripts/opa.mjs";

/** mulberry32: the same cases on every run, so a disagreement reproduces. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** pick(xs): one of xs, drawn from rnd. */
export function picker(rnd: () => number): <T>(xs: readonly T[]) => T {
  return (xs) => xs[Math.floor(rnd() * xs.length)]!;
}

/** `data.oracle.results` of a Rego module (package oracle) over the policies, with the input. */
export function evalModel<T>(model: string, input: unknown): T[] {
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-oracle-"));
  writeFileSync(join(dir, "oracle.rego"), model);
  writeFileSync(join(dir, "input.json"), JSON.stringify(input));
  const ignores = ["*_test.rego", "*.yaml", "*.md", "*.json"].flatMap((g) => ["--ignore", g]);
  const args = [
    "eval",
    "--format",
    "json",
    "-d",
    join(dir, "oracle.rego"),
    "-d",
    "policies",
    ...ignores,
    "-i",
    join(dir, "input.json"),
    "data.oracle.results",
  ];
  const out = JSON.parse(execFileSync(opaPath(), args, { encoding: "utf8", maxBuffer: 64 << 20 }));
  if (!out.result) throw new Error(`opa eval: ${JSON.stringify(out.errors ?? out)}`);
  return out.result[0].expressions[0].value as T[];
}

/** Writes test-output/oracles/<name>.json: what was compared, the counts and the disagreements. */
export function writeReport(name: string, report: object): void {
  mkdirSync(join("test-output", "oracles"), { recursive: true });
  writeFileSync(join("test-output", "oracles", `${name}.json`), JSON.stringify(report, null, 1));
}
