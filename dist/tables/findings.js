import { renderMessage } from "../engine/messages.js";
import { SEVERITY_RANK } from "../model/vocabulary.js";
/** A verdict's message, from its rule's template; the rule and message id when the rule has none. */
export function messageOf(engine, v) {
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
export function byPlace(a, b) {
    return (a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        a.ruleId.localeCompare(b.ruleId));
}
export function toFindings(engine, verdicts, docs, overrides) {
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
        const key = JSON.stringify([
            v.rule,
            v.requirement,
            v.status,
            v.messageId,
            v.params,
            location.file,
            location.line,
            location.column,
            v.resource,
        ]);
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
/**
 * One cause, one finding: findings of one rule, at one place, about one resource, with the same
 * status, severity and scenarios become one (a group missing six flows at its SecurityGroupEgress
 * is one error, its parts listing them). Waivers and the baseline have already judged each part;
 * the requirement table keeps every verdict.
 */
export function groupByCause(findings) {
    const groups = new Map();
    findings.forEach((f, n) => {
        const l = f.location;
        // A finding about no resource stands alone (a key no other finding has).
        const key = f.resource
            ? JSON.stringify([f.ruleId, f.resource, l.file, l.line, l.column, f.status, f.severity, f.scenarios ?? null, f.expiredWaiver ?? null])
            : String(n);
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
//# sourceMappingURL=findings.js.map