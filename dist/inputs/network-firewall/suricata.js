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
    "alert",
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
/** Sticky buffers holding a TLS fingerprint whose shape is known (lib/suricata). */
const FINGERPRINT_BUFFERS = {
    "ja4.hash": "ja4.hash",
    "ja3.hash": "ja3.hash",
    ja3_hash: "ja3.hash",
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
/** Applies the options to the rule: flow, flowbits, app-layer conditions, and what is not evaluated. */
export function applyOptions(rule, opts) {
    let buffer;
    let dotprefix = false;
    let last;
    const pending = [];
    const unsupported = new Set(rule.unsupported);
    // whether a keyword already set the application protocol: Suricata refuses an
    // app-layer-protocol after one (lib/suricata's refused), so the order is kept
    let appSet = false;
    for (const { key, value } of opts) {
        // tls.sni, http.host and ssl_state set it; ja3 / ja4 do not (they are TLS's and QUIC's)
        if (key in HOST_BUFFERS || key === "ssl_state")
            appSet = true;
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
        if (key === "flowbits") {
            const bits = flowbits(value ?? "");
            if (bits === "noalert")
                continue;
            if (bits)
                (rule.flowbits ??= []).push(bits);
            else
                unsupported.add(key);
            continue;
        }
        if (key === "xbits") {
            if (/^\s*(isset|isnotset|toggle)/.test(value ?? ""))
                unsupported.add(key);
            continue;
        }
        if (key === "app-layer-protocol") {
            const raw = (value ?? "").trim().toLowerCase();
            const negated = raw.startsWith("!");
            const protocol = negated ? raw.slice(1).trim() : raw;
            (rule.appLayer ??= []).push({ protocol, negated, afterApp: appSet });
            if (!negated)
                appSet = true;
            continue;
        }
        if (key === "ip_proto") {
            const m = /^(!?)\s*([A-Za-z0-9-]+)$/.exec((value ?? "").trim());
            if (m)
                (rule.ipProto ??= []).push({ value: /^\d+$/.test(m[2]) ? Number(m[2]) : m[2].toLowerCase(), negated: m[1] === "!" });
            else
                unsupported.add(key);
            continue;
        }
        if (key === "ssl_state") {
            const states = (value ?? "").split("|").map((v) => v.trim().toLowerCase());
            if (states.every((v) => /^!?[a-z_]+$/.test(v)))
                (rule.sslState ??= []).push({ states: states.map((v) => ({ state: v.replace(/^!/, ""), negated: v.startsWith("!") })) });
            else
                unsupported.add(key);
            continue;
        }
        if ((key in HOST_BUFFERS || key in FINGERPRINT_BUFFERS) && value === undefined) {
            if (key === "http_host" && last && last.buffer === PAYLOAD) {
                // legacy content modifier: applies to the content before it
                last.buffer = "http.host";
                continue;
            }
            buffer = HOST_BUFFERS[key] ?? FINGERPRINT_BUFFERS[key];
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
                buffer: buffer ?? PAYLOAD,
                value: text,
                nocase: false,
                dotprefix,
                negated,
                starts: false,
                ends: false,
                offset: null,
                depth: null,
                relative: false,
            };
            pending.push(last);
            continue;
        }
        if (last && ["nocase", "startswith", "endswith"].includes(key)) {
            if (key === "nocase")
                last.nocase = true;
            if (key === "startswith")
                last.starts = true;
            if (key === "endswith")
                last.ends = true;
            continue;
        }
        if (last && (key === "offset" || key === "depth") && /^\d+$/.test(value ?? "")) {
            last[key] = Number(value);
            continue;
        }
        if (last && (key === "distance" || key === "within")) {
            last.relative = true;
            continue;
        }
        if (key === "pcre" && (buffer === "tls.sni" || buffer === "http.host")) {
            const re = pcreToRe2(value ?? "");
            if (re)
                rule.hosts.push({ buffer, match: "pcre", value: re.source, nocase: false, dotprefix, negated: re.negated });
            else
                unsupported.add(key);
            continue;
        }
        if (key === "isdataat" && last && /^!\s*1\s*,\s*relative$/.test(value ?? "")) {
            last.ends = true;
            continue;
        }
        if (/^(tls|http|ssh|dns|ja3|ja3s|ja4|file|smb|krb5|sip|quic)[._]/.test(key) || /^(pkt_data|file_data)$/.test(key)) {
            // another sticky buffer: its content conditions are not evaluated
            buffer = OTHER;
            unsupported.add(key);
            last = undefined;
            continue;
        }
        unsupported.add(key);
    }
    for (const c of pending) {
        if (c.buffer === PAYLOAD)
            unsupported.add("content (payload)");
        else if (c.relative)
            unsupported.add(`content (distance/within on ${c.buffer})`);
        else if (c.buffer in FINGERPRINT_BUFFERS) {
            const { value, nocase, negated, starts, ends, offset, depth } = c;
            (rule.fingerprints ??= []).push({
                buffer: c.buffer,
                value,
                nocase,
                negated,
                startswith: starts,
                endswith: ends,
                offset,
                depth,
            });
        }
        else if (c.offset !== null || c.depth !== null)
            unsupported.add(`content (offset/depth on ${c.buffer})`);
        else
            rule.hosts.push({
                buffer: c.buffer,
                match: c.starts && c.ends ? "exact" : c.ends ? "suffix" : c.starts ? "prefix" : "contains",
                value: c.value,
                nocase: c.nocase,
                dotprefix: c.dotprefix,
                negated: c.negated,
            });
    }
    rule.unsupported = [...unsupported];
}
/**
 * A pcre:"/…/flags" as an RE2 pattern (what Rego's regex.match runs), when it means the same there:
 * flags i, s, m only (Suricata's buffer flags and x are not read); no lookaround, backreference,
 * atomic group or possessive quantifier, which RE2 lacks.
 */
export function pcreToRe2(value) {
    let v = value.trim();
    const negated = v.startsWith("!");
    if (negated)
        v = v.slice(1).trim();
    const m = /^"\/(.*)\/([a-zA-Z]*)"$/s.exec(v);
    if (!m)
        return undefined;
    const [, body, flags] = m;
    if (!/^[ism]*$/.test(flags))
        return undefined;
    if (/\(\?[=!<>]|\\[1-9]|\\[gkKR]|[*+?}]\+/.test(body))
        return undefined;
    const source = (flags ? `(?${flags})` : "") + body.replace(/\\"/g, '"').replace(/\\;/g, ";");
    try {
        new RegExp(body);
    }
    catch {
        return undefined;
    }
    return { source, negated };
}
/**
 * flowbits:set|unset|toggle|isset|isnotset,name — names joined by "|" (any of them) or "&" (all);
 * "noalert" alone; undefined for a form runnerlint does not read.
 */
function flowbits(value) {
    const [op, names, ...rest] = value.split(",").map((v) => v.trim());
    if (op?.toLowerCase() === "noalert" && names === undefined)
        return "noalert";
    const ops = ["set", "unset", "toggle", "isset", "isnotset"];
    const known = ops.find((o) => o === op?.toLowerCase());
    if (!known || !names || rest.length > 0)
        return undefined;
    const join = names.includes("&") ? "and" : "or";
    const list = names.split(/[|&]/).map((n) => n.trim());
    if (list.some((n) => !/^[\w.-]+$/.test(n)) || (names.includes("&") && names.includes("|")))
        return undefined;
    return { op: known, names: list, join };
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