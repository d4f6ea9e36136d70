// Runs fixtures through the real pipeline (loader → Wasm → requirement table) for the egress tests.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { check, defaultEngine } from "../../src/check.js";
import type { CheckResult, Evidence } from "../../src/model/result.js";
import type { RunConfig } from "../../src/model/config.js";

export const engine = defaultEngine();
export const STANDARD: RunConfig = { runner: "standard" };
export const ENTERPRISE: RunConfig = { runner: "enterprise" };

export interface Run {
  result: CheckResult;
  /** requirement id → status */
  status: Record<string, string>;
  /** The evidence of one requirement with the given status (its own status by default). */
  evidence(id: string, status?: string): Evidence[];
}

export function run(paths: string[] | string, config: RunConfig = STANDARD): Run {
  const result = check(Array.isArray(paths) ? paths : [paths], { config, engine });
  expect(result.errors.map((e) => e.format())).toEqual([]);
  const status = Object.fromEntries(result.requirements.map((r) => [r.id, r.status]));
  return {
    result,
    status,
    evidence(id, wanted) {
      const r = result.requirements.find((x) => x.id === id);
      expect(r, id).toBeDefined();
      return r!.evidence.filter((e) => e.status === (wanted ?? r!.status));
    },
  };
}

/** The 1-based line of the first line of `file` containing `needle` (after line `after`). */
export function lineOf(file: string, needle: string, after = 0): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const i = lines.findIndex((l, n) => n >= after && l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

/** The egress requirements a Standard runner needs with the default config (no logs, both IDEs). */
export const STANDARD_EGRESS = [
  "gitpod.management",
  "gitpod.gateway-https",
  "gitpod.gateway-udp",
  "gitpod.releases",
  "vscode.update",
  "vscode.unpkg",
  "vscode.marketplace",
  "vscode.assets",
  "jetbrains.download",
  "jetbrains.services",
  "registry.ecr-public",
  "registry.mcr",
  "aws.ec2",
  "aws.ecr",
  "aws.s3",
  "aws.ssm",
  "aws.sts",
  "aws.dynamodb",
  "aws.cloudformation",
  "aws.secretsmanager",
];

export const ENTERPRISE_EGRESS = STANDARD_EGRESS.filter((id) => !id.startsWith("gitpod.gateway")).concat([
  "aws.elasticloadbalancing",
  "aws.acm",
]);

export function expectAll(r: Run, ids: string[], status: string) {
  expect(Object.fromEntries(ids.map((id) => [id, r.status[id]]))).toEqual(Object.fromEntries(ids.map((id) => [id, status])));
}

/** The line of the "{" that opens the JSON object holding the line with `needle` (nth match, 0-based). */
export function objectLine(file: string, needle: string, nth = 0): number {
  const lines = readFileSync(file, "utf8").split("\n");
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes(needle) || ++seen < nth) continue;
    let depth = 0;
    for (let j = i; j >= 0; j--) {
      const l = lines[j]!;
      depth += (l.match(/}/g) ?? []).length - (l.match(/{/g) ?? []).length;
      if (depth < 0) return j + 1;
    }
  }
  throw new Error(`${needle} not in ${file}`);
}
