// Scope (design.md): runnerlint judges the runner's resources, not the repository. Unrelated stacks
// stay silent, change no requirement and cost no evaluation; the runner's verdicts are the same
// with or without them.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { check, defaultEngine, type CheckOptions } from "../../src/check.js";
import type { CheckResult } from "../../src/model/result.js";
import { PolicyEngine } from "../../src/engine/policy.js";
import type { InputKind, Verdict } from "../../src/engine/types.js";
import type { RunConfig } from "../../src/model/config.js";
import { toSarif } from "../../src/report/sarif.js";
import { templatesIn, unrelatedTemplates } from "./corpus.js";

const BIN = join(process.cwd(), "bin", "runnerlint.js");
const config: RunConfig = { runner: "standard" };

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An engine that counts its evaluations. */
class CountingEngine extends PolicyEngine {
  evaluations = 0;
  override evaluate(kind: InputKind, input: object): Verdict[] {
    this.evaluations++;
    return super.evaluate(kind, input);
  }
}

/** What a user compares between two runs: the table, the findings, the groups taken as the runner's. */
function verdictsOf(r: CheckResult) {
  return { requirements: r.requirements, findings: r.findings, runner: r.scope.runnerGroups, errors: r.errors.map((e) => e.format()) };
}

let unrelated: string[] = [];
beforeAll(() => {
  // Those that load (cfn-lint's good set holds constructs runnerlint cannot read yet: issue 12).
  const all = unrelatedTemplates();
  const loaded = check(all, { config });
  const broken = new Set(loaded.errors.map((e) => e.file));
  unrelated = all.filter((f) => !broken.has(f));
}, 120_000);

describe("a folder of real templates with no runner in it", () => {
  it("has many templates, and security groups among them", () => {
    expect(unrelated.length).toBeGreaterThan(60);
    const groups = unrelated.filter((f) => readFileSync(f, "utf8").includes("AWS::EC2::SecurityGroup"));
    expect(groups.length).toBeGreaterThanOrEqual(8);
  });

  it("0 findings, every requirement not applicable, nothing evaluated, one note for the run", () => {
    const engine = new CountingEngine();
    const result = check(unrelated, { config, engine });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.requirements.length).toBeGreaterThan(20);
    for (const r of result.requirements) expect([r.id, r.status]).toEqual([r.id, "not-applicable"]);
    expect(engine.evaluations).toBe(0);
    expect(result.scope.runnerGroups).toEqual([]);
    expect(result.scope.note).toMatch(/^No security group was taken as the runner's: the \d+ group\(s\) in \d+ file\(s\)/);
    const network = result.inputs.filter((i) => i.kind === "network");
    expect(network.length).toBeGreaterThan(5);
    for (const i of network) expect(i).toMatchObject({ scenarios: 0, outOfScope: "no runner resources" });
    // SARIF: no alert at all, the note once for the run.
    const sarif = toSarif(result, engine) as {
      runs: { results: unknown[]; invocations: { toolExecutionNotifications?: { level: string; message: { text: string } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(
      sarif.runs[0]!.invocations[0]!.toolExecutionNotifications?.filter((n) => n.level === "warning").map((n) => n.message.text),
    ).toEqual([result.scope.note]);
  }, 60_000);

  it("from the CLI: exit 0, and the text says it once; --fail-on-unknown fails on the note; --scope all judges every group", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-unrelated-"));
    unrelated.forEach((f, i) => copyFileSync(f, join(dir, `${i}-${basename(f)}`)));
    const r = run(["check", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 errors, 0 warnings, 0 notes; requirements: 0 satisfied, 0 violated, 0 unknown, \d+ not applicable/);
    expect(r.stdout.match(/note: No security group was taken as the runner's/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/\d+ files out of scope, not evaluated \(no runner resources: \d+\)/);
    expect(run(["check", dir, "--fail-on-unknown"]).code).toBe(1);
    const all = run(["check", dir, "--scope", "all", "--format", "json"]);
    const report = JSON.parse(all.stdout);
    expect(report.scope.mode).toBe("all");
    expect(report.scope.runnerGroups.length).toBeGreaterThan(5);
    expect(report.findings.length).toBeGreaterThan(0);
  }, 60_000);
});

describe("unrelated templates beside the runner's change nothing", () => {
  // Every runner fixture that loads on its own, each with a random selection of unrelated templates.
  const fixtures = [
    ...templatesIn("fixtures/cloudformation").filter((f) => !f.includes("/loader/") && !f.includes("public-load-balancer")),
    "fixtures/securitygroup",
    "fixtures/noproxy/cloudformation/ecs-task.yaml",
    "fixtures/nacls/compliant.describe-network-acls.json",
    "fixtures/network-firewall/compliant",
  ];

  it("the requirement table, the findings and the scope note are those of the runner's files alone (property)", () => {
    const engine = defaultEngine();
    const alone = new Map(fixtures.map((f) => [f, check([f], { config, engine })]));
    for (const [f, r] of alone) expect(r.errors, f).toEqual([]);
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.subarray(unrelated, { minLength: 1, maxLength: 12 }),
        fc.nat(12),
        (fixture, extra, at) => {
          const sources = [...extra];
          sources.splice(at % (extra.length + 1), 0, fixture);
          const before = alone.get(fixture)!;
          const after = check(sources, { config, engine });
          expect(verdictsOf(after)).toEqual(verdictsOf(before));
          // The run's note: the same where the runner's groups were found. (Where the fixture has no
          // group at all, unrelated groups may bring the note that none of them is the runner's.)
          if (before.scope.runnerGroups.length) expect(after.scope.note).toEqual(before.scope.note);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it("evaluates the runner's files only", () => {
    const engine = new CountingEngine();
    check(["fixtures/cloudformation/gitpod-default.yaml"], { config, engine });
    const one = engine.evaluations;
    expect(one).toBeGreaterThan(0);
    check(["fixtures/cloudformation/gitpod-default.yaml", ...unrelated], { config, engine });
    expect(engine.evaluations).toBe(2 * one);
  }, 60_000);
});

describe("scope of the groups in one template", () => {
  const opts = (extra: Partial<RunConfig> = {}): CheckOptions => ({ config: { ...config, ...extra } });
  const status = (r: CheckResult) => Object.fromEntries(r.requirements.filter((q) => q.id.startsWith("sg.")).map((q) => [q.id, q.status]));

  it("a public load balancer open on every port and a web tier on 8000-10000 are not the runner's; --scope all judges them", () => {
    const f = "fixtures/cloudformation/scope/public-load-balancer.yaml";
    const r = check([f], opts());
    expect(r.findings).toEqual([]);
    expect(r.inputs).toEqual([
      { file: f, loader: "cloudformation", kind: "network", scenarios: 0, outOfScope: "no runner resources", groupsOutOfScope: 2 },
    ]);
    const all = check([f], opts({ scope: "all" }));
    expect(all.findings.map((x) => `${x.ruleId} ${x.resource}`).sort()).toEqual(
      expect.arrayContaining([
        "securitygroup/healthcheck-exposed PublicLoadBalancerSG",
        "securitygroup/runner-port-exposed PublicLoadBalancerSG",
        "securitygroup/healthcheck-exposed WebServerSG",
      ]),
    );
  });

  it("runner compute makes its group the runner's: the ECS service tagged runner, not the untagged one", () => {
    const r = check(["fixtures/cloudformation/scope/runner-service.yaml"], opts());
    expect(r.scope.runnerGroups).toEqual([
      { file: "fixtures/cloudformation/scope/runner-service.yaml", id: "RunnerTaskSG", role: "runner", roleFrom: "compute" },
    ]);
    expect(r.findings.map((f) => [f.ruleId, f.resource, f.location.line])).toEqual([
      ["securitygroup/healthcheck-exposed", "RunnerTaskSG", 17],
    ]);
    // No environments' group here: not applicable in this file, said once for the run.
    expect(status(r)).toMatchObject({
      "sg.ssh-ingress": "not-applicable",
      "sg.runner-ingress": "not-applicable",
      "sg.egress": "not-applicable",
      "sg.healthcheck-exposed": "violated",
    });
    expect(r.scope.note).toMatch(
      /^No environments' security group was found \(the runner's: RunnerTaskSG\), so sg\.egress, sg\.runner-ingress, sg\.ssh-ingress could not be judged/,
    );
  });

  it("the runner's service in one stack and the environments' group in another: each judged, no note", () => {
    const r = check(["fixtures/cloudformation/scope/runner-service.yaml", "fixtures/cloudformation/gitpod-default.yaml"], opts());
    expect(r.scope.note).toBeUndefined();
    expect(status(r)).toMatchObject({
      "sg.ssh-ingress": "satisfied",
      "sg.runner-ingress": "satisfied",
      "sg.egress": "satisfied",
      "sg.healthcheck-exposed": "violated",
    });
  });

  const template = (tags: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Db:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: a database that happens to use 22999
      VpcId: vpc-1
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22999, ToPort: 22999, CidrIp: 0.0.0.0/0}
${tags}`;

  it("a group that opens an environment port is inferred as the runner's; role none (tag, config, --sg-role) takes it out", () => {
    const inferred = check([{ path: "db.yaml", text: template("") }], opts());
    expect(inferred.findings.map((f) => f.ruleId)).toContain("securitygroup/runner-port-exposed");
    expect(inferred.scope.runnerGroups).toEqual([{ file: "db.yaml", id: "Db", role: "environment", roleFrom: "inferred" }]);
    const tagged = check([{ path: "db.yaml", text: template('      Tags: [{Key: "runnerlint:role", Value: none}]') }], opts());
    expect(tagged.findings).toEqual([]);
    expect(tagged.inputs[0]).toMatchObject({ outOfScope: "no runner resources" });
    expect(check([{ path: "db.yaml", text: template("") }], opts({ securityGroupRoles: { Db: "none" } })).findings).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-none-"));
    writeFileSync(join(dir, "db.yaml"), template(""));
    expect(run(["check", "--no-config", "db.yaml"], dir).code).toBe(1);
    const none = run(["check", "--no-config", "db.yaml", "--sg-role", "Db=none"], dir);
    expect([none.code, none.stderr]).toEqual([0, ""]);
    const bad = run(["check", "--no-config", "db.yaml", "--sg-role", "Db=nobody"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^runnerlint: --sg-role Db: role must be environment, runner or none \[USAGE\]\n/);
  });

  it("an account's export: groups that are not the runner's are silent, and the run says so once", () => {
    const text = JSON.stringify({
      SecurityGroups: [
        {
          GroupId: "sg-alb",
          GroupName: "alb",
          VpcId: "vpc-1",
          Description: "alb",
          IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
          IpPermissionsEgress: [],
          Tags: [],
        },
        {
          GroupId: "sg-db",
          GroupName: "db",
          VpcId: "vpc-1",
          Description: "db",
          IpPermissions: [{ IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
          IpPermissionsEgress: [],
          Tags: [],
        },
      ],
    });
    const r = check([{ path: "account.describe-security-groups.json", text }], opts());
    expect(r.findings).toEqual([]);
    expect(r.requirements.every((q) => q.status === "not-applicable")).toBe(true);
    expect(r.scope.note).toMatch(/^No security group was taken as the runner's: the 2 group\(s\) in 1 file\(s\)/);
    const tagged = check(
      [{ path: "account.describe-security-groups.json", text }],
      opts({ securityGroupRoles: { "sg-alb": "environment" } }),
    );
    expect(tagged.scope.runnerGroups).toEqual([
      { file: "account.describe-security-groups.json", id: "sg-alb", role: "environment", roleFrom: "config" },
    ]);
    expect(tagged.scope.note).toBeUndefined();
    expect(tagged.findings.map((f) => f.ruleId)).toContain("securitygroup/runner-port-exposed");
  });

  it("--scope all: candidates that agree decide, whichever is the runner's", () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  A: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: a, VpcId: vpc-1}}
  B: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: b, VpcId: vpc-1}}
`;
    const r = check([{ path: "two.yaml", text }], opts({ scope: "all" }));
    const management = r.requirements.find((q) => q.id === "gitpod.management")!;
    expect(management.status).toBe("satisfied");
    expect(management.evidence.map((e) => e.resource).sort()).toEqual(["A", "B"]);
  });
});

describe("network-wide controls", () => {
  // A network ACL of another VPC, and an inspection firewall whose HOME_NET (the networks it
  // protects) is another range: both would block every runner flow.
  const text = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  OtherVpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 192.168.0.0/16}}
  OtherSubnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref OtherVpc, CidrBlock: 192.168.1.0/24}}
  OtherAcl: {Type: AWS::EC2::NetworkAcl, Properties: {VpcId: !Ref OtherVpc}}
  OtherAclSubnet: {Type: AWS::EC2::SubnetNetworkAclAssociation, Properties: {SubnetId: !Ref OtherSubnet, NetworkAclId: !Ref OtherAcl}}
  Inspection:
    Type: AWS::NetworkFirewall::FirewallPolicy
    Properties:
      FirewallPolicyName: inspection
      FirewallPolicy:
        StatelessDefaultActions: ["aws:forward_to_sfe"]
        StatelessFragmentDefaultActions: ["aws:forward_to_sfe"]
        StatefulEngineOptions: {RuleOrder: STRICT_ORDER}
        StatefulDefaultActions: ["aws:drop_strict"]
        PolicyVariables:
          RuleVariables:
            HOME_NET: {Definition: ["172.16.0.0/12"]}
`;
  const by = (r: CheckResult) => Object.fromEntries(r.requirements.map((q) => [q.id, q.status]));

  it("out of scope when the runner's VPC is known and they provably do not cover it; judged otherwise", () => {
    const known = check([{ path: "network.yaml", text }], { config: { ...config, vpcCidrs: ["10.8.0.0/16"] } });
    expect(known.findings).toEqual([]);
    expect(known.scope.controlsOutOfScope).toEqual([
      { file: "network.yaml", kind: "network-acl", id: "OtherAcl" },
      { file: "network.yaml", kind: "network-firewall-policy", id: "inspection" },
    ]);
    expect(by(known)["gitpod.management"]).toBe("not-applicable");
    // The runner's VPC unknown: nothing is provable, both are judged.
    const unknownVpc = check([{ path: "network.yaml", text }], { config });
    expect(unknownVpc.scope.controlsOutOfScope).toBeUndefined();
    expect(by(unknownVpc)["gitpod.management"]).toBe("violated");
    // HOME_NET holding the runner's VPC: the policy is judged.
    const home = check([{ path: "network.yaml", text: text.replace("172.16.0.0/12", "10.0.0.0/8") }], {
      config: { ...config, vpcCidrs: ["10.8.0.0/16"] },
    });
    expect(home.scope.controlsOutOfScope).toEqual([{ file: "network.yaml", kind: "network-acl", id: "OtherAcl" }]);
    expect(by(home)["gitpod.management"]).toBe("violated");
  });
});

describe("scope in the config file", () => {
  function repo(config: string) {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-scope-"));
    mkdirSync(join(dir, "runner"));
    mkdirSync(join(dir, "legacy"));
    copyFileSync("fixtures/cloudformation/exposed-noncompliant.yaml", join(dir, "runner", "runner.yaml"));
    writeFileSync(join(dir, "legacy", "broken.yaml"), "Resources: [unclosed\n");
    writeFileSync(join(dir, ".runnerlint.yaml"), config);
    return dir;
  }

  it("exclude: a file left out is listed with the reason and never read (a broken one too)", () => {
    const dir = repo("scope:\n  exclude: [legacy/]\n");
    const r = run(["check", ".", "--format", "json"], dir);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([]);
    expect(report.scope.outOfScope).toEqual([{ file: "legacy/broken.yaml", reason: "scope.exclude: legacy/" }]);
    expect(report.findings.length).toBeGreaterThan(0);
    // Without it, the broken file is an input error.
    expect(run(["check", "."], repo("runner: standard\n")).code).toBe(2);
  });

  it("include: only what it names is read", () => {
    const dir = repo('scope:\n  include: ["runner/**"]\n');
    const report = JSON.parse(run(["check", ".", "--format", "json"], dir).stdout);
    expect(report.scope.outOfScope).toEqual([
      { file: ".runnerlint.yaml", reason: "not in scope.include" },
      { file: "legacy/broken.yaml", reason: "not in scope.include" },
    ]);
    expect(report.errors).toEqual([]);
  });

  it("mode all from the config, RUNNERLINT_SCOPE, --scope: the flag wins", () => {
    const dir = repo("scope:\n  mode: all\n  exclude: [legacy]\n");
    expect(JSON.parse(run(["check", ".", "--format", "json"], dir).stdout).scope.mode).toBe("all");
    expect(JSON.parse(run(["check", ".", "--format", "json", "--scope", "runner"], dir).stdout).scope.mode).toBe("runner");
  });

  it("an invalid scope entry is a located config error, exit 2", () => {
    const dir = repo('runner: standard\nscope:\n  mode: everything\n  exclude: ["{a"]\n  paths: [x]\nsecurityGroupRoles:\n  Db: nobody\n');
    const r = run(["check", "."], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.split("\n")).toEqual([
      'runnerlint: .runnerlint.yaml:3:3: scope.mode: must be one of "runner", "all" [CONFIG_INVALID]',
      'runnerlint: .runnerlint.yaml:5:3: unknown key "paths" (expected one of: mode, include, exclude) [CONFIG_INVALID]',
      'runnerlint: .runnerlint.yaml:7:3: securityGroupRoles.Db: must be one of "environment", "runner", "none" [CONFIG_INVALID]',
      "",
    ]);
    const glob = run(["check", "."], repo('scope:\n  exclude: ["{a"]\n'));
    expect([glob.code, glob.stderr]).toEqual([
      2,
      'runnerlint: .runnerlint.yaml:2:13: scope.exclude[0]: unclosed "{" in glob "{a" [CONFIG_INVALID]\n',
    ]);
  });

  it("a waiver by file alone is valid and covers that file's findings", () => {
    const dir = repo('scope:\n  exclude: [legacy]\nwaivers:\n  - file: runner/runner.yaml\n    reason: "a stack being retired"\n');
    const r = run(["check", ".", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toEqual([]);
    expect(report.suppressed.length).toBeGreaterThan(0);
  });
});
