// AWS Network Firewall exports (describe-firewall-policy + describe-rule-group, one folder = one
// input) and CloudFormation, end to end: statuses and the rule each verdict names, with its line.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { ENTERPRISE, STANDARD_EGRESS, engine, expectAll, lineOf, run } from "./helpers.js";

const dir = (name: string) => `fixtures/network-firewall/${name}`;

describe("Network Firewall exports", () => {
  it("a strict-order allow list with the gateway UDP rule satisfies every requirement", () => {
    const r = run(dir("compliant"));
    expectAll(r, STANDARD_EGRESS, "satisfied");
    expect(r.status["aws.imds"]).toBe("not-applicable");
    expect(r.evidence("aws.imds")[0]!.message).toMatch(/link-local.*do not filter it/);
    expect(r.status["aws.logs"]).toBe("not-applicable");
    expect(r.result.findings).toEqual([]);
    // the policy finds its groups by ARN in the other files of the folder
    expect(r.result.inputs.map((i) => i.loader)).toEqual(["network-firewall", "network-firewall", "network-firewall"]);
    const ev = r.evidence("gitpod.gateway-https").find((e) => e.message.includes("*.us01.gitpod.dev"))!;
    expect(ev.message).toContain("the domain list of rule group gitpod-domains allows .us01.gitpod.dev");
    expect(ev.location).toMatchObject({
      file: `${dir("compliant")}/gitpod-domains.json`,
      line: lineOf(`${dir("compliant")}/gitpod-domains.json`, '".us01.gitpod.dev"'),
    });
  });

  it("strict order: a drop in a higher-priority group shadows the allow list", () => {
    const r = run(dir("strict-order-shadowing"));
    expect(r.status["gitpod.gateway-https"]).toBe("violated");
    const [ev] = r.evidence("gitpod.gateway-https");
    expect(ev!.rule).toBe("egress/allowlist");
    expect(ev!.message).toMatch(
      /drops TCP (443|8443) to .*us01\.gitpod\.dev.*rule group block-dev-domains, rule drop tls \$HOME_NET any -> \$EXTERNAL_NET any/,
    );
    const file = `${dir("strict-order-shadowing")}/block-dev-domains.json`;
    expect(ev!.location).toMatchObject({ file, line: lineOf(file, "RulesString") });
    // the rest of the list still works
    expect(r.status["gitpod.management"]).toBe("satisfied");
    expect(r.status["gitpod.gateway-udp"]).toBe("satisfied");
  });

  it("a pass tcp 443 before the SNI rules passes every host on 443, but not 8443", () => {
    const r = run(dir("pass-tcp-443"));
    const web = `${dir("pass-tcp-443")}/web-egress.json`;
    // not in the allow list, passed anyway
    expect(r.status["gitpod.management"]).toBe("satisfied");
    expect(r.evidence("vscode.marketplace")[0]).toMatchObject({ location: { file: web, line: lineOf(web, "RulesString") } });
    expect(r.evidence("vscode.marketplace")[0]!.message).toContain(
      "rule group web-egress, rule pass tcp $HOME_NET any -> $EXTERNAL_NET 443",
    );
    // the gateway's 8443 is judged by the allow list, which lacks .us01.gitpod.dev
    expect(r.status["gitpod.gateway-https"]).toBe("violated");
    const blocked = r.evidence("gitpod.gateway-https");
    expect(blocked.every((e) => / TCP 8443 /.test(e.message))).toBe(true);
    expect(r.evidence("gitpod.gateway-https", "satisfied").some((e) => / TCP 443 to \*\.us01\.gitpod\.dev/.test(e.message))).toBe(true);
  });

  it("aws:drop_established without a UDP pass drops the gateway tunnels", () => {
    const r = run(dir("drop-established-no-udp"));
    expect(r.status["gitpod.gateway-udp"]).toBe("violated");
    const [ev] = r.evidence("gitpod.gateway-udp");
    expect(ev!.message).toContain("drops UDP 4242 to 13.216.138.24, 35.171.240.32, 35.171.31.215, 44.223.157.13, 54.163.142.39");
    expect(ev!.message).toContain("aws:drop_established");
    const file = `${dir("drop-established-no-udp")}/policy.json`;
    expect(ev!.location).toMatchObject({ file, line: lineOf(file, "StatefulDefaultActions") });
    expect(r.evidence("gitpod.gateway-udp", "not-applicable")[0]!.message).toContain("UDP carries no host name");
    expect(r.status["gitpod.gateway-https"]).toBe("satisfied");
  });

  it("a partial list of gateway IPs: the missing ones are blocked", () => {
    const r = run(dir("partial-gateway-ips"));
    expect(r.status["gitpod.gateway-udp"]).toBe("violated");
    expect(r.evidence("gitpod.gateway-udp").map((e) => e.message.match(/to ([0-9., ]+) \(/)![1])).toEqual(["35.171.31.215, 54.163.142.39"]);
    expect(r.evidence("gitpod.gateway-udp", "satisfied").map((e) => e.message.match(/to ([0-9., ]+) \(/)![1])).toEqual([
      "13.216.138.24, 35.171.240.32, 44.223.157.13",
    ]);
  });

  it("exact names are only themselves: wildcards need a leading dot", () => {
    const r = run(dir("exact-names"));
    const file = `${dir("exact-names")}/gitpod-domains.json`;
    for (const id of ["vscode.unpkg", "vscode.assets"]) {
      expect(r.status[id], id).toBe("violated");
      expect(r.evidence(id)[0]!.location).toMatchObject({ file, line: lineOf(file, "RulesSourceList") });
    }
    // us01.gitpod.dev is listed: the apex on 8443 passes, the wildcard does not
    expect(r.status["gitpod.gateway-https"]).toBe("violated");
    expect(r.evidence("gitpod.gateway-https").map((e) => e.message)).toEqual(
      [expect.stringContaining("TCP 443 to *.us01.gitpod.dev"), expect.stringContaining("TCP 8443 to *.us01.gitpod.dev")].sort(),
    );
    const apex = r.evidence("gitpod.gateway-https", "satisfied")[0]!;
    expect(apex.message).toContain("TCP 8443 to us01.gitpod.dev");
    expect(apex.location).toMatchObject({ file, line: lineOf(file, '"us01.gitpod.dev"') });
    // the three JetBrains download hosts are each listed
    expect(r.status["jetbrains.download"]).toBe("satisfied");
    // the action order: traffic no rule matches (UDP) passes
    expect(r.status["gitpod.gateway-udp"]).toBe("satisfied");
  });

  it("aws:drop_strict drops the TCP handshake that TLS rules cannot see", () => {
    const r = run(dir("drop-strict-handshake"));
    expect(r.status["gitpod.management"]).toBe("violated");
    const [ev] = r.evidence("gitpod.management");
    expect(ev!.message).toContain("drops the TCP handshake");
    expect(ev!.message).toContain("aws:drop_strict");
    expect(r.status["gitpod.gateway-udp"]).toBe("satisfied");
  });

  it("an AWS-managed group ahead of the allow list makes every verdict unknown, never satisfied", () => {
    const r = run(dir("managed-group"));
    expectAll(r, STANDARD_EGRESS, "unknown");
    const [ev] = r.evidence("gitpod.management");
    expect(ev!.message).toContain("is AWS-managed and its rules are not in the inputs");
    const file = `${dir("managed-group")}/policy.json`;
    // the reference object that names it
    expect(ev!.location).toMatchObject({ file, line: lineOf(file, "aws-managed") - 1 });
    expect(r.result.findings.every((f) => f.severity === "warning")).toBe(true);
  });

  it("a policy without its rule groups is unknown (the group is not in the inputs)", () => {
    const r = run(`${dir("compliant")}/policy.json`);
    expectAll(r, STANDARD_EGRESS, "unknown");
    expect(r.evidence("gitpod.management")[0]!.message).toContain(
      "is not in the inputs (export it with aws network-firewall describe-rule-group)",
    );
  });

  it("an Enterprise runner needs no gateway", () => {
    const r = run(dir("drop-established-no-udp"), ENTERPRISE);
    expect(r.status["gitpod.gateway-udp"]).toBe("not-applicable");
    expect(r.status["aws.acm"]).toBe("satisfied");
  });
});

describe("Network Firewall in CloudFormation", () => {
  const file = "fixtures/network-firewall/cloudformation/runner-firewall.yaml";

  it("locates each Suricata rule of a RulesString on its own line", () => {
    const r = run(file);
    expect(r.status["gitpod.gateway-udp"]).toBe("satisfied");
    expect(r.evidence("gitpod.gateway-udp")[0]!.location).toMatchObject({ file, line: lineOf(file, "pass udp $HOME_NET"), column: 13 });
  });

  it("resolves !GetAtt Group.RuleGroupArn to the template's group", () => {
    const r = run(file);
    expect(r.status["gitpod.management"]).toBe("satisfied");
    expect(r.evidence("gitpod.management")[0]!.location).toMatchObject({ file, line: lineOf(file, "- .gitpod.io") });
  });

  it("a name without a leading dot leaves the wildcard out", () => {
    const r = run(file);
    expect(r.status["gitpod.gateway-https"]).toBe("violated");
    expect(r.evidence("gitpod.gateway-https")[0]!.location).toMatchObject({ file, line: lineOf(file, "RulesSourceList:") });
  });

  it("an interface endpoint turns the missing *.amazonaws.com rule into a note for its service only", () => {
    const r = run(file, { runner: "standard", region: "eu-west-1" });
    expect(r.status["aws.ec2"]).toBe("unknown");
    const [note] = r.evidence("aws.ec2");
    expect(note!.rule).toBe("egress/vpc-endpoint");
    expect(note!.message).toContain("VPC endpoint Ec2Endpoint (com.amazonaws.eu-west-1.ec2) serves ec2.eu-west-1.amazonaws.com");
    const finding = r.result.findings.find((f) => f.requirement === "aws.ec2")!;
    expect(finding.severity).toBe("note");
    // S3 has no endpoint: still violated
    expect(r.status["aws.s3"]).toBe("violated");
    // and without --region the endpoint still serves com.amazonaws.<region>.ec2
    expect(run(file).evidence("aws.ec2")[0]!.rule).toBe("egress/vpc-endpoint");
  });
});

describe("Network Firewall at scale", () => {
  it("800 rules (Suricata drops and a 300-name allow list) are judged in well under a few seconds", () => {
    const arn = (n: string) => `arn:aws:network-firewall:us-east-1:111122223333:stateful-rulegroup/${n}`;
    const rules = Array.from(
      { length: 500 },
      (_, i) =>
        `drop tls $HOME_NET any -> $EXTERNAL_NET any (tls.sni; content:"blocked${i}.example.com"; startswith; endswith; nocase; flow:to_server, established; sid:${i + 1};)`,
    );
    rules.push("pass udp $HOME_NET any -> any 4242 (sid:9999;)");
    const targets = Array.from({ length: 300 }, (_, i) => `.site${i}.example.org`).concat([
      ".gitpod.io",
      ".us01.gitpod.dev",
      ".amazonaws.com",
    ]);
    const policy = {
      FirewallPolicyResponse: { FirewallPolicyName: "p", FirewallPolicyArn: "arn:p" },
      FirewallPolicy: {
        StatelessDefaultActions: ["aws:forward_to_sfe"],
        StatelessFragmentDefaultActions: ["aws:forward_to_sfe"],
        StatefulRuleGroupReferences: [
          { ResourceArn: arn("g1"), Priority: 1 },
          { ResourceArn: arn("g2"), Priority: 2 },
        ],
        StatefulEngineOptions: { RuleOrder: "STRICT_ORDER" },
        StatefulDefaultActions: ["aws:drop_established"],
      },
    };
    const g1 = {
      RuleGroup: { RulesSource: { RulesString: rules.join("\n") } },
      RuleGroupResponse: { RuleGroupArn: arn("g1"), RuleGroupName: "g1", Type: "STATEFUL" },
    };
    const g2 = {
      RuleGroup: {
        RulesSource: { RulesSourceList: { Targets: targets, TargetTypes: ["TLS_SNI", "HTTP_HOST"], GeneratedRulesType: "ALLOWLIST" } },
      },
      RuleGroupResponse: { RuleGroupArn: arn("g2"), RuleGroupName: "g2", Type: "STATEFUL" },
    };
    const started = Date.now();
    const r = check(
      [
        { path: "p.json", text: JSON.stringify(policy) },
        { path: "g1.json", text: JSON.stringify(g1) },
        { path: "g2.json", text: JSON.stringify(g2) },
      ],
      { config: { runner: "standard" }, engine },
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const status = Object.fromEntries(r.requirements.map((x) => [x.id, x.status]));
    expect(status["gitpod.management"]).toBe("satisfied");
    expect(status["gitpod.gateway-udp"]).toBe("satisfied");
    expect(status["vscode.marketplace"]).toBe("violated");
  });
});

describe("AWS's own Network Firewall guidance, as written", () => {
  const config = { runner: "standard" as const, region: "us-east-1", vpcCidrs: ["10.20.0.0/16"] };

  it("the egress allow list with AWS's default block rules: SSM passes by its SNI rule, every other TLS name is rejected by the JA4 rule, UDP 4242 is dropped", () => {
    const d = dir("aws-default-block-rules");
    const file = `${d}/egress-allow-list.json`;
    const r = run(d, config);
    expect(r.status["aws.ssm"]).toBe("satisfied");
    expect(r.evidence("aws.ssm")[0]!.message).toContain('content:"ssm.us-east-1.amazonaws.com"; startswith; nocase; endswith');
    const tls = STANDARD_EGRESS.filter((id) => !["aws.ssm", "gitpod.gateway-udp"].includes(id));
    for (const id of tls) {
      expect(r.status[id], id).toBe("violated");
      for (const ev of r.evidence(id)) {
        expect(ev.message, id).toMatch(/before any rule passes it: rule group egress-allow-list, rule reject tls .*sid:999991;\)/);
        expect(ev.location).toMatchObject({ file, line: lineOf(file, "RulesString") });
      }
    }
    // the 8443 of the gateway too: no rule lets TLS through on any port
    expect(r.evidence("gitpod.gateway-https").some((e) => / TCP 8443 /.test(e.message))).toBe(true);
    expect(r.status["gitpod.gateway-udp"]).toBe("violated");
    expect(r.evidence("gitpod.gateway-udp")[0]!.message).toMatch(/rule drop udp .*sid:999995;\)/);
    // "tls.sni; content:".ru"" cannot match a single label under *.us01.gitpod.dev: no unknown from it
    expect(r.result.findings.some((f) => f.message.includes("sid:202501048"))).toBe(false);
  });

  it("the guide's complete template with the application-layer default actions: the gateway's 8443 is rejected by name, the domain categories are not knowable offline", () => {
    const d = dir("aws-guide-template");
    const file = `${d}/best-practice-rules.json`;
    const r = run(d, config);
    // reject tls $HOME_NET any -> any !443 comes before the allow list
    expect(r.status["gitpod.gateway-https"]).toBe("violated");
    const [blocked] = r.evidence("gitpod.gateway-https");
    expect(blocked!.message).toMatch(/drops TCP 8443 to .*rule reject tls \$HOME_NET any -> any !443 .*sid:202501031;\)/);
    expect(blocked!.location).toMatchObject({ file, line: lineOf(file, "RulesString") });
    // names in no pass rule: dropped by the default action whatever the categories say
    expect(r.status["registry.mcr"]).toBe("violated");
    expect(r.evidence("registry.mcr")[0]!.message).toContain("the default action aws:drop_established_app_layer_to_server drops");
    // an allow-listed name: AWS's category database decides first, which no offline tool can read
    expect(r.status["gitpod.management"]).toBe("unknown");
    expect(r.evidence("gitpod.management")[0]!.message).toMatch(
      /aws_domain_category:Command and Control.* may or may not match it; runnerlint does not evaluate: aws_domain_category\.$/,
    );
    // the tunnels pass by their rule; QUIC, ICMP and the HOME_NET alert rules do not touch them
    expect(r.status["gitpod.gateway-udp"]).toBe("satisfied");
    expect(r.evidence("gitpod.gateway-udp")[0]!.message).toContain("sid:100008");
  });

  it("without the category rules the same template passes the allow list, the pcre rule included", () => {
    const d = dir("aws-guide-template");
    const group = JSON.parse(readFileSync(`${d}/best-practice-rules.json`, "utf8"));
    group.RuleGroup.RulesSource.RulesString = group.RuleGroup.RulesSource.RulesString.split("\n")
      .filter((l: string) => !/aws_(domain|url)_category/.test(l))
      .join("\n");
    const r = check(
      [
        { path: `${d}/policy.json`, text: readFileSync(`${d}/policy.json`, "utf8") },
        { path: `${d}/best-practice-rules.json`, text: JSON.stringify(group) },
      ],
      { config, engine },
    );
    const status = Object.fromEntries(r.requirements.map((x) => [x.id, x.status]));
    expect(status["gitpod.management"]).toBe("satisfied");
    // pcre:"/(^|\.)(visualstudio\.com|vsassets\.io)$/i" on one name: exact
    expect(status["vscode.marketplace"]).toBe("satisfied");
    // and under a wildcard: a regex on an unknown label is not decided
    expect(status["vscode.assets"]).toBe("unknown");
    expect(status["gitpod.gateway-https"]).toBe("violated");
  });
});
