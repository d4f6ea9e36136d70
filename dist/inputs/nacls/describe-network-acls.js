import { joinPointer } from "../source.js";
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v : []);
export const describeNetworkAclsLoader = {
    name: "describe-network-acls",
    detect(file) {
        if (!file.structured)
            return false;
        const data = file.document().data;
        if (!isObj(data) || !Array.isArray(data.NetworkAcls))
            return false;
        const first = data.NetworkAcls[0];
        return first === undefined || (isObj(first) && "NetworkAclId" in first);
    },
    load(file, ctx) {
        const doc = file.document();
        const data = doc.data;
        const net = { kind: "network", config: ctx.config, vpcs: [], securityGroups: [], nacls: [] };
        data.NetworkAcls.forEach((a, i) => {
            if (!isObj(a))
                return;
            const base = joinPointer("", "NetworkAcls", i);
            const acl = {
                id: String(a.NetworkAclId),
                subnets: list(a.Associations).flatMap((s) => (isObj(s) && typeof s.SubnetId === "string" ? [s.SubnetId] : [])),
                entries: list(a.Entries).flatMap((e, j) => (isObj(e) ? [entryOf(e, doc.locate(joinPointer(base, "Entries", j)))] : [])),
                location: doc.locate(base),
            };
            if (typeof a.VpcId === "string")
                acl.vpc = a.VpcId;
            if (a.IsDefault === true)
                acl.isDefault = true;
            net.nacls.push(acl);
        });
        return [{ kind: "network", file: file.path, input: net, merge: true }];
    },
};
function entryOf(e, location) {
    const entry = {
        ruleNumber: typeof e.RuleNumber === "number" ? e.RuleNumber : { $unknown: "entry without RuleNumber" },
        egress: e.Egress === true,
        protocol: String(e.Protocol ?? "").toLowerCase(),
        action: String(e.RuleAction ?? "").toLowerCase(),
        cidr: typeof e.CidrBlock === "string"
            ? e.CidrBlock
            : typeof e.Ipv6CidrBlock === "string"
                ? e.Ipv6CidrBlock
                : { $unknown: "entry without CidrBlock" },
        location,
    };
    if (isObj(e.PortRange)) {
        if (typeof e.PortRange.From === "number")
            entry.fromPort = e.PortRange.From;
        if (typeof e.PortRange.To === "number")
            entry.toPort = e.PortRange.To;
    }
    return entry;
}
//# sourceMappingURL=describe-network-acls.js.map