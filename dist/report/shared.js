// What every reporter shares: the engine view it needs, the report input, paths, counts, the
// per-requirement × per-input matrix, and the rule/seed lookups. Everything is derived from the
// CheckResult and the engine's rule and requirement catalogues: no rule id is named here.
import { PACKAGE_JSON } from "../package-root.js";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { SEVERITY_RANK, STATUS_RANK } from "../model/vocabulary.js";
export const TOOL_NAME = "runnerlint";
/** The repository's web address from package.json, when it names one. */
export function repositoryUrl() {
    const { repository } = PACKAGE_JSON;
    const raw = typeof repository === "string" ? repository : repository?.url;
    if (!raw)
        return undefined;
    const m = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?(?:#.*)?$/.exec(raw) ?? /^github:([^/]+)\/(.+)$/.exec(raw);
    if (m)
        return `https://github.com/${m[1]}/${m[2]}`;
    return /^https?:\/\//.test(raw) ? raw.replace(/\.git$/, "") : undefined;
}
/** Where people learn about the tool (SARIF `informationUri`): the README on the repository's page. */
export function informationUri() {
    return PACKAGE_JSON.homepage ?? (repositoryUrl() ? `${repositoryUrl()}#readme` : undefined);
}
/** The rule's documentation: docs/rules/<area>/<name>.md in the repository at this version's tag, else its first related resource. */
export function ruleHelpUri(rule, ruleId, options = {}) {
    const base = options.docsBaseUrl ?? (repositoryUrl() ? `${repositoryUrl()}/blob/v${PACKAGE_JSON.version}` : undefined);
    if (base)
        return `${base.replace(/\/+$/, "")}/docs/rules/${ruleId.split("/").map(encodeURIComponent).join("/")}.md`;
    return rule?.relatedResources.find((r) => /^https?:\/\//.test(r));
}
/** The vendor document and section a rule or requirement comes from. */
export function seedOf(engine, source) {
    if (!source)
        return undefined;
    const doc = engine.catalogue.documents?.[source.document];
    return { title: doc?.title ?? `document ${source.document}`, section: source.section, ...(doc?.url ? { url: doc.url } : {}) };
}
export function ruleById(engine) {
    return new Map(engine.rules.map((r) => [r.id, r]));
}
/** The rules that judge a requirement (for remediation and help). */
export function rulesFor(engine, requirement) {
    return engine.rules.filter((r) => r.requirements.includes(requirement));
}
/** `file` relative to the working directory with forward slashes, when it is inside it; as given otherwise. */
export function displayPath(file, cwd = process.cwd()) {
    const abs = resolve(cwd, file);
    const rel = relative(cwd, abs);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
        return file.split(sep).join("/");
    return rel.split(sep).join("/");
}
/** `file:line:column` for humans. */
export function where(loc, cwd) {
    if (!loc)
        return "";
    return `${displayPath(loc.file, cwd)}:${loc.line}:${loc.column}`;
}
/** End positions, when a loader provides them (Location may grow them; reporters never invent them). */
export function endOf(loc) {
    const l = loc;
    const out = {};
    if (typeof l.endLine === "number" && l.endLine >= loc.line)
        out.endLine = l.endLine;
    if (typeof l.endColumn === "number" && l.endColumn >= 1)
        out.endColumn = l.endColumn;
    return out;
}
export function countBy(items, key, values) {
    const out = Object.fromEntries(values.map((v) => [v, 0]));
    for (const i of items)
        out[key(i)] = (out[key(i)] ?? 0) + 1;
    return out;
}
/** "network ACL X" / "Network Firewall policy X": a control left out of scope. */
export function controlLabel(c) {
    return `${c.kind === "network-acl" ? "network ACL" : "Network Firewall policy"} ${c.id}`;
}
/** The parts of a finding grouped by cause after the first (which leads its message), as lines. */
export function partLines(f) {
    return (f.parts ?? [])
        .slice(1)
        .map((p) => `${p.message}${p.requirement && p.requirement !== f.requirement ? ` [${p.requirement}]` : ""}`);
}
/**
 * A requirement's description as a reader of the report needs it: the catalogue's descriptions
 * also record, for its maintainers, which vendor document (000, 003) says what and how the
 * catalogue reconciles them ("recorded under coveredBy"). Those sentences and document references
 * are left out; the report's Source line links the documents.
 */
export function userDescription(req) {
    const kept = (req?.description ?? "")
        .split(/(?<=[.;])\s+(?=[A-Z"(])/)
        .map((s) => s.replace(/\s*\((?:[^()]*?\b0\d\d\b[^()]*)\)/g, "").replace(/,\s*0\d\d\)/g, ")"))
        .filter((s) => s && !/\b0\d\d\b|coveredBy|catalogue|\bdocuments?\b|\bseeds?\b/i.test(s))
        .join(" ")
        .replace(/;$/, ".");
    if (kept)
        return kept;
    // Nothing but provenance: say what the requirement needs.
    const to = Array.isArray(req?.destinations)
        ? req.destinations.map((d) => `${d.host ?? d.ip ?? d.cidr ?? "?"} (${(d.protocol ?? "").toUpperCase()} ${(d.ports ?? []).join(", ")})`)
        : [];
    return to.length ? `${req?.title ?? "Outbound access"}: ${[...new Set(to)].join(", ")}.` : (req?.title ?? "");
}
export function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** The evidence that decided a requirement's status (the first one with that status). */
export function decisive(r) {
    return r.evidence.find((e) => e.status === r.status) ?? r.evidence[0];
}
/** Findings first by severity, then by place. */
export function bySeverityThenPlace(a, b) {
    return (SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        a.ruleId.localeCompare(b.ruleId));
}
export function groupByFile(items) {
    const out = new Map();
    for (const i of items) {
        const list = out.get(i.location.file) ?? [];
        list.push(i);
        out.set(i.location.file, list);
    }
    return out;
}
/** An unknown's message, marked as such once (rule messages often start with "Cannot verify" already). */
export function cannotVerify(message) {
    return /^\s*cannot verify\b/i.test(message) ? message : `Cannot verify: ${message}`;
}
export function scenarioText(s) {
    return Object.entries(s)
        .map(([k, v]) => `${k}=${v}`)
        .join(" ");
}
/** The requirements the rules reading an input kind judge (engine.requirementsJudged, from plain data). */
export function requirementsOfKind(engine, kind) {
    if (!kind)
        return new Set();
    return new Set(engine.rules.filter((r) => r.kinds.includes(kind)).flatMap((r) => r.requirements));
}
/**
 * Splits each requirement's evidence by input: evidence located in a file belongs to that file;
 * evidence with no location (an unjudged requirement, a truncated analysis, a rule that could not
 * point at anything) belongs to every input of a kind that judges the requirement, so a verdict can
 * never vanish from the per-input view (fail closed). An input whose kind judges the requirement but
 * that holds none of its evidence gets "not-applicable": the verdict was reached elsewhere (for
 * example a describe-vpcs export that only gives CIDRs to the security groups in another file).
 */
export function requirementMatrix(result, engine) {
    // A snapshot of several accounts: one column per account (its evidence names the account).
    // Evidence with no location (an allowed call) names its account but no file: it belongs to every
    // snapshot, as in the rest of the matrix.
    const accounts = new Map();
    const anywhere = new Set();
    for (const r of result.requirements) {
        for (const e of r.evidence) {
            const account = e.scenario?.account;
            if (!account)
                continue;
            if (e.location)
                accounts.set(e.location.file, (accounts.get(e.location.file) ?? new Set()).add(account));
            else
                anywhere.add(account);
        }
    }
    const inputs = result.inputs.flatMap((i) => {
        const own = new Set([...(accounts.get(i.file) ?? []), ...(i.kind === "organization" ? anywhere : [])]);
        return i.kind === "organization" && own.size
            ? [...own].sort().map((account) => ({ file: i.file, kind: i.kind, account }))
            : [{ file: i.file, kind: i.kind }];
    });
    const judged = inputs.map((i) => requirementsOfKind(engine, i.kind));
    const rows = result.requirements.map((requirement) => {
        const cells = inputs.map((input, n) => {
            const applies = judged[n].has(requirement.id) || requirement.evidence.some((e) => e.location?.file === input.file);
            if (!applies)
                return { status: null, evidence: [] };
            const evidence = requirement.evidence.filter((e) => (e.location ? e.location.file === input.file : true) &&
                (!input.account || !e.scenario?.account || e.scenario.account === input.account));
            let status = "not-applicable";
            for (const e of evidence)
                if (STATUS_RANK[e.status] > STATUS_RANK[status])
                    status = e.status;
            return { status, evidence };
        });
        return { requirement, cells };
    });
    return { inputs, rows };
}
/**
 * The drift note, one sentence: which requirements would change status under the latest catalogue
 * version; undefined when the run was not compared with a newer one.
 */
export function driftNote(result) {
    const d = result.catalogue?.drift;
    if (!d)
        return undefined;
    const from = result.catalogue.version;
    if (!d.changes.length)
        return `Requirement catalogue ${d.version}, the latest, judges these inputs as ${from} does.`;
    const list = d.changes.map((c) => `${c.requirement} ${c.status} → ${c.latest}`).join(", ");
    return `Under requirement catalogue ${d.version}, the latest (this run: ${from}; --catalogue latest to judge by it), ${d.changes.length} requirement${d.changes.length === 1 ? "" : "s"} would change: ${list}.`;
}
//# sourceMappingURL=shared.js.map