import { joinPointer } from "../source.js";
import { RunnerlintError } from "../../errors.js";
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v : []);
function looksLike(file, key, idKey) {
    if (!file.structured)
        return false;
    const data = file.document().data;
    if (!isObj(data) || !Array.isArray(data[key]))
        return false;
    const first = data[key][0];
    return first === undefined || (isObj(first) && idKey in first);
}
function expectArray(doc, value, pointer) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        const at = doc.locate(pointer);
        throw new RunnerlintError("UNSUPPORTED_INPUT", `expected a list at ${pointer}`, doc.file, at);
    }
    return value;
}
function peersOf(doc, perm, base) {
    const out = [];
    const add = (key, make) => {
        expectArray(doc, perm[key], joinPointer(base, key)).forEach((e, i) => {
            if (!isObj(e))
                return;
            const peer = make(e);
            const description = typeof e.Description === "string" ? e.Description : undefined;
            if (peer)
                out.push({ peer, pointer: joinPointer(base, key, i), ...(description ? { description } : {}) });
        });
    };
    add("IpRanges", (e) => (typeof e.CidrIp === "string" ? { kind: "cidr4", cidr: e.CidrIp } : undefined));
    add("Ipv6Ranges", (e) => (typeof e.CidrIpv6 === "string" ? { kind: "cidr6", cidr: e.CidrIpv6 } : undefined));
    add("PrefixListIds", (e) => (typeof e.PrefixListId === "string" ? { kind: "prefix-list", id: e.PrefixListId } : undefined));
    add("UserIdGroupPairs", (e) => {
        const g = e.GroupId ?? e.GroupName;
        return typeof g === "string" ? { kind: "group", group: g } : { kind: "unknown", reason: "group pair without GroupId" };
    });
    return out;
}
function rulesOf(doc, perms, base) {
    const rules = [];
    expectArray(doc, perms, base).forEach((p, i) => {
        if (!isObj(p))
            return;
        const permPointer = joinPointer(base, i);
        const protocol = String(p.IpProtocol ?? "").toLowerCase();
        for (const { peer, pointer, description } of peersOf(doc, p, permPointer)) {
            const rule = { protocol, peer, location: doc.locate(pointer) };
            if (typeof p.FromPort === "number")
                rule.fromPort = p.FromPort;
            if (typeof p.ToPort === "number")
                rule.toPort = p.ToPort;
            if (description)
                rule.description = description;
            rules.push(rule);
        }
    });
    return rules;
}
function tagsOf(v) {
    const tags = {};
    for (const t of list(v))
        if (isObj(t) && typeof t.Key === "string")
            tags[t.Key] = String(t.Value ?? "");
    return tags;
}
function emptyNetwork(ctx) {
    return { kind: "network", config: ctx.config, vpcs: [], securityGroups: [] };
}
export const describeSecurityGroupsLoader = {
    name: "describe-security-groups",
    detect: (file) => looksLike(file, "SecurityGroups", "GroupId"),
    load(file, ctx) {
        const doc = file.document();
        const data = doc.data;
        const net = emptyNetwork(ctx);
        data.SecurityGroups.forEach((g, i) => {
            if (!isObj(g))
                return;
            const base = joinPointer("", "SecurityGroups", i);
            const id = String(g.GroupId);
            const group = {
                id,
                tags: tagsOf(g.Tags),
                location: doc.locate(base),
                ingress: rulesOf(doc, g.IpPermissions, joinPointer(base, "IpPermissions")),
                egress: rulesOf(doc, g.IpPermissionsEgress, joinPointer(base, "IpPermissionsEgress")),
                // An export lists AWS's default egress rule explicitly when it is there.
                implicitEgress: false,
            };
            const at = {};
            if (g.IpPermissions !== undefined)
                at.ingress = doc.locate(joinPointer(base, "IpPermissions"));
            if (g.IpPermissionsEgress !== undefined)
                at.egress = doc.locate(joinPointer(base, "IpPermissionsEgress"));
            if (at.ingress || at.egress)
                group.rulesAt = at;
            if (typeof g.GroupName === "string")
                group.name = g.GroupName;
            if (typeof g.Description === "string")
                group.description = g.Description;
            if (typeof g.VpcId === "string")
                group.vpc = g.VpcId;
            const role = ctx.config.securityGroupRoles?.[id];
            if (role)
                group.configRole = role;
            net.securityGroups.push(group);
        });
        return [{ kind: "network", file: file.path, input: net, merge: true }];
    },
};
export const describeVpcsLoader = {
    name: "describe-vpcs",
    detect: (file) => looksLike(file, "Vpcs", "VpcId"),
    load(file, ctx) {
        const doc = file.document();
        const data = doc.data;
        const net = emptyNetwork(ctx);
        data.Vpcs.forEach((v, i) => {
            if (!isObj(v))
                return;
            const cidrs = new Set();
            if (typeof v.CidrBlock === "string")
                cidrs.add(v.CidrBlock);
            for (const a of list(v.CidrBlockAssociationSet)) {
                if (isObj(a) && typeof a.CidrBlock === "string" && (!isObj(a.CidrBlockState) || a.CidrBlockState.State === "associated"))
                    cidrs.add(a.CidrBlock);
            }
            for (const a of list(v.Ipv6CidrBlockAssociationSet)) {
                if (isObj(a) && typeof a.Ipv6CidrBlock === "string")
                    cidrs.add(a.Ipv6CidrBlock);
            }
            const vpc = { id: String(v.VpcId), cidrs: [...cidrs], location: doc.locate(joinPointer("", "Vpcs", i)) };
            net.vpcs.push(vpc);
        });
        return [{ kind: "network", file: file.path, input: net, merge: true }];
    },
};
//# sourceMappingURL=describe-security-groups.js.map