const BUILT_IN = new Set(["INPUT", "OUTPUT", "FORWARD"]);
/** Targets that do not end the chain: left out. */
const NON_TERMINATING = new Set([
    "LOG",
    "NFLOG",
    "ULOG",
    "MARK",
    "CONNMARK",
    "TRACE",
    "AUDIT",
    "CT",
    "CLASSIFY",
    "DSCP",
    "TOS",
    "TCPMSS",
    "SECMARK",
    "CONNSECMARK",
    "TEE",
    "NOTRACK",
    "SET",
]);
/** Match modules that add no condition by themselves (their options are parsed). */
const NEUTRAL_MODULES = new Set(["tcp", "udp", "multiport", "state", "conntrack", "comment", "icmp", "icmp6"]);
const MAX_DEPTH = 16;
export const iptablesSaveLoader = {
    name: "iptables-save",
    detect(file) {
        if (file.structured)
            return false;
        return /^\*filter\s*$/m.test(file.text) && /^:[A-Z]+ \S+/m.test(file.text) && /^COMMIT\s*$/m.test(file.text);
    },
    load(file, ctx) {
        const net = {
            kind: "network",
            config: ctx.config,
            vpcs: [],
            securityGroups: [],
            hostFirewalls: [parseIptablesSave(file.path, file.text)],
        };
        return [{ kind: "network", file: file.path, input: net }];
    },
};
export function parseIptablesSave(path, text) {
    const chains = new Map();
    let table;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        const location = { file: path, line: i + 1, column: 1 };
        if (!line || line.startsWith("#"))
            return;
        if (line.startsWith("*")) {
            table = line.slice(1).trim();
            return;
        }
        if (table !== "filter")
            return;
        if (line === "COMMIT") {
            table = undefined;
            return;
        }
        const decl = /^:(\S+)\s+(\S+)/.exec(line);
        if (decl) {
            chains.set(decl[1], { name: decl[1], policy: decl[2], location, rules: [] });
            return;
        }
        const append = /^-A\s+(\S+)\s*(.*)$/.exec(line);
        if (append) {
            const chain = chains.get(append[1]) ?? { name: append[1], policy: "-", location, rules: [] };
            chains.set(chain.name, chain);
            const rule = parseRule(tokens(append[2]), line, location);
            if (rule)
                chain.rules.push(rule);
        }
    });
    const fw = { kind: "iptables", id: path, location: { file: path, line: 1, column: 1 }, chains: [] };
    for (const name of ["OUTPUT", "INPUT", "FORWARD"]) {
        const c = chains.get(name);
        if (!c)
            continue;
        const chain = { name, policy: c.policy, location: c.location, rules: inline(c, chains, [], [], [], 0) };
        fw.chains.push(chain);
    }
    return fw;
}
/** Shell-like tokens: quoted strings kept whole. */
function tokens(s) {
    const out = [];
    const re = /"((?:\\.|[^"\\])*)"|(\S+)/g;
    let m;
    while ((m = re.exec(s)))
        out.push(m[1] !== undefined ? m[1] : m[2]);
    return out;
}
const OPTION_KIND = {
    "-p": "protocol",
    "--protocol": "protocol",
    "-s": "source",
    "--source": "source",
    "--src": "source",
    "-d": "destination",
    "--destination": "destination",
    "--dst": "destination",
    "-o": "out-interface",
    "--out-interface": "out-interface",
    "-i": "in-interface",
    "--in-interface": "in-interface",
    "--dport": "dport",
    "--destination-port": "dport",
    "--dports": "dport",
    "--destination-ports": "dport",
    "--sport": "sport",
    "--source-port": "sport",
    "--sports": "sport",
    "--source-ports": "sport",
    "--state": "state",
    "--ctstate": "state",
};
function parseRule(t, text, location) {
    const matches = [];
    let target;
    let goto = false;
    let negate = false;
    let module;
    for (let i = 0; i < t.length; i++) {
        const tok = t[i];
        if (tok === "!") {
            negate = true;
            continue;
        }
        if (target !== undefined)
            continue; // the target's own options
        if (tok === "-j" || tok === "--jump" || tok === "-g" || tok === "--goto") {
            target = t[++i] ?? "";
            goto = tok === "-g" || tok === "--goto";
            continue;
        }
        if (tok === "-m" || tok === "--match") {
            module = t[++i] ?? "";
            if (!NEUTRAL_MODULES.has(module))
                matches.push({ kind: "unsupported", values: [`-m ${module}`], negated: false });
            continue;
        }
        if (tok === "--comment") {
            i++;
            continue;
        }
        const kind = OPTION_KIND[tok];
        let value = t[i + 1] ?? "";
        if (value === "!") {
            // old syntax: -d ! 10.0.0.0/8
            negate = !negate;
            value = t[i + 2] ?? "";
            i++;
        }
        if (kind) {
            i++;
            matches.push({ kind, values: value.split(","), negated: negate });
        }
        else if (tok.startsWith("-")) {
            // an option of a module that is not evaluated (already flagged), or one we do not know
            if (module && NEUTRAL_MODULES.has(module))
                matches.push({ kind: "unsupported", values: [`${tok} ${value}`.trim()], negated: negate });
            if (t[i + 1] !== undefined && !t[i + 1].startsWith("-"))
                i++;
        }
        negate = false;
    }
    if (target === undefined)
        return undefined; // a counting rule: no effect on the verdict
    if (NON_TERMINATING.has(target.toUpperCase()))
        return undefined;
    return { matches, target, goto, text, location };
}
/**
 * The rules of a chain as seen from a built-in chain: `cond` are the conditions of the jumps that
 * led here, `unless` the RETURN / goto conditions passed on the way.
 */
function inline(chain, chains, cond, unless, via, depth) {
    const out = [];
    const local = [];
    for (const r of chain.rules) {
        const matches = [...cond, ...r.matches];
        const skip = [...unless, ...local];
        const sub = chains.get(r.target);
        const userChain = sub && !BUILT_IN.has(r.target);
        if (r.target.toUpperCase() === "RETURN" && via.length > 0) {
            local.push(r.matches);
            continue;
        }
        if (userChain) {
            if (depth >= MAX_DEPTH || via.includes(r.target)) {
                out.push({ matches, unless: skip, target: `${r.target} (loop or too deep)`, text: r.text, via, location: r.location });
                continue;
            }
            out.push(...inline(sub, chains, matches, skip, [...via, r.target], depth + 1));
            // after a goto the calling chain does not resume
            if (r.goto)
                local.push(r.matches);
            continue;
        }
        out.push({ matches, unless: skip, target: r.target, text: r.text, via, location: r.location });
    }
    return out;
}
//# sourceMappingURL=iptables-save.js.map