// check(): files → loaders → normalized inputs → Wasm evaluation → findings and the
// per-requirement status table. Rego decides every verdict; this module runs the pipeline and
// hands the verdicts to the tables (src/tables/), the waivers, the baseline and the scope summary.
import { RunnerlintError, isRunnerlintError } from "./errors.js";
import { moduleReaders } from "./inputs/terraform/modules.js";
import { PolicyEngine, catalogueVersion } from "./engine/policy.js";
import { companionLoaders as defaultCompanions, loaders as defaultLoaders } from "./inputs/registry.js";
import { proxyFromFlags } from "./inputs/proxy/flags.js";
import { findFiles, readInputFile, fileFromText } from "./inputs/files.js";
import { catalogueDrift } from "./drift.js";
import { markerPorts } from "./scope/markers.js";
import { excludedBy } from "./scope/paths.js";
import { environmentRequirements, scopeSummary } from "./scope/summary.js";
import { byPlace, groupByCause, toFindings } from "./tables/findings.js";
import { SCOPE_RULE, toRequirements } from "./tables/requirements.js";
import { applyWaivers } from "./waivers/apply.js";
import { commentWaivers } from "./waivers/comments.js";
import { metadataWaivers } from "./waivers/metadata.js";
import { today } from "./waivers/types.js";
import { applyBaseline } from "./baseline/index.js";
let baseEngine;
const sharedEngines = new Map();
/**
 * The engine for the bundled policy and a catalogue version ("latest", a version date; default:
 * the seed version), loaded once per process and version (the compiled module once in all).
 */
export function defaultEngine(catalogue) {
    baseEngine ??= new PolicyEngine();
    const version = catalogueVersion(baseEngine.catalogues, catalogue);
    let engine = sharedEngines.get(version);
    if (!engine) {
        engine = version === baseEngine.catalogue.version ? baseEngine : baseEngine.withCatalogue(version);
        sharedEngines.set(version, engine);
    }
    return engine;
}
export function fileContext(options) {
    const engine = options.engine ?? defaultEngine();
    const load = { config: options.config, parameters: options.parameters ?? {}, markerPorts: markerPorts(engine.catalogue) };
    if (options.maxScenarios !== undefined)
        load.maxScenarios = options.maxScenarios;
    if (options.maxFileBytes !== undefined)
        load.maxFileBytes = options.maxFileBytes;
    const drift = driftEngine(engine, options);
    return {
        engine,
        ...(drift ? { drift } : {}),
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
    // A Terraform module is a folder of .tf files, read once (src/inputs/terraform/modules.ts).
    const readers = moduleReaders(files.filter((f) => !f.excluded && f.text === undefined).map((f) => f.path));
    for (const f of files) {
        const reader = readers.get(f.path);
        if (reader)
            f.module = reader;
    }
    return { files, errors };
}
/** Checks files and folders (paths) or in-memory files ({path, text}). */
export function check(sources, options) {
    const ctx = fileContext(options);
    const { files, errors } = listFiles(sources, options.cwd, options.paths);
    // Bounded memory for large folders: each file is loaded, evaluated and reduced to what the
    // report needs before the next one is read.
    return assemble(files.map((f) => checkFile(f, ctx)), errors, ctx, options);
}
/** The engine for the latest catalogue version, when the run asks for drift and judges under an older one. */
export function driftEngine(engine, options) {
    if (!options.drift || engine.catalogue.version === engine.catalogues.latest)
        return undefined;
    return engine === defaultEngine(engine.catalogue.version) ? defaultEngine("latest") : engine.withCatalogue("latest");
}
/** Reads, loads and evaluates one file. One bad file does not stop the others: its error is kept. */
export function checkFile(entry, ctx) {
    const out = { inputs: [], errors: [], waivers: [], documents: [] };
    if (entry.excluded) {
        out.inputs.push({ file: entry.path, loader: null, kind: null, scenarios: 0, outOfScope: entry.excluded });
        return out;
    }
    if (entry.module) {
        out.inputs.push({ file: entry.path, loader: "terraform-source", kind: null, scenarios: 0, module: entry.module });
        return out;
    }
    const pending = [];
    try {
        const file = entry.text !== undefined ? fileFromText(entry.path, entry.text) : readInputFile(entry.path, ctx.load.maxFileBytes);
        const loader = ctx.loaders.find((l) => l.detect(file));
        if (!loader) {
            if (entry.explicit && !ctx.skipUnrecognized)
                throw new RunnerlintError("UNSUPPORTED_INPUT", "not a recognized input (CloudFormation template; Terraform .tf or plan/state JSON; describe-security-groups, describe-vpcs, describe-network-acls, describe-firewall-policy or describe-rule-group export; squid.conf; iptables-save output; or .env file)", entry.path);
            out.skipped = entry.path;
            return out;
        }
        const docs = loader.load(file, ctx.load);
        if (ctx.inlineWaivers)
            readWaivers(file, ctx.engine, out.waivers, out.errors);
        const skip = docs[0]?.outOfScope;
        if (skip) {
            // Nothing in it is the runner's: listed, never evaluated.
            out.inputs.push({
                file: entry.path,
                loader: loader.name,
                kind: docs[0].kind,
                scenarios: 0,
                outOfScope: skip.reason,
                groupsOutOfScope: skip.groups,
            });
        }
        else {
            pending.push(...docs);
            const truncated = docs.find((d) => d.input.truncated)?.input.truncated;
            out.inputs.push({
                file: entry.path,
                loader: loader.name,
                kind: docs[0]?.kind ?? null,
                scenarios: docs.length,
                ...(truncated ? { truncated } : {}),
            });
        }
        for (const companion of ctx.companions) {
            if (companion === loader || !companion.detect(file))
                continue;
            const more = companion.load(file, ctx.load);
            if (more.length === 0)
                continue;
            pending.push(...more);
            const cut = more.find((d) => d.input.truncated)?.input.truncated;
            out.inputs.push({
                file: entry.path,
                loader: companion.name,
                kind: more[0].kind,
                scenarios: more.length,
                ...(cut ? { truncated: cut } : {}),
            });
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
        out.documents.push(evaluated(doc, ctx));
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
function evaluated(doc, ctx) {
    if (doc.merge)
        return { doc };
    const { scenario, truncated } = doc.input;
    const kept = {
        kind: doc.kind,
        file: doc.file,
        input: { ...(scenario ? { scenario } : {}), ...(truncated ? { truncated } : {}) },
    };
    return {
        doc: kept,
        ...judged(ctx.engine.evaluate(doc.kind, doc.input)),
        ...(ctx.drift ? { drift: judged(ctx.drift.evaluate(doc.kind, doc.input)).verdicts } : {}),
    };
}
/** An entrypoint's result: the rules' verdicts, and the scope record that comes last (network). */
function judged(all) {
    const last = all[all.length - 1];
    if (last?.rule !== SCOPE_RULE)
        return { verdicts: all };
    return { verdicts: all.slice(0, -1), scope: last.params };
}
/** The files' results, in order, into one CheckResult: merged exports, waivers, baseline, table. */
export function assemble(results, listErrors, ctx, options) {
    const { engine, drift } = ctx;
    const errors = [...listErrors];
    const skipped = [];
    const inputs = [];
    const documents = [];
    const fileWaivers = [];
    const verdicts = [];
    /** The same documents' verdicts under the latest catalogue (drift); their order does not matter. */
    const driftVerdicts = [];
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
        for (const { doc, verdicts: vs, scope, drift: ds } of docs) {
            const at = documents.length;
            documents.push(doc);
            recordScope(doc.file, scope);
            for (const verdict of ds ?? [])
                driftVerdicts.push({ verdict, doc });
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
        settle([evaluated(flags, ctx)]);
        inputs.push({ file: flags.file, loader: "command-line", kind: flags.kind, scenarios: 1 });
    }
    if (exports.length) {
        for (const doc of mergeExports(exports)) {
            const { verdicts: vs, scope } = judged(engine.evaluate(doc.kind, doc.input));
            if (drift)
                for (const verdict of judged(drift.evaluate(doc.kind, doc.input)).verdicts)
                    driftVerdicts.push({ verdict, doc });
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
    const catalogue = { version: engine.catalogue.version, latest: engine.catalogues.latest };
    if (drift)
        catalogue.drift = catalogueDrift(requirements, toRequirements(drift, driftVerdicts, judgedKinds, documents, options.config, inputs), drift.catalogue.version);
    return {
        findings: groupByCause([...findings, ...waived.unused]).sort(byPlace),
        suppressed: waived.suppressed.sort(byPlace),
        requirements,
        inputs,
        errors,
        skipped,
        scope: scopeSummary(options.config.scope ?? "runner", inputs, [...scoped.values()], [...controls.values()], exportGroups, environmentRequirements(engine, options.config, requirements)),
        ...(baseline ? { baseline } : {}),
        catalogue,
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
//# sourceMappingURL=check.js.map