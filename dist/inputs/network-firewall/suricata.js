/** Options that do not restrict which packets match. */
const NEUTRAL = new Set([
    "msg",
    "sid",
    "rev",
    "gid",
    "classtype",
    "reference",
    "metadata",
    "priority",
    "target",
    "noalert",
    "tag",
    "flowint",
    "app-layer-event",
    "stream_size",
    "tls.store",
    "filestore",
]);
/** Sticky buffers whose content conditions runnerlint evaluates. */
const HOST_BUFFERS = {
    "tls.sni": "tls.sni",
    tls_sni: "tls.sni",
    "http.host": "http.host",
    http_host: "http.host",
};
/** Content outside any sticky buffer (the packet payload), and a buffer that is not evaluated. */
const PAYLOAD = "payload";
const OTHER = "other";
const ACTIONS = new Set(["pass", "drop", "reject", "alert", "rejectsrc", "rejectdst", "rejectboth"]);
/** Splits a RulesString into rule lines: comments and blank lines dropped, "\"-continued lines joined. */
export function ruleLines(rules, locateLine) {
    const out = [];
    const lines = rules.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        let text = lines[i].trim();
        const start = i;
        while (text.endsWith("\\") && i + 1 < lines.length)
            text = text.slice(0, -1) + " " + lines[++i].trim();
        if (text === "" || text.startsWith("#"))
            continue;
        out.push({ text, location: locateLine(start, lines[start].trim()) });
    }
    return out;
}
/** Parses one Suricata rule; a rule it cannot read becomes one that may match anything. */
export function parseRule(text, location) {
    try {
        return parseStrict(text, location);
    }
    catch (e) {
        const action = text.split(/\s+/)[0]?.toLowerCase() ?? "";
        return {
            action: ACTIONS.has(action) ? action : action || "unknown",
            protocol: "ip",
            source: [],
            sourcePort: [],
            direction: "<>",
            destination: [],
            destinationPort: [],
            hosts: [],
            flow: [],
            unsupported: [`syntax: ${e.message}`],
            text,
            location,
        };
    }
}
function parseStrict(text, location) {
    const open = text.indexOf("(");
    const close = text.lastIndexOf(")");
    const header = (open < 0 ? text : text.slice(0, open)).trim();
    if (open >= 0 && close < open)
        throw new Error("unbalanced parentheses");
    const tokens = splitHeader(header);
    if (tokens.length !== 7)
        throw new Error(`expected "action protocol source port direction destination port", got ${tokens.length} fields`);
    const [action, protocol, src, sport, dir, dst, dport] = tokens;
    if (dir !== "->" && dir !== "<>")
        throw new Error(`direction ${dir}`);
    const rule = {
        action: action.toLowerCase(),
        protocol: protocol.toLowerCase(),
        source: addresses(src),
        sourcePort: portList(sport),
        direction: dir,
        destination: addresses(dst),
        destinationPort: portList(dport),
        hosts: [],
        flow: [],
        unsupported: [],
        text,
        location,
    };
    if (open >= 0)
        applyOptions(rule, options(text.slice(open + 1, close)));
    return rule;
}
/** Header fields, keeping [ ... ] lists (which may hold spaces) together. */
function splitHeader(header) {
    const out = [];
    let cur = "";
    let depth = 0;
    for (const ch of header) {
        if (ch === "[")
            depth++;
        if (ch === "]")
            depth--;
        if (/\s/.test(ch) && depth === 0) {
            if (cur)
                out.push(cur);
            cur = "";
        }
        else
            cur += ch === " " ? "" : ch;
    }
    if (cur)
        out.push(cur);
    return out;
}
/** Items of a (possibly negated, possibly bracketed) list, one level of nesting: "![a,b]" → !a, !b. */
function listItems(spec) {
    const s = spec.trim();
    if (s.startsWith("!") && s[1] === "[")
        return listItems(s.slice(1)).map((i) => ({ ...i, negated: !i.negated }));
    if (s.startsWith("[")) {
        if (!s.endsWith("]"))
            throw new Error(`unbalanced list ${s}`);
        const inner = s.slice(1, -1);
        const parts = [];
        let depth = 0;
        let cur = "";
        for (const ch of inner) {
            if (ch === "[")
                depth++;
            if (ch === "]")
                depth--;
            if (ch === "," && depth === 0) {
                parts.push(cur);
                cur = "";
            }
            else
                cur += ch;
        }
        parts.push(cur);
        return parts.flatMap((p) => {
            const t = p.trim();
            if (t.includes("[") && !/^!?\[[^[\]]*\]$/.test(t))
                throw new Error(`nested list ${t}`);
            return listItems(t);
        });
    }
    if (s.startsWith("!"))
        return [{ value: s.slice(1), negated: true }];
    return [{ value: s, negated: false }];
}
export function addresses(spec) {
    if (spec.trim().toLowerCase() === "any")
        return [];
    return listItems(spec).map((i) => ({ value: i.value.toLowerCase() === "any" ? "any" : i.value, negated: i.negated }));
}
export function portList(spec) {
    if (spec.trim().toLowerCase() === "any")
        return [];
    return listItems(spec).map(({ value, negated }) => {
        if (value.startsWith("$"))
            return { variable: value.slice(1), negated };
        if (value.toLowerCase() === "any")
            return { negated };
        const m = /^(\d*):(\d*)$/.exec(value);
        if (m)
            return { from: m[1] ? Number(m[1]) : 0, to: m[2] ? Number(m[2]) : 65535, negated };
        if (/^\d+$/.test(value))
            return { from: Number(value), to: Number(value), negated };
        throw new Error(`port ${value}`);
    });
}
/** `key: value;` options; a ";" inside quotes or escaped does not end one. */
export function options(body) {
    const out = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch === "\\" && i + 1 < body.length) {
            cur += ch + body[++i];
            continue;
        }
        if (ch === '"')
            quoted = !quoted;
        if (ch === ";" && !quoted) {
            push(cur);
            cur = "";
        }
        else
            cur += ch;
    }
    push(cur);
    return out;
    function push(raw) {
        const t = raw.trim();
        if (!t)
            return;
        const i = t.indexOf(":");
        if (i < 0)
            out.push({ key: t.toLowerCase(), value: undefined });
        else
            out.push({ key: t.slice(0, i).trim().toLowerCase(), value: t.slice(i + 1).trim() });
    }
}
function unquote(v) {
    const s = v.startsWith('"') && v.endsWith('"') && v.length >= 2 ? v.slice(1, -1) : v;
    return s.replace(/\\(.)/g, "$1");
}
/** Applies the options to the rule: flow, host conditions, and what is not evaluated. */
export function applyOptions(rule, opts) {
    let buffer;
    let dotprefix = false;
    let last;
    const pending = [];
    const unsupported = new Set(rule.unsupported);
    for (const { key, value } of opts) {
        if (NEUTRAL.has(key)) {
            if (key === "sid" && value)
                rule.sid = value;
            continue;
        }
        if (key === "flow") {
            for (const f of (value ?? "").split(","))
                if (f.trim())
                    rule.flow.push(f.trim().toLowerCase());
            continue;
        }
        if (key === "flowbits" || key === "xbits") {
            if (/^\s*(isset|isnotset|toggle)/.test(value ?? ""))
                unsupported.add(key);
            continue;
        }
        if (key === "app-layer-protocol") {
            const p = (value ?? "").trim().toLowerCase();
            if (["tcp", "ip"].includes(rule.protocol) && ["tls", "http"].includes(p))
                rule.protocol = p;
            else if (p !== rule.protocol)
                unsupported.add(key);
            continue;
        }
        if (key in HOST_BUFFERS && value === undefined) {
            if (key === "http_host" && last && last.buffer === PAYLOAD) {
                // legacy content modifier: applies to the content before it
                last.buffer = "http.host";
                continue;
            }
            buffer = HOST_BUFFERS[key];
            dotprefix = false;
            continue;
        }
        if (key === "dotprefix") {
            if (buffer)
                dotprefix = true;
            else
                unsupported.add(key);
            continue;
        }
        if (key === "content") {
            const raw = value ?? "";
            const negated = raw.startsWith("!");
            const text = unquote(negated ? raw.slice(1).trim() : raw);
            if (buffer === OTHER)
                continue; // a buffer already listed as not evaluated
            if (text.includes("|")) {
                unsupported.add("content (hex bytes)");
                last = undefined;
                continue;
            }
            // without a sticky buffer: the payload, unless a legacy http_host modifier follows
            last = {
                buffer: (buffer ?? PAYLOAD),
                match: "contains",
                value: text,
                nocase: false,
                dotprefix,
                negated,
                starts: false,
                ends: false,
            };
            pending.push(last);
            continue;
        }
        if (key === "nocase" && last) {
            last.nocase = true;
            continue;
        }
        if (key === "startswith" && last) {
            last.starts = true;
            continue;
        }
        if (key === "endswith" && last) {
            last.ends = true;
            continue;
        }
        if (key === "isdataat" && last && /^!\s*1\s*,\s*relative$/.test(value ?? "")) {
            last.ends = true;
            continue;
        }
        if (/^(tls|http|ssh|dns|ja3|ja3s|file|smb|krb5|sip|quic)[._]/.test(key) || /^(pkt_data|file_data)$/.test(key)) {
            // another sticky buffer: its content conditions are not evaluated
            buffer = OTHER;
            unsupported.add(key);
            last = undefined;
            continue;
        }
        unsupported.add(value === undefined ? key : key);
    }
    for (const c of pending) {
        if (c.buffer === PAYLOAD) {
            unsupported.add("content (payload)");
            continue;
        }
        const { starts, ends, ...h } = c;
        h.match = starts && ends ? "exact" : ends ? "suffix" : starts ? "prefix" : "contains";
        rule.hosts.push(h);
    }
    rule.unsupported = [...unsupported];
}
/** A 5-tuple StatefulRule ({Action, Header, RuleOptions}) as a Suricata rule. */
export function fiveTuple(rule, location) {
    const h = (rule.Header ?? {});
    const str = (v, d) => (typeof v === "string" && v.trim() !== "" ? v.trim() : d);
    const direction = str(h.Direction, "FORWARD").toUpperCase() === "ANY" ? "<>" : "->";
    const header = [
        str(rule.Action, "unknown").toLowerCase(),
        str(h.Protocol, "ip").toLowerCase(),
        str(h.Source, "any"),
        str(h.SourcePort, "any"),
        direction,
        str(h.Destination, "any"),
        str(h.DestinationPort, "any"),
    ];
    const opts = (Array.isArray(rule.RuleOptions) ? rule.RuleOptions : [])
        .filter((o) => typeof o === "object" && o !== null)
        .map((o) => `${String(o.Keyword ?? "")}${Array.isArray(o.Settings) && o.Settings.length ? ":" + o.Settings.join(",") : ""}`);
    const text = `${header.join(" ")}${opts.length ? ` (${opts.join("; ")};)` : ""}`;
    return parseRule(text, location);
}
//# sourceMappingURL=suricata.js.map