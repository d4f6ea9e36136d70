// The egress loaders on their own: Suricata rules, squid.conf, iptables-save, describe-network-acls,
// and the contract they share with Rego (schemas/input/network.schema.json).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { fileFromText } from "../../src/inputs/files.js";
import { loaders } from "../../src/inputs/registry.js";
import { parseIptablesSave } from "../../src/inputs/iptables/iptables-save.js";
import { lineFinder } from "../../src/inputs/network-firewall/convert.js";
import { fiveTuple, parseRule, pcreToRe2 } from "../../src/inputs/network-firewall/suricata.js";
import { parseSquid } from "../../src/inputs/squid/squid-conf.js";

const at = { file: "rules", line: 1, column: 1 };

describe("Suricata rules", () => {
  it("reads the header: lists, negations, variables, port ranges", () => {
    const r = parseRule("drop tcp [$HOME_NET, !10.1.0.0/16] [1024:, !2000] <> ![10.0.0.0/8, 192.168.0.0/16] [80,443,$TLS] (sid:7;)", at);
    expect(r).toMatchObject({
      action: "drop",
      protocol: "tcp",
      direction: "<>",
      source: [
        { value: "$HOME_NET", negated: false },
        { value: "10.1.0.0/16", negated: true },
      ],
      sourcePort: [
        { from: 1024, to: 65535, negated: false },
        { from: 2000, to: 2000, negated: true },
      ],
      destination: [
        { value: "10.0.0.0/8", negated: true },
        { value: "192.168.0.0/16", negated: true },
      ],
      destinationPort: [
        { from: 80, to: 80, negated: false },
        { from: 443, to: 443, negated: false },
        { variable: "TLS", negated: false },
      ],
      sid: "7",
      unsupported: [],
    });
  });

  it("turns tls.sni / http.host contents into host conditions", () => {
    const r = parseRule(
      'pass tls $HOME_NET any -> $EXTERNAL_NET any (tls.sni; dotprefix; content:".gitpod.io"; nocase; endswith; flow:to_server, established; msg:"a;b"; sid:1;)',
      at,
    );
    expect(r.hosts).toEqual([{ buffer: "tls.sni", match: "suffix", value: ".gitpod.io", nocase: true, dotprefix: true, negated: false }]);
    expect(r.flow).toEqual(["to_server", "established"]);
    expect(r.unsupported).toEqual([]);
    const exact = parseRule('pass http any any -> any any (http.host; content:!"app.gitpod.io"; startswith; isdataat:!1,relative;)', at);
    expect(exact.hosts).toEqual([
      { buffer: "http.host", match: "exact", value: "app.gitpod.io", nocase: false, dotprefix: false, negated: true },
    ]);
    const legacy = parseRule('pass http any any -> any any (content:"gitpod.io"; http_host; endswith;)', at);
    expect(legacy.hosts).toEqual([
      { buffer: "http.host", match: "suffix", value: "gitpod.io", nocase: false, dotprefix: false, negated: false },
    ]);
    expect(legacy.unsupported).toEqual([]);
  });

  it("reads the keywords AWS's default block rules use: ssl_state, ja4.hash, flowbits, ip_proto, app-layer-protocol", () => {
    const r = parseRule(
      'reject tls $HOME_NET any -> any any (msg:"Default Egress HTTPS Reject"; ssl_state:client_hello; ja4.hash; content:"_"; flowbits:set,blocked; flow:to_server; sid:999991;)',
      at,
    );
    expect(r.unsupported).toEqual([]);
    expect(r.sslState).toEqual([{ states: [{ state: "client_hello", negated: false }] }]);
    expect(r.fingerprints).toEqual([
      { buffer: "ja4.hash", value: "_", nocase: false, negated: false, startswith: false, endswith: false, offset: null, depth: null },
    ]);
    expect(r.flowbits).toEqual([{ op: "set", names: ["blocked"], join: "or" }]);
    const nosni = parseRule('reject tls any any -> any any (ja4.hash; content:"_"; startswith; content:!"d"; offset:3; depth:1;)', at);
    expect(nosni.fingerprints?.map((c) => [c.value, c.negated, c.startswith, c.offset, c.depth])).toEqual([
      ["_", false, true, null, null],
      ["d", true, false, 3, 1],
    ]);
    const tail = parseRule("drop ip $HOME_NET any -> any any (ip_proto:!TCP; ip_proto:!17; flowbits:isnotset,a|b; flowbits:noalert;)", at);
    expect(tail.ipProto).toEqual([
      { value: "tcp", negated: true },
      { value: 17, negated: true },
    ]);
    expect(tail.flowbits).toEqual([{ op: "isnotset", names: ["a", "b"], join: "or" }]);
    expect(parseRule("reject tcp any any -> any 443 (app-layer-protocol:!tls;)", at).appLayer).toEqual([
      { protocol: "tls", negated: true, afterApp: false },
    ]);
    // written after tls.sni set the protocol: Suricata refuses that (lib/suricata's refused)
    expect(parseRule('alert tcp any any -> any any (tls.sni; content:"a"; app-layer-protocol:!http;)', at).appLayer).toEqual([
      { protocol: "http", negated: true, afterApp: true },
    ]);
    expect(parseRule('pass tls any any -> any any (alert; tls.sni; content:"a.b";)', at).unsupported).toEqual([]);
  });

  it("turns a pcre on a host name into RE2 when it means the same there", () => {
    const r = parseRule('pass tls any any -> any any (tls.sni; pcre:"/(^|\\.)(example\\.com|contoso\\.com)$/i";)', at);
    expect(r.hosts).toEqual([
      {
        buffer: "tls.sni",
        match: "pcre",
        value: "(?i)(^|\\.)(example\\.com|contoso\\.com)$",
        nocase: false,
        dotprefix: false,
        negated: false,
      },
    ]);
    expect(pcreToRe2('"/^(?!.*\\.(com|org)$).*/i"')).toBeUndefined(); // lookahead: not RE2
    expect(pcreToRe2('"/x/R"')).toBeUndefined(); // a Suricata buffer flag
    expect(pcreToRe2('!"/^a/"')).toEqual({ source: "^a", negated: true });
    expect(parseRule('pass tls any any -> any any (tls.sni; pcre:"/(a)\\1/";)', at).unsupported).toEqual(["pcre"]);
  });

  it("lists what it does not evaluate", () => {
    expect(
      parseRule(
        'drop tls any any -> any any (tls.sni; content:"x"; offset:2; pcre:"/x/"; ja3s.hash; content:"x"; flowbits:isset,a&b|c; aws_domain_category:Malware;)',
        at,
      ).unsupported.sort(),
    ).toEqual(["aws_domain_category", "content (offset/depth on tls.sni)", "flowbits", "ja3s.hash"]);
    expect(parseRule("drop tcp any any -> any any (app-layer-protocol:tls;)", at).appLayer).toEqual([
      { protocol: "tls", negated: false, afterApp: false },
    ]);
    expect(parseRule('drop ip any any -> any any (content:"|0d 0a|";)', at).unsupported).toEqual(["content (hex bytes)"]);
    expect(parseRule('drop ip any any -> any any (content:"GET";)', at).unsupported).toEqual(["content (payload)"]);
  });

  it("a rule it cannot read may match anything", () => {
    const r = parseRule('accept:hook tls:client_hello (tls.sni; content:"x";)', at);
    expect(r.unsupported[0]).toMatch(/^syntax/);
    expect(r.direction).toBe("<>");
    expect(parseRule("pass tcp [a,[b,[c]]] any -> any any", at).unsupported[0]).toMatch(/^syntax/);
    expect(parseRule("pass tcp any any => any any", at).unsupported[0]).toMatch(/^syntax: direction/);
    expect(parseRule("pass tcp any x -> any any", at).unsupported[0]).toMatch(/^syntax: port/);
  });

  it("reads 5-tuple StatefulRules like Suricata rules", () => {
    const r = fiveTuple(
      {
        Action: "PASS",
        Header: {
          Protocol: "UDP",
          Source: "$HOME_NET",
          SourcePort: "ANY",
          Direction: "ANY",
          Destination: "35.171.240.32/32",
          DestinationPort: "4242",
        },
        RuleOptions: [{ Keyword: "sid", Settings: ["9"] }],
      },
      at,
    );
    expect(r).toMatchObject({
      action: "pass",
      protocol: "udp",
      direction: "<>",
      sourcePort: [],
      destination: [{ value: "35.171.240.32/32", negated: false }],
      destinationPort: [{ from: 4242, to: 4242 }],
      sid: "9",
    });
    expect(r.text).toBe("pass udp $HOME_NET ANY <> 35.171.240.32/32 4242 (sid:9;)");
  });

  it("locates rule lines in YAML block scalars and in JSON strings", () => {
    const yaml = 'RulesString: |\n  pass udp a b -> c d (sid:1;)\n  drop udp a b -> c d (msg:"x"; sid:2;)\n';
    const y = lineFinder(yaml, { file: "t.yaml", line: 1, column: 14 });
    expect(y("pass udp a b -> c d (sid:1;)")).toMatchObject({ line: 2, column: 3 });
    expect(y('drop udp a b -> c d (msg:"x"; sid:2;)')).toMatchObject({ line: 3, column: 3 });
    const json = '{\n  "RulesString": "pass udp a b -> c d (sid:1;)\\ndrop udp a b -> c d (msg:\\"x\\"; sid:2;)\\n"\n}';
    const j = lineFinder(json, { file: "t.json", line: 2, column: 18 });
    expect(j("pass udp a b -> c d (sid:1;)")).toMatchObject({ line: 2, column: 19 });
    expect(j('drop udp a b -> c d (msg:"x"; sid:2;)')).toMatchObject({ line: 2, column: 49 });
    expect(j("not there")).toMatchObject({ line: 2, column: 18 });
  });
});

describe("squid.conf", () => {
  it("keeps acl and http_access lines with their lines, flags and negations", () => {
    const p = parseSquid(
      "squid.conf",
      [
        "# comment",
        "acl localnet src 10.0.0.0/8 # RFC 1918",
        "acl gitpod dstdomain -i .gitpod.io \\",
        "   .gitpod.dev",
        'acl listed dstdomain "/etc/squid/allowed"',
        "http_access deny CONNECT !SSL_ports",
        "include /etc/squid/conf.d/*.conf",
        "ssl_bump peek all",
        "ssl_bump bump all",
      ].join("\n"),
    );
    expect(p.acls).toEqual([
      { name: "localnet", type: "src", flags: [], values: ["10.0.0.0/8"], location: { file: "squid.conf", line: 2, column: 1 } },
      {
        name: "gitpod",
        type: "dstdomain",
        flags: ["-i"],
        values: [".gitpod.io", ".gitpod.dev"],
        location: { file: "squid.conf", line: 3, column: 1 },
      },
      { name: "listed", type: "dstdomain", flags: ["file"], values: [], location: { file: "squid.conf", line: 5, column: 1 } },
    ]);
    expect(p.httpAccess).toEqual([
      {
        action: "deny",
        acls: [
          { name: "CONNECT", negated: false },
          { name: "SSL_ports", negated: true },
        ],
        location: { file: "squid.conf", line: 6, column: 1 },
      },
    ]);
    expect(p.unsupported.map((u) => [u.feature, u.location.line])).toEqual([
      ["the include directive", 7],
      ["ssl_bump bump", 9],
    ]);
  });
});

describe("iptables-save", () => {
  it("inlines user chains: jump conditions added, RETURN and goto conditions excluded", () => {
    const fw = parseIptablesSave(
      "ipt",
      [
        "*nat",
        ":OUTPUT ACCEPT [0:0]",
        "-A OUTPUT -j DROP",
        "COMMIT",
        "*filter",
        ":INPUT ACCEPT [0:0]",
        ":OUTPUT DROP [0:0]",
        ":EGRESS - [0:0]",
        ":TAIL - [0:0]",
        "-A OUTPUT -p tcp -j EGRESS",
        "-A OUTPUT -g TAIL",
        "-A OUTPUT -j ACCEPT",
        "-A EGRESS ! -d 10.0.0.0/8 -m multiport --dports 443,8443 -j ACCEPT",
        "-A EGRESS -d 169.254.0.0/16 -j RETURN",
        "-A EGRESS -m owner --uid-owner 0 -j LOG --log-prefix x",
        "-A EGRESS -j REJECT --reject-with tcp-reset",
        "-A TAIL -j ACCEPT",
        "COMMIT",
      ].join("\n"),
    );
    const out = fw.chains.find((c) => c.name === "OUTPUT")!;
    expect(out.policy).toBe("DROP");
    expect(out.rules.map((r) => [r.target, r.via, r.location.line])).toEqual([
      ["ACCEPT", ["EGRESS"], 13],
      ["REJECT", ["EGRESS"], 16],
      ["ACCEPT", ["TAIL"], 17],
      ["ACCEPT", [], 12],
    ]);
    expect(out.rules[0]!.matches).toEqual([
      { kind: "protocol", values: ["tcp"], negated: false },
      { kind: "destination", values: ["10.0.0.0/8"], negated: true },
      { kind: "dport", values: ["443", "8443"], negated: false },
    ]);
    expect(out.rules[1]!.unless).toEqual([[{ kind: "destination", values: ["169.254.0.0/16"], negated: false }]]);
    // after the goto the chain does not resume
    expect(out.rules[3]!.unless).toEqual([[]]);
    expect(fw.chains.map((c) => c.name)).toEqual(["OUTPUT", "INPUT"]);
  });

  it("a jump loop is left as a target Rego cannot decide", () => {
    const fw = parseIptablesSave(
      "ipt",
      ["*filter", ":OUTPUT ACCEPT [0:0]", ":A - [0:0]", "-A OUTPUT -j A", "-A A -j A", "COMMIT"].join("\n"),
    );
    expect(fw.chains[0]!.rules.map((r) => r.target)).toEqual(["A (loop or too deep)"]);
  });
});

describe("detection", () => {
  const detect = (path: string) => loaders.find((l) => l.detect(fileFromText(path, readFileSync(path, "utf8"))))?.name;
  it.each([
    ["fixtures/network-firewall/compliant/policy.json", "network-firewall"],
    ["fixtures/network-firewall/compliant/gitpod-domains.json", "network-firewall"],
    ["fixtures/nacls/compliant.describe-network-acls.json", "describe-network-acls"],
    ["fixtures/squid/compliant/squid.conf", "squid"],
    ["fixtures/iptables/compliant.rules", "iptables-save"],
    ["fixtures/network-firewall/cloudformation/runner-firewall.yaml", "cloudformation"],
  ])("%s → %s", (path, name) => {
    expect(detect(path)).toBe(name);
  });
});

describe("network input schema", () => {
  const schema = JSON.parse(readFileSync("schemas/input/network.schema.json", "utf8"));
  const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  const all = ["fixtures/network-firewall", "fixtures/nacls", "fixtures/squid", "fixtures/iptables"].flatMap(files);
  const ctx = { config: { runner: "standard" as const }, parameters: {} };
  it.each(all)("%s", (path) => {
    const file = fileFromText(path, readFileSync(path, "utf8"));
    const loader = loaders.find((l) => l.detect(file))!;
    for (const doc of loader.load(file, ctx)) {
      expect(doc.kind).toBe("network");
      validate(doc.input);
      expect(validate.errors ?? []).toEqual([]);
    }
  });
});
