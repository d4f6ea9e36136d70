// The file-level scope test (src/inputs/cloudformation/scope.ts) runs before a template's scenarios
// are expanded. It must be a superset of what Rego decides per group (policies/lib/sg.rego): a
// template it leaves out must be one where Rego takes no group as the runner's.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../src/check.js";
import { cloudFormationLoader } from "../../src/inputs/cloudformation/loader.js";
import { isCloudFormation } from "../../src/inputs/cloudformation/parse.js";
import { templateScope } from "../../src/inputs/cloudformation/scope.js";
import { fileFromText } from "../../src/inputs/files.js";
import type { RunConfig } from "../../src/model/config.js";
import { markerPorts } from "../../src/scope/markers.js";

const engine = defaultEngine();
const markers = markerPorts(engine.catalogue);
const config: RunConfig = { runner: "standard" };

function scopeOf(resources: Record<string, unknown>, extra: Partial<RunConfig> = {}) {
  const data = { AWSTemplateFormatVersion: "2010-09-09", Resources: resources };
  expect(isCloudFormation(data)).toBe(true);
  return templateScope({ file: "t.yaml", data, locate: () => ({ file: "t.yaml", line: 1, column: 1 }) }, { ...config, ...extra }, markers)
    .inScope;
}

const group = (ingress: unknown[], more: Record<string, unknown> = {}) => ({
  Type: "AWS::EC2::SecurityGroup",
  Properties: { GroupDescription: "g", SecurityGroupIngress: ingress, ...more },
});
const rule = (IpProtocol: unknown, FromPort: unknown, ToPort: unknown) => ({ IpProtocol, FromPort, ToPort, CidrIp: "0.0.0.0/0" });

describe("templateScope", () => {
  it("reads the environment ports from the catalogue", () => {
    expect(markers).toEqual(
      expect.arrayContaining([
        { protocol: "tcp", port: 29222 },
        { protocol: "tcp", port: 22999 },
      ]),
    );
  });

  it("in scope: an environment port opened specifically, or anything that may resolve to it", () => {
    expect(scopeOf({ G: group([rule("tcp", 22999, 22999)]) })).toBe(true);
    expect(scopeOf({ G: group([rule("6", "29000", "29300")]) })).toBe(true);
    expect(scopeOf({ G: group([rule(" TCP ", 29222, 29222)]) })).toBe(true);
    expect(scopeOf({ G: group([rule("tcp", { Ref: "Port" }, 22999)]) })).toBe(true);
    expect(scopeOf({ G: group([rule({ Ref: "Proto" }, 22999, 22999)]) })).toBe(true);
    expect(scopeOf({ G: group([{ "Fn::If": ["C", rule("tcp", 1, 2), { Ref: "AWS::NoValue" }] }]) })).toBe(true);
    expect(scopeOf({ G: group({ "Fn::If": ["C", [], []] } as unknown as unknown[]) })).toBe(true);
    expect(scopeOf({ I: { Type: "AWS::EC2::SecurityGroupIngress", Properties: { GroupId: "sg-1", ...rule("tcp", 29222, 29222) } } })).toBe(
      true,
    );
  });

  it("in scope: a role, runner compute, a network-wide control, a type only known at deployment", () => {
    expect(scopeOf({ G: group([], { Tags: [{ Key: "runnerlint:role", Value: "Runner" }] }) })).toBe(true);
    expect(scopeOf({ G: group([], { Tags: [{ Key: "runnerlint:role", Value: { Ref: "Role" } }] }) })).toBe(true);
    expect(scopeOf({ G: group([]) }, { securityGroupRoles: { G: "environment" } })).toBe(true);
    expect(
      scopeOf(
        { I: { Type: "AWS::EC2::SecurityGroupEgress", Properties: { GroupId: "sg-1" } } },
        { securityGroupRoles: { "sg-1": "runner" } },
      ),
    ).toBe(true);
    expect(scopeOf({ S: { Type: "AWS::ECS::Service", Properties: { Tags: [{ Key: "runnerlint:role", Value: "runner" }] } } })).toBe(true);
    expect(
      scopeOf({
        L: {
          Type: "AWS::EC2::LaunchTemplate",
          Properties: {
            LaunchTemplateData: {
              TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "runnerlint:role", Value: "environment" }] }],
            },
          },
        },
      }),
    ).toBe(true);
    expect(scopeOf({ A: { Type: "AWS::EC2::NetworkAclEntry", Properties: {} } })).toBe(true);
    expect(scopeOf({ P: { Type: "AWS::NetworkFirewall::FirewallPolicy", Properties: {} } })).toBe(true);
    expect(scopeOf({ X: { Type: { Ref: "T" } } })).toBe(true);
    expect(scopeOf({ G: group([]) }, { scope: "all" })).toBe(true);
  });

  it("out of scope: the near misses", () => {
    expect(scopeOf({ G: group([rule("tcp", 22998, 22998), rule("tcp", 23000, 23000), rule("tcp", 29223, 30000)]) })).toBe(false);
    expect(scopeOf({ G: group([rule("udp", 22999, 22999), rule("17", 29222, 29222), rule("icmp", -1, -1)]) })).toBe(false);
    expect(scopeOf({ G: group([rule("-1", undefined, undefined), rule("tcp", 0, 65535), rule("tcp", -1, -1)]) })).toBe(false);
    expect(scopeOf({ G: group([rule("tcp", 23000, 22000)]) })).toBe(false); // an invalid range opens nothing
    expect(scopeOf({ G: group([{ IpProtocol: "tcp", CidrIp: "0.0.0.0/0" }]) })).toBe(false);
    expect(scopeOf({ G: group([rule("tcp", 22999, 22999)], { Tags: [{ Key: "runnerlint:role", Value: "none" }] }) })).toBe(false);
    expect(scopeOf({ G: group([rule("tcp", 22999, 22999)]) }, { securityGroupRoles: { G: "none" } })).toBe(false);
    expect(scopeOf({ E: { Type: "AWS::EC2::VPCEndpoint", Properties: {} }, S: { Type: "AWS::ECS::Service", Properties: {} } })).toBe(false);
    expect(scopeOf({ G: group([], { Tags: [{ Key: "runnerlint:role", Value: "bastion" }] }) })).toBe(false);
  });
});

// Values around the environment ports, the whole range, and unresolvable ones.
const port = fc.oneof(
  fc.constantFrom(-1, 0, 22, 443, 22998, 22999, 23000, 29221, 29222, 29223, 65535),
  fc.integer({ min: 20000, max: 30000 }),
  fc.constantFrom<unknown>("22999", { Ref: "Port" }, { "Fn::If": ["C", 22999, 80] }, null),
);
const protocol = fc.constantFrom<unknown>("tcp", "TCP", "6", 6, "udp", "17", "-1", "all", "icmp", "58", { Ref: "Proto" }, undefined);
const ingress = fc.record(
  { IpProtocol: protocol, FromPort: port, ToPort: port, CidrIp: fc.constantFrom("0.0.0.0/0", "10.0.0.0/16") },
  { requiredKeys: ["CidrIp"] },
);
const tags = fc.option(fc.constantFrom("environment", "runner", "none", "other", " Environment "), { nil: undefined });

describe("templateScope is a superset of Rego's scope (differential, fast-check)", () => {
  it("a template it leaves out has no group Rego takes as the runner's", () => {
    const arbitrary = fc.record({
      groups: fc.array(fc.record({ ingress: fc.array(ingress, { maxLength: 3 }), role: tags }), { minLength: 1, maxLength: 3 }),
      standalone: fc.array(ingress, { maxLength: 2 }),
    });
    let out = 0;
    fc.assert(
      fc.property(arbitrary, ({ groups, standalone }) => {
        const resources: Record<string, unknown> = {};
        groups.forEach((g, i) => {
          resources[`G${i}`] = group(g.ingress, g.role === undefined ? {} : { Tags: [{ Key: "runnerlint:role", Value: g.role }] });
        });
        standalone.forEach((r, i) => {
          resources[`I${i}`] = { Type: "AWS::EC2::SecurityGroupIngress", Properties: { GroupId: { Ref: "G0" }, ...r } };
        });
        const text = stringify({
          AWSTemplateFormatVersion: "2010-09-09",
          Parameters: { Port: { Type: "Number", Default: 22999 }, Proto: { Type: "String", Default: "tcp" } },
          Conditions: { C: { "Fn::Equals": ["a", "a"] } },
          Resources: resources,
        });
        const file = fileFromText("t.yaml", text);
        const inScope = scopeOf(resources);
        if (inScope) return;
        out++;
        // Without the catalogue's ports the loader evaluates every template: what Rego decides.
        for (const doc of cloudFormationLoader.load(file, { config, parameters: {} })) {
          const record = engine.evaluate("network", doc.input).at(-1)!;
          expect(record.rule).toBe("runnerlint/scope");
          expect(record.params.groups, text).toEqual([]);
        }
      }),
      { numRuns: 800 },
    );
    // The property says something only if templates were left out.
    expect(out).toBeGreaterThan(80);
  }, 120_000);
});
