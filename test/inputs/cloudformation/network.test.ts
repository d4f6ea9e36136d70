import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { toNetworkInputs } from "../../../src/inputs/cloudformation/network.js";
import type { RunConfig } from "../../../src/model/config.js";
import type { NetworkInput, SecurityGroup } from "../../../src/model/network.js";
import { FIXTURES, fixture, positionOf, template } from "./helpers.js";

const config: RunConfig = { runner: "standard" };
const FILE = `${FIXTURES}/runner-network.yaml`;
const TEXT = readFileSync(FILE, "utf8");

function group(net: NetworkInput, id: string): SecurityGroup {
  const g = net.securityGroups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}: ${net.securityGroups.map((x) => x.id).join(", ")}`);
  return g;
}

/** Line and column of `needle` in the fixture, searching from `after`. */
const at = (needle: string, after = "") => ({ file: FILE, ...positionOf(TEXT, needle, after) });

describe("runner-network.yaml", () => {
  const nets = toNetworkInputs(
    fixture("runner-network.yaml"),
    { region: "us-east-1" },
    { ...config, securityGroupRoles: { RunnerSecurityGroup: "runner" } },
  );
  const [devV4, prodV4, devV6] = nets;

  it("gives one model per scenario, labelled with its parameters", () => {
    expect(nets.map((n) => [n.scenario?.Stage, n.scenario?.EnableIpv6])).toEqual([
      ["dev", "false"],
      ["prod", "false"],
      ["dev", "true"],
      ["prod", "true"],
    ]);
    expect(devV4!.scenario).toEqual({
      Stage: "dev",
      OfficeCidr: "198.51.100.0/24",
      EnableIpv6: "false",
      SharedServicesGroupId: "sg-0123456789abcdef0",
    });
    expect(nets.every((n) => n.kind === "network" && n.truncated === undefined && n.config.runner === "standard")).toBe(true);
  });

  it("takes VPC CIDRs from FindInMap, and adds an Amazon-provided IPv6 block as unknown", () => {
    expect(devV4!.vpcs).toEqual([
      { id: "RunnerVpc", cidrs: ["10.20.0.0/16"], location: { ...at("RunnerVpc:"), pointer: "/Resources/RunnerVpc" } },
    ]);
    expect(prodV4!.vpcs[0]!.cidrs).toEqual(["10.30.0.0/16"]);
    expect(devV6!.vpcs[0]!.cidrs).toEqual([
      "10.20.0.0/16",
      { $unknown: "RunnerVpcIpv6: the Amazon-provided IPv6 CIDR is assigned at deployment" },
    ]);
  });

  it("describes each group: name, description, VPC through GetAtt, tags and role", () => {
    const runner = group(devV4!, "RunnerSecurityGroup");
    expect(runner).toMatchObject({
      name: "gitpod-runner-dev",
      description: "Gitpod runner service",
      vpc: "RunnerVpc",
      tags: { "runnerlint:role": "runner" },
      configRole: "runner",
      implicitEgress: false,
      ingress: [],
    });
    expect(runner.egress.map((r) => [r.protocol, r.fromPort, r.toPort, r.peer, r.description])).toEqual([
      ["tcp", 443, 443, { kind: "cidr4", cidr: "0.0.0.0/0" }, "HTTPS to Gitpod and the AWS APIs"],
      ["17", 4242, 4242, { kind: "cidr4", cidr: "0.0.0.0/0" }, undefined],
    ]);
    const env = group(prodV4!, "EnvironmentSecurityGroup");
    expect(env).toMatchObject({
      description: "Gitpod environments prod",
      vpc: "RunnerVpc",
      tags: { "runnerlint:role": "environment", Stage: "prod" },
    });
    expect(env.configRole).toBeUndefined();
  });

  it("merges inline and standalone rules, linked by Ref and by GetAtt GroupId", () => {
    const env = group(devV4!, "EnvironmentSecurityGroup");
    expect(env.ingress.map((r) => [r.protocol, r.fromPort, r.toPort, r.peer])).toEqual([
      ["tcp", 22, 22, { kind: "cidr4", cidr: "198.51.100.0/24" }],
      ["tcp", 29222, 29222, { kind: "cidr4", cidr: "198.51.100.0/24" }],
      ["tcp", 9090, 9090, { kind: "cidr4", cidr: "10.20.0.0/16" }],
      ["tcp", 22999, 22999, { kind: "group", group: "RunnerSecurityGroup" }],
    ]);
    expect(env.egress.map((r) => [r.protocol, r.fromPort, r.peer])).toEqual([
      ["-1", undefined, { kind: "group", group: "RunnerSecurityGroup" }],
      ["tcp", 443, { kind: "prefix-list", id: "pl-63a5400a" }],
    ]);
    expect(env.implicitEgress).toBe(false);
  });

  it("locates every rule, also after AWS::NoValue removed the one before it", () => {
    const dev = group(devV4!, "EnvironmentSecurityGroup").ingress;
    expect(dev[0]!.location).toEqual({
      ...at("Description: Debug SSH"),
      pointer: "/Resources/EnvironmentSecurityGroup/Properties/SecurityGroupIngress/0/Fn::If/2",
    });
    expect(dev[1]!.location).toMatchObject(at("Description: SSH from users"));
    const prod = group(prodV4!, "EnvironmentSecurityGroup").ingress;
    expect(prod.map((r) => r.fromPort)).toEqual([29222, 9090, 22999]);
    expect(prod[0]!.location).toEqual({
      ...at("Description: SSH from users"),
      pointer: "/Resources/EnvironmentSecurityGroup/Properties/SecurityGroupIngress/1",
    });
    expect(prod[1]!.location).toMatchObject(at("Description: Health checks"));
    expect(prod[2]!.location).toEqual({ ...at("RunnerToEnvironments:"), pointer: "/Resources/RunnerToEnvironments" });
    const v6 = group(devV6!, "EnvironmentSecurityGroup").ingress.find((r) => r.peer.kind === "cidr6");
    expect(v6).toMatchObject({ peer: { kind: "cidr6", cidr: "2001:db8::/32" }, location: at("Description: SSH from users over IPv6") });
  });

  it("gives a group outside the template an entry of its own", () => {
    expect(group(devV4!, "sg-0123456789abcdef0")).toMatchObject({
      id: "sg-0123456789abcdef0",
      tags: {},
      implicitEgress: false,
      location: at("SharedServicesFromEnvironments:"),
      ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, peer: { kind: "group", group: "EnvironmentSecurityGroup" } }],
      egress: [],
    });
  });

  it("keeps a rule whose resource condition is unknown, marked with it", () => {
    const unknownRegion = toNetworkInputs(fixture("runner-network.yaml"), {}, config)[0]!;
    const s3 = group(unknownRegion, "EnvironmentSecurityGroup").egress.find((r) => r.peer.kind === "prefix-list");
    expect(s3!.condition).toEqual({ $unknown: "condition InUsEast1 is unknown: AWS::Region is not set (pass --region)" });
    const ireland = toNetworkInputs(fixture("runner-network.yaml"), { region: "eu-west-1" }, config)[0]!;
    expect(group(ireland, "EnvironmentSecurityGroup").egress.some((r) => r.peer.kind === "prefix-list")).toBe(false);
  });
});

const SG = (body: string, extra = "", params = "") =>
  template(`${params}Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: app
      GroupDescription: g
      VpcId: !Ref Vpc
${body}${extra}`);

const one = (t: ReturnType<typeof template>, opts = {}) => {
  const nets = toNetworkInputs(t, opts, config);
  expect(nets).toHaveLength(1);
  return nets[0]!;
};

describe("implicit egress", () => {
  it("is true without egress rules, with an empty list, and when NoValue removed the only one", () => {
    expect(group(one(SG("")), "Group").implicitEgress).toBe(true);
    expect(group(one(SG("      SecurityGroupEgress: []\n")), "Group").implicitEgress).toBe(true);
    const removed = SG(
      "      SecurityGroupEgress:\n        - !If [Never, {IpProtocol: '-1', CidrIp: 10.0.0.0/8}, !Ref AWS::NoValue]\n",
      "",
      "Conditions:\n  Never: !Equals [a, b]\n",
    );
    expect(group(one(removed), "Group").implicitEgress).toBe(true);
  });

  it("is false with inline egress, even a conditional one", () => {
    expect(
      group(one(SG("      SecurityGroupEgress:\n        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}\n")), "Group")
        .implicitEgress,
    ).toBe(false);
    const maybe = SG(
      "      SecurityGroupEgress:\n        - !If [Maybe, {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}, !Ref AWS::NoValue]\n",
      "",
      "Parameters:\n  P: {Type: String}\nConditions:\n  Maybe: !Equals [!Ref P, x]\n",
    );
    const g = group(one(maybe), "Group");
    expect(g.implicitEgress).toBe(false);
    expect(g.egress).toHaveLength(1);
    expect(g.egress[0]!.condition!.$unknown).toMatch(/^Fn::If Maybe: condition Maybe is unknown/);
  });

  it("is false once a standalone egress rule targets the group", () => {
    const t = SG(
      "",
      "  Out:\n    Type: AWS::EC2::SecurityGroupEgress\n    Properties:\n      GroupId: !GetAtt Group.GroupId\n      IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      CidrIp: 0.0.0.0/0\n",
    );
    const g = group(one(t), "Group");
    expect(g.implicitEgress).toBe(false);
    expect(g.egress.map((r) => r.peer)).toEqual([{ kind: "cidr4", cidr: "0.0.0.0/0" }]);
  });
});

describe("standalone rules", () => {
  const rule = (id: string, target: string, peer = "CidrIp: 10.0.0.0/8") =>
    `  ${id}:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      ${target}\n      IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      ${peer}\n`;

  it("link by Ref, by GetAtt GroupId and by GroupName", () => {
    const t = SG(
      "",
      rule("ByRef", "GroupId: !Ref Group") +
        rule("ByGetAtt", "GroupId: !GetAtt Group.GroupId") +
        rule("ByName", "GroupName: app") +
        rule("ByNameRef", "GroupName: !Ref Group"),
    );
    const net = one(t);
    expect(net.securityGroups.map((g) => g.id)).toEqual(["Group"]);
    expect(group(net, "Group").ingress.map((r) => r.location.pointer)).toEqual([
      "/Resources/ByRef",
      "/Resources/ByGetAtt",
      "/Resources/ByName",
      "/Resources/ByNameRef",
    ]);
  });

  it("for a group not in the template, become its own entry: the literal id, or the rule's logical id", () => {
    const t = SG(
      "",
      rule("Literal", "GroupId: sg-0aaa") +
        rule("Literal2", "GroupId: sg-0aaa", "CidrIpv6: ::/0") +
        rule("FromParam", "GroupId: !Ref Shared"),
      "Parameters:\n  Shared: {Type: 'AWS::EC2::SecurityGroup::Id'}\n",
    );
    const net = toNetworkInputs(t, {}, { ...config, securityGroupRoles: { "sg-0aaa": "environment" } })[0]!;
    expect(net.securityGroups.map((g) => g.id)).toEqual(["Group", "sg-0aaa", "FromParam"]);
    expect(group(net, "sg-0aaa")).toMatchObject({ configRole: "environment", implicitEgress: false });
    expect(group(net, "sg-0aaa").ingress.map((r) => r.peer)).toEqual([
      { kind: "cidr4", cidr: "10.0.0.0/8" },
      { kind: "cidr6", cidr: "::/0" },
    ]);
    expect(group(net, "FromParam").ingress).toHaveLength(1);
  });
});

describe("rules", () => {
  const ingress = (items: string, params = "") =>
    group(
      one(
        SG(
          `      SecurityGroupIngress:\n${items}`,
          `  PrefixList:\n    Type: AWS::EC2::PrefixList\n    Properties:\n      AddressFamily: IPv4\n      MaxEntries: 1\n      PrefixListName: office\n`,
          params,
        ),
      ),
      "Group",
    ).ingress;

  it("read peers of every kind", () => {
    const rules = ingress(
      [
        "        - {IpProtocol: tcp, FromPort: 1, ToPort: 1, CidrIp: 192.0.2.0/24}",
        "        - {IpProtocol: tcp, FromPort: 2, ToPort: 2, CidrIpv6: '2001:db8::/32'}",
        "        - {IpProtocol: tcp, FromPort: 3, ToPort: 3, SourceSecurityGroupId: !GetAtt Vpc.DefaultSecurityGroup}",
        "        - {IpProtocol: tcp, FromPort: 4, ToPort: 4, SourceSecurityGroupId: sg-0bbb}",
        "        - {IpProtocol: tcp, FromPort: 5, ToPort: 5, SourceSecurityGroupName: default}",
        "        - {IpProtocol: tcp, FromPort: 6, ToPort: 6, SourcePrefixListId: pl-0ccc}",
        "        - {IpProtocol: tcp, FromPort: 7, ToPort: 7, SourcePrefixListId: !GetAtt PrefixList.PrefixListId}",
        "        - {IpProtocol: tcp, FromPort: 8, ToPort: 8, CidrIp: !ImportValue SharedVpcCidr}",
        "        - {IpProtocol: tcp, FromPort: 9, ToPort: 9, Description: no peer, AWS adds nothing}",
        "",
      ].join("\n"),
    );
    expect(rules.map((r) => [r.fromPort, r.peer])).toEqual([
      [1, { kind: "cidr4", cidr: "192.0.2.0/24" }],
      [2, { kind: "cidr6", cidr: "2001:db8::/32" }],
      [3, { kind: "group", group: "Vpc.DefaultSecurityGroup" }],
      [4, { kind: "group", group: "sg-0bbb" }],
      [5, { kind: "group", group: "default" }],
      [6, { kind: "prefix-list", id: "pl-0ccc" }],
      [7, { kind: "prefix-list", id: "PrefixList" }],
      [8, { kind: "unknown", reason: "Fn::ImportValue SharedVpcCidr" }],
    ]);
  });

  it("normalize protocols and ports, keeping unknowns unknown and absent ports absent", () => {
    const rules = ingress(
      [
        "        - {IpProtocol: 6, FromPort: '443', ToPort: '443', CidrIp: 10.0.0.0/8}",
        "        - {IpProtocol: '-1', CidrIp: 10.0.0.0/8}",
        "        - {IpProtocol: ICMP, FromPort: -1, ToPort: -1, CidrIp: 10.0.0.0/8}",
        "        - {IpProtocol: !Ref Proto, FromPort: !Ref Port, ToPort: http, CidrIp: 10.0.0.0/8}",
        "",
      ].join("\n"),
      "Parameters:\n  Proto: {Type: String}\n  Port: {Type: Number}\n",
    );
    expect(rules[0]).toMatchObject({ protocol: "6", fromPort: 443, toPort: 443 });
    expect(rules[1]!.protocol).toBe("-1");
    expect("fromPort" in rules[1]! || "toPort" in rules[1]!).toBe(false);
    expect(rules[2]).toMatchObject({ protocol: "icmp", fromPort: -1, toPort: -1 });
    expect(rules[3]).toMatchObject({
      protocol: { $unknown: expect.stringMatching(/^parameter Proto has no value/) },
      fromPort: { $unknown: expect.stringMatching(/^parameter Port has no value/) },
      toPort: { $unknown: "ToPort is not a port number" },
    });
  });

  it("split a peer that depends on an unknown condition into one rule per branch", () => {
    const rules = ingress(
      "        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !If [Open, 0.0.0.0/0, 10.0.0.0/8]}\n",
      "Parameters:\n  Mode: {Type: String}\nConditions:\n  Open: !Equals [!Ref Mode, open]\n",
    );
    const reason =
      "Fn::If Open: condition Open is unknown: parameter Mode has no value (no Default or AllowedValues; pass --parameter Mode=...)";
    expect(rules.map((r) => [r.peer, r.condition])).toEqual([
      [{ kind: "cidr4", cidr: "0.0.0.0/0" }, { $unknown: reason }],
      [{ kind: "cidr4", cidr: "10.0.0.0/8" }, { $unknown: reason }],
    ]);
  });

  it("turn a rule list that cannot be read into one rule that is unknown in every field", () => {
    const g = group(
      one(SG("      SecurityGroupIngress: !Split [',', !ImportValue RuleCsv]\n      SecurityGroupEgress: !ImportValue EgressRules\n")),
      "Group",
    );
    const reason = "Fn::ImportValue RuleCsv";
    expect(g.ingress).toEqual([
      {
        protocol: { $unknown: reason },
        fromPort: { $unknown: reason },
        toPort: { $unknown: reason },
        peer: { kind: "unknown", reason },
        location: expect.objectContaining({ pointer: "/Resources/Group/Properties/SecurityGroupIngress" }),
      },
    ]);
    expect(g.egress[0]!.peer).toEqual({ kind: "unknown", reason: "Fn::ImportValue EgressRules" });
    expect(g.implicitEgress).toBe(false);
  });
});

describe("VPCs", () => {
  it("add secondary blocks, and keep IPAM and conditional blocks unknown", () => {
    const t = template(`Parameters:
  P: {Type: String}
Conditions:
  Maybe: !Equals [!Ref P, x]
Resources:
  Ipam:
    Type: AWS::EC2::VPC
    Properties:
      Ipv4IpamPoolId: ipam-pool-0abc
      Ipv4NetmaskLength: 16
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Secondary:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.1.0.0/16
      Ipv6CidrBlock: 2001:db8:1234::/56
  Conditional:
    Type: AWS::EC2::VPCCidrBlock
    Condition: Maybe
    Properties:
      VpcId: !GetAtt Vpc.VpcId
      CidrBlock: 10.2.0.0/16
`);
    const net = one(t);
    expect(net.vpcs.map((v) => [v.id, v.cidrs])).toEqual([
      ["Ipam", [{ $unknown: "VPC Ipam takes its CIDR from an IPAM pool at deployment" }]],
      [
        "Vpc",
        [
          "10.0.0.0/16",
          "10.1.0.0/16",
          "2001:db8:1234::/56",
          { $unknown: expect.stringMatching(/^Conditional adds 10\.2\.0\.0\/16 only if: condition Maybe is unknown/) },
        ],
      ],
    ]);
  });
});

describe("models", () => {
  it("are not produced for a template without network resources", () => {
    expect(toNetworkInputs(template("Resources:\n  T:\n    Type: AWS::SNS::Topic\n"), {}, config)).toEqual([]);
  });

  it("are shared by scenarios that give the same network, keeping only the parameters that matter", () => {
    const t = template(`Parameters:
  Retention: {Type: String, AllowedValues: ["7", "30"], Default: "7"}
  Open: {Type: String, AllowedValues: ["no", "yes"], Default: "no"}
Conditions:
  IsOpen: !Equals [!Ref Open, "yes"]
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: !Ref Retention
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: g
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !If [IsOpen, 0.0.0.0/0, 10.0.0.0/8]}
`);
    const nets = toNetworkInputs(t, {}, config);
    expect(nets.map((n) => n.scenario)).toEqual([{ Open: "no" }, { Open: "yes" }]);
  });

  it("carry the truncation to every model", () => {
    const params = Array.from({ length: 4 }, (_, i) => `  F${i}: {Type: String, AllowedValues: ["0", "1"], Default: "0"}`).join("\n");
    const ports = Array.from(
      { length: 4 },
      (_, i) => `        - {IpProtocol: tcp, FromPort: !Ref F${i}, ToPort: 1, CidrIp: 10.0.0.0/8}`,
    ).join("\n");
    const t = template(
      `Parameters:\n${params}\nResources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress:\n${ports}\n`,
    );
    const nets = toNetworkInputs(t, { maxScenarios: 3 }, config);
    expect(nets).toHaveLength(3);
    expect(nets.every((n) => typeof n.truncated === "string" && n.truncated.startsWith("more than 3 distinct"))).toBe(true);
  });
});
