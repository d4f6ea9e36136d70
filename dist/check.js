// check(): files → loaders → normalized inputs → Wasm evaluation → findings and the
// per-requirement status table. Rego decides every verdict; this module only combines them.
import { RunnerlintError, isRunnerlintError } from "./errors.js";
import { PolicyEngine } from "./engine/policy.js";
import { renderMessage } from "./engine/messages.js";
import { companionLoaders as defaultCompanions, loaders as defaultLoaders } from "./inputs/registry.js";
import { proxyFromFlags } from "./inputs/proxy/flags.js";
import { findFiles, readInputFile, fileFromText } from "./inputs/files.js";
import { markerPorts } from "./scope/markers.js";
import { excludedBy } from "./scope/paths.js";
import { applyWaivers } from "./waivers/apply.js";
import { commentWaivers } from "./waivers/comments.js";
import { metadataWaivers } from "./waivers/metadata.js";
import { today } from "./waivers/types.js";
import { applyBaseline } from "./baseline/index.js";
const STATUS_RANK = { violated: 3, unknown: 2, satisfied: 1, "not-applicable": 0 };
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
let sharedEngine;
/** The engine for the bundled policy, loaded once per process. */
export function defaultEngine() {
    sharedEngine ??= new PolicyEngine();
    return sharedEngine;
}
/** The rule id of the network entrypoint's scope record (policies/main/network.rego). */
export const SCOPE_RULE = "runnerlint/scope";
export function fileContext(options) {
    const engine = options.engine ?? defaultEngine();
    const load = { config: options.config, parameters: options.parameters ?? {}, markerPorts: markerPorts(engine.catalogue) };
    if (options.maxScenarios !== undefined)
        load.maxScenarios = options.maxScenarios;
    if (options.maxFileBytes !== undefined)
        load.maxFileBytes = options.maxFileBytes;
    return {
        engine,
        loaders: options.loaders ?? defaultLoaders,
        companions: options.companions ?? defaultCompanions,
        load,
        skipUnrecognized: options.skipUnrecognized ?? false,
        inlineWaivers: options.inlineWaivers !== false,
    };
}
/** The files to check, in order: in-memory ones first, then each path's files (folders walked). */
export function listFiles(sources, cwd, paths) {
    const files = [];
    const errors = [];
    for (const s of sources)
        if (typeof s !== "string")
            files.push({ path: s.path, explicit: true, text: s.text });
    for (const p of sources) {
        if (typeof p !== "string")
            continue;
        try {
            for (const f of findFiles([p], cwd))
                files.push({ path: f.path, explicit: f.explicit });
        }
        catch (e) {
            if (!isRunnerlintError(e))
                throw e;
            errors.push(e);
        }
    }
    if (paths) {
        for (const f of files) {
            const reason = excludedBy(f.path, paths, cwd ?? process.cwd());
            if (reason)
                f.excluded = reason;
        }
    }
    return { files, errors };
}
/** Checks files and folders (paths) or in-memory files ({path, text}). */
export function check(sources, options) {
    const ctx = fileContext(options);
    const { files, errors } = listFiles(sources, options.cwd, options.paths);
    // Bounded memory for large folders: each file is loaded, evaluated and reduced to what the
    // report needs before the next one is read.
    return assemble(files.map((f) => checkFile(f, ctx)), errors, ctx.engine, options);
}
/** Reads, loads and evaluates one file. One bad file does not stop the others: its error is kept. */
export function checkFile(entry, ctx) {
    const out = { inputs: [], errors: [], waivers: [], documents: [] };
    if (entry.excluded) {
        out.inputs.push({ file: entry.path, loader: null, kind: null, scenarios: 0, outOfScope: entry.excluded });
        return out;
    }
    const pending = [];
    try {
        const file = entry.text !== undefined ? fileFromText(entry.path, entry.text) : readInputFile(entry.path, ctx.load.maxFileBytes);
        const loader = ctx.loaders.find((l) => l.detect(file));
        if (!loader) {
            if (entry.explicit && !ctx.skipUnrecognized)
                throw new RunnerlintError("UNSUPPORTED_INPUT", "not a recognized input (CloudFormation template; describe-security-groups, describe-vpcs, describe-network-acls, describe-firewall-policy or describe-rule-group export; squid.conf; iptables-save output; or .env file)", entry.path);
            out.skipped = entry.path;
            return out;
        }
        const docs = loader.load(file, ctx.load);
        if (ctx.inlineWaivers)
            readWaivers(file, ctx.engine, out.waivers, out.errors);
        const skip = docs[0]?.outOfScope;
        if (skip) {
            // Nothing in it is the runner's: listed, never evaluated.
            out.inputs.push({ file: entry.path, loader: loader.name, kind: docs[0].kind, scenarios: 0, outOfScope: skip.reason, groupsOutOfScope: skip.groups });
        }
        else {
            pending.push(...docs);
            const truncated = docs.find((d) => d.input.truncated)?.input.truncated;
            out.inputs.push({ file: entry.path, loader: loader.name, kind: docs[0]?.kind ?? null, scenarios: docs.length, ...(truncated ? { truncated } : {}) });
        }
        for (const companion of ctx.companions) {
            if (companion === loader || !companion.detect(file))
                continue;
            const more = companion.load(file, ctx.load);
            if (more.length === 0)
                continue;
            pending.push(...more);
            const cut = more.find((d) => d.input.truncated)?.input.truncated;
            out.inputs.push({ file: entry.path, loader: companion.name, kind: more[0].kind, scenarios: more.length, ...(cut ? { truncated: cut } : {}) });
        }
    }
    catch (e) {
        if (!isRunnerlintError(e))
            throw e;
        // Found in a folder walk, a YAML stream of several documents is some other tool's file.
        if (e.code === "MULTI_DOCUMENT" && (!entry.explicit || ctx.skipUnrecognized) && out.inputs.length === 0) {
            out.skipped = entry.path;
            return out;
        }
        out.errors.push(e);
        // What the file's loaders produced before the error is judged, as when all were kept.
    }
    for (const doc of pending)
        out.documents.push(evaluated(doc, ctx.engine));
    for (const summary of out.inputs) {
        const records = out.documents.filter((d) => d.doc.kind === summary.kind && d.scope).map((d) => d.scope);
        if (records.length)
            Object.assign(summary, scopeOfFile(records));
    }
    return out;
}
/** A file's scope over its scenarios: every group any of them took as the runner's. */
function scopeOfFile(records) {
    const groups = new Map();
    for (const r of records)
        for (const g of r.groups)
            if (!groups.has(g.id))
                groups.set(g.id, g);
    return { runnerGroups: [...groups.values()], groupsOutOfScope: Math.max(...records.map((r) => r.outOfScope)) };
}
/** A document evaluated, reduced to what the report needs; a `merge` export is kept whole. */
function evaluated(doc, engine) {
    if (doc.merge)
        return { doc };
    const { scenario, truncated } = doc.input;
    const kept = { kind: doc.kind, file: doc.file, input: { ...(scenario ? { scenario } : {}), ...(truncated ? { truncated } : {}) } };
    return { doc: kept, ...judged(engine.evaluate(doc.kind, doc.input)) };
}
/** An entrypoint's result: the rules' verdicts, and the scope record that comes last (network). */
function judged(all) {
    const last = all[all.length - 1];
    if (last?.rule !== SCOPE_RULE)
        return { verdicts: all };
    return { verdicts: all.slice(0, -1), scope: last.params };
}
/** The files' results, in order, into one CheckResult: merged exports, waivers, baseline, table. */
export function assemble(results, listErrors, engine, options) {
    const errors = [...listErrors];
    const skipped = [];
    const inputs = [];
    const documents = [];
    const fileWaivers = [];
    const verdicts = [];
    const judgedKinds = new Set();
    const exports = [];
    /** Position in `documents` of each verdict's document: the report's order is the inputs' order. */
    const order = [];
    const firstExport = new Map();
    const scoped = new Map();
    const controls = new Map();
    /** Groups not the runner's in merged exports (a template's are counted in its InputSummary). */
    const exportGroups = { outOfScope: 0, files: 0 };
    const recordScope = (file, scope) => {
        for (const g of scope?.groups ?? []) {
            const key = JSON.stringify([file, g.id]);
            if (!scoped.has(key))
                scoped.set(key, { file, ...g });
        }
        for (const c of scope?.controls ?? [])
            controls.set(JSON.stringify([file, c.kind, c.id]), { file, ...c });
    };
    const add = (doc, at, vs) => {
        judgedKinds.add(doc.kind);
        for (const verdict of vs) {
            verdicts.push({ verdict, doc });
            order.push(at);
        }
    };
    const settle = (docs) => {
        for (const { doc, verdicts: vs, scope } of docs) {
            const at = documents.length;
            documents.push(doc);
            recordScope(doc.file, scope);
            if (vs)
                add(doc, at, vs);
            else {
                if (!firstExport.has(doc.kind))
                    firstExport.set(doc.kind, at);
                exports.push(doc);
            }
        }
    };
    for (const r of results) {
        inputs.push(...r.inputs);
        errors.push(...r.errors);
        fileWaivers.push(...r.waivers);
        if (r.skipped)
            skipped.push(r.skipped);
        settle(r.documents);
    }
    // --https-proxy / --http-proxy / --no-proxy: one more proxy input, at "<command line>".
    const flags = proxyFromFlags(options.config);
    if (flags) {
        settle([evaluated(flags, engine)]);
        inputs.push({ file: flags.file, loader: "command-line", kind: flags.kind, scenarios: 1 });
    }
    if (exports.length) {
        for (const doc of mergeExports(exports)) {
            const { verdicts: vs, scope } = judged(engine.evaluate(doc.kind, doc.input));
            recordScope(doc.file, scope);
            if (scope?.outOfScope) {
                exportGroups.outOfScope += scope.outOfScope;
                exportGroups.files += doc.file.split(", ").length;
            }
            add(doc, firstExport.get(doc.kind), vs);
        }
        // Stable: merged exports' verdicts move to where their first document was read.
        const sorted = verdicts.map((v, i) => ({ v, at: order[i] })).sort((a, b) => a.at - b.at);
        sorted.forEach((x, i) => (verdicts[i] = x.v));
    }
    // After the verdicts, the user's choices: severity overrides, waivers, the baseline. They filter
    // findings; they never change what Rego decided (the requirement table).
    const waived = applyWaivers(toFindings(engine, verdicts, documents, options.severity ?? {}), [...(options.waivers ?? []), ...fileWaivers], {
        engine,
        today: today(options.now),
        inputs,
        ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    let findings = waived.findings;
    let baseline;
    if (options.baseline) {
        const b = applyBaseline(findings, options.baseline, options.cwd);
        findings = b.findings;
        baseline = { ...(options.baseline.path ? { path: options.baseline.path } : {}), baselined: b.baselined, stale: b.stale };
    }
    const requirements = toRequirements(engine, verdicts, judgedKinds, documents, options.config, inputs);
    return {
        findings: groupByCause([...findings, ...waived.unused]).sort(byPlace),
        suppressed: waived.suppressed.sort(byPlace),
        requirements,
        inputs,
        errors,
        skipped,
        scope: scopeSummary(options.config.scope ?? "runner", inputs, [...scoped.values()], [...controls.values()], exportGroups, environmentRequirements(engine, options.config, requirements)),
        ...(baseline ? { baseline } : {}),
    };
}
/** Waivers written in an input: resource Metadata (structured files) and comments (YAML). */
function readWaivers(file, engine, into, errors) {
    try {
        if (file.structured)
            into.push(...metadataWaivers(file.document(), { engine }));
        const yaml = file.structured && !/\.json$/i.test(file.path) && !/^\s*[{[]/.test(file.text);
        if (yaml)
            into.push(...commentWaivers(file.path, file.text, { engine }));
    }
    catch (e) {
        if (!isRunnerlintError(e))
            throw e;
        errors.push(e);
    }
}
/**
 * The run's scope: the groups taken as the runner's, the files left out, and one note for the run
 * when security groups were read but none is the runner's, or none is the environments' (the
 * requirements on environment groups are then not applicable in every input: said once, here).
 */
function scopeSummary(mode, inputs, runnerGroups, controls, exportGroups, needEnvironment) {
    const outOfScope = inputs.filter((i) => i.outOfScope).map((i) => ({ file: i.file, reason: i.outOfScope }));
    const summary = { mode, runnerGroups, outOfScope, ...(controls.length ? { controlsOutOfScope: controls } : {}) };
    if (mode !== "runner")
        return summary;
    const groups = inputs.reduce((n, i) => n + (i.groupsOutOfScope ?? 0), exportGroups.outOfScope);
    const howTo = "tag it runnerlint:role (environment or runner), list it under securityGroupRoles in .runnerlint.yaml, or pass --sg-role ID=environment";
    if (runnerGroups.length === 0 && groups > 0) {
        const files = inputs.filter((i) => i.groupsOutOfScope).length + exportGroups.files;
        summary.note =
            `No security group was taken as the runner's: the ${groups} group(s) in ${files} file(s) have no runnerlint:role, no runner compute and no ingress rule for an environment port, so they were not judged. ` +
                `If one of them is the runner's, ${howTo}; --scope all judges every group.`;
    }
    else if (runnerGroups.length > 0 && needEnvironment.length > 0 && !runnerGroups.some((g) => g.role === "environment")) {
        summary.note =
            `No environments' security group was found (the runner's: ${[...new Set(runnerGroups.map((g) => g.id))].join(", ")}), so ${needEnvironment.join(", ")} could not be judged. ` +
                `If the environments' group is in another stack, check that one too; if it is among these inputs, ${howTo.replace("(environment or runner)", "environment")}.`;
    }
    return summary;
}
/** The requirements judged on environment groups (the catalogue's securityGroup.appliesTo) for this runner kind. */
function environmentRequirements(engine, config, judged) {
    return judged
        .filter((r) => {
        const q = engine.catalogue.requirements[r.id];
        const sg = q?.securityGroup;
        return sg?.appliesTo === "environment" && sg.expectation === "allow" && (!Array.isArray(q.runners) || q.runners.includes(config.runner));
    })
        .map((r) => r.id);
}
/**
 * One cause, one finding: findings of one rule, at one place, about one resource, with the same
 * status, severity and scenarios become one (a group missing six flows at its SecurityGroupEgress
 * is one error, its parts listing them). Waivers and the baseline have already judged each part;
 * the requirement table keeps every verdict.
 */
function groupByCause(findings) {
    const groups = new Map();
    findings.forEach((f, n) => {
        const l = f.location;
        // A finding about no resource stands alone (a key no other finding has).
        const key = f.resource ? JSON.stringify([f.ruleId, f.resource, l.file, l.line, l.column, f.status, f.severity, f.scenarios ?? null, f.expiredWaiver ?? null]) : String(n);
        const group = groups.get(key);
        if (group)
            group.push(f);
        else
            groups.set(key, [f]);
    });
    return [...groups.values()].map((group) => {
        if (group.length === 1)
            return group[0];
        // In a stable order, whatever order the verdicts came in: the first part leads.
        const parts = group
            .map((f) => ({ requirement: f.requirement, messageId: f.messageId, message: f.message }))
            .sort((a, b) => a.requirement.localeCompare(b.requirement) || a.message.localeCompare(b.message));
        const requirements = [...new Set(parts.map((p) => p.requirement))];
        const first = parts[0];
        const more = `and ${parts.length - 1} more of this rule at this place${requirements.length > 1 ? `, for ${requirements.join(", ")}` : ""}`;
        return { ...group[0], requirement: first.requirement, messageId: first.messageId, message: `${first.message} (${more})`, parts };
    });
}
function byPlace(a, b) {
    return a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || a.ruleId.localeCompare(b.ruleId);
}
/** Combines the `merge` documents of each kind (exports of one account) into one. */
function mergeExports(docs) {
    const out = [];
    const merged = new Map();
    for (const d of docs) {
        if (!d.merge) {
            out.push(d);
            continue;
        }
        const m = merged.get(d.kind);
        if (!m) {
            const copy = { ...d, input: structuredClone(d.input) };
            merged.set(d.kind, copy);
            out.push(copy);
            continue;
        }
        const target = m.input;
        for (const [k, v] of Object.entries(d.input)) {
            if (Array.isArray(v))
                target[k] = [...(target[k] ?? []), ...v];
        }
        m.file = `${m.file}, ${d.file}`;
    }
    return out;
}
function messageOf(engine, v) {
    const rule = engine.rule(v.rule);
    return renderMessage(rule?.messages[v.messageId], v.params ?? {}, `${v.rule}: ${v.messageId}`);
}
function severityOf(engine, v, overrides) {
    const override = overrides[v.rule];
    const declared = override && override !== "ignore" ? override : (engine.rule(v.rule)?.severity ?? "error");
    // An unknown is not a proven failure: it is reported at most as a warning.
    if (v.status === "unknown" && SEVERITY_RANK[declared] > SEVERITY_RANK.warning)
        return "warning";
    return declared;
}
function toFindings(engine, verdicts, docs, overrides) {
    const scenarioCount = new Map();
    // Per kind and file: a template yields network and proxy inputs, each with its own scenarios.
    const countKey = (d) => `${d.kind}\u0000${d.file}`;
    for (const d of docs)
        scenarioCount.set(countKey(d), (scenarioCount.get(countKey(d)) ?? 0) + 1);
    const byKey = new Map();
    for (const { verdict: v, doc } of verdicts) {
        if (v.status !== "violated" && v.status !== "unknown")
            continue;
        if (overrides[v.rule] === "ignore")
            continue;
        const location = v.location ?? { file: doc.file, line: 1, column: 1 };
        const key = JSON.stringify([v.rule, v.requirement, v.status, v.messageId, v.params, location.file, location.line, location.column, v.resource]);
        let f = byKey.get(key);
        if (!f) {
            f = {
                ruleId: v.rule,
                severity: severityOf(engine, v, overrides),
                requirement: v.requirement,
                status: v.status,
                messageId: v.messageId,
                message: messageOf(engine, v),
                location,
                ...(v.resource ? { resource: v.resource } : {}),
                seen: [],
                file: countKey(doc),
            };
            byKey.set(key, f);
        }
        if (doc.input.scenario)
            f.seen.push(doc.input.scenario);
    }
    const findings = [];
    for (const { seen, file, ...f } of byKey.values()) {
        const total = scenarioCount.get(file) ?? 1;
        if (seen.length > 0 && seen.length < total)
            f.scenarios = seen;
        findings.push(f);
    }
    return findings.sort(byPlace);
}
function toRequirements(engine, verdicts, kinds, docs, config, inputs) {
    // Kinds read only in files with nothing of the runner's: their requirements are not applicable.
    const outOfScope = inputs.filter((i) => i.outOfScope && i.kind && !kinds.has(i.kind));
    const idKinds = new Map();
    // A user-declared template (scm.<name>) stands for its instances in the config (scm.github, ...).
    const declared = new Map((config.declared ?? []).map((d) => [d.id, d]));
    for (const k of new Set([...kinds, ...outOfScope.map((i) => i.kind)])) {
        for (const id of engine.requirementsJudged(k)) {
            const instances = id.includes("<name>") ? [...declared.values()].filter((d) => d.template === id).map((d) => d.id) : [id];
            for (const i of instances)
                idKinds.set(i, (idKinds.get(i) ?? new Set()).add(k));
        }
    }
    const ids = idKinds.keys();
    // An analysis truncated in one kind of input (a template's scenarios) leaves only that kind's requirements unsure.
    const truncatedIn = new Map();
    for (const d of docs)
        if (d.input.truncated && !truncatedIn.has(d.kind))
            truncatedIn.set(d.kind, d.input.truncated);
    const byRequirement = new Map();
    for (const x of verdicts) {
        const list = byRequirement.get(x.verdict.requirement);
        if (list)
            list.push(x);
        else
            byRequirement.set(x.verdict.requirement, [x]);
    }
    const results = [];
    for (const id of [...ids].sort()) {
        const evidence = (byRequirement.get(id) ?? [])
            .map(({ verdict: v, doc }) => ({
            rule: v.rule,
            status: v.status,
            message: messageOf(engine, v),
            ...(v.location ? { location: v.location } : {}),
            ...(v.resource ? { resource: v.resource } : {}),
            ...(doc.input.scenario ? { scenario: doc.input.scenario } : {}),
        }));
        let status = "not-applicable";
        for (const e of evidence)
            if (STATUS_RANK[e.status] > STATUS_RANK[status])
                status = e.status;
        const judgedBy = [...idKinds.get(id)];
        const truncated = judgedBy.map((k) => truncatedIn.get(k)).find(Boolean);
        if (evidence.length === 0 && !judgedBy.some((k) => kinds.has(k))) {
            const files = outOfScope.filter((i) => judgedBy.includes(i.kind)).length;
            evidence.push({ rule: SCOPE_RULE, status, message: `Out of scope: nothing in the ${files} file(s) that could judge it is the runner's.` });
        }
        else if (evidence.length === 0) {
            // A rule that silently yields nothing must not look like a pass.
            status = "unknown";
            evidence.push({ rule: ENGINE_RULE, status, message: "unjudged: no rule returned a verdict for this requirement" });
        }
        else if (truncated && status !== "violated") {
            status = "unknown";
            evidence.push({ rule: ENGINE_RULE, status, message: `analysis truncated: ${truncated}` });
        }
        results.push({ id, title: declared.get(id)?.title ?? engine.catalogue.requirements[id]?.title ?? id, status, evidence: dedupe(evidence) });
    }
    return results;
}
function dedupe(evidence) {
    const seen = new Set();
    return evidence.filter((e) => {
        const k = JSON.stringify([e.rule, e.status, e.message, e.location?.file, e.location?.line, e.resource]);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** The evidence rule of requirements the engine itself could not judge (unjudged, truncated analysis). */
export const ENGINE_RULE = "runnerlint/engine";
/**
 * `--fail-on-unknown`: is anything left unverified? An unknown finding that is not waived, baselined
 * or ignored, a requirement the engine could not judge at all (no rule returned a verdict, or the
 * analysis was truncated), which no waiver can accept, or security groups of which none was taken
 * as the runner's (the scope note).
 */
export function reachesUnknown(result) {
    if (result.findings.some((f) => f.status === "unknown"))
        return true;
    if (result.scope?.note)
        return true;
    return result.requirements.some((r) => r.status === "unknown" && r.evidence.some((e) => e.rule === ENGINE_RULE && e.status === "unknown"));
}
/** Exit-code threshold helper: does any finding reach the level? */
export function reachesThreshold(findings, failOn) {
    if (failOn === "never")
        return false;
    return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
//# sourceMappingURL=check.js.map