import { Problems } from "./errors.js";
/** Config key → the catalogue feature of the template it instantiates. */
export const DECLARING_KEYS = { scm: "scm", sso: "sso", registries: "registries", prometheus: "prometheus" };
export function templateForFeature(catalogue, feature) {
    return Object.values(catalogue.requirements).find((r) => r.userDeclared === true && r.feature === feature);
}
/**
 * Builds the declared requirements. `locate` gives the config position of a pointer
 * (`/scm/github`, `/features/prometheus`); `file` names the config for errors.
 */
export function declaredRequirements(input, catalogue, locate, file) {
    const problems = new Problems();
    const out = [];
    const add = (feature, name, values, pointer) => {
        const template = templateForFeature(catalogue, feature);
        if (!template) {
            problems.add(`the requirement catalogue has no user-declared template for "${feature}"`, file, pos(locate?.(pointer)));
            return;
        }
        const id = template.id.replace("<name>", name);
        const destinations = [];
        values.forEach((value, i) => {
            const at = values.length > 1 ? `${pointer}/${i}` : pointer;
            try {
                destinations.push(destinationOf(value, template));
            }
            catch (e) {
                problems.add(`${id}: ${e.message}`, file, pos(locate?.(at)));
            }
        });
        const location = locate?.(pointer);
        out.push({
            id,
            template: template.id,
            name,
            title: template.title.replace("<name>", name),
            feature,
            optional: template.optional === true,
            destinations,
            ...(location ? { location } : {}),
        });
    };
    for (const key of ["scm", "sso", "registries"]) {
        for (const [name, v] of Object.entries(input[key] ?? {}))
            add(DECLARING_KEYS[key], name, Array.isArray(v) ? v : [v], `/${key}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
    if (input.prometheus)
        add("prometheus", "prometheus", [input.prometheus], "/features/prometheus");
    problems.throwIfAny();
    return out;
}
function pos(l) {
    return l ? { line: l.line, column: l.column } : undefined;
}
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
/** A host, IPv4 address or URL → a destination with the template's protocol, ports and scheme. */
export function destinationOf(value, template) {
    const base = template.declaredDestination ?? { protocol: "tcp", ports: [443], scheme: "https" };
    let host = value;
    let ports = [...base.ports];
    let scheme = base.scheme;
    let paths;
    if (/^https?:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new Error(`"${value}" is not a valid URL`);
        }
        if (url.username || url.password)
            throw new Error(`"${value}": leave credentials out of the URL`);
        host = url.hostname;
        scheme = url.protocol === "http:" ? "http" : "https";
        ports = [url.port ? Number(url.port) : scheme === "http" ? 80 : 443];
        if (url.pathname && url.pathname !== "/")
            paths = [url.pathname];
    }
    host = host.toLowerCase().replace(/\.$/, "");
    const d = {
        ...(IPV4.test(host) ? { ip: host } : { host }),
        protocol: base.protocol,
        ports,
        ...(scheme ? { scheme } : {}),
        declared: value,
    };
    if (paths)
        d.paths = paths;
    return d;
}
//# sourceMappingURL=declared.js.map