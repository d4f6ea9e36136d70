import { describe, expect, it } from "vitest";
import { describeSecurityGroupsLoader, describeVpcsLoader } from "../../src/inputs/securitygroup/describe-security-groups.js";
import { fileFromText, readInputFile } from "../../src/inputs/files.js";
import type { NetworkInput } from "../../src/model/network.js";

const ctx = { config: { runner: "standard" as const, securityGroupRoles: { "sg-0a1b2c3d4e5f60002": "runner" as const } }, parameters: {} };
const FIXTURE = "fixtures/securitygroup/exposed.describe-security-groups.json";

describe("describe-security-groups loader", () => {
  it("detects exports by shape, not by name", () => {
    expect(describeSecurityGroupsLoader.detect(readInputFile(FIXTURE))).toBe(true);
    expect(describeSecurityGroupsLoader.detect(fileFromText("x.json", '{"SecurityGroups": [{"GroupName": "a"}]}'))).toBe(false);
    expect(describeSecurityGroupsLoader.detect(fileFromText("x.json", '{"Resources": {}}'))).toBe(false);
    expect(describeSecurityGroupsLoader.detect(fileFromText("x.env", "A=1"))).toBe(false);
  });

  it("expands each permission into one rule per peer, with positions", () => {
    const [doc] = describeSecurityGroupsLoader.load(readInputFile(FIXTURE), ctx);
    const net = doc!.input as NetworkInput;
    const g = net.securityGroups[0]!;
    expect(g).toMatchObject({
      id: "sg-0a1b2c3d4e5f60002",
      vpc: "vpc-0123456789abcdef0",
      tags: { "runnerlint:role": "environment" },
      configRole: "runner",
      implicitEgress: false,
    });
    expect(g.ingress.map((r) => [r.protocol, r.fromPort, r.toPort, r.peer])).toEqual([
      ["tcp", 22000, 30000, { kind: "cidr4", cidr: "0.0.0.0/0" }],
      ["tcp", 22000, 30000, { kind: "cidr6", cidr: "::/0" }],
      ["6", 9090, 9090, { kind: "cidr4", cidr: "203.0.113.0/24" }],
    ]);
    expect(g.ingress[1]!.location).toEqual({
      file: FIXTURE,
      line: 15,
      column: 26,
      pointer: "/SecurityGroups/0/IpPermissions/0/Ipv6Ranges/0",
    });
    expect(g.egress).toHaveLength(1);
  });

  it("keeps all-traffic rules without ports and group and prefix-list peers", () => {
    const text = JSON.stringify({
      SecurityGroups: [
        {
          GroupId: "sg-1",
          IpPermissions: [
            {
              IpProtocol: "-1",
              UserIdGroupPairs: [{ GroupId: "sg-2", UserId: "111122223333" }],
              PrefixListIds: [{ PrefixListId: "pl-1" }],
            },
          ],
        },
      ],
    });
    const [doc] = describeSecurityGroupsLoader.load(fileFromText("g.json", text), ctx);
    const rules = (doc!.input as NetworkInput).securityGroups[0]!.ingress;
    expect(rules.map((r) => r.peer)).toEqual([
      { kind: "prefix-list", id: "pl-1" },
      { kind: "group", group: "sg-2" },
    ]);
    expect(rules[0]).not.toHaveProperty("fromPort");
  });

  it("reads associated IPv4 and IPv6 CIDRs of VPCs", () => {
    const text = JSON.stringify({
      Vpcs: [
        {
          VpcId: "vpc-1",
          CidrBlock: "10.0.0.0/16",
          CidrBlockAssociationSet: [
            { CidrBlock: "10.0.0.0/16", CidrBlockState: { State: "associated" } },
            { CidrBlock: "10.1.0.0/16", CidrBlockState: { State: "associated" } },
            { CidrBlock: "10.9.0.0/16", CidrBlockState: { State: "disassociated" } },
          ],
          Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: "2600:1f18:abcd:1200::/56" }],
        },
      ],
    });
    const [doc] = describeVpcsLoader.load(fileFromText("v.json", text), ctx);
    expect((doc!.input as NetworkInput).vpcs[0]!.cidrs).toEqual(["10.0.0.0/16", "10.1.0.0/16", "2600:1f18:abcd:1200::/56"]);
  });
});
