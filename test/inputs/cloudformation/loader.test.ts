import { describe, expect, it } from "vitest";
import { cloudFormationLoader } from "../../../src/inputs/cloudformation/loader.js";
import { fileFromText, readInputFile } from "../../../src/inputs/files.js";
import type { LoadContext } from "../../../src/inputs/types.js";
import type { NetworkInput } from "../../../src/model/network.js";
import { FIXTURES, errorOf } from "./helpers.js";

const ctx: LoadContext = { config: { runner: "enterprise", region: "us-east-1" }, parameters: {} };

describe("cloudformation loader", () => {
  it("detects templates by content, in YAML and JSON", () => {
    expect(cloudFormationLoader.detect(readInputFile(`${FIXTURES}/runner-network.yaml`))).toBe(true);
    expect(cloudFormationLoader.detect(readInputFile(`${FIXTURES}/long-forms.json`))).toBe(true);
    expect(cloudFormationLoader.detect(fileFromText("stack.template", '{"AWSTemplateFormatVersion": "2010-09-09"}'))).toBe(true);
    expect(cloudFormationLoader.detect(readInputFile(`${FIXTURES}/parameters.cli.json`))).toBe(false);
    expect(cloudFormationLoader.detect(fileFromText("sg.json", '{"SecurityGroups": []}'))).toBe(false);
    expect(cloudFormationLoader.detect(fileFromText("notes.env", "Resources=1"))).toBe(false);
  });

  it("loads one network document per scenario, passing parameters, region and the cap", () => {
    const file = readInputFile(`${FIXTURES}/runner-network.yaml`);
    const all = cloudFormationLoader.load(file, ctx);
    expect(all).toHaveLength(4);
    expect(all.every((d) => d.kind === "network" && d.file === file.path && d.merge === undefined)).toBe(true);
    const env = (d: (typeof all)[number]) => (d.input as NetworkInput).securityGroups.find((g) => g.id === "EnvironmentSecurityGroup")!;
    // us-east-1 decides InUsEast1: the S3 rule is there, with no condition.
    expect(env(all[0]!).egress.find((r) => r.peer.kind === "prefix-list")!.condition).toBeUndefined();
    const prod = cloudFormationLoader.load(file, { ...ctx, parameters: { Stage: "prod" } });
    expect(prod.map((d) => d.input.scenario?.EnableIpv6)).toEqual(["false", "true"]);
    expect(prod.every((d) => d.input.scenario?.Stage === "prod")).toBe(true);
    const capped = cloudFormationLoader.load(file, { ...ctx, maxScenarios: 2 });
    expect(capped).toHaveLength(2);
    expect(capped[0]!.input.truncated).toMatch(/^more than 2 distinct/);
    expect((capped[0]!.input as NetworkInput).config).toBe(ctx.config);
  });

  it.each(["conditional-exposure", "exposed-noncompliant", "gitpod-default", "near-misses", "runner-compliant", "unresolvable"])(
    "loads fixtures/cloudformation/%s.yaml",
    (name) => {
      const docs = cloudFormationLoader.load(readInputFile(`fixtures/cloudformation/${name}.yaml`), ctx);
      expect(docs.length).toBeGreaterThan(0);
      for (const d of docs) expect((d.input as NetworkInput).securityGroups.length).toBeGreaterThan(0);
    },
  );

  it("judges conditional-exposure.yaml under every AllowedValue", () => {
    const docs = cloudFormationLoader.load(readInputFile("fixtures/cloudformation/conditional-exposure.yaml"), ctx);
    const worldSsh = docs.filter((d) =>
      (d.input as NetworkInput).securityGroups[0]!.ingress.some(
        (r) => r.fromPort === 29222 && r.peer.kind === "cidr4" && r.peer.cidr === "0.0.0.0/0",
      ),
    );
    expect(docs).toHaveLength(4);
    expect(worldSsh.map((d) => d.input.scenario?.SshAccess)).toEqual(["anywhere", "anywhere"]);
  });

  it("lets template errors through as typed errors", () => {
    const bad = fileFromText("bad.yaml", "Conditions:\n  C: !Not [!Condition C]\nResources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n");
    expect(errorOf(() => cloudFormationLoader.detect(bad))).toMatchObject({
      code: "BAD_INTRINSIC",
      file: "bad.yaml",
      pos: { line: 2, column: 3 },
    });
  });

  it("reads a template with an undefined name or a preprocessor's tag: the value is unknown, the rest is judged", () => {
    const text =
      "Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      VpcId: !Ref Missing\n      GroupDescription: !Rain::Embed description.txt\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 22999, ToPort: 22999, CidrIp: 0.0.0.0/0}\n";
    const [doc] = cloudFormationLoader.load(fileFromText("t.yaml", text), ctx);
    const g = (doc!.input as NetworkInput).securityGroups[0]!;
    expect(g.vpc).toEqual({ $unknown: "Ref Missing: not a parameter, resource or pseudo parameter of this template (line 5, column 14)" });
    expect(g.description).toEqual({
      $unknown: "YAML tag !Rain::Embed is not CloudFormation's (a preprocessor's?): its value is not read (line 6, column 25)",
    });
    expect(g.ingress.map((r) => r.fromPort)).toEqual([22999]);
  });
});
