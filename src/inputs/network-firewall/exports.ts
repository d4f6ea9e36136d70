// `aws network-firewall describe-firewall-policy` and `describe-rule-group` JSON exports → the
// network model. Policies reference rule groups by ARN: every export of one account is one input
// (merge: true), so a policy finds its groups in the other files of the folder.
import type { InputFile, LoadContext, Loader, NormalizedInput } from "../types.js";
import type { NetworkInput } from "../../model/network.js";
import { joinPointer } from "../source.js";
import { firewallPolicy, ruleGroup, type Origin } from "./convert.js";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The export documents of a file: one object, or a list of them. */
function documents(file: InputFile): { doc: Json; pointer: string }[] {
  if (!file.structured) return [];
  const data = file.document().data;
  if (Array.isArray(data)) return data.flatMap((d, i) => (isObj(d) ? [{ doc: d, pointer: joinPointer("", i) }] : []));
  return isObj(data) ? [{ doc: data, pointer: "" }] : [];
}

const isPolicy = (d: Json) => isObj(d.FirewallPolicy) && isObj(d.FirewallPolicyResponse);
const isGroup = (d: Json) => isObj(d.RuleGroupResponse) && (isObj(d.RuleGroup) || d.RuleGroup === undefined);

function origin(file: InputFile): Origin {
  const doc = file.document();
  return { file: file.path, text: file.text, locate: (p) => doc.locate(p) };
}

function empty(ctx: LoadContext): NetworkInput {
  return { kind: "network", config: ctx.config, vpcs: [], securityGroups: [], firewalls: [], firewallRuleGroups: [] };
}

export const networkFirewallLoader: Loader = {
  name: "network-firewall",
  detect(file) {
    const docs = documents(file);
    return docs.length > 0 && docs.every(({ doc }) => isPolicy(doc) || isGroup(doc));
  },
  load(file: InputFile, ctx: LoadContext): NormalizedInput[] {
    const o = origin(file);
    const net = empty(ctx);
    for (const { doc, pointer } of documents(file)) {
      if (isPolicy(doc)) {
        const r = doc.FirewallPolicyResponse as Json;
        const id = typeof r.FirewallPolicyArn === "string" ? r.FirewallPolicyArn : String(r.FirewallPolicyName ?? "firewall-policy");
        const name = typeof r.FirewallPolicyName === "string" ? r.FirewallPolicyName : undefined;
        net.firewalls!.push(
          firewallPolicy(
            doc.FirewallPolicy,
            joinPointer(pointer, "FirewallPolicy"),
            o,
            id,
            name,
            o.locate(joinPointer(pointer, "FirewallPolicyResponse")),
          ),
        );
      } else {
        const r = doc.RuleGroupResponse as Json;
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
        if (doc.RuleGroup === undefined) group.unresolved = "the export holds no RuleGroup (its rules)";
        net.firewallRuleGroups!.push(group);
      }
    }
    return [{ kind: "network", file: file.path, input: net, merge: true }];
  },
};
