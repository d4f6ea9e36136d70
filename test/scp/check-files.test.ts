// SCP files, describe-policy output, declarative policies and AWS::Organizations::Policy templates
// through the real pipeline: file → loader → Wasm → per-requirement statuses.
import { describe, expect, it } from "vitest";
import { check, defaultEngine } from "../../src/check.js";
import type { RunConfig } from "../../src/model/config.js";

const engine = defaultEngine();
// The logs feature on, so the optional aws.logs is judged too (off, it is not applicable: see below).
const EU: RunConfig = { runner: "standard", region: "eu-west-1", features: { logs: true } };

function statuses(path: string | string[], config: RunConfig = EU) {
  const result = check(Array.isArray(path) ? path : [path], { config, engine });
  expect(result.errors.map((e) => e.format())).toEqual([]);
  const byId = Object.fromEntries(result.requirements.map((r) => [r.id, r.status]));
  return { result, byId };
}

const f = (name: string) => `fixtures/scp/${name}`;
const REQUIRED_APIS = ["aws.ec2", "aws.ecr", "aws.s3", "aws.ssm", "aws.sts", "aws.dynamodb", "aws.cloudformation", "aws.secretsmanager"];

describe("SCP files", () => {
  it("an owner allowlist scoped to image ARNs lets the runner work", () => {
    const { byId, result } = statuses(f("owner-allowlist.json"));
    for (const id of [...REQUIRED_APIS, "ami.owner-amazon", "ami.owner-gitpod", "ami.allowlist-by-owner", "aws.logs"])
      expect(byId[id], id).toBe("satisfied");
    expect(byId["aws.acm"]).toBe("not-applicable");
    expect(byId["aws.elasticloadbalancing"]).toBe("not-applicable");
    expect(result.findings).toEqual([]);
    expect(result.inputs).toEqual([{ file: f("owner-allowlist.json"), loader: "scp-policy", kind: "organization", scenarios: 1 }]);
  });

  it("aws.logs is not applicable unless the config enables the logs feature, as on the egress side", () => {
    const { byId, result } = statuses(f("owner-allowlist.json"), { runner: "standard", region: "eu-west-1" });
    expect(byId["aws.logs"]).toBe("not-applicable");
    expect(result.requirements.find((r) => r.id === "aws.logs")!.evidence[0]!.message).toMatch(/logs feature is not enabled/);
  });

  it("an ec2:Owner deny not scoped to image ARNs denies every launch (the instance has no ec2:Owner)", () => {
    const { byId, result } = statuses(f("owner-deny-unscoped.json"));
    expect(byId["ami.owner-amazon"]).toBe("violated");
    expect(byId["ami.owner-gitpod"]).toBe("violated");
    expect(byId["aws.ec2"]).toBe("violated");
    const finding = result.findings.find((x) => x.ruleId === "scp/ami-launch-allowed" && x.requirement === "ami.owner-gitpod")!;
    expect(finding.message).toBe(
      "Launching gitpod/images/gitpod-next/ec2-runner-ami-* (owner 995913728426) is denied for arn:aws:ec2:eu-west-1:(the account):instance/* by statement DenyUnapprovedOwners of SCP owner-deny-unscoped.json at the account.",
    );
    expect(finding.location).toMatchObject({ file: f("owner-deny-unscoped.json"), line: 4, column: 5 });
  });

  it("adding IfExists to that deny does not rescue it", () => {
    const { byId } = statuses(f("owner-deny-unscoped-ifexists.json"));
    expect(byId["ami.owner-amazon"]).toBe("violated");
    expect(byId["ami.owner-gitpod"]).toBe("violated");
  });

  it("an owner list without Gitpod blocks the environments and is a weak allowlist", () => {
    const { byId, result } = statuses(f("owner-missing-gitpod.json"));
    expect(byId["ami.owner-amazon"]).toBe("satisfied");
    expect(byId["ami.owner-gitpod"]).toBe("violated");
    expect(byId["ami.allowlist-by-owner"]).toBe("violated");
    const weak = result.findings.find((x) => x.ruleId === "ami/allowlist-by-owner")!;
    expect(weak.severity).toBe("warning");
    expect(weak.message).toMatch(/without Gitpod \(995913728426\), needed for the development environments/);
    expect(weak.location).toMatchObject({ line: 13, column: 11 });
  });

  it("the alias amazon alone is not a verdict: 149721548608 and amazon must agree", () => {
    const { byId, result } = statuses(f("owner-alias-only.json"));
    expect(byId["ami.owner-amazon"]).toBe("unknown");
    expect(byId["ami.owner-gitpod"]).toBe("satisfied");
    const u = result.findings.find((x) => x.requirement === "ami.owner-amazon" && x.ruleId === "scp/ami-launch-allowed")!;
    expect(u.status).toBe("unknown");
    expect(u.message).toMatch(/depending on ec2:owner/);
    expect(u.message).toMatch(/list both/);
  });

  it("ec2:ImageOwnerAlias is flagged and, in a negated deny, blocks every launch", () => {
    const { byId, result } = statuses(f("image-owner-alias-key.json"));
    expect(byId["ami.owner-amazon"]).toBe("violated");
    const flag = result.findings.find((x) => x.ruleId === "ami/owner-alias-key")!;
    expect(flag.message).toMatch(/not a condition key|does not exist/);
    expect(flag.severity).toBe("error");
  });

  it("an ec2:ImageID allowlist is weak and leaves the launch unknown", () => {
    const { byId, result } = statuses(f("imageid-allowlist.json"));
    expect(byId["ami.allowlist-by-owner"]).toBe("violated");
    expect(byId["ami.owner-gitpod"]).toBe("unknown");
    expect(result.findings.some((x) => x.ruleId === "ami/allowlist-by-owner" && /ec2:ImageID/.test(x.message))).toBe(true);
  });

  it("a deny of public AMIs blocks both required AMIs unless their owners are exempt", () => {
    expect(statuses(f("public-ami-deny.json")).byId).toMatchObject({ "ami.owner-amazon": "violated", "ami.owner-gitpod": "violated" });
    expect(statuses(f("public-ami-deny-owner-exempt.json")).byId).toMatchObject({
      "ami.owner-amazon": "satisfied",
      "ami.owner-gitpod": "satisfied",
    });
  });

  it("an SCP over 5,120 characters is flagged", () => {
    const { result } = statuses(f("oversized.json"));
    const big = result.findings.find((x) => x.ruleId === "scp/policy-size")!;
    expect(big.message).toMatch(/is 5720 characters \(8837 as written\); AWS rejects SCPs over 5120/);
  });
});

describe("equivalents of AWS's sample SCPs", () => {
  it("region deny with NotAction exemptions: depends on --region", () => {
    expect(statuses(f("region-deny-notaction.json")).byId["aws.ec2"]).toBe("satisfied");
    const us = statuses(f("region-deny-notaction.json"), { runner: "standard", region: "us-east-1" }).byId;
    expect(us["aws.ec2"]).toBe("violated");
    expect(us["aws.sts"]).toBe("satisfied");
    const none = statuses(f("region-deny-notaction.json"), { runner: "standard" });
    expect(none.byId["aws.s3"]).toBe("unknown");
    expect(none.result.findings.find((x) => x.requirement === "aws.s3")!.message).toMatch(/aws:requestedregion.*Pass --region\./);
  });

  it("principal exemptions (ArnNotLike aws:PrincipalARN): unknown until the runner's role is known", () => {
    expect(statuses(f("principal-exemption.json")).byId["aws.ec2"]).toBe("unknown");
    const known = statuses(f("principal-exemption.json"), {
      ...EU,
      runnerRoleArn: "arn:aws:iam::111122223333:role/GitpodRunnerInstanceRole",
    }).byId;
    expect(known["aws.ec2"]).toBe("satisfied");
    expect(known["ami.owner-gitpod"]).toBe("satisfied");
    const other = statuses(f("principal-exemption.json"), { ...EU, runnerRoleArn: "arn:aws:iam::111122223333:role/Developer" }).byId;
    expect(other["aws.ec2"]).toBe("violated");
  });

  it("deny RunInstances outright", () => {
    const { byId } = statuses(f("deny-run-instances.json"));
    expect(byId).toMatchObject({
      "aws.ec2": "violated",
      "ami.owner-amazon": "violated",
      "ami.owner-gitpod": "violated",
      "aws.s3": "satisfied",
    });
  });

  it("an allow list beside FullAWSAccess does not restrict (a lone file is attached beside it)", () => {
    expect(statuses(f("allow-list-without-ec2.json")).byId["aws.ec2"]).toBe("satisfied");
  });
});

describe("describe-policy output, lists, declarative policies", () => {
  it("reads the policy from the Content string", () => {
    const { byId, result } = statuses(f("describe-policy.json"));
    expect(byId["ami.owner-gitpod"]).toBe("violated");
    const finding = result.findings.find((x) => x.ruleId === "scp/ami-launch-allowed")!;
    expect(finding.message).toMatch(/SCP ApprovedAmiOwners/);
    expect(finding.location.file).toBe(f("describe-policy.json"));
  });

  it("a list with an EC2 declarative policy: enabled Allowed AMIs without Gitpod blocks it", () => {
    const { byId, result } = statuses(f("policies-list.json"));
    expect(byId["ami.owner-amazon"]).toBe("satisfied");
    expect(byId["ami.owner-gitpod"]).toBe("violated");
    expect(result.findings.find((x) => x.ruleId === "ami/allowed-images-policy")!.message).toMatch(/none of its criteria admits/);
  });

  it("a declarative policy document with both owners admits both", () => {
    const { byId } = statuses(f("declarative-allowed-images.json"));
    expect(byId["ami.owner-amazon"]).toBe("satisfied");
    expect(byId["ami.owner-gitpod"]).toBe("satisfied");
  });

  it("several files are attached to the account together", () => {
    const { byId } = statuses([f("owner-allowlist.json"), f("region-deny-notaction.json")], { runner: "standard", region: "us-east-1" });
    expect(byId["aws.ec2"]).toBe("violated");
  });
});

describe("AWS::Organizations::Policy in CloudFormation", () => {
  it("reads Content as an object and as a string, and declarative policies", () => {
    const { byId, result } = statuses(f("org-policies.cfn.yaml"));
    expect(result.inputs[0]).toMatchObject({ loader: "cloudformation-organizations", kind: "organization" });
    expect(byId["ami.owner-gitpod"]).toBe("violated");
    const launch = result.findings.find((x) => x.ruleId === "scp/ami-launch-allowed")!;
    expect(launch.message).toMatch(/statement DenyUnapprovedAmiOwners of SCP ami-owner-guardrail/);
    expect(launch.location).toMatchObject({ line: 17 });
    expect(statuses(f("org-policies.cfn.yaml"), { runner: "standard", region: "us-east-1" }).byId["aws.ec2"]).toBe("violated");
  });

  it("an unresolvable condition value fails closed", () => {
    const { byId, result } = statuses(f("org-policies-unresolved.cfn.yaml"));
    expect(byId["aws.ec2"]).toBe("unknown");
    expect(result.findings.find((x) => x.requirement === "aws.ec2")!.message).toMatch(/cannot be evaluated offline/);
    // The statement's Action is known (ec2:RunInstances): the other services' calls are untouched.
    for (const id of ["aws.s3", "aws.ssm", "aws.sts", "aws.ecr", "aws.dynamodb", "aws.cloudformation", "aws.secretsmanager"])
      expect(byId[id], id).toBe("satisfied");
  });

  // Policies written in an Fn::ForEach loop (AWS::LanguageExtensions) are read as CloudFormation
  // expands them; a loop over a collection that cannot be known leaves the verdicts unknown.
  const loop = (collection: string) => `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Parameters:
  Targets: {Type: CommaDelimitedList, Default: "r-root1"}
Resources:
  Fn::ForEach::Guardrails:
    - Action
    - ${collection}
    - Deny\${Action}:
        Type: AWS::Organizations::Policy
        Properties:
          Name: !Sub deny-\${Action}
          Type: SERVICE_CONTROL_POLICY
          TargetIds: !Ref Targets
          Content:
            Version: "2012-10-17"
            Statement:
              - Sid: !Sub Deny\${Action}
                Effect: Deny
                Action: !Sub "ec2:\${Action}"
                Resource: "*"
`;

  it("policies generated by Fn::ForEach are judged, located in the loop body", () => {
    const r = check([{ path: "guardrails.yaml", text: loop("[RunInstances, CreateVpc]") }], { config: EU, engine });
    expect(r.errors).toEqual([]);
    const ec2 = r.requirements.find((q) => q.id === "aws.ec2")!;
    expect(ec2.status).toBe("violated");
    const finding = r.findings.find((x) => x.requirement === "aws.ec2")!;
    expect(finding.message).toMatch(/denied by statement DenyRunInstances of SCP deny-RunInstances/);
    expect(finding.location.line).toBe(18); // the statement, in the loop body
    const unknownLoop = check([{ path: "guardrails.yaml", text: loop("!Ref Actions") }], { config: EU, engine });
    expect(unknownLoop.requirements.find((q) => q.id === "aws.ec2")!.status).toBe("unknown");
  });
});
