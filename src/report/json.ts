// The versioned JSON report (design.md, "JSON output"); its contract is
// schemas/output/report.v1.schema.json, checked against real output in the tests. Bump
// REPORT_VERSION on breaking changes; adding optional fields is not one.
import type { Finding, SuppressedFinding } from "../model/result.js";
import type { ReportEngine, ReportInput } from "./shared.js";
import { VERSION } from "../version.js";

export const REPORT_VERSION = 1;

function findingJson(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    status: f.status,
    // "" for advisory rules that judge no catalogue requirement (schemas/output/report.v1.schema.json).
    requirement: f.requirement,
    message: f.message,
    location: f.location,
    ...(f.resource ? { resource: f.resource } : {}),
    ...(f.scenarios ? { scenarios: f.scenarios } : {}),
    ...(f.expiredWaiver ? { expiredWaiver: f.expiredWaiver } : {}),
    ...(f.parts ? { parts: f.parts.map((p) => ({ requirement: p.requirement, message: p.message })) } : {}),
  };
}

export function toJsonReport(result: ReportInput, engine: ReportEngine): object {
  const count = <T extends string>(items: { [k: string]: unknown }[], key: string, values: readonly T[]) =>
    Object.fromEntries(values.map((v) => [v, items.filter((i) => i[key] === v).length]));
  const suppressed: readonly SuppressedFinding[] = result.suppressed ?? [];
  return {
    version: REPORT_VERSION,
    tool: {
      name: "runnerlint",
      version: VERSION,
      rulePackVersion: VERSION,
      catalogueVersion: engine.catalogue.version,
      opaVersion: engine.opaVersion,
    },
    findings: result.findings.map(findingJson),
    // Waived findings: still reported, with the waiver that accepted them.
    suppressed: suppressed.map((f) => ({ ...findingJson(f), suppression: f.suppression })),
    requirements: result.requirements,
    inputs: result.inputs,
    scope: result.scope,
    ...(result.catalogue ? { catalogue: result.catalogue } : {}),
    errors: result.errors.map((e) => ({
      code: e.code,
      message: e.message,
      file: e.file ?? null,
      line: e.pos?.line ?? null,
      column: e.pos?.column ?? null,
    })),
    ...(result.baseline
      ? {
          baseline: {
            ...(result.baseline.path ? { file: result.baseline.path } : {}),
            baselined: result.baseline.baselined.length,
            stale: result.baseline.stale,
          },
        }
      : {}),
    summary: {
      files: result.inputs.length,
      skipped: result.skipped.length,
      errors: result.errors.length,
      findings: count(result.findings as unknown as { [k: string]: unknown }[], "severity", ["error", "warning", "note"] as const),
      suppressed: suppressed.length,
      ...(result.baseline ? { baselined: result.baseline.baselined.length } : {}),
      requirements: count(result.requirements as unknown as { [k: string]: unknown }[], "status", [
        "satisfied",
        "violated",
        "unknown",
        "not-applicable",
      ] as const),
    },
  };
}

export function renderJson(result: ReportInput, engine: ReportEngine): string {
  return JSON.stringify(toJsonReport(result, engine), null, 2) + "\n";
}
