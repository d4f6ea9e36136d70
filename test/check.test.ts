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
