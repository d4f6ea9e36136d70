// Applying waivers to findings, after Rego's verdicts: TypeScript filters by the user's waivers,
// it never changes a verdict. A finding a live waiver matches moves to `suppressed` (with the
// waiver's reason, expiry, source and location); one only expired waivers match stays a finding
// and says so; a waiver that matched nothing is reported as a note at the waiver, so stale waivers
// surface.
import { relative, resolve, sep } from "node:path";
import { globToRegExp } from "./config.js";
import { ruleFor, templateOf } from "./ids.js";
import { describeWaiver, isExpired } from "./types.js";
/** The rule id of the notes about waivers that matched nothing. */
export const UNUSED_WAIVER_RULE = "runnerlint/unused-waiver";
export function applyWaivers(findings, waivers, options) {
    const cwd = options.cwd ?? process.cwd();
    const used = new Set();
    const globs = new Map();
    for (const w of waivers)
        if (w.fileGlob)
            globs.set(w, globToRegExp(w.fileGlob));
    const out = { findings: [], suppressed: [], unused: [] };
    for (const f of findings) {
        const matching = waivers.filter((w) => matches(w, f, options.engine, cwd, globs.get(w)));
        for (const w of matching)
            used.add(w);
        const live = matching.find((w) => !isExpired(w, options.today));
        if (live) {
            out.suppressed.push({ ...f, suppression: suppressionOf(live) });
            continue;
        }
        const expired = matching[0];
        if (expired) {
            out.findings.push({
                ...f,
                message: `${f.message} (The ${expired.source} waiver at ${expired.location.file}:${expired.location.line} expired on ${expired.expires}: "${expired.reason}".)`,
                expiredWaiver: suppressionOf(expired),
            });
            continue;
        }
        out.findings.push(f);
    }
    for (const w of waivers) {
        if (used.has(w) || !couldMatch(w, options, cwd, globs.get(w)))
            continue;
        const expired = isExpired(w, options.today) ? ` It expired on ${w.expires}.` : "";
        out.unused.push({
            ruleId: UNUSED_WAIVER_RULE,
            severity: "note",
            requirement: w.requirement ?? (w.id && !ruleFor(options.engine, w.id) ? w.id : ""),
            status: "violated",
            messageId: "unused-waiver",
            message: `This waiver for ${describeWaiver(w)} matched no finding: remove it, or correct its id${w.source === "config" ? ", file or resource" : ""}.${expired} (Reason given: "${w.reason}".)`,
            location: w.location,
            ...(w.resource ? { resource: w.resource } : {}),
        });
    }
    return out;
}
export function suppressionOf(w) {
    return { justification: w.reason, ...(w.expires ? { expires: w.expires } : {}), source: w.source, location: w.location };
}
/** Does the waiver cover the finding? */
export function matches(w, f, engine, cwd, glob) {
    if (w.id !== undefined) {
        const rule = ruleFor(engine, w.id);
        if (!(rule ? f.ruleId === rule.id : f.requirement === w.id))
            return false;
    }
    if (w.rule !== undefined && f.ruleId !== w.rule)
        return false;
    if (w.requirement !== undefined && f.requirement !== w.requirement)
        return false;
    if (w.file !== undefined && f.location.file !== w.file)
        return false;
    if (w.line !== undefined && f.location.line !== w.line)
        return false;
    if (w.resource !== undefined && !inResource(f, w.resource))
        return false;
    if (glob && !glob.test(relativeTo(w.baseDir ?? cwd, f.location.file, cwd)))
        return false;
    return true;
}
/** The finding's resource is `id`, or its location is inside CloudFormation resource `id`. */
function inResource(f, id) {
    if (f.resource === id)
        return true;
    const p = f.location.pointer;
    if (!p)
        return false;
    const prefix = `/Resources/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    return p === prefix || p.startsWith(`${prefix}/`);
}
/** `file` (relative to cwd, or absolute) relative to `base`, with forward slashes. */
export function relativeTo(base, file, cwd) {
    return relative(base, resolve(cwd, file)).split(sep).join("/");
}
/**
 * Could this run have produced a finding for the waiver? Waivers written in a checked file always
 * could. A config waiver could when its file glob matches a checked input and a checked input's
 * kind is read by its rule (or by a rule judging its requirement): a pre-commit run over two
 * changed files does not call every other waiver stale.
 */
function couldMatch(w, options, cwd, glob) {
    if (w.source !== "config")
        return true;
    const inputs = glob ? options.inputs.filter((i) => glob.test(relativeTo(w.baseDir ?? cwd, i.file, cwd))) : options.inputs;
    if (inputs.length === 0)
        return false;
    const kinds = new Set(inputs.map((i) => i.kind).filter((k) => k !== null));
    const template = w.requirement !== undefined ? templateOf(options.engine, w.requirement) : undefined;
    const rules = options.engine.rules.filter((r) => (w.rule === undefined || r.id === w.rule) &&
        (w.requirement === undefined ||
            r.requirements.includes(w.requirement) ||
            (template !== undefined && r.requirements.includes(template))));
    return rules.some((r) => r.kinds.some((k) => kinds.has(k)));
}
//# sourceMappingURL=apply.js.map