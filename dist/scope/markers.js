export function markerPorts(catalogue) {
    const out = [];
    for (const req of Object.values(catalogue.requirements)) {
        const s = req.securityGroup;
        if (s?.direction !== "ingress" || s.appliesTo !== "environment" || s.expectation !== "allow" || !s.protocol)
            continue;
        for (const port of s.ports ?? [])
            out.push({ protocol: s.protocol, port });
    }
    return out;
}
//# sourceMappingURL=markers.js.map