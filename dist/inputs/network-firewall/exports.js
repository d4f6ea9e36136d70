import { joinPointer } from "../source.js";
import { firewallPolicy, ruleGroup } from "./convert.js";
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** The export documents of a file: one object, or a list of them. */
function documents(file) {
    if (!file.structured)
        return [];
    const data = file.document().data;
    if (Array.isArray(data))
        return data.flatMap((d, i) => (isObj(d) ? [{ doc: d, pointer: joinPointer("", i) }] : []));
    return isObj(data) ? [{ doc: data, pointer: "" }] : [];
}
const isPolicy = (d) => isObj(d.FirewallPolicy) && isObj(d.FirewallPolicyResponse);
const isGroup = (d) => isObj(d.RuleGroupResponse) && (isObj(d.RuleGroup) || d.RuleGroup === undefined);
function origin(file) {
    const doc = file.document();
    return { file: file.path, text: file.text, locate: (p) => doc.locate(p) };
}
function empty(ctx) {
    return { kind: "network", config: ctx.config, vpcs: [], securityGroups: [], firewalls: [], firewallRuleGroups: [] };
}
export const networkFirewallLoader = {
    name: "network-firewall",
    detect(file) {
        const docs = documents(file);
        return docs.length > 0 && docs.every(({ doc }) => isPolicy(doc) || isGroup(doc));
    },
    load(file, ctx) {
        const o = origin(file);
        const net = empty(ctx);
        for (const { doc, pointer } of documents(file)) {
            if (isPolicy(doc)) {
                const r = doc.FirewallPolicyResponse;
                const id = typeof r.FirewallPolicyArn === "string" ? r.FirewallPolicyArn : String(r.FirewallPolicyName ?? "firewall-policy");
                const name = typeof r.FirewallPolicyName === "string" ? r.FirewallPolicyName : undefined;
                net.firewalls.push(firewallPolicy(doc.FirewallPolicy, joinPointer(pointer, "FirewallPolicy"), o, id, name, o.locate(joinPointer(pointer, "FirewallPolicyResponse"))));
            }
            else {
                const r = doc.RuleGroupResponse;
                const arn = typeof r.RuleGroupArn === "string" ? r.RuleGroupArn : undefined;
                const name = typeof r.RuleGroupName === "string" ? r.RuleGroupName : undefined;
                const group = ruleGroup(doc.RuleGroup, joinPointer(pointer, "RuleGroup"), o, {
                    id: arn ?? name ?? "rule-group",
                    ...(arn ? { arn } : {}),
                    ...(name ? { name } : {}),
                    type: typeof r.Type === "string" ? r.Type : { $unknown: "the export gives no Type" },
                    location: o.locate(joinPointer(pointer, "RuleGroupResponse")),
                });
                // A managed group's rules are not exported: say so instead of judging an empty group.
                if (doc.RuleGroup === undefined)
                    group.unresolved = "the export holds no RuleGroup (its rules)";
                net.firewallRuleGroups.push(group);
            }
        }
        return [{ kind: "network", file: file.path, input: net, merge: true }];
    },
};
//# sourceMappingURL=exports.js.map