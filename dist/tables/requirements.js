import { STATUS_RANK } from "../model/vocabulary.js";
import { messageOf } from "./findings.js";
/** The evidence rule of requirements the engine itself could not judge (unjudged, truncated analysis). */
export const ENGINE_RULE = "runnerlint/engine";
/** The rule id of the network entrypoint's scope record (policies/main/network.rego). */
export const SCOPE_RULE = "runnerlint/scope";
export function toRequirements(engine, verdicts, kinds, docs, config, inputs) {
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
        const evidence = (byRequirement.get(id) ?? []).map(({ verdict: v, doc }) => ({
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
            evidence.push({
                rule: SCOPE_RULE,
                status,
                message: `Out of scope: nothing in the ${files} file(s) that could judge it is the runner's.`,
            });
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
        results.push({
            id,
            title: declared.get(id)?.title ?? engine.catalogue.requirements[id]?.title ?? id,
            status,
            evidence: dedupe(evidence),
        });
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
//# sourceMappingURL=requirements.js.map