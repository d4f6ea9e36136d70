// Baselines: the findings a repository accepts as they are today, so only new findings fail a PR.
// Keyed by file, resource, rule and requirement (never lines: an edit above a finding does not make
// it new). Each key holds a count: with 2 baselined findings of a rule on a resource, a third one is
// new. Paths are relative to the baseline file's folder, so the file can be committed.
import { dirname, resolve } from "node:path";
import { validator } from "../ajv.js";
import { readTextFile } from "../read-text.js";
import { RunnerlintError } from "../errors.js";
import { parseSource } from "../inputs/source.js";
import { relativeTo } from "../waivers/apply.js";
/** The baseline key of a finding, with its path relative to `dir`. */
export function baselineKey(f, dir, cwd = process.cwd()) {
    return JSON.stringify([relativeTo(dir, f.location.file, cwd), f.resource ?? "", f.ruleId, f.requirement]);
}
function entryKey(e) {
    return JSON.stringify([e.file, e.resource ?? "", e.ruleId, e.requirement]);
}
/** A baseline of `findings`, to be written at `path`. Sorted, without dates: stable diffs. */
export function createBaseline(findings, path, cwd = process.cwd()) {
    const dir = dirname(resolve(cwd, path));
    const counts = new Map();
    // A finding grouped by cause counts each of its parts, as the baseline is applied before grouping.
    for (const f of findings.flatMap((x) => (x.parts ?? [x]).map((p) => ({ ...x, requirement: p.requirement })))) {
        const k = baselineKey(f, dir, cwd);
        const e = counts.get(k);
        if (e)
            e.count++;
        else
            counts.set(k, {
                file: relativeTo(dir, f.location.file, cwd),
                ...(f.resource ? { resource: f.resource } : {}),
                ruleId: f.ruleId,
                requirement: f.requirement,
                count: 1,
            });
    }
    const findingsOut = [...counts.values()].sort((a, b) => a.file.localeCompare(b.file) ||
        (a.resource ?? "").localeCompare(b.resource ?? "") ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.requirement.localeCompare(b.requirement));
    return { version: 1, tool: "runnerlint", findings: findingsOut };
}
export function renderBaseline(b) {
    return JSON.stringify(b, null, 2) + "\n";
}
/** Splits findings into new ones and baselined ones. Findings are taken in report order. */
export function applyBaseline(findings, baseline, cwd = process.cwd()) {
    const left = new Map();
    for (const e of baseline.entries) {
        const k = entryKey(e);
        const prev = left.get(k);
        left.set(k, { ...e, count: (prev?.count ?? 0) + e.count });
    }
    const out = { findings: [], baselined: [], stale: [] };
    for (const f of findings) {
        // A finding grouped by cause is baselined when every one of its parts is.
        const keys = (f.parts ?? [f]).map((p) => baselineKey({ ...f, requirement: p.requirement }, baseline.dir, cwd));
        const need = new Map();
        for (const k of keys)
            need.set(k, (need.get(k) ?? 0) + 1);
        if ([...need].every(([k, n]) => (left.get(k)?.count ?? 0) >= n)) {
            for (const [k, n] of need)
                left.get(k).count -= n;
            out.baselined.push(f);
        }
        else
            out.findings.push(f);
    }
    out.stale = [...left.values()].filter((e) => e.count > 0);
    return out;
}
/** Reads and validates a baseline file; errors name its line and column (exit 2). */
export function readBaseline(path, cwd = process.cwd()) {
    const text = readTextFile(path, cwd, "baseline file not found (create it with --write-baseline)", "baseline");
    return parseBaseline(path, text, cwd);
}
export function parseBaseline(path, text, cwd = process.cwd()) {
    const doc = parseSource(path.endsWith(".json") ? path : `${path}.json`, text);
    const validate = validator("baseline");
    if (!validate(doc.data)) {
        const e = validate.errors[0];
        const pointer = e.keyword === "additionalProperties"
            ? `${e.instancePath}/${String(e.params.additionalProperty)}`
            : e.instancePath;
        const l = doc.locate(pointer);
        const what = e.keyword === "additionalProperties"
            ? `unknown key "${String(e.params.additionalProperty)}"`
            : `${e.instancePath || "the document"} ${e.message}`;
        throw new RunnerlintError("CONFIG_INVALID", `not a runnerlint baseline: ${what}`, path, { line: l.line, column: l.column });
    }
    return { path, dir: dirname(resolve(cwd, path)), entries: doc.data.findings };
}
//# sourceMappingURL=index.js.map