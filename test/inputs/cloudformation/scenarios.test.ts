import { describe, expect, it } from "vitest";
import { isUnknown } from "../../../src/model/location.js";
import { byDeviation, expandScenarios } from "../../../src/inputs/cloudformation/scenarios.js";
import { fixture, only, props, resource, template } from "./helpers.js";

const PARAMETERS = `Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, staging, prod]
    Default: staging
  Cidr:
    Type: String
    Default: 10.0.0.0/16
  Unused:
    Type: String
    AllowedValues: [a, b]
  NoValue:
    Type: String
  Ami:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/bottlerocket/aws-ecs-2/x86_64/latest/image_id
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
    Default: "subnet-1, subnet-2"
  Ports:
    Type: List<Number>
    AllowedValues: ["443", "8443"]
    Default: "443,8443"
Resources:
  P:
    Type: Custom::Probe
    Properties:
      Stage: !Ref Stage
      Cidr: !Ref Cidr
      NoValue: !Ref NoValue
      Ami: !Ref Ami
      Subnets: !Ref Subnets
      Ports: !Ref Ports
`;

describe("parameters", () => {
  const t = template(PARAMETERS);

  it("fan out over AllowedValues, Default first, and record every value used", () => {
    const { scenarios, truncated } = expandScenarios(t);
    expect(truncated).toBeUndefined();
    expect(scenarios.map((s) => s.parameters.Stage)).toEqual(["staging", "dev", "prod"]);
    expect(scenarios.map((s) => resource(s, "P").properties.Stage)).toEqual(["staging", "dev", "prod"]);
    expect(scenarios[0]!.parameters).toEqual({
      Stage: "staging",
      Cidr: "10.0.0.0/16",
      Unused: "a",
      Subnets: "subnet-1, subnet-2",
      Ports: "443,8443",
    });
    expect(scenarios[0]!.assumed).toEqual(["Stage", "Cidr", "Unused", "Subnets", "Ports"]);
  });

  it("take a supplied value instead, which is not an assumption", () => {
    const s = only(t, { parameters: { Stage: "prod", NoValue: "x", Ami: "ami-0123", Subnets: "subnet-9" } });
    expect(s.resources[0]!.properties).toMatchObject({ Stage: "prod", NoValue: "x", Ami: "ami-0123", Subnets: ["subnet-9"] });
    expect(s.assumed).not.toContain("Stage");
    expect(s.parameters).toMatchObject({ Stage: "prod", NoValue: "x", Ami: "ami-0123" });
  });

  it("are unknown without a value, and SSM parameters always are unless supplied", () => {
    const p = props(t, "P", { parameters: { Stage: "dev" } });
    expect(p.NoValue).toEqual({ $unknown: "parameter NoValue has no value (no Default or AllowedValues; pass --parameter NoValue=...)" });
    expect(p.Ami).toEqual({
      $unknown:
        "parameter Ami (AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>) is read from SSM parameter /aws/service/bottlerocket/aws-ecs-2/x86_64/latest/image_id at deploy time",
    });
  });

  it("resolve list types to trimmed arrays and never fan out over their AllowedValues", () => {
    const p = props(t, "P", { parameters: { Stage: "dev" } });
    expect(p.Subnets).toEqual(["subnet-1", "subnet-2"]);
    expect(p.Ports).toEqual(["443", "8443"]);
  });

  it("does not fan out over a parameter nothing reads", () => {
    expect(expandScenarios(t).scenarios.every((s) => s.parameters.Unused === "a")).toBe(true);
  });
});

describe("conditions", () => {
  const t = template(`Parameters:
  Stage: {Type: String, AllowedValues: [dev, prod], Default: dev}
  Region: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  IsDev: !Not [!Condition IsProd]
  ProdInIreland: !And [!Condition IsProd, !Equals [!Ref Region, eu-west-1]]
  DevOrIreland: !Or [!Condition IsDev, !Equals [!Ref Region, eu-west-1]]
Resources:
  ProdOnly:
    Type: AWS::SNS::Topic
    Condition: IsProd
  Irish:
    Type: AWS::SNS::Topic
    Condition: ProdInIreland
  Always:
    Type: AWS::SNS::Topic
`);

  it("give true, false or unknown per scenario; nested and referenced ones too", () => {
    const [dev, prod] = expandScenarios(t).scenarios;
    expect(dev!.conditions).toMatchObject({ IsProd: false, IsDev: true, ProdInIreland: false, DevOrIreland: true });
    expect(prod!.conditions).toMatchObject({ IsProd: true, IsDev: false });
    expect(isUnknown(prod!.conditions.ProdInIreland)).toBe(true);
    expect(isUnknown(prod!.conditions.DevOrIreland)).toBe(true);
    expect(dev!.resources.map((r) => r.logicalId)).toEqual(["Always"]);
    expect(prod!.resources.map((r) => [r.logicalId, r.condition?.$unknown])).toEqual([
      ["ProdOnly", undefined],
      [
        "Irish",
        "condition ProdInIreland is unknown: parameter Region has no value (no Default or AllowedValues; pass --parameter Region=...)",
      ],
      ["Always", undefined],
    ]);
  });

  it("a supplied value decides them", () => {
    const s = only(t, { parameters: { Stage: "prod", Region: "eu-west-1" } });
    expect(s.conditions).toEqual({ IsProd: true, IsDev: false, ProdInIreland: true, DevOrIreland: true });
    expect(s.resources.every((r) => r.condition === undefined)).toBe(true);
  });
});

describe("scenario expansion", () => {
  it("merges combinations that produce the same scenario and drops the parameters that did not matter", () => {
    const t = template(`Parameters:
  Stage: {Type: String, AllowedValues: [dev, prod], Default: dev}
  Size: {Type: String, AllowedValues: [small, large], Default: small}
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  P:
    Type: Custom::Probe
    Properties:
      Size: !If [IsProd, !Ref Size, small]
`);
    const { scenarios } = expandScenarios(t);
    expect(scenarios.map((s) => s.parameters)).toEqual([
      { Stage: "dev" },
      { Stage: "prod", Size: "small" },
      { Stage: "prod", Size: "large" },
    ]);
    expect(scenarios[0]!.assumed).toEqual(["Stage"]);
  });

  it("orders combinations by how many values depart from the defaults", () => {
    expect([...byDeviation([2, 1, 3])]).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [0, 0, 1],
      [0, 0, 2],
      [1, 0, 1],
      [1, 0, 2],
    ]);
  });

  it("caps twelve two-valued parameters quickly, covering each single choice first", () => {
    const names = Array.from({ length: 12 }, (_, i) => `Flag${i}`);
    const text = [
      "Parameters:",
      ...names.map((n) => `  ${n}: {Type: String, AllowedValues: ["off", "on"], Default: "off"}`),
      "Conditions:",
      ...names.map((n) => `  ${n}On: !Equals [!Ref ${n}, "on"]`),
      "Resources:",
      "  Group:",
      "    Type: AWS::EC2::SecurityGroup",
      "    Properties:",
      "      GroupDescription: flags",
      "      SecurityGroupIngress:",
      ...names.map(
        (n, i) =>
          `        - !If [${n}On, {IpProtocol: tcp, FromPort: ${8000 + i}, ToPort: ${8000 + i}, CidrIp: 0.0.0.0/0}, !Ref AWS::NoValue]`,
      ),
    ].join("\n");
    const started = performance.now();
    const { scenarios, truncated } = expandScenarios(template(text + "\n"));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(scenarios).toHaveLength(64);
    expect(truncated).toMatch(
      /^more than 64 distinct condition scenarios: 12 parameters take several values \(Flag0, .*\), 4096 combinations/,
    );
    expect(Object.values(scenarios[0]!.parameters).every((v) => v === "off")).toBe(true);
    for (const n of names)
      expect(
        scenarios.slice(1, 13).some((s) => s.parameters[n] === "on"),
        n,
      ).toBe(true);
    expect(expandScenarios(template(text + "\n"), { maxScenarios: 5 }).scenarios).toHaveLength(5);
  });

  it("a fully supplied template has exactly one scenario and nothing truncated", () => {
    const t = fixture("runner-network.yaml");
    const all = { Stage: "prod", OfficeCidr: "203.0.113.0/24", EnableIpv6: "true", SharedServicesGroupId: "sg-1" };
    const result = expandScenarios(t, { parameters: all, region: "us-east-1" });
    expect(result.scenarios).toHaveLength(1);
    expect(result.truncated).toBeUndefined();
    expect(result.scenarios[0]!.assumed).toEqual([]);
    expect(expandScenarios(t).scenarios).toHaveLength(4);
  });

  // Seven two-valued parameters that each add or drop an unrelated bucket: 128 combinations, over
  // the cap of 64. The runner's group is the same in every one.
  const unrelatedChoices = (() => {
    const names = ["A", "B", "C", "D", "E", "F", "G"];
    return [
      "Parameters:",
      ...names.map((n) => `  ${n}: {Type: String, AllowedValues: ["yes", "no"], Default: "no"}`),
      "Conditions:",
      ...names.map((n) => `  Make${n}: !Equals [!Ref ${n}, "yes"]`),
      "Resources:",
      "  Env: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: env, VpcId: vpc-1}}",
      ...names.map((n) => `  Bucket${n}: {Type: AWS::S3::Bucket, Condition: Make${n}}`),
    ].join("\n");
  })();

  it("resourceTypes: parameters that change only other resources make no scenario of their own", () => {
    const t = template(unrelatedChoices);
    const all = expandScenarios(t);
    expect(all.truncated).toMatch(/^more than 64 distinct condition scenarios/);
    const groups = expandScenarios(t, { resourceTypes: new Set(["AWS::EC2::SecurityGroup"]) });
    expect(groups.truncated).toBeUndefined();
    expect(groups.scenarios).toHaveLength(1);
    expect(groups.scenarios[0]!.resources.map((r) => r.logicalId)).toEqual(["Env"]);
    expect(groups.scenarios[0]!.parameters).toEqual({});
  });
});
