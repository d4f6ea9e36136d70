import { VERSION } from "../version.js";
export const REPORT_VERSION = 1;
function findingJson(f) {
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
export function toJsonReport(result, engine) {
    const count = (items, key, values) => Object.fromEntries(values.map((v) => [v, items.filter((i) => i[key] === v).length]));
    const suppressed = result.suppressed ?? [];
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
            findings: count(result.findings, "severity", ["error", "warning", "note"]),
            suppressed: suppressed.length,
            ...(result.baseline ? { baselined: result.baseline.baselined.length } : {}),
            requirements: count(result.requirements, "status", [
                "satisfied",
                "violated",
                "unknown",
                "not-applicable",
            ]),
        },
    };
}
export function renderJson(result, engine) {
    return JSON.stringify(toJsonReport(result, engine), null, 2) + "\n";
}
//# sourceMappingURL=json.js.map