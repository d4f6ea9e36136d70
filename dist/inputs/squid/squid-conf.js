const DIRECTIVE = /^\s*(acl|http_access|http_port)\s/m;
/** Directives that change access decisions and that runnerlint does not evaluate. */
const UNSUPPORTED = new Set([
    "include",
    "adapted_http_access",
    "http_reply_access",
    "reply_body_max_size",
    "url_rewrite_program",
    "cache_peer_access",
]);
export const squidLoader = {
    name: "squid",
    detect(file) {
        if (file.structured)
            return false;
        const name = file.path.split(/[\\/]/).pop() ?? "";
        return (/squid.*\.conf$/i.test(name) ||
            (/\.conf$/i.test(name) && /^\s*http_access\s/m.test(file.text)) ||
            (DIRECTIVE.test(file.text) && /^\s*http_access\s/m.test(file.text) && !/^\s*\*filter\b/m.test(file.text)));
    },
    load(file, ctx) {
        const net = {
            kind: "network",
            config: ctx.config,
            vpcs: [],
            securityGroups: [],
            proxies: [parseSquid(file.path, file.text)],
        };
        return [{ kind: "network", file: file.path, input: net }];
    },
};
export function parseSquid(path, text) {
    const proxy = {
        kind: "squid",
        id: path,
        location: { file: path, line: 1, column: 1 },
        acls: [],
        httpAccess: [],
        unsupported: [],
    };
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let line = lines[i];
        while (/\\\s*$/.test(line) && i + 1 < lines.length)
            line = line.replace(/\\\s*$/, " ") + lines[++i];
        const column = line.search(/\S/) + 1;
        // "#" starts a comment at the start of a line and after whitespace.
        const content = line.replace(/(^|\s)#.*$/, "").trim();
        if (!content)
            continue;
        const location = { file: path, line: start + 1, column: Math.max(column, 1) };
        const [directive, ...args] = content.split(/\s+/);
        const d = directive.toLowerCase();
        if (d === "acl" && args.length >= 2) {
            const [name, type, ...rest] = args;
            const flags = [];
            const values = [];
            for (const t of rest) {
                if (values.length === 0 && /^-[a-z-]+$/i.test(t) && t !== "-")
                    flags.push(t);
                else if (t.startsWith('"'))
                    flags.push("file");
                else
                    values.push(t);
            }
            proxy.acls.push({ name, type: type.toLowerCase(), flags, values, location });
        }
        else if (d === "http_access" && args.length >= 1) {
            const [action, ...acls] = args;
            proxy.httpAccess.push({
                action: action.toLowerCase(),
                acls: acls.map((a) => (a.startsWith("!") ? { name: a.slice(1), negated: true } : { name: a, negated: false })),
                location,
            });
        }
        else if (UNSUPPORTED.has(d)) {
            proxy.unsupported.push({ feature: `the ${d} directive`, location });
        }
        else if (d === "ssl_bump" && !/^(peek|splice|stare)$/i.test(args[0] ?? "")) {
            // bump decrypts (requests are then judged again); terminate closes the connection
            proxy.unsupported.push({ feature: `ssl_bump ${args[0] ?? ""}`.trim(), location });
        }
    }
    return proxy;
}
//# sourceMappingURL=squid-conf.js.map