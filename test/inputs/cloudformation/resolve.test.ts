import { describe, expect, it } from "vitest";
import { isUnknown } from "../../../src/model/location.js";
import { alternativesOf, ipv4Subnets, pointerOf } from "../../../src/inputs/cloudformation/resolve.js";
import { errorOf, fixture, only, positionOf, props, resource, template } from "./helpers.js";

const IRELAND = { region: "eu-west-1", accountId: "111122223333" };

/** The reason of an unknown value; fails when the value is known. */
function reason(v: unknown): string {
  if (!isUnknown(v)) throw new Error(`expected an unknown, got ${JSON.stringify(v)}`);
  return v.$unknown;
}

describe("every intrinsic function (short-forms.yaml)", () => {
  const t = fixture("short-forms.yaml");
  const p = props(t, "Probe", IRELAND);

  it("resolves Ref, Fn::Sub, Fn::Join, Fn::If, Fn::Select, Fn::Split and Fn::FindInMap", () => {
    expect(p.ServiceToken).toBe("arn:aws:lambda:eu-west-1:111122223333:function:probe");
    expect(p.Ref).toBe("beta");
    expect(p.SubScalar).toBe("beta-${Literal}");
    expect(p.SubSequence).toBe("runner.beta");
    expect(p.Join).toBe("a-beta");
    expect(p.If).toBe("yes");
    expect(p.Select).toBe("8443"); // CommaDelimitedList members are space-trimmed
    expect(p.Split).toEqual(["a", "b"]);
    expect(p.FindInMap).toBe("ami-0eu");
  });

  it("resolves Fn::GetAtt: properties, symbolic ids, and unknown for the rest", () => {
    expect(p.GetAttScalar).toBe("10.9.0.0/16");
    expect(p.GetAttSequence).toEqual({ $resource: "Vpc", attribute: "DefaultNetworkAcl" });
    expect(reason(p.GetAttNested)).toBe("Fn::GetAtt Vpc.Ipv6.CidrBlocks is known only after deployment");
  });

  it("resolves Fn::Base64 to the text itself, Fn::Cidr, Fn::Length and Fn::ToJsonString", () => {
    expect(p.Base64Scalar).toBe("#!/bin/bash");
    expect(p.Base64Mapping).toBe("ab");
    expect(p.Cidr).toEqual(["10.9.0.0/24", "10.9.1.0/24"]);
    expect(p.LengthSequence).toBe(2);
    expect(p.LengthMapping).toBe(2);
    expect(p.ToJsonStringMapping).toBe('{"Stage":"beta"}');
    expect(p.ToJsonStringSequence).toBe('[1,"two"]');
  });

  it("leaves Fn::ImportValue, Fn::GetAZs and Fn::Transform unknown, naming the construct", () => {
    expect(reason(p.ImportValueScalar)).toBe("Fn::ImportValue shared-VpcCidr");
    expect(reason(p.ImportValueMapping)).toBe("Fn::ImportValue beta-VpcCidr");
    expect(reason(p.GetAZsScalar)).toMatch(/^Fn::GetAZs/);
    expect(reason(p.GetAZsMapping)).toMatch(/^Fn::GetAZs/);
    expect(reason(p.Transform)).toBe("Fn::Transform AWS::Include: macros are not expanded");
  });

  it("evaluates conditions: Equals, And, Or, Not and Condition references", () => {
    expect(only(t, IRELAND).conditions).toEqual({ IsBeta: true, IsGamma: false, BetaOrGamma: true, NotBeta: false, BetaInIreland: true });
    const elsewhere = only(t, { region: "us-east-1" }).conditions;
    expect(elsewhere.BetaInIreland).toBe(false);
    const unset = only(t).conditions;
    expect(unset.IsBeta).toBe(true);
    expect(reason(unset.BetaInIreland)).toBe("condition BetaInIreland is unknown: AWS::Region is not set (pass --region)");
  });

  it("without a region, whatever depends on it is unknown", () => {
    const q = props(t, "Probe");
    expect(reason(q.ServiceToken)).toMatch(/AWS::Partition depends on AWS::Region/);
    expect(reason(q.FindInMap)).toBe("AWS::Region is not set (pass --region)");
  });
});

describe("pseudo parameters", () => {
  const t = template(
    [
      "Resources:",
      "  P:",
      "    Type: Custom::Probe",
      "    Properties:",
      "      Partition: !Ref AWS::Partition",
      "      Suffix: !Ref AWS::URLSuffix",
      "      Account: !Ref AWS::AccountId",
      "      Stack: !Ref AWS::StackName",
      "      StackId: !Ref AWS::StackId",
      "      Topics: !Ref AWS::NotificationARNs",
      "      Gone: !Ref AWS::NoValue",
      "",
    ].join("\n"),
  );

  it.each([
    ["eu-west-1", "aws", "amazonaws.com"],
    ["cn-north-1", "aws-cn", "amazonaws.com.cn"],
    ["us-gov-west-1", "aws-us-gov", "amazonaws.com"],
  ])("follow the partition of %s", (region, partition, suffix) => {
    const p = props(t, "P", { region, accountId: "111122223333" });
    expect(p).toMatchObject({ Partition: partition, Suffix: suffix, Account: "111122223333" });
    expect("Gone" in p).toBe(false);
  });

  it("are unknown when only deployment knows them", () => {
    const p = props(t, "P");
    for (const k of ["Partition", "Suffix", "Account", "Stack", "StackId", "Topics"]) expect(isUnknown(p[k]), k).toBe(true);
    expect(reason(p.Account)).toBe("AWS::AccountId is not set (pass --account-id)");
    expect(reason(p.Stack)).toBe("AWS::StackName is known only at deploy time");
  });
});

describe("resource references", () => {
  const text = `Conditions:
  Never: !Equals [a, b]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: g
      VpcId: !Ref Vpc
  Skipped:
    Type: AWS::EC2::SecurityGroup
    Condition: Never
    Properties:
      GroupDescription: s
  P:
    Type: Custom::Probe
    Properties:
      RefGroup: !Ref Group
      GroupId: !GetAtt Group.GroupId
      GroupVpc: !GetAtt Group.VpcId
      VpcRef: !Ref Vpc
      VpcId: !GetAtt Vpc.VpcId
      Cidr: !GetAtt Vpc.CidrBlock
      Associations: !GetAtt Vpc.CidrBlockAssociations
      Ipv6: !GetAtt [Vpc, Ipv6CidrBlocks]
      SubCidr: !Sub "cidr=\${Vpc.CidrBlock}"
      SubGroup: !Sub "group=\${Group}"
      Missing: !Ref Skipped
`;
  const p = props(template(text), "P");

  it("keeps Ref and id attributes symbolic", () => {
    expect(p.RefGroup).toEqual({ $resource: "Group" });
    expect(p.GroupId).toEqual({ $resource: "Group", attribute: "GroupId" });
    expect(p.VpcRef).toEqual({ $resource: "Vpc" });
    expect(p.VpcId).toEqual({ $resource: "Vpc", attribute: "VpcId" });
  });

  it("reads attributes that echo a property, and nothing else", () => {
    expect(p.Cidr).toBe("10.1.0.0/16");
    expect(p.GroupVpc).toEqual({ $resource: "Vpc" });
    expect(p.SubCidr).toBe("cidr=10.1.0.0/16");
    expect(reason(p.Associations)).toBe("Fn::GetAtt Vpc.CidrBlockAssociations is known only after deployment");
    expect(reason(p.Ipv6)).toBe("Fn::GetAtt Vpc.Ipv6CidrBlocks is known only after deployment");
  });

  it("is unknown when a string needs the physical id, or the resource is not created", () => {
    expect(reason(p.SubGroup)).toBe("Fn::Sub ${Group}: the id of Group is known only after deployment");
    expect(reason(p.Missing)).toBe("Skipped is not created in this scenario (its condition is false)");
  });

  it("stops at a GetAtt loop with an unknown", () => {
    const loop = template(`Resources:
  A:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !GetAtt B.CidrBlock
  B:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !GetAtt A.CidrBlock
`);
    expect(reason(props(loop, "A").CidrBlock)).toMatch(/circular reference/);
  });
});

describe("Fn::If and AWS::NoValue", () => {
  const text = `Parameters:
  Region:
    Type: String
Conditions:
  Yes: !Equals [a, a]
  No: !Equals [a, b]
  Maybe: !Equals [!Ref Region, eu-west-1]
Resources:
  P:
    Type: Custom::Probe
    Properties:
      List:
        - !If [No, dropped, !Ref AWS::NoValue]
        - {Name: second}
        - !If [Yes, {Name: third}, other]
      Dropped: !If [No, x, !Ref AWS::NoValue]
      Undecided: !If [Maybe, {Name: a}, {Name: b}]
      SameEitherWay: !If [Maybe, same, same]
      MaybeGone: !If [Maybe, here, !Ref AWS::NoValue]
      Count: !Length [a, !If [No, b, !Ref AWS::NoValue]]
`;
  const t = template(text);
  const p = props(t, "P");

  it("drops list elements and properties, and keeps each survivor's pointer", () => {
    const list = p.List as object[];
    expect(list).toEqual([{ Name: "second" }, { Name: "third" }]);
    expect(pointerOf(list)).toBe("/Resources/P/Properties/List");
    expect(pointerOf(list[0]!)).toBe("/Resources/P/Properties/List/1");
    expect(pointerOf(list[1]!)).toBe("/Resources/P/Properties/List/2/Fn::If/1");
    expect(t.locate(pointerOf(list[0]!)!)).toMatchObject(positionOf(text, "{Name: second}"));
    expect(t.locate(pointerOf(list[1]!)!)).toMatchObject(positionOf(text, "{Name: third}"));
    expect("Dropped" in p).toBe(false);
    expect(p.Count).toBe(1);
  });

  it("is unknown on an unknown condition, and carries both branches", () => {
    expect(reason(p.Undecided)).toBe(
      "Fn::If Maybe: condition Maybe is unknown: parameter Region has no value (no Default or AllowedValues; pass --parameter Region=...)",
    );
    expect(alternativesOf(p.Undecided)).toEqual([{ Name: "a" }, { Name: "b" }]);
    expect(p.SameEitherWay).toBe("same");
    expect(alternativesOf(p.MaybeGone)).toEqual(["here"]);
  });
});

describe("unknown values", () => {
  const text = `Parameters:
  Stage: {Type: String, Default: beta}
Mappings:
  Ami:
    eu-west-1: {Id: ami-1}
Resources:
  P:
    Type: Custom::Probe
    Properties:
      SsmInSub: !Sub "{{resolve:ssm:/gitpod/\${Stage}/cidr}}"
      SecretInText: "token={{resolve:secretsmanager:gitpod:SecretString:token}}"
      SecureInJoin: !Join ["", ["{{resolve:ssm-secure:/db/password:1}}", x]]
      ImportInJoin: !Join [",", [a, !ImportValue SharedVpcCidr]]
      ImportInSub: !Sub ["\${Cidr}/extra", {Cidr: !ImportValue SharedVpcCidr}]
      OutOfRange: !Select [3, [a, b]]
      MapDefault: !FindInMap [Ami, us-east-1, Id, {DefaultValue: ami-default}]
      MapMissing: !FindInMap [Ami, us-east-1, Id]
      JsonOfUnknown: !ToJsonString {Cidr: !ImportValue SharedVpcCidr}
      Cidr6: !Cidr ["2001:db8::/56", 2, 64]
`;
  const p = props(template(text), "P", { region: "eu-west-1" });

  it("names dynamic references anywhere in a string", () => {
    expect(reason(p.SsmInSub)).toBe("dynamic reference {{resolve:ssm:/gitpod/${Stage}/cidr}}");
    expect(reason(p.SecretInText)).toBe("dynamic reference {{resolve:secretsmanager:gitpod:SecretString:token}}");
    expect(reason(p.SecureInJoin)).toBe("dynamic reference {{resolve:ssm-secure:/db/password:1}}");
  });

  it("makes a string with an unknown part unknown, keeping the part's reason", () => {
    expect(reason(p.ImportInJoin)).toBe("Fn::ImportValue SharedVpcCidr");
    expect(reason(p.ImportInSub)).toBe("Fn::ImportValue SharedVpcCidr");
    expect(reason(p.JsonOfUnknown)).toBe("Fn::ImportValue SharedVpcCidr");
  });

  it("uses FindInMap's DefaultValue, and never guesses otherwise", () => {
    expect(p.MapDefault).toBe("ami-default");
    expect(reason(p.MapMissing)).toBe("Fn::FindInMap [Ami, us-east-1, Id]: no such entry in Mappings");
    expect(reason(p.OutOfRange)).toBe("Fn::Select: index 3 is out of range (2 items)");
    expect(reason(p.Cidr6)).toMatch(/^Fn::Cidr/);
  });
});

describe("guards", () => {
  it("computes IPv4 Fn::Cidr blocks and refuses impossible ones", () => {
    expect(ipv4Subnets("10.0.0.0/16", 4, 12)).toEqual(["10.0.0.0/20", "10.0.16.0/20", "10.0.32.0/20", "10.0.48.0/20"]);
    expect(ipv4Subnets("192.168.1.77/24", 2, 7)).toEqual(["192.168.1.0/25", "192.168.1.128/25"]);
    expect(ipv4Subnets("10.0.0.0/24", 3, 7)).toBeUndefined(); // three /25 do not fit in a /24
    expect(ipv4Subnets("10.0.0.0/24", 1, 9)).toBeUndefined();
  });

  it("a long chain of conditions ends in DEPTH_LIMIT, not a stack overflow", () => {
    const chain = (n: number) => {
      // Each condition reads the next one, so evaluating C0 walks the whole chain at once.
      const lines = ["Conditions:"];
      for (let i = 0; i < n - 1; i++) lines.push(`  C${i}: !Not [!Condition C${i + 1}]`);
      lines.push(`  C${n - 1}: !Equals [a, a]`, "Resources:", "  T:", "    Type: AWS::SNS::Topic", "    Condition: C0");
      return template(lines.join("\n") + "\n");
    };
    expect(only(chain(101)).conditions.C0).toBe(true);
    const e = errorOf(() => only(chain(3000)));
    expect(e.code).toBe("DEPTH_LIMIT");
    expect(e.file).toBe("t.yaml");
  });

  it("resource conditions: false drops, unknown keeps with the reason", () => {
    const t = template(`Parameters:
  Env: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Never: !Not [!Equals [a, a]]
Resources:
  Gone:
    Type: AWS::SNS::Topic
    Condition: Never
  Maybe:
    Type: AWS::SNS::Topic
    Condition: IsProd
`);
    const s = only(t);
    expect(s.resources.map((r) => r.logicalId)).toEqual(["Maybe"]);
    expect(resource(s, "Maybe").condition).toEqual({
      $unknown: expect.stringMatching(/^condition IsProd is unknown: parameter Env has no value/),
    });
  });
});
