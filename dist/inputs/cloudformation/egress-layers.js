// CloudFormation resources of the egress path → the network model's network ACLs, Network
// Firewall policies and rule groups, and VPC endpoints (one scenario at a time, like the security
// groups in network.ts). Values that cannot be resolved stay {"$unknown": reason}; nothing is
// decided here.
import { isUnknown, unknown } from "../../model/location.js";
import { firewallPolicy, ruleGroup } from "../network-firewall/convert.js";
import { isObj } from "./intrinsics.js";
import { alternativesOf, isResourceRef } from "./resolve.js";
const ACL = "AWS::EC2::NetworkAcl";
const ACL_ENTRY = "AWS::EC2::NetworkAclEntry";
const ACL_ASSOCIATION = "AWS::EC2::SubnetNetworkAclAssociation";
const POLICY = "AWS::NetworkFirewall::FirewallPolicy";
const RULE_GROUP = "AWS::NetworkFirewall::RuleGroup";
const ENDPOINT = "AWS::EC2::VPCEndpoint";
/** The resource types this module reads (network.ts adds them to the network inputs' detection). */
export const EGRESS_TYPES = new Set([ACL, ACL_ENTRY, ACL_ASSOCIATION, POLICY, RULE_GROUP, ENDPOINT]);
/** The network-wide egress controls among them (scope.ts: always in scope). Endpoints filter nothing. */
export const CONTROL_TYPES = new Set([ACL, ACL_ENTRY, POLICY, RULE_GROUP]);
/**
 * The egress layers of one scenario; keys only for the kinds the template has. `text` is the
 * template's source, to locate each rule of a RulesString on its own line.
 */
export function egressLayers(t, s, text = "") {
    const out = {};
    const nacls = networkAcls(s);
    if (nacls.length)
        out.nacls = nacls;
    const o = { file: t.file, text, locate: (p) => t.locate(p), refId: (v) => (isResourceRef(v) ? v.$resource : undefined) };
    const policies = [];
    const groups = [];
    for (const r of s.resources) {
        if (r.type === POLICY)
            policies.push(withCondition(policyOf(t, r, o), r.condition));
        if (r.type === RULE_GROUP)
            groups.push(withCondition(groupOf(r, o), r.condition));
    }
    if (policies.length)
        out.firewalls = policies;
    if (groups.length)
        out.firewallRuleGroups = groups;
    const endpoints = s.resources.filter((r) => r.type === ENDPOINT).map((r) => endpointOf(t, r));
    if (endpoints.length)
        out.vpcEndpoints = endpoints;
    return out;
}
function withCondition(x, condition) {
    if (condition)
        x.condition = unknown(condition.$unknown);
    return x;
}
// --- network ACLs ---------------------------------------------------------------------------------
function networkAcls(s) {
    const acls = new Map();
    for (const r of s.resources) {
        if (r.type !== ACL)
            continue;
        const acl = { id: r.logicalId, subnets: [], entries: [], location: r.location };
        const vpc = r.properties.VpcId;
        if (vpc !== undefined)
            acl.vpc = isResourceRef(vpc) ? vpc.$resource : str(vpc, "VpcId");
        acls.set(r.logicalId, withCondition(acl, r.condition));
    }
    for (const r of s.resources) {
        if (r.type === ACL_ASSOCIATION) {
            const acl = target(r.properties.NetworkAclId, acls);
            if (!acl)
                continue;
            const subnet = r.properties.SubnetId;
            const id = isResourceRef(subnet) ? subnet.$resource : str(subnet, "SubnetId");
            // an association that may not exist may still filter the subnet: it counts
            acl.subnets.push(id);
        }
        if (r.type === ACL_ENTRY) {
            const acl = target(r.properties.NetworkAclId, acls) ?? external(r, acls);
            acl.entries.push(entryOf(r));
        }
    }
    return [...acls.values()];
}
/**
 * An ACL outside the template (acl-…, a parameter): its other entries are not in the inputs, so
 * the order of its entries is unknown (an entry with an unresolved rule number says why).
 */
function external(r, acls) {
    const v = r.properties.NetworkAclId;
    const id = typeof v === "string" ? v : isResourceRef(v) ? v.$resource : `${r.logicalId}.NetworkAclId`;
    let acl = acls.get(id);
    if (!acl) {
        const why = unknown(`network ACL ${id} is not defined in the template: its other entries are not in the inputs`);
        acl = {
            id,
            subnets: [why],
            entries: [{ ruleNumber: why, egress: why, protocol: why, action: why, cidr: why, location: r.location }],
            location: r.location,
        };
        acls.set(id, acl);
    }
    return acl;
}
function target(v, acls) {
    return isResourceRef(v) ? acls.get(v.$resource) : undefined;
}
function str(v, field) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number")
        return String(v);
    return unknown(isUnknown(v) ? v.$unknown : `${field} is not a string`);
}
function num(v, field) {
    if (typeof v === "number" && Number.isInteger(v))
        return v;
    if (typeof v === "string" && /^-?\d+$/.test(v.trim()))
        return Number(v);
    return unknown(isUnknown(v) ? v.$unknown : `${field} is not a number`);
}
function bool(v, field) {
    if (v === true || v === "true")
        return true;
    if (v === false || v === "false")
        return false;
    return unknown(isUnknown(v) ? v.$unknown : `${field} is not a boolean`);
}
function entryOf(r) {
    if (r.unresolvedProperties) {
        const u = unknown(r.unresolvedProperties.$unknown);
        const entry = { ruleNumber: u, egress: u, protocol: u, action: u, cidr: u, location: r.location };
        return withCondition(entry, r.condition);
    }
    const p = r.properties;
    const cidr = p.CidrBlock !== undefined
        ? str(p.CidrBlock, "CidrBlock")
        : p.Ipv6CidrBlock !== undefined
            ? str(p.Ipv6CidrBlock, "Ipv6CidrBlock")
            : unknown("the entry sets no CidrBlock");
    const entry = {
        ruleNumber: num(p.RuleNumber, "RuleNumber"),
        egress: p.Egress === undefined ? false : bool(p.Egress, "Egress"),
        protocol: isUnknown(p.Protocol) ? unknown(p.Protocol.$unknown) : str(p.Protocol, "Protocol"),
        action: isUnknown(p.RuleAction)
            ? unknown(p.RuleAction.$unknown)
            : typeof p.RuleAction === "string"
                ? p.RuleAction.toLowerCase()
                : unknown("RuleAction is not a string"),
        cidr,
        location: r.location,
    };
    if (typeof entry.protocol === "string")
        entry.protocol = entry.protocol.toLowerCase();
    if (isObj(p.PortRange)) {
        if (p.PortRange.From !== undefined)
            entry.fromPort = num(p.PortRange.From, "PortRange.From");
        if (p.PortRange.To !== undefined)
            entry.toPort = num(p.PortRange.To, "PortRange.To");
    }
    else if (p.PortRange !== undefined) {
        entry.fromPort = unknown(isUnknown(p.PortRange) ? p.PortRange.$unknown : "PortRange is not a mapping");
        entry.toPort = entry.fromPort;
    }
    return withCondition(entry, r.condition);
}
// --- Network Firewall -----------------------------------------------------------------------------
function policyOf(t, r, o) {
    const p = r.properties;
    const name = typeof p.FirewallPolicyName === "string" ? p.FirewallPolicyName : undefined;
    const body = r.unresolvedProperties ?? withGroupRefs(t, r.logicalId, p.FirewallPolicy);
    return firewallPolicy(body, `${r.pointer}/Properties/FirewallPolicy`, o, r.logicalId, name, r.location);
}
/**
 * `ResourceArn: !GetAtt Group.RuleGroupArn` is known only after deployment; it names the template's
 * rule group Group all the same: keep that reference (the template as written says which).
 */
function withGroupRefs(t, id, policy) {
    if (!isObj(policy))
        return policy;
    const resources = isObj(t.data.Resources) ? t.data.Resources : {};
    const raw = isObj(resources[id]) && isObj(resources[id].Properties)
        ? resources[id].Properties.FirewallPolicy
        : undefined;
    if (!isObj(raw))
        return policy;
    const out = { ...policy };
    for (const key of ["StatelessRuleGroupReferences", "StatefulRuleGroupReferences"]) {
        const refs = policy[key];
        const rawRefs = raw[key];
        if (!Array.isArray(refs) || !Array.isArray(rawRefs) || refs.length !== rawRefs.length)
            continue;
        out[key] = refs.map((ref, i) => {
            const arn = isObj(rawRefs[i]) ? rawRefs[i].ResourceArn : undefined;
            const getAtt = isObj(arn) ? arn["Fn::GetAtt"] : undefined;
            const target = Array.isArray(getAtt) ? getAtt[0] : typeof getAtt === "string" ? getAtt.split(".")[0] : undefined;
            const attribute = Array.isArray(getAtt) ? getAtt[1] : typeof getAtt === "string" ? getAtt.split(".").slice(1).join(".") : undefined;
            const isGroup = typeof target === "string" && isObj(resources[target]) && resources[target].Type === RULE_GROUP;
            if (!isObj(ref) || !isGroup || attribute !== "RuleGroupArn" || !isUnknown(ref.ResourceArn))
                return ref;
            return { ...ref, ResourceArn: { $resource: target } };
        });
    }
    return out;
}
function groupOf(r, o) {
    const p = r.properties;
    const name = typeof p.RuleGroupName === "string" ? p.RuleGroupName : undefined;
    const body = r.unresolvedProperties ?? (alternativesOf(p.RuleGroup) ? unknown(p.RuleGroup.$unknown) : p.RuleGroup);
    return ruleGroup(body, `${r.pointer}/Properties/RuleGroup`, o, {
        id: r.logicalId,
        ...(name ? { name } : {}),
        type: str(p.Type, "Type"),
        location: r.location,
    });
}
// --- VPC endpoints ----------------------------------------------------------------------------------
function endpointOf(t, r) {
    const p = r.properties;
    const type = p.VpcEndpointType === undefined ? "Gateway" : str(p.VpcEndpointType, "VpcEndpointType");
    const e = { id: r.logicalId, serviceName: serviceName(t, r), type, location: r.location };
    if (type !== "Gateway")
        e.privateDns = p.PrivateDnsEnabled === undefined ? false : bool(p.PrivateDnsEnabled, "PrivateDnsEnabled");
    if (p.VpcId !== undefined)
        e.vpc = isResourceRef(p.VpcId) ? p.VpcId.$resource : str(p.VpcId, "VpcId");
    return withCondition(e, r.condition);
}
/** The service name; `com.amazonaws.<region>.ec2` when only the region is unknown (!Sub ${AWS::Region}). */
function serviceName(t, r) {
    const v = r.properties.ServiceName;
    if (typeof v === "string")
        return v;
    const raw = (isObj(t.data.Resources) && isObj(t.data.Resources[r.logicalId])
        ? t.data.Resources[r.logicalId].Properties
        : undefined);
    const sub = isObj(raw) && isObj(raw.ServiceName) ? raw.ServiceName["Fn::Sub"] : undefined;
    if (typeof sub === "string" && /^com\.amazonaws\.\$\{AWS::Region\}\.[a-z0-9.-]+$/.test(sub))
        return sub.replace("${AWS::Region}", "<region>");
    return str(v, "ServiceName");
}
//# sourceMappingURL=egress-layers.js.map