// check() as a library: loader dispatch, companions, merging of exports, in-memory sources.
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";

const SG_AND_SCP = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  EnvironmentSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: envs
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 29222, ToPort: 29222, CidrIp: 198.51.100.0/24}
        - {IpProtocol: tcp, FromPort: 22999, ToPort: 22999, CidrIp: 10.0.0.0/16}
  DenyEverything:
    Type: AWS::Organizations::Policy
    Properties:
      Name: deny-ec2
      Type: SERVICE_CONTROL_POLICY
      TargetIds: [r-abcd]
      Content:
        Version: "2012-10-17"
        Statement:
          - Effect: Deny
            Action: "ec2:RunInstances"
            Resource: "*"
`;

describe("check()", () => {
  it("reads one template as every kind it holds (organization and network)", () => {
    const r = check([{ path: "stack.yaml", text: SG_AND_SCP }], { config: { runner: "standard", region: "us-east-1" } });
    expect(r.errors).toEqual([]);
    expect(new Set(r.inputs.map((i) => i.kind))).toEqual(new Set(["organization", "network"]));
    const status = (id: string) => r.requirements.find((q) => q.id === id)?.status;
    expect(status("sg.ssh-ingress")).toBe("satisfied");
    expect(status("ami.owner-amazon")).toBe("violated");
  });

  it("judges each template's SCPs on their own: a Deny in one stack does not deny the other's", () => {
    const scp = (name: string, statement: string) => `Resources:
  ${name}:
    Type: AWS::Organizations::Policy
    Properties:
      Name: ${name}
      Type: SERVICE_CONTROL_POLICY
      TargetIds: [ou-ab12-11111111]
      Content:
        Version: "2012-10-17"
        Statement:
${statement}`;
    const denyEc2 = scp("DenyEc2", `          - {Effect: Deny, Action: "ec2:*", Resource: "*"}\n`);
    const harmless = scp("DenyGamelift", `          - {Effect: Deny, Action: "gamelift:*", Resource: "*"}\n`);
    const r = check(
      [
        { path: "a.yaml", text: denyEc2 },
        { path: "b.yaml", text: harmless },
      ],
      { config: { runner: "standard", region: "eu-west-1" } },
    );
    expect(r.errors).toEqual([]);
    expect(r.inputs.map((i) => [i.file, i.kind])).toEqual([
      ["a.yaml", "organization"],
      ["b.yaml", "organization"],
    ]);
    const ec2 = r.requirements.find((q) => q.id === "aws.ec2")!;
    expect(ec2.status).toBe("violated");
    // b.yaml's SCP allows the EC2 API: its own verdict is satisfied, not a copy of a.yaml's Deny
    expect(ec2.evidence.filter((e) => e.status === "satisfied")).toHaveLength(1);
    expect(ec2.evidence.filter((e) => e.status === "violated")).toHaveLength(1);
    expect(r.findings.filter((f) => f.requirement === "aws.ec2").map((f) => f.location.file)).toEqual(["a.yaml"]);
  });

  it("rejects an explicit file it does not understand, and skips it in a folder walk", () => {
    const r = check([{ path: "notes.json", text: '{"hello": 1}' }], { config: { runner: "standard" } });
    expect(r.errors.map((e) => e.code)).toEqual(["UNSUPPORTED_INPUT"]);
    expect(r.requirements).toEqual([]);
  });

  it("judges nothing it was not given: no inputs, no requirement rows", () => {
    const r = check([], { config: { runner: "standard" } });
    expect(r.requirements).toEqual([]);
    expect(r.findings).toEqual([]);
  });
});
