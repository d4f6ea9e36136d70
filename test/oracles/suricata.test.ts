// Oracle: which Suricata rules load, and what each loaded one matches, decided by Suricata 7
// itself (Debian's bookworm-backports package, installed by scripts/setup-oracles.mjs) and by
// lib/suricata (refused, match) in Rego. Rules are generated over the keywords runnerlint
// evaluates (protocols, addresses and ports with negation, flow, tls.sni / http.host content with
// its modifiers, dotprefix, pcre, ja3.hash / ja4.hash, ssl_state, app-layer-protocol, ip_proto),
// some mixing them as Suricata refuses, all as alert rules; flows are the runner's kinds of
// traffic, written to a pcap (TLS ClientHellos with and without SNI, HTTP requests, another TCP
// protocol, UDP datagrams). Refused or loaded must agree; for every loaded rule, flow and phase
// runnerlint says all / none / maybe: "all" must alert on the phase's packet (the SYN for the
// handshake, the client's data packet for the connection, the first datagram for UDP), "none"
// must not, "maybe" is counted. Strict-order composition stays runnerlint's (lib/nfw); what each
// rule matches is the engine's. Counts and disagreements: test-output/oracles/suricata.json.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SURICATA } from "../../scripts/setup-oracles.mjs";
import { parseRule } from "../../src/inputs/network-firewall/suricata.js";
import { type OracleFlow, clientHello, httpRequest, pcap } from "./packets.js";
import { evalModel, picker, prng, writeReport } from "./oracle.js";

const RULES = 1500;
/** Suricata keeps at most packet-alert-max (255 at most) alerts a packet: rules run in batches below it. */
const ALERT_MAX = 255;
const BATCH = 250;

/** A runner flow: what goes on the wire, and the same flow as lib/layers describes it. */
interface Case {
  wire: Omit<OracleFlow, "sport">;
  model: Record<string, unknown>;
}

const TLS13 = [0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f];
const tlsTo = (sni: string, port: number, ip: string, alpn: string[] | undefined, tls13 = true): Case => ({
  wire: { protocol: "tcp", dst: ip, port, payload: clientHello({ sni, alpn, tls13, ciphers: tls13 ? TLS13 : TLS13.slice(3) }) },
  model: { kind: "host", destination: sni, protocol: "tcp", port, scheme: "https" },
});
const httpTo = (host: string, port: number, ip: string): Case => ({
  wire: { protocol: "tcp", dst: ip, port, payload: httpRequest(host) },
  model: { kind: "host", destination: host, protocol: "tcp", port, scheme: "http" },
});
const udpTo = (ip: string, port: number): Case => ({
  wire: { protocol: "udp", dst: ip, port, payload: Buffer.from("a5e1c0de0000000000000000000000000000", "hex") },
  model: { kind: "ip", destination: ip, address: ip, protocol: "udp", port, scheme: null },
});

const CASES: Case[] = [
  tlsTo("app.gitpod.io", 443, "93.184.216.10", ["h2", "http/1.1"]),
  tlsTo("x1.us01.gitpod.dev", 443, "93.184.216.11", ["h2"]),
  tlsTo("us01.gitpod.dev", 8443, "93.184.216.12", undefined),
  tlsTo("update.code.visualstudio.com", 443, "93.184.216.13", ["http/1.1"], false),
  tlsTo("ssm.us-east-1.amazonaws.com", 443, "93.184.216.14", ["h2"]),
  tlsTo("notgitpod.io", 443, "93.184.216.15", ["h2"]),
  tlsTo("evil.example.xyz", 443, "93.184.216.16", ["h2"]),
  tlsTo("gitpod.io.attacker.net", 443, "93.184.216.17", undefined, false),
  tlsTo("public.ecr.aws", 8443, "93.184.216.18", ["h2"]),
  tlsTo("www.example.ru", 443, "93.184.216.19", ["h2"]),
  {
    // TLS to an address: no SNI
    wire: { protocol: "tcp", dst: "93.184.216.34", port: 443, payload: clientHello({ alpn: ["h2"], tls13: true, ciphers: TLS13 }) },
    model: { kind: "ip", destination: "93.184.216.34", address: "93.184.216.34", protocol: "tcp", port: 443, scheme: "https" },
  },
  httpTo("app.gitpod.io", 80, "93.184.216.20"),
  httpTo("download.jetbrains.com", 80, "93.184.216.21"),
  httpTo("example.xyz", 8080, "93.184.216.22"),
  {
    // another TCP protocol (an SSH banner): its application protocol is not one runnerlint names
    wire: { protocol: "tcp", dst: "93.184.216.35", port: 22, payload: Buffer.from("SSH-2.0-OpenSSH_9.6\r\n") },
    model: { kind: "ip", destination: "93.184.216.35", address: "93.184.216.35", protocol: "tcp", port: 22, scheme: null },
  },
  udpTo("35.171.240.32", 4242),
  udpTo("13.216.138.24", 4242),
  udpTo("8.8.8.8", 5353),
];

function generateRules(n: number): string[] {
  const rnd = prng(7_12_2026);
  const pick = picker(rnd);
  const sniValues = [
    "gitpod",
    ".io",
    "app.gitpod.io",
    "APP.gitpod.IO",
    ".us01.gitpod.dev",
    "us01.gitpod.dev",
    "example",
    ".xyz",
    ".ru",
    "ssm.",
    "x1",
    "code.visualstudio.com",
    "gitpod.io",
  ];
  const hostValues = ["gitpod", ".io", "app.gitpod.io", "example.xyz", ".xyz", "download.", "jetbrains.com", "app"];
  const flow = () =>
    pick(["", "flow:to_server;", "flow:established,to_server;", "flow:not_established;", "flow:to_client;", "flow:established;"]);
  const sni = () =>
    pick([
      () => {
        const mods = [pick(["", "nocase; "]), pick(["", "startswith; "]), pick(["", "endswith; "])].join("");
        return `tls.sni; content:${pick(["", "", "!"])}"${pick(sniValues)}"; ${mods}`;
      },
      () => `tls.sni; dotprefix; content:"${pick([".gitpod.io", ".us01.gitpod.dev", ".amazonaws.com", ".io"])}"; nocase; endswith;`,
      () =>
        `tls.sni; pcre:"${pick([
          "/^app\\./",
          "/(^|\\.)gitpod\\.io$/i",
          "/^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$/",
          "/(^|\\.)(us01\\.gitpod\\.dev|amazonaws\\.com)$/",
          "/GITPOD/i",
        ])}";`,
      () => "",
    ])();
  const fingerprint = () =>
    pick([
      'ja4.hash; content:"_";',
      'ja4.hash; content:"t13"; startswith;',
      'ja4.hash; content:"t12"; startswith;',
      'ja4.hash; content:"d"; offset:3; depth:1;',
      'ja4.hash; content:!"d"; offset:3; depth:1;',
      'ja4.hash; content:"i"; offset:3; depth:1;',
      'ja4.hash; content:"h2"; offset:8; depth:2;',
      'ja4.hash; content:"q"; startswith;',
      'ja4.hash; content:"_"; startswith; content:!"d"; offset:3; depth:1;',
      'ja3.hash; content:!"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";',
      'ja3.hash; content:"zz";',
      "",
      "",
    ]);
  const sslState = () =>
    pick([
      "ssl_state:client_hello;",
      "ssl_state:server_hello;",
      "ssl_state:!server_hello;",
      "ssl_state:client_hello|server_hello;",
      "",
      "",
    ]);
  const httpHost = () =>
    `http.host; content:${pick(["", "", "!"])}"${pick(hostValues)}"; ${pick(["", "startswith; "])}${pick(["", "endswith; "])}`;
  // One family of keywords a rule: Suricata refuses rules that mix application protocols.
  const families: (() => [string, string])[] = [
    () => [pick(["tls", "tls", "tcp"]), [flow(), sni(), fingerprint(), sslState()].join(" ")],
    () => [pick(["http", "tcp"]), [flow(), httpHost()].join(" ")],
    () => [
      pick(["tcp", "udp", "ip"]),
      [flow(), pick(["", `app-layer-protocol:${pick(["", "!"])}${pick(["tls", "http", "ssh", "dns"])};`])].join(" "),
    ],
    () => ["ip", [flow(), `ip_proto:${pick(["", "!"])}${pick(["TCP", "UDP", "6", "17", "ICMP"])};`].join(" ")],
    // keywords of every family in any order: many of these Suricata refuses to load
    () => {
      const chunks = [
        flow,
        sni,
        fingerprint,
        sslState,
        httpHost,
        () => `app-layer-protocol:${pick(["", "!"])}${pick(["tls", "http", "ssh"])};`,
        () => `ip_proto:${pick(["", "!"])}${pick(["TCP", "UDP"])};`,
        () => `ja3.hash; content:"${pick(["e7d705a3286e19ea42f587b344ee6865", "e7d705a3", "zz"])}";`,
      ];
      const opts = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(chunks)());
      return [pick(["tcp", "tls", "http", "udp", "ip"]), opts.join(" ")];
    },
  ];
  return Array.from({ length: n }, (_, i) => {
    const [protocol, opts] = pick(families)();
    const src = pick(["$HOME_NET", "$HOME_NET", "any", "10.20.0.0/16", "!$HOME_NET", "[10.0.0.0/8,!10.20.0.0/16]"]);
    const dst = pick(["any", "any", "$EXTERNAL_NET", "[35.171.240.32,13.216.138.24]", "!8.8.8.8", "$HOME_NET"]);
    const dport = pick(["any", "any", "443", "!443", "[443,8443]", "80", "4242", "1024:", "!80", "[80,8080]"]);
    return `alert ${protocol} ${src} any -> ${dst} ${dport} (msg:"oracle ${i + 1}"; ${opts.replace(/\s+/g, " ").trim()} sid:${i + 1};)`;
  });
}

const MODEL = `package oracle

import data.runnerlint.lib.domains
import data.runnerlint.lib.suricata

ctx := {"vars": {}, "ports": {}, "refs": set(), "home": ["10.0.0.0/8"]}

flow(f) := object.union(f, {"requirement": "r", "pattern": domains.pattern(f.destination)})

flows := [flow(f) | some f in input.flows]

matches := [[[suricata.match(r, f, phase, ctx) | some phase in suricata.phases(f)] | some f in flows] | some r in input.rules]

refused(r) := x if {
	x := suricata.refused(r)
} else := ""

results := [{"matches": matches[i], "refused": refused(r)} | some i, r in input.rules]
`;

/** The rule lines of AWS's published samples (the fixtures that quote them), as alert rules. */
function awsSampleRules(): string[] {
  const groups = ["aws-default-block-rules/egress-allow-list.json", "aws-guide-template/best-practice-rules.json"];
  return groups.flatMap((g) =>
    (JSON.parse(readFileSync(join("fixtures", "network-firewall", g), "utf8")).RuleGroup.RulesSource.RulesString as string)
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"))
      // the action and the flowbits (lib/nfw's, in rule order) aside: what the rule itself matches
      .map((l) =>
        l
          .replace(/^\w+ /, "alert ")
          .replace(/\s*(flowbits:[^;]*|noalert|alert);/g, "")
          .replace(/sid:\d+;/, ""),
      ),
  );
}

/** The rules Debian's Suricata package ships (/etc/suricata/rules: decoder, stream, app-layer
 * events): real rules that load, compared for loading only (their events are not on the flows).
 * Modbus and DNP3 are off in Suricata's default configuration: their rules do not load there. */
function shippedRules(): string[] {
  const dir = "/etc/suricata/rules";
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".rules") && !/^(modbus|dnp3)-/.test(f))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").replace(/\\\n/g, " ").split("\n"))
    .filter((l) => /^(alert|drop|pass|reject)\s/.test(l))
    .map((l) => l.replace(/^\w+ /, "alert ").replace(/sid:\s*\d+;/, ""));
}

describe("Suricata rules: what each matches, against Suricata 7 on generated packets", () => {
  it(`agrees with Suricata on ${RULES} generated rules, AWS's samples and its own shipped rules × ${CASES.length} flows`, () => {
    expect(existsSync(SURICATA), "Suricata (scripts/setup-oracles.mjs)").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-suricata-oracle-"));
    const samples = awsSampleRules();
    const shipped = shippedRules();
    const numbered = (ls: string[], from: number) => ls.map((l, i) => l.replace(/\)\s*$/, ` sid:${from + i + 1};)`));
    const texts = [...generateRules(RULES), ...numbered(samples, RULES), ...numbered(shipped, RULES + samples.length)];
    const matched = RULES + samples.length; // the shipped rules are compared for loading only
    const flows = CASES.map((c, i) => ({ ...c.wire, sport: 40000 + i }));
    const { bytes, packets } = pcap(flows);
    writeFileSync(join(dir, "flows.pcap"), bytes);
    const version = execFileSync(SURICATA, ["-V"], { encoding: "utf8" }).trim();
    // rule index → the pcap_cnt of the packets it alerted on; the rules Suricata refuses to load
    const alerts = new Set<string>();
    const refused = new Set<number>();
    for (let start = 0; start < texts.length; start += BATCH) {
      const batch = texts.slice(start, start + BATCH);
      const out = join(dir, String(start));
      mkdirSync(out);
      writeFileSync(join(out, "oracle.rules"), `${batch.join("\n")}\n`);
      const run = spawnSync(
        SURICATA,
        [
          ...["-r", join(dir, "flows.pcap"), "-S", join(out, "oracle.rules"), "-l", out],
          ...["-k", "none", "--runmode", "single", "--simulate-ips"],
          ...["--set", "vars.address-groups.HOME_NET=[10.0.0.0/8]", "--set", "app-layer.protocols.tls.ja4-fingerprints=yes"],
          ...["--set", `packet-alert-max=${ALERT_MAX}`],
        ],
        { encoding: "utf8" },
      );
      if (run.status !== 0) throw new Error(`suricata failed:\n${run.stdout}${run.stderr}`);
      const log = run.stdout + run.stderr + readFileSync(join(out, "suricata.log"), "utf8");
      for (const m of log.matchAll(/error parsing signature .* at line (\d+)/g)) refused.add(start + Number(m[1]) - 1);
      const events = readFileSync(join(out, "eve.json"), "utf8")
        .split("\n")
        .filter((l) => l.includes('"event_type":"alert"'))
        .map((l) => JSON.parse(l) as { pcap_cnt: number; alert: { signature_id: number } });
      const perPacket = new Map<number, number>();
      for (const e of events) {
        alerts.add(`${e.alert.signature_id - 1}@${e.pcap_cnt}`);
        perPacket.set(e.pcap_cnt, (perPacket.get(e.pcap_cnt) ?? 0) + 1);
      }
      expect(Math.max(0, ...perPacket.values()), "alerts of one packet cut at packet-alert-max").toBeLessThan(ALERT_MAX);
    }
    const at = { file: "oracle.rules", line: 1, column: 1 };
    const rules = texts.map((t) => parseRule(t, at));
    const model = evalModel<{ matches: string[][]; refused: string }>(MODEL, {
      config: { runner: "standard", vpcCidrs: ["10.20.0.0/16"] },
      rules,
      flows: CASES.map((c) => c.model),
    });
    const counts = { cases: 0, all: 0, none: 0, maybe: 0, refusedRules: refused.size };
    const disagreements: object[] = [];
    texts.forEach((text, r) => {
      // a rule Suricata refuses matches nothing: compared by the refusals below
      if (refused.has(r) || r >= matched) return;
      CASES.forEach((c, f) => {
        const phases = c.wire.protocol === "tcp" ? ["handshake", "app"] : ["udp"];
        phases.forEach((phase, p) => {
          const packet = phase === "handshake" ? packets[f]!.syn! : packets[f]!.data;
          const said = model[r]!.matches[f]![p]!;
          const alerted = alerts.has(`${r}@${packet}`);
          counts.cases++;
          if (said === "maybe") counts.maybe++;
          else if (said === "all") counts.all++;
          else counts.none++;
          if ((said === "all" && !alerted) || (said === "none" && alerted) || !["all", "none", "maybe"].includes(said))
            disagreements.push({ rule: text, flow: c.model, phase, runnerlint: said, suricata: alerted });
        });
      });
    });
    // which rules Suricata refuses to load, and why runnerlint says it does (AWS's keywords apart:
    // Suricata has no aws_domain_category, Network Firewall takes it)
    const refusals = texts.flatMap((text, r) =>
      refused.has(r) === (model[r]!.refused !== "") || /aws_(domain|url)_category/.test(text)
        ? []
        : [{ rule: text, suricata: refused.has(r) ? "refused" : "loaded", runnerlint: model[r]!.refused || "loaded" }],
    );
    // AWS's samples load in Suricata, but for the keywords only Network Firewall has
    const samplesRefused = samples.filter((_, i) => refused.has(RULES + i));
    writeReport("suricata", {
      oracle: version,
      rules: texts.length,
      awsSampleRules: samples.length,
      shippedRules: shipped.length,
      flows: CASES.length,
      ...counts,
      refused: [...refused].sort((a, b) => a - b).map((r) => ({ rule: texts[r], runnerlint: model[r]!.refused })),
      refusalDisagreements: refusals,
      disagreements,
    });
    expect(refusals.slice(0, 5)).toEqual([]);
    expect(shipped.length, "the rules Debian's Suricata ships").toBeGreaterThan(100);
    expect(
      samplesRefused.every((l) => /aws_(domain|url)_category/.test(l)),
      samplesRefused.join("\n"),
    ).toBe(true);
    expect(counts.all).toBeGreaterThan(1000);
    expect(counts.none).toBeGreaterThan(counts.cases / 2);
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
