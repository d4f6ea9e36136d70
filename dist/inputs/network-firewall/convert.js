// AWS Network Firewall policies and rule groups, in their API shape (describe-firewall-policy,
// describe-rule-group, and the CloudFormation properties, which use the same names) → the network
// model. Values CloudFormation could not resolve stay {"$unknown": reason}; references to rule
// groups keep the ARN (exports) or the logical id (CloudFormation). Nothing is decided here.
import { isUnknown, unknown } from "../../model/location.js";
import { joinPointer } from "../source.js";
import { lineStarts, positionAt } from "../../text-position.js";
import { fiveTuple, parseRule, ruleLines } from "./suricata.js";
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const POLICY_KEYS = new Set([
    "StatelessDefaultActions",
    "StatelessFragmentDefaultActions",
    "StatelessCustomActions",
    "StatelessRuleGroupReferences",
    "StatefulRuleGroupReferences",
    "StatefulDefaultActions",
    "StatefulEngineOptions",
    "PolicyVariables",
]);
/** Settings of a policy that change what passes and that runnerlint does not evaluate. */
const POLICY_UNSUPPORTED = {
    TLSInspectionConfigurationArn: "TLS inspection (TLSInspectionConfigurationArn)",
};
function reason(v, what) {
    return isUnknown(v) ? v.$unknown : `${what} is not of the expected type`;
}
function maybeString(v, what, o) {
    if (typeof v === "string")
        return v;
    const id = o.refId?.(v);
    if (id)
        return id;
    return unknown(reason(v, what));
}
function maybeNumber(v, what) {
    if (typeof v === "number" && Number.isFinite(v))
        return v;
    if (typeof v === "string" && /^-?\d+$/.test(v.trim()))
        return Number(v);
    return unknown(reason(v, what));
}
function strings(v, what, o) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        return [unknown(reason(v, what))];
    return v.map((x) => maybeString(x, what, o));
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
function variables(v, o) {
    const out = {};
    if (!isObj(v))
        return out;
    for (const [name, set] of Object.entries(v)) {
        out[name] = isObj(set) ? strings(set.Definition, `${name}.Definition`, o) : [unknown(reason(set, name))];
    }
    return out;
}
/** A policy: `body` is the FirewallPolicy object; id is its ARN or logical id. */
export function firewallPolicy(body, pointer, o, id, name, location) {
    const p = isObj(body) ? body : {};
    const unsupported = [];
    if (!isObj(body))
        unsupported.push({ feature: `an unreadable policy (${reason(body, "FirewallPolicy")})`, location });
    for (const [key, value] of Object.entries(p)) {
        if (value === undefined || value === null)
            continue;
        if (POLICY_UNSUPPORTED[key])
            unsupported.push({ feature: POLICY_UNSUPPORTED[key], location: o.locate(joinPointer(pointer, key)) });
        else if (!POLICY_KEYS.has(key) && key !== "EnableTLSSessionHolding")
            unsupported.push({ feature: `the setting ${key}`, location: o.locate(joinPointer(pointer, key)) });
    }
    const engine = isObj(p.StatefulEngineOptions) ? p.StatefulEngineOptions : {};
    const refs = (key, stateful) => list(p[key]).map((r, i) => {
        const at = joinPointer(pointer, key, i);
        const ref = {
            ref: isObj(r) ? maybeString(r.ResourceArn, "ResourceArn", o) : unknown(reason(r, "rule group reference")),
            location: o.locate(at),
        };
        if (isObj(r) && r.Priority !== undefined)
            ref.priority = maybeNumber(r.Priority, "Priority");
        if (isObj(r) && isObj(r.Override) && typeof r.Override.Action === "string")
            ref.override = r.Override.Action;
        if (!stateful && ref.priority === undefined)
            ref.priority = unknown("stateless rule group reference without Priority");
        return ref;
    });
    const policy = {
        id,
        location,
        statelessDefaultActions: strings(p.StatelessDefaultActions, "StatelessDefaultActions", o),
        statelessFragmentDefaultActions: strings(p.StatelessFragmentDefaultActions, "StatelessFragmentDefaultActions", o),
        statelessCustomActions: list(p.StatelessCustomActions).flatMap((c) => isObj(c) && typeof c.ActionName === "string" ? [c.ActionName] : []),
        statelessRuleGroups: refs("StatelessRuleGroupReferences", false),
        statefulRuleGroups: refs("StatefulRuleGroupReferences", true),
        ruleOrder: engine.RuleOrder === undefined ? "DEFAULT_ACTION_ORDER" : maybeString(engine.RuleOrder, "RuleOrder", o),
        statefulDefaultActions: strings(p.StatefulDefaultActions, "StatefulDefaultActions", o),
        variables: isObj(p.PolicyVariables) ? variables(p.PolicyVariables.RuleVariables, o) : {},
        unsupported,
    };
    if (name !== undefined)
        policy.name = name;
    const locations = {};
    if (p.StatelessDefaultActions !== undefined)
        locations.statelessDefaultActions = o.locate(joinPointer(pointer, "StatelessDefaultActions"));
    if (p.StatefulDefaultActions !== undefined)
        locations.statefulDefaultActions = o.locate(joinPointer(pointer, "StatefulDefaultActions"));
    if (Object.keys(locations).length)
        policy.locations = locations;
    return policy;
}
/** A rule group: `body` is the RuleGroup object (RulesSource, RuleVariables, ...). */
export function ruleGroup(body, pointer, o, meta) {
    const g = {
        id: meta.id,
        type: meta.type,
        location: meta.location,
        ipSets: {},
        portSets: {},
        ipSetReferences: {},
        unsupported: [],
    };
    if (meta.arn !== undefined)
        g.arn = meta.arn;
    if (meta.name !== undefined)
        g.name = meta.name;
    if (!isObj(body)) {
        g.unresolved = reason(body, "RuleGroup");
        return g;
    }
    if (isObj(body.StatefulRuleOptions) && body.StatefulRuleOptions.RuleOrder !== undefined)
        g.ruleOrder = maybeString(body.StatefulRuleOptions.RuleOrder, "RuleOrder", o);
    if (isObj(body.RuleVariables)) {
        g.ipSets = variables(body.RuleVariables.IPSets, o);
        g.portSets = variables(body.RuleVariables.PortSets, o);
    }
    if (isObj(body.ReferenceSets) && isObj(body.ReferenceSets.IPSetReferences)) {
        for (const [name, r] of Object.entries(body.ReferenceSets.IPSetReferences)) {
            g.ipSetReferences[name] = isObj(r) && typeof r.ReferenceArn === "string" ? r.ReferenceArn : "(unresolved)";
        }
    }
    const src = body.RulesSource;
    const at = joinPointer(pointer, "RulesSource");
    if (!isObj(src)) {
        g.unresolved = src === undefined ? "the rule group has no RulesSource" : reason(src, "RulesSource");
        return g;
    }
    if (src.RulesSourceList !== undefined)
        g.domainList = domainList(src.RulesSourceList, joinPointer(at, "RulesSourceList"), o);
    else if (src.StatefulRules !== undefined) {
        if (!Array.isArray(src.StatefulRules))
            g.unresolved = reason(src.StatefulRules, "StatefulRules");
        else
            g.rules = src.StatefulRules.map((r, i) => isObj(r)
                ? fiveTuple(r, o.locate(joinPointer(at, "StatefulRules", i)))
                : unreadableRule(o.locate(joinPointer(at, "StatefulRules", i)), reason(r, "rule")));
    }
    else if (src.RulesString !== undefined) {
        if (typeof src.RulesString !== "string")
            g.unresolved = reason(src.RulesString, "RulesString");
        else
            g.rules = rulesString(src.RulesString, o.locate(joinPointer(at, "RulesString")), o);
    }
    else if (src.StatelessRulesAndCustomActions !== undefined) {
        g.stateless = statelessRules(src.StatelessRulesAndCustomActions, joinPointer(at, "StatelessRulesAndCustomActions"), o);
    }
    else {
        g.unresolved = `RulesSource has none of RulesSourceList, StatefulRules, RulesString, StatelessRulesAndCustomActions`;
    }
    return g;
}
function unreadableRule(location, why) {
    return parseRule(`unknown ip any any <> any any (unreadable: ${why.replace(/[;()]/g, " ")};)`, location);
}
function domainList(v, pointer, o) {
    const l = isObj(v) ? v : {};
    return {
        type: maybeString(l.GeneratedRulesType, "GeneratedRulesType", o),
        targetTypes: strings(l.TargetTypes, "TargetTypes", o),
        targets: Array.isArray(l.Targets)
            ? l.Targets.map((t, i) => ({ value: maybeString(t, "target", o), location: o.locate(joinPointer(pointer, "Targets", i)) }))
            : [{ value: unknown(reason(l.Targets, "Targets")), location: o.locate(joinPointer(pointer, "Targets")) }],
        location: o.locate(pointer),
    };
}
/** The rules of a RulesString, each located at its own line in the source file. */
function rulesString(rules, start, o) {
    const finder = lineFinder(o.text, start);
    return ruleLines(rules, (_, text) => finder(text)).map((l) => parseRule(l.text, l.location));
}
/**
 * Finds each rule's text in the source after the value's start, in order: as written (a YAML
 * block scalar) or JSON-escaped (a JSON string on one line). Falls back to the value's start.
 */
export function lineFinder(text, start) {
    const starts = lineStarts(text);
    let offset = (starts[start.line - 1] ?? 0) + start.column - 1;
    return (line) => {
        const needles = [line, JSON.stringify(line).slice(1, -1)];
        let best = -1;
        let len = 0;
        for (const n of needles) {
            const i = text.indexOf(n, offset);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
                len = n.length;
            }
        }
        if (best < 0)
            return start;
        offset = best + len;
        return { file: start.file, ...positionAt(starts, best), ...(start.pointer ? { pointer: start.pointer } : {}) };
    };
}
function ranges(v) {
    return list(v).map((r) => isObj(r)
        ? { from: maybeNumber(r.FromPort, "FromPort"), to: maybeNumber(r.ToPort, "ToPort") }
        : { from: unknown(reason(r, "port range")), to: unknown(reason(r, "port range")) });
}
function statelessRules(v, pointer, o) {
    const s = isObj(v) ? v : {};
    return list(s.StatelessRules).map((r, i) => {
        const at = joinPointer(pointer, "StatelessRules", i);
        const rule = isObj(r) ? r : {};
        const def = isObj(rule.RuleDefinition) ? rule.RuleDefinition : {};
        const m = isObj(def.MatchAttributes) ? def.MatchAttributes : {};
        const addrs = (key) => list(m[key]).map((a) => (isObj(a) ? maybeString(a.AddressDefinition, "AddressDefinition", o) : unknown(reason(a, key))));
        const out = {
            priority: maybeNumber(rule.Priority, "Priority"),
            actions: strings(def.Actions, "Actions", o),
            sources: addrs("Sources"),
            destinations: addrs("Destinations"),
            sourcePorts: ranges(m.SourcePorts),
            destinationPorts: ranges(m.DestinationPorts),
            protocols: list(m.Protocols).map((p) => maybeNumber(p, "Protocols")),
            location: o.locate(at),
        };
        if (list(m.TCPFlags).length > 0)
            out.tcpFlags = true;
        return out;
    });
}
//# sourceMappingURL=convert.js.map