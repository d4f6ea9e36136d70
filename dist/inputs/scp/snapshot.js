import { joinPointer, parseSource } from "../source.js";
import { declarativePolicy, scpPolicy } from "./policy.js";
import { DECLARATIVE_EC2_TYPE, SCP_TYPE } from "./loaders.js";
export const SNAPSHOT_VERSION = 1;
const KINDS = { ROOT: "root", ORGANIZATIONAL_UNIT: "ou", ACCOUNT: "account" };
export function isSnapshot(v) {
    return (typeof v === "object" &&
        v !== null &&
        v.runnerlintSnapshot === SNAPSHOT_VERSION &&
        Array.isArray(v.accounts));
}
export function policyTypeEnabled(s, type) {
    return s.roots.some((r) => (r.PolicyTypes ?? []).some((t) => t.Type === type && t.Status === "ENABLED"));
}
/**
 * The organization inputs of a snapshot, one per account. Scope: when the config names the
 * runner's account (accountId), the snapshot's other accounts are not the runner's and are not
 * judged; a snapshot without it is out of scope.
 */
export function snapshotInputs(s, doc, ctx) {
    const runner = ctx.config.accountId;
    if (runner && !s.accounts.some((a) => a.Id === runner)) {
        return [
            {
                kind: "organization",
                file: doc.file,
                input: {},
                outOfScope: { reason: `not the runner's account (accountId ${runner})`, groups: 0 },
            },
        ];
    }
    const parsed = new Map();
    const contentOf = (id) => {
        let p = parsed.get(id);
        const pretty = s.policies[id]?.Document;
        if (!p && pretty && typeof pretty === "object") {
            p = { content: pretty, raw: (s.policies[id]?.Content ?? "").length, at: joinPointer("", "policies", id, "Document") };
            parsed.set(id, p);
        }
        if (!p) {
            const text = s.policies[id]?.Content ?? "";
            try {
                p = { content: parseSource(doc.file, text).data, raw: text.length };
            }
            catch (e) {
                p = { content: { $unknown: `policy ${id}: the content is not valid JSON (${e.message})` }, raw: text.length };
            }
            parsed.set(id, p);
        }
        return p;
    };
    const scpEnabled = policyTypeEnabled(s, SCP_TYPE);
    const declarativeEnabled = policyTypeEnabled(s, DECLARATIVE_EC2_TYPE);
    const judged = s.accounts.map((a, ai) => ({ a, ai })).filter(({ a }) => !runner || a.Id === runner);
    return judged.map(({ a, ai }) => {
        const levels = [];
        const declarative = [];
        a.Path.forEach((t, ti) => {
            const at = doc.locate(joinPointer("", "accounts", ai, "Path", ti));
            const common = { kind: KINDS[t.Type], id: t.Id, ...(t.Name ? { name: t.Name } : {}) };
            const src = (id) => {
                const summary = s.policies[id]?.PolicySummary;
                const { raw, at } = contentOf(id);
                const where = at ?? joinPointer("", "policies", id, "Content");
                // Statements located in the parsed Document when the snapshot has it; else at Content.
                return {
                    id,
                    name: summary?.Name ?? id,
                    awsManaged: summary?.AwsManaged === true,
                    location: doc.locate(where),
                    rawLength: raw,
                    ...(at ? { locate: (p) => doc.locate(at + p) } : {}),
                };
            };
            const missing = (id) => ({ $unknown: `policy ${id} is attached but was not read` });
            levels.push({
                ...common,
                location: at,
                policies: (t.Policies[SCP_TYPE] ?? []).map((id) => scpPolicy(s.policies[id] ? contentOf(id).content : missing(id), src(id))),
            });
            declarative.push({
                ...common,
                policies: (t.Policies[DECLARATIVE_EC2_TYPE] ?? []).map((id) => declarativePolicy(s.policies[id] ? contentOf(id).content : missing(id), src(id))),
            });
        });
        const input = {
            kind: "organization",
            config: { ...ctx.config, accountId: a.Id },
            source: "snapshot",
            account: { id: a.Id, ...(a.Name ? { name: a.Name } : {}), management: s.organization.MasterAccountId === a.Id },
            organization: {
                ...(s.organization.Id ? { id: s.organization.Id } : {}),
                ...(s.organization.MasterAccountId ? { managementAccountId: s.organization.MasterAccountId } : {}),
            },
            scpEnabled,
            levels,
            declarativeEnabled,
            declarative,
        };
        // Several accounts in one snapshot: each finding names the accounts it occurs in.
        if (judged.length > 1)
            input.scenario = { account: a.Name ? `${a.Id} (${a.Name})` : a.Id };
        return { kind: "organization", file: doc.file, input };
    });
}
export const snapshotLoader = {
    name: "org-audit-snapshot",
    detect: (file) => file.structured && isSnapshot(file.document().data),
    load: (file, ctx) => snapshotInputs(file.document().data, file.document(), ctx),
};
//# sourceMappingURL=snapshot.js.map