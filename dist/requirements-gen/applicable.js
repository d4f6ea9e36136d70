/** Is the requirement's feature in use? null: always. */
function featureOn(feature, o) {
    switch (feature ?? null) {
        case null:
            return true;
        case "vscode":
        case "jetbrains":
            return (o.ides ?? ["vscode", "jetbrains"]).includes(feature);
        case "logs":
            return o.features?.logs === true;
        case "proxy":
            // The NO_PROXY entries apply to a runner behind a proxy; asking for them is saying so.
            return true;
        default:
            // scm, sso, registries, prometheus: through the declared instances only.
            return false;
    }
}
function fill(s, o) {
    let out = s;
    if (o.region)
        out = out.replace(/<region>/g, o.region);
    if (o.accountId)
        out = out.replace(/<account-id>/g, o.accountId);
    return out;
}
function concrete(r, o) {
    const x = r;
    return {
        id: r.id,
        title: r.title,
        kind: r.kind,
        ...(x.category ? { category: x.category } : {}),
        optional: r.optional === true,
        feature: r.feature ?? null,
        declared: false,
        linkLocal: x.linkLocal === true,
        destinations: (x.destinations ?? [])
            .filter((d) => inRegion(d, o))
            .map(({ host, ip, cidr, protocol, ports, scheme, paths, gatewayRegion, direct }) => ({
            ...(host ? { host: fill(host, o) } : {}),
            ...(ip ? { ip } : {}),
            ...(cidr ? { cidr } : {}),
            protocol,
            ports: [...ports],
            ...(scheme ? { scheme } : {}),
            ...(paths ? { paths: [...paths] } : {}),
            ...(gatewayRegion ? { gatewayRegion } : {}),
            ...(direct ? { direct } : {}),
        })),
        ...(x.noProxy ? { noProxy: x.noProxy } : {}),
        ...(x.securityGroup ? { securityGroup: x.securityGroup } : {}),
        ...(x.ami ? { ami: x.ami } : {}),
        sources: r.sources,
    };
}
/** A destination of a gateway region the config leaves out (gatewayRegions) is not needed. */
function inRegion(d, o) {
    return !d.gatewayRegion || !o.gatewayRegions || o.gatewayRegions.includes(d.gatewayRegion);
}
function fromDeclared(d, catalogue) {
    const t = catalogue.requirements[d.template];
    return {
        id: d.id,
        title: d.title,
        kind: t?.kind ?? "egress",
        optional: d.optional,
        feature: d.feature,
        declared: true,
        linkLocal: false,
        destinations: d.destinations.map(({ host, ip, protocol, ports, scheme, paths }) => ({
            ...(host ? { host } : {}),
            ...(ip ? { ip } : {}),
            protocol,
            ports: [...ports],
            ...(scheme ? { scheme } : {}),
            ...(paths ? { paths: [...paths] } : {}),
        })),
        sources: t?.sources ?? [],
    };
}
/** Every requirement that applies, in catalogue order, the declared instances in place of their templates. */
export function applicableRequirements(catalogue, o) {
    const out = [];
    for (const r of Object.values(catalogue.requirements)) {
        if (!r.runners.includes(o.runner))
            continue;
        if (r.userDeclared === true) {
            for (const d of o.declared ?? [])
                if (d.template === r.id)
                    out.push(fromDeclared(d, catalogue));
            continue;
        }
        if (!featureOn(r.feature, o))
            continue;
        out.push(concrete(r, o));
    }
    return out;
}
//# sourceMappingURL=applicable.js.map