// iptables-save output → a host firewall of the network model: the filter table's built-in chains
// (OUTPUT, INPUT, FORWARD), with jumps to user chains inlined in order. A jump's conditions are
// added to the rules of the chain it enters; a RETURN's (and a goto's) conditions exclude the rules
// after it. This only rewrites the rule lists: which rule matches a flow is Rego's decision.
import type { InputFile, LoadContext, Loader, NormalizedInput } from "../types.js";
import type { HostChain, HostFirewall, HostMatch, HostRule, NetworkInput } from "../../model/network.js";
import type { Location } from "../../model/location.js";

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

export const iptablesSaveLoader: Loader = {
  name: "iptables-save",
  detect(file: InputFile) {
    if (file.structured) return false;
    return /^\*filter\s*$/m.test(file.text) && /^:[A-Z]+ \S+/m.test(file.text) && /^COMMIT\s*$/m.test(file.text);
  },
  load(file: InputFile, ctx: LoadContext): NormalizedInput[] {
    const net: NetworkInput = {
      kind: "network",
      config: ctx.config,
      vpcs: [],
      securityGroups: [],
      hostFirewalls: [parseIptablesSave(file.path, file.text)],
    };
    return [{ kind: "network", file: file.path, input: net }];
  },
};

interface RawRule {
  matches: HostMatch[];
  target: string;
  goto: boolean;
  text: string;
  location: Location;
}

interface RawChain {
  name: string;
  policy: string;
  location: Location;
  rules: RawRule[];
}

export function parseIptablesSave(path: string, text: string): HostFirewall {
  const chains = new Map<string, RawChain>();
  let table: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const location = { file: path, line: i + 1, column: 1 };
    if (!line || line.startsWith("#")) return;
    if (line.startsWith("*")) {
      table = line.slice(1).trim();
      return;
    }
    if (table !== "filter") return;
    if (line === "COMMIT") {
      table = undefined;
      return;
    }
    const decl = /^:(\S+)\s+(\S+)/.exec(line);
    if (decl) {
      chains.set(decl[1]!, { name: decl[1]!, policy: decl[2]!, location, rules: [] });
      return;
    }
    const append = /^-A\s+(\S+)\s*(.*)$/.exec(line);
    if (append) {
      const chain: RawChain = chains.get(append[1]!) ?? { name: append[1]!, policy: "-", location, rules: [] };
      chains.set(chain.name, chain);
      const rule = parseRule(tokens(append[2]!), line, location);
      if (rule) chain.rules.push(rule);
    }
  });
  const fw: HostFirewall = { kind: "iptables", id: path, location: { file: path, line: 1, column: 1 }, chains: [] };
  for (const name of ["OUTPUT", "INPUT", "FORWARD"]) {
    const c = chains.get(name);
    if (!c) continue;
    const chain: HostChain = { name, policy: c.policy, location: c.location, rules: inline(c, chains, [], [], [], 0) };
    fw.chains.push(chain);
  }
  return fw;
}

/** Shell-like tokens: quoted strings kept whole. */
function tokens(s: string): string[] {
  const out: string[] = [];
  const re = /"((?:\\.|[^"\\])*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(m[1] !== undefined ? m[1] : m[2]!);
  return out;
}

const OPTION_KIND: Record<string, string> = {
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

function parseRule(t: string[], text: string, location: Location): RawRule | undefined {
  const matches: HostMatch[] = [];
  let target: string | undefined;
  let goto = false;
  let negate = false;
  let module: string | undefined;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok === "!") {
      negate = true;
      continue;
    }
    if (target !== undefined) continue; // the target's own options
    if (tok === "-j" || tok === "--jump" || tok === "-g" || tok === "--goto") {
      target = t[++i] ?? "";
      goto = tok === "-g" || tok === "--goto";
      continue;
    }
    if (tok === "-m" || tok === "--match") {
      module = t[++i] ?? "";
      if (!NEUTRAL_MODULES.has(module)) matches.push({ kind: "unsupported", values: [`-m ${module}`], negated: false });
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
    } else if (tok.startsWith("-")) {
      // an option of a module that is not evaluated (already flagged), or one we do not know
      if (module && NEUTRAL_MODULES.has(module)) matches.push({ kind: "unsupported", values: [`${tok} ${value}`.trim()], negated: negate });
      if (t[i + 1] !== undefined && !t[i + 1]!.startsWith("-")) i++;
    }
    negate = false;
  }
  if (target === undefined) return undefined; // a counting rule: no effect on the verdict
  if (NON_TERMINATING.has(target.toUpperCase())) return undefined;
  return { matches, target, goto, text, location };
}

/**
 * The rules of a chain as seen from a built-in chain: `cond` are the conditions of the jumps that
 * led here, `unless` the RETURN / goto conditions passed on the way.
 */
function inline(
  chain: RawChain,
  chains: Map<string, RawChain>,
  cond: HostMatch[],
  unless: HostMatch[][],
  via: string[],
  depth: number,
): HostRule[] {
  const out: HostRule[] = [];
  const local: HostMatch[][] = [];
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
      if (r.goto) local.push(r.matches);
      continue;
    }
    out.push({ matches, unless: skip, target: r.target, text: r.text, via, location: r.location });
  }
  return out;
}
