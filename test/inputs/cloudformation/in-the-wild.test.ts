// CloudFormation as written in the wild: what CloudFormation accepts is never an input error, and
// what runnerlint cannot see (a transform, a module, a preprocessor's tag, a loop over a collection
// known at deploy time) is unknown, never guessed.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/check.js";
import type { CheckResult } from "../../../src/model/result.js";
import { isRunnerlintError } from "../../../src/errors.js";
import { expandForEach, MAX_FOREACH_ENTRIES } from "../../../src/inputs/cloudformation/foreach.js";
import { parseTemplate } from "../../../src/inputs/cloudformation/parse.js";
import type { RunConfig } from "../../../src/model/config.js";
import { corpus, templatesIn } from "../../scope/corpus.js";

const config: RunConfig = { runner: "standard" };
const status = (r: CheckResult, id: string) => r.requirements.find((q) => q.id === id)?.status;
const findingsOf = (r: CheckResult) =>
  r.findings.map((f) => `${f.ruleId} ${f.resource ?? ""} ${f.location.line}:${f.location.column}`).sort();

describe("cfn-lint's own test templates", () => {
  it("every template it keeps as good is read and judged: 0 input errors", () => {
    const good = templatesIn(join(corpus(), "good"));
    expect(good.length).toBeGreaterThan(90);
    const r = check(good, { config, skipUnrecognized: true });
    expect(r.errors.map((e) => e.format())).toEqual([]);
    // every template was read by a loader (listed in the inputs, whether or not it holds what runnerlint judges)
    const read = new Set(r.inputs.map((i) => i.file));
    const templates = good.filter((f) => !r.skipped.includes(f));
    expect(templates.length).toBeGreaterThan(85);
    for (const f of templates) expect(read.has(f), f).toBe(true);
  }, 120_000);

  it("its bad templates: located input errors or verdicts, never a crash or a stack trace", () => {
    const bad = templatesIn(join(corpus(), "bad"));
    expect(bad.length).toBeGreaterThanOrEqual(100);
    for (const f of bad) {
      let r: CheckResult | undefined;
      expect(() => (r = check([f], { config, skipUnrecognized: true })), f).not.toThrow();
      for (const e of r!.errors) {
        expect(isRunnerlintError(e)).toBe(true);
        expect(e.file, e.format()).toBe(f);
        expect(e.pos?.line, e.format()).toBeGreaterThan(0);
      }
    }
    const cli = spawnSync(process.execPath, [join(process.cwd(), "bin", "runnerlint.js"), "check", join(corpus(), "bad")], {
      encoding: "utf8",
    });
    expect(cli.status).toBe(2);
    expect(cli.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    for (const line of cli.stderr.trim().split("\n")) expect(line).toMatch(/^runnerlint: .+:\d+:\d+: .+ \[[A-Z_]+\]$/);
  }, 120_000);
});

describe("Fn::ForEach (AWS::LanguageExtensions)", () => {
  const fixture = "fixtures/cloudformation/language-extensions/foreach-environment-groups.yaml";

  it("generated groups are judged like any other, located in the loop body", () => {
    const r = check([fixture], { config });
    expect(r.errors).toEqual([]);
    expect(r.scope.runnerGroups.map((g) => g.id)).toEqual(["EnvSgdev", "EnvSgprod"]);
    expect(findingsOf(r)).toEqual([
      "securitygroup/healthcheck-exposed EnvSgdev 45:11",
      "securitygroup/healthcheck-exposed EnvSgprod 45:11",
    ]);
    expect(status(r, "sg.ssh-ingress")).toBe("satisfied");
    expect(status(r, "sg.runner-ingress")).toBe("satisfied");
    // the evidence of a generated rule points into the body, at its own line
    const ssh = r.requirements.find((q) => q.id === "sg.ssh-ingress")!.evidence;
    expect(ssh.map((e) => e.location?.line)).toEqual([28, 28]);
  });

  it("the collection follows the run's parameter values", () => {
    const r = check([fixture], { config, parameters: { Environments: "a-1, b" } });
    expect(r.scope.runnerGroups.map((g) => g.id)).toEqual(["EnvSga-1", "EnvSgb"]);
    // &{Name} drops the non-alphanumeric characters of the value
    expect(r.findings.map((f) => f.location.pointer)).toEqual(expect.arrayContaining([expect.stringContaining("Ingress&{Name}${Port}")]));
  });

  it("a collection that cannot be known offline leaves the requirements unknown, never satisfied", () => {
    const text =
      "Transform: AWS::LanguageExtensions\nParameters:\n  Names: {Type: CommaDelimitedList}\nResources:\n  Fn::ForEach::Groups:\n    - Name\n    - !Ref Names\n    - Sg${Name}:\n        Type: AWS::EC2::SecurityGroup\n        Properties:\n          GroupDescription: x\n          Tags: [{Key: runnerlint:role, Value: environment}]\n  Known:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: y\n      Tags: [{Key: runnerlint:role, Value: environment}]\n";
    const r = check([{ path: "loop.yaml", text }], { config });
    expect(r.errors).toEqual([]);
    expect(r.inputs[0]!.truncated).toMatch(
      /^Fn::ForEach::Groups at line 5, column 3: its collection is not known offline \(parameter Names has no value/,
    );
    for (const id of ["sg.ssh-ingress", "gitpod.management"]) expect(status(r, id)).not.toBe("satisfied");
    // a loop over what runnerlint does not judge (buckets) changes nothing
    const buckets = text.replace(
      "AWS::EC2::SecurityGroup\n        Properties:\n          GroupDescription: x\n          Tags: [{Key: runnerlint:role, Value: environment}]",
      "AWS::S3::Bucket",
    );
    expect(check([{ path: "loop.yaml", text: buckets }], { config }).inputs[0]!.truncated).toBeUndefined();
  });

  const expand = (text: string, parameters: Record<string, string> = {}) => expandForEach(parseTemplate("t.yaml", text), { parameters });

  it("nested loops, Fn::Sub with its own variables, FindInMap collections, loops in Conditions and Outputs", () => {
    const text = `Transform: AWS::LanguageExtensions
Mappings:
  Ports: {web: {List: ["80", "443"]}}
Conditions:
  Fn::ForEach::Is:
    - Stage
    - [dev, prod]
    - Is\${Stage}: !Equals [!Ref "AWS::Region", !Sub "\${Stage}-region"]
Resources:
  Fn::ForEach::Outer:
    - Tier
    - [web]
    - Fn::ForEach::Inner:
        - Port
        - !FindInMap [Ports, !Ref Tier, List]
        - Rule\${Tier}\${Port}:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: sg-1
              IpProtocol: tcp
              FromPort: !Ref Port
              ToPort: !Ref Port
              Description: !Sub ["\${Tier} \${Port} \${Other}", {Other: !Ref Tier}]
Outputs:
  Fn::ForEach::Out:
    - X
    - [a]
    - Out\${X}: {Value: !Sub "\${X}"}
`;
    const x = expand(text);
    expect(x.incomplete).toBeUndefined();
    expect(x.template.data.Conditions).toEqual({
      Isdev: { "Fn::Equals": [{ Ref: "AWS::Region" }, "dev-region"] },
      Isprod: { "Fn::Equals": [{ Ref: "AWS::Region" }, "prod-region"] },
    });
    expect(x.template.data.Resources).toEqual({
      Ruleweb80: {
        Type: "AWS::EC2::SecurityGroupIngress",
        Properties: {
          GroupId: "sg-1",
          IpProtocol: "tcp",
          FromPort: "80",
          ToPort: "80",
          Description: { "Fn::Sub": ["web 80 ${Other}", { Other: "web" }] },
        },
      },
      Ruleweb443: {
        Type: "AWS::EC2::SecurityGroupIngress",
        Properties: {
          GroupId: "sg-1",
          IpProtocol: "tcp",
          FromPort: "443",
          ToPort: "443",
          Description: { "Fn::Sub": ["web 443 ${Other}", { Other: "web" }] },
        },
      },
    });
    expect(x.template.data.Outputs).toEqual({ Outa: { Value: "a" } });
    // positions: the generated resource is located at its key template in the loop body
    expect(x.template.locate("/Resources/Ruleweb443/Properties/FromPort")).toMatchObject({ line: 21, column: 15 });
  });

  it("a loop bomb stops at the bound, with a located reason, quickly", () => {
    const items = JSON.stringify(Array.from({ length: 200 }, (_, i) => `v${i}`));
    const text = `Resources:\n  Fn::ForEach::A:\n    - X\n    - ${items}\n    - Fn::ForEach::B:\n        - Y\n        - ${items}\n        - G\${X}\${Y}:\n            Type: AWS::EC2::SecurityGroup\n            Properties: {GroupDescription: g, SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}]}\n`;
    const started = Date.now();
    const r = check([{ path: "bomb.yaml", text }], { config });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.errors).toEqual([]);
    expect(r.inputs[0]!.truncated).toBe(
      `Fn::ForEach generates more than ${MAX_FOREACH_ENTRIES} entries (Fn::ForEach::B at line 5, column 7)`,
    );
    // what was left out may matter: nothing is satisfied
    expect(r.requirements.filter((q) => q.status === "satisfied")).toEqual([]);
  }, 60_000);

  it("random loops never crash: a verdict or a located input error (fast-check)", () => {
    const value = fc.oneof(
      fc.constantFrom("a", "b-1", "", "${X}", "&{X}"),
      fc.constant({ Ref: "X" }),
      fc.constant({ Ref: "Names" }),
      fc.constant({ "Fn::Sub": "${X}x" }),
    );
    const loop = fc.record({
      id: fc.constantFrom("X", "Y", ""),
      collection: fc.oneof(fc.array(value, { maxLength: 4 }), value),
      key: fc.constantFrom("G${X}", "G&{X}", "G", "Fn::ForEach::Inner"),
    });
    fc.assert(
      fc.property(loop, fc.boolean(), (l, names) => {
        const body = {
          Type: "AWS::EC2::SecurityGroup",
          Properties: {
            GroupDescription: { "Fn::Sub": "${X}" },
            SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 22999, ToPort: 22999, CidrIp: { Ref: "X" } }],
          },
        };
        const data = {
          Transform: "AWS::LanguageExtensions",
          Parameters: names ? { Names: { Type: "CommaDelimitedList", Default: "p,q" } } : {},
          Resources: {
            "Fn::ForEach::L": [l.id, l.collection, { [l.key]: l.key.startsWith("Fn::") ? [l.id, ["z"], { "G${X}": body }] : body }],
          },
        };
        const r = check([{ path: "r.yaml", text: stringify(data) }], { config });
        for (const e of r.errors) expect(e.pos?.line, e.format()).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe("other tools' files in an IaC repository", () => {
  it("a YAML stream of several documents (a Kubernetes manifest) is skipped in a folder, an error when named", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-k8s-"));
    writeFileSync(join(dir, "deploy.yaml"), "apiVersion: v1\nkind: Service\n---\napiVersion: apps/v1\nkind: Deployment\n");
    copyFileSync("fixtures/cloudformation/gitpod-default.yaml", join(dir, "runner.yaml"));
    const r = check([dir], { config });
    expect(r.errors).toEqual([]);
    expect(r.skipped).toEqual([join(dir, "deploy.yaml")]);
    const named = check([join(dir, "deploy.yaml")], { config });
    expect(named.errors.map((e) => [e.code, e.pos])).toEqual([["MULTI_DOCUMENT", { line: 3, column: 1 }]]);
  });
});

describe("Rules, SAM, modules, transforms, preprocessors", () => {
  it("Rules with rule-specific functions are read (not narrowed by); the template is judged", () => {
    const r = check(["fixtures/cloudformation/in-the-wild/rules-valueof.yaml"], { config });
    expect(r.errors).toEqual([]);
    expect(findingsOf(r)).toEqual(["securitygroup/runner-port-exposed EnvironmentSG 30:11"]);
  });

  it("SAM: the function's group is a real group but not the runner's; what SAM generates is unknown, not an error", () => {
    const r = check(["fixtures/cloudformation/in-the-wild/sam-function-beside-runner.yaml"], { config });
    expect(r.errors).toEqual([]);
    expect(r.scope.runnerGroups.map((g) => g.id)).toEqual(["EnvironmentSG"]);
    expect(r.inputs[0]!.groupsOutOfScope).toBe(1);
    // the runner reaches environments from the function's group, whose role is unknown
    expect(r.findings.map((f) => [f.ruleId, f.status, f.messageId])).toEqual([
      ["securitygroup/runner-ingress", "unknown", "peer_role_unknown"],
    ]);
  });

  it("a preprocessor's tags (Rain): the tagged values are unknown, the tag named and located", () => {
    const r = check(["fixtures/cloudformation/in-the-wild/rain-preprocessor.yaml"], { config, parameters: {} });
    expect(r.errors).toEqual([]);
    const ssh = r.findings.find((f) => f.ruleId === "securitygroup/ssh-ingress")!;
    expect(ssh.status).toBe("unknown");
    expect(ssh.message).toContain(
      "YAML tag !Rain::Module is not CloudFormation's (a preprocessor's?): its value is not read (line 11, column 29)",
    );
  });

  it("Fn::Transform, AWS::Include and module outputs: unknown with the reason; the rest judged", () => {
    const text = `Parameters:
  Base: {Type: String}
Resources:
  Module:
    Type: My::Network::Sg::MODULE
    Properties: {}
  EnvironmentSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: env
      VpcId: !GetAtt ModuleVpc.VpcId
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 29222, ToPort: 29222, CidrIp: 0.0.0.0/0}
        - Fn::Transform: {Name: AWS::Include, Parameters: {Location: !Sub "\${Base}/rule.yaml"}}
`;
    const r = check([{ path: "m.yaml", text }], { config });
    expect(r.errors).toEqual([]);
    expect(status(r, "sg.ssh-ingress")).toBe("satisfied");
    const reasons = r.findings.map((f) => f.message).join("\n");
    expect(reasons).toContain("Fn::Transform AWS::Include: macros are not expanded");
  });
});
