// The versioned JSON report (design.md, "JSON output"). Bump REPORT_VERSION on breaking changes.
import type { CheckResult } from "../check.js";
import type { ReportEngine } from "./shared.js";
import { VERSION } from "../version.js";

export const REPORT_VERSION = 1;

export function toJsonReport(result: CheckResult, engine: ReportEngine): object {
  const count = <T extends string>(items: { [k: string]: unknown }[], key: string, values: readonly T[]) =>
    Object.fromEntries(values.map((v) => [v, items.filter((i) => i[key] === v).length]));
  return {
    version: REPORT_VERSION,
    tool: { name: "runnerlint", version: VERSION, rulePackVersion: VERSION, catalogueVersion: engine.catalogue.version, opaVersion: engine.opaVersion },
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      status: f.status,
      requirement: f.requirement,
      message: f.message,
      location: f.location,
      ...(f.resource ? { resource: f.resource } : {}),
      ...(f.scenarios ? { scenarios: f.scenarios } : {}),
    })),
    requirements: result.requirements,
    inputs: result.inputs,
    errors: result.errors.map((e) => ({ code: e.code, message: e.message, file: e.file ?? null, line: e.pos?.line ?? null, column: e.pos?.column ?? null })),
    summary: {
      files: result.inputs.length,
      skipped: result.skipped.length,
      errors: result.errors.length,
      findings: count(result.findings as unknown as { [k: string]: unknown }[], "severity", ["error", "warning", "note"] as const),
      requirements: count(result.requirements as unknown as { [k: string]: unknown }[], "status", ["satisfied", "violated", "unknown", "not-applicable"] as const),
    },
  };
}

export function renderJson(result: CheckResult, engine: ReportEngine): string {
  return JSON.stringify(toJsonReport(result, engine), null, 2) + "\n";
}
