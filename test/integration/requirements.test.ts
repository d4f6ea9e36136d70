// `runnerlint requirements`: what applies to a runner, and round trips: every generated artifact,
// checked by runnerlint itself, comes out fully satisfied (no finding, nothing unknown or violated).
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, defaultEngine, type CheckResult } from "../../src/check.js";
import { parseConfigText, resolveConfig } from "../../src/config/index.js";
import { applicableRequirements, generate, PENDING_FORMATS } from "../../src/requirements-gen/index.js";
import type { RunConfig } from "../../src/model/config.js";
import { loaders } from "../../src/inputs/registry.js";

const engine = defaultEngine();
const catalogue = engine.catalogue;

function fullySatisfied(r: CheckResult, expectIds: string[]): void {
  expect(r.errors).toEqual([]);
  expect(r.findings).toEqual([]);
  const byStatus = Object.fromEntries(r.requirements.map((q) => [q.id, q.status]));
  for (const id of expectIds) expect(byStatus[id], id).toBe("satisfied");
  expect(
    r.requirements.every((q) => q.status === "satisfied" || q.status === "not-applicable"),
    JSON.stringify(byStatus),
  ).toBe(true);
}

describe("round trips: the artifact passes runnerlint's own rules", () => {
  const SG_STANDARD = [
    "sg.ssh-ingress",
    "sg.runner-ingress",
    "sg.egress",
    "sg.runner-port-exposed",
    "sg.healthcheck-exposed",
    "sg.ssh-world-open",
  ];

  it("security groups for a Standard runner (users' CIDR as the parameter default)", () => {
    const config: RunConfig = { runner: "standard", region: "eu-west-1" };
    const text = generate("security-group", catalogue, { ...config, usersCidr: "198.51.100.0/24" });
    fullySatisfied(check([{ path: "sg.yaml", text }], { config, engine }), SG_STANDARD);
  });

  it("security groups without --users-cidr: unknown until the parameter is given, then satisfied", () => {
    const config: RunConfig = { runner: "standard" };
    const text = generate("security-group", catalogue, config);
    const open = check([{ path: "sg.yaml", text }], { config, engine });
    expect(open.requirements.find((q) => q.id === "sg.ssh-ingress")!.status).toBe("unknown"); // fail closed
    fullySatisfied(check([{ path: "sg.yaml", text }], { config, engine, parameters: { UsersCidr: "203.0.113.0/24" } }), SG_STANDARD);
  });

  it("security groups for an Enterprise runner (egress only; the inbound rules are Standard's)", () => {
    const config: RunConfig = { runner: "enterprise", region: "us-east-1" };
    const text = generate("security-group", catalogue, config);
    expect(text).not.toMatch(/29222|22999|UsersCidr/);
    fullySatisfied(check([{ path: "sg.yaml", text }], { config, engine }), ["sg.egress"]);
  });

  it("security groups for VS Code only, with declared hosts and CloudWatch Logs", () => {
    const r = resolveConfig({
      file: parseConfigText("c.yaml", "ides: [vscode]\nfeatures: {logs: true}\nscm: {gitlab: 'https://git.example.com:8443'}\n"),
      engine,
    });
    const text = generate("security-group", catalogue, { ...r.run, usersCidr: "198.51.100.0/24" });
    expect(text).toMatch(/FromPort: 8443/);
    fullySatisfied(check([{ path: "sg.yaml", text }], { config: r.run, engine }), SG_STANDARD);
  });

  it.each(["standard", "enterprise"] as const)("the AMI-owner SCP for a %s runner", (runner) => {
    const config: RunConfig = { runner, region: "eu-west-1" };
    const text = generate("scp", catalogue, config);
    expect(JSON.parse(text).Statement[0].Condition.StringNotEquals["ec2:Owner"]).toEqual(["149721548608", "995913728426", "amazon"]);
    fullySatisfied(check([{ path: "scp.json", text }], { config, engine }), [
      "ami.owner-amazon",
      "ami.owner-gitpod",
      "ami.allowlist-by-owner",
      "aws.ec2",
    ]);
  });

  it("the NO_PROXY value for an Enterprise runner behind a proxy", () => {
    const config: RunConfig = { runner: "enterprise" };
    const value = generate("no-proxy", catalogue, config).trim();
    expect(value).toBe(".internal,169.254.0.0/16,169.254.169.254,169.254.170.2,app.gitpod.io,.amazonaws.com");
    fullySatisfied(check([], { config: { ...config, proxy: { noProxy: value } }, engine }), [
      "noproxy.internal",
      "noproxy.link-local",
      "noproxy.management",
      "noproxy.amazonaws",
    ]);
    // The same value as a .env file, behind a proxy.
    const env = `HTTPS_PROXY=http://proxy.example:3128\nHTTP_PROXY=http://proxy.example:3128\nNO_PROXY=${value}\nno_proxy=${value}\n`;
    fullySatisfied(check([{ path: "runner.env", text: env }], { config, engine }), ["noproxy.internal", "noproxy.management"]);
  });

  it.each(["standard", "enterprise"] as const)("the Network Firewall policy and rule group for a %s runner", (runner) => {
    const r = resolveConfig({
      file: parseConfigText("c.yaml", `runner: ${runner}\nregion: eu-west-1\nscm: {gitlab: "https://git.example.com:8443"}\n`),
      engine,
    });
    const text = generate("network-firewall", catalogue, r.run);
    const docs = JSON.parse(text);
    expect(docs[0].RuleGroup.RulesSource.RulesSourceList.Targets).toEqual(
      expect.arrayContaining(["app.gitpod.io", "ec2.eu-west-1.amazonaws.com", ".dkr.ecr.eu-west-1.amazonaws.com", "git.example.com"]),
    );
    fullySatisfied(check([{ path: "nfw.json", text }], { config: r.run, engine }), [
      "gitpod.management",
      "gitpod.releases",
      "aws.ec2",
      "aws.ecr",
      "registry.mcr",
    ]);
  });

  it.each(["standard", "enterprise"] as const)("the Network Firewall CloudFormation template for a %s runner", (runner) => {
    const config: RunConfig = { runner, region: "eu-west-1", accountId: "111122223333" };
    const text = generate("network-firewall-cfn", catalogue, config);
    const t = JSON.parse(text);
    expect(t.Resources.GitpodRunnerEgressRuleGroup.Type).toBe("AWS::NetworkFirewall::RuleGroup");
    expect(t.Resources.GitpodRunnerFirewallPolicy.Properties.FirewallPolicy.StatefulRuleGroupReferences).toEqual([
      { ResourceArn: { Ref: "GitpodRunnerEgressRuleGroup" } },
    ]);
    fullySatisfied(check([{ path: "nfw.template.json", text }], { config, engine }), [
      "gitpod.management",
      "gitpod.releases",
      "aws.ec2",
      "aws.ecr",
      "registry.mcr",
    ]);
  });

  it("the squid access lines: no finding, nothing violated, every requirement the squid rules judge satisfied", () => {
    const config: RunConfig = { runner: "standard", region: "eu-west-1", accountId: "111122223333" };
    const text = generate("squid", catalogue, config);
    expect(text).toMatch(/^acl runnerlint_hosts_443 dstdomain 111122223333\.dkr\.ecr\.eu-west-1\.amazonaws\.com$/m);
    expect(text).toMatch(/^http_access deny all$/m);
    const r = check([{ path: "squid.conf", text }], { config, engine });
    expect(r.errors).toEqual([]);
    expect(r.findings).toEqual([]);
    for (const q of r.requirements) {
      // Requirements squid does not carry (AWS APIs and app.gitpod.io go direct through NO_PROXY,
      // UDP never goes through a proxy) are not applicable to it; everything else is satisfied.
      expect(q.status === "satisfied" || q.status === "not-applicable", `${q.id}: ${q.status} ${JSON.stringify(q.evidence)}`).toBe(true);
    }
    expect(r.requirements.filter((q) => q.status === "satisfied").map((q) => q.id)).toEqual(
      expect.arrayContaining(["gitpod.releases", "gitpod.gateway-https", "registry.mcr", "vscode.marketplace"]),
    );
  });

  it("squid and Network Firewall artifacts need --region", () => {
    expect(() => generate("squid", catalogue, { runner: "standard" })).toThrow(/--format squid needs --region/);
    expect(() => generate("network-firewall", catalogue, { runner: "standard" })).toThrow(/--format network-firewall needs --region/);
  });

  it("end to end through the CLI: generate to a file, check it, exit 0", () => {
    const BIN = join(process.cwd(), "bin", "runnerlint.js");
    const out = join(tmpdir(), `runnerlint-sg-${process.pid}.yaml`);
    const gen = spawnSync(
      process.execPath,
      [
        BIN,
        "requirements",
        "--runner",
        "standard",
        "--format",
        "security-group",
        "--users-cidr",
        "198.51.100.0/24",
        "--output",
        out,
        "--no-config",
      ],
      { encoding: "utf8" },
    );
    expect(gen.status, gen.stderr).toBe(0);
    const chk = spawnSync(process.execPath, [BIN, "check", out, "--no-config", "--fail-on", "note", "--fail-on-unknown"], {
      encoding: "utf8",
    });
    expect(chk.status, chk.stdout).toBe(0);
  });
});

describe("applicable requirements", () => {
  it("fill in the region and the account id; templates only through declared instances", () => {
    const reqs = applicableRequirements(catalogue, { runner: "standard", region: "eu-west-1", accountId: "111122223333" });
    const ecr = reqs.find((r) => r.id === "aws.ecr")!;
    expect(ecr.destinations[0]!.host).toBe("111122223333.dkr.ecr.eu-west-1.amazonaws.com");
    expect(reqs.some((r) => r.id.includes("<name>") || r.id === "metrics.prometheus")).toBe(false);
    expect(reqs.some((r) => r.id === "aws.acm")).toBe(false); // Enterprise only
    expect(reqs.some((r) => r.id === "gitpod.gateway-udp")).toBe(true); // Standard only
    expect(reqs.some((r) => r.id === "aws.logs")).toBe(false); // optional, off by default
  });

  it("follow the IDEs, the features and the declared hosts", () => {
    const r = resolveConfig({
      file: parseConfigText(
        "c.yaml",
        "runner: enterprise\nides: [jetbrains]\nfeatures: {logs: true, prometheus: prom.example.com}\nregistries: {dockerhub: [registry-1.docker.io, auth.docker.io]}\n",
      ),
      engine,
    });
    const ids = applicableRequirements(catalogue, r.run).map((x) => x.id);
    expect(ids).toContain("jetbrains.download");
    expect(ids).not.toContain("vscode.marketplace");
    expect(ids).toEqual(expect.arrayContaining(["aws.logs", "metrics.prometheus", "registry.dockerhub", "aws.acm", "noproxy.internal"]));
    expect(ids).not.toContain("gitpod.gateway-udp");
  });

  it("json and markdown list them", () => {
    const json = JSON.parse(generate("json", catalogue, { runner: "standard", region: "eu-west-1" }));
    expect(json).toMatchObject({
      version: 1,
      runner: "standard",
      region: "eu-west-1",
      tool: { name: "runnerlint", catalogueVersion: catalogue.version },
    });
    expect(json.requirements.find((r: { id: string }) => r.id === "aws.s3").destinations).toEqual([
      { host: "s3.eu-west-1.amazonaws.com", protocol: "tcp", ports: [443], scheme: "https" },
    ]);
    const md = generate("markdown", catalogue, { runner: "standard" });
    expect(md).toMatch(/\| `gitpod\.management` \| `app\.gitpod\.io` \| TCP \(https\) \| 443 \|/);
    expect(md).toMatch(/Pass --region to fill in `<region>`/);
  });

  it("every artifact format has a loader that reads it back (the round trips above)", () => {
    const r = spawnSync(
      process.execPath,
      [join(process.cwd(), "bin", "runnerlint.js"), "requirements", "--format", "iptables", "--no-config"],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /--format must be one of json, markdown, no-proxy, security-group, scp, squid, network-firewall, network-firewall-cfn/,
    );
    expect(PENDING_FORMATS).toEqual([]);
    for (const f of ["squid", "network-firewall"]) expect(loaders.map((l) => l.name)).toContain(f);
  });
});
