// Property tests on every loader: arbitrary bytes, arbitrary YAML/JSON and arbitrary
// CloudFormation-shaped documents never crash. The only outcomes are a result, or a typed
// RunnerlintError naming the file, line and column (the CLI's exit code 2).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { RunnerlintError } from "../../src/errors.js";
import { fileFromText, readInputFile } from "../../src/inputs/files.js";
import { companionLoaders, loaders } from "../../src/inputs/registry.js";
import type { InputFile, LoadContext } from "../../src/inputs/types.js";

import { loadTerraformParser } from "../../src/inputs/terraform/hcl/runtime.js";

const ctx: LoadContext = { config: { runner: "standard" }, parameters: {}, maxScenarios: 8 };
beforeAll(() => loadTerraformParser());
const SEED = 7;
const dir = mkdtempSync(join(tmpdir(), "runnerlint-prop-"));
const all = [...loaders, ...companionLoaders];

/** Runs every loader that claims the file; a thrown error must be a positioned RunnerlintError. */
function outcome(make: () => InputFile, path: string): void {
  let file: InputFile;
  try {
    file = make();
  } catch (e) {
    expectPositioned(e, path);
    return;
  }
  for (const loader of all) {
    try {
      if (!loader.detect(file)) continue;
      const docs = loader.load(file, ctx);
      expect(Array.isArray(docs)).toBe(true);
    } catch (e) {
      expectPositioned(e, path, loader.name);
    }
  }
}

function expectPositioned(e: unknown, path: string, loader = "read"): void {
  if (!(e instanceof RunnerlintError)) throw new Error(`${loader}: ${path}: not a RunnerlintError: ${(e as Error)?.stack ?? String(e)}`);
  expect(e.file, `${loader}: ${e.format()}`).toBe(path);
  expect(e.pos, `${loader}: no position: ${e.format()}`).toBeDefined();
  expect(e.pos!.line).toBeGreaterThanOrEqual(1);
  expect(e.pos!.column).toBeGreaterThanOrEqual(1);
}

// CloudFormation's vocabulary, so random documents reach the template code paths.
const KEYS = [
  "AWSTemplateFormatVersion",
  "Resources",
  "Parameters",
  "Conditions",
  "Mappings",
  "Outputs",
  "Type",
  "Properties",
  "Condition",
  "Ref",
  "Fn::If",
  "Fn::Sub",
  "Fn::GetAtt",
  "Fn::Join",
  "Fn::Select",
  "Fn::Equals",
  "Fn::And",
  "Fn::Or",
  "Fn::Not",
  "Fn::FindInMap",
  "Fn::ImportValue",
  "Fn::Cidr",
  "Fn::Split",
  "Fn::Base64",
  "SecurityGroupIngress",
  "SecurityGroupEgress",
  "CidrIp",
  "FromPort",
  "ToPort",
  "IpProtocol",
  "GroupId",
  "VpcId",
  "CidrBlock",
  "Default",
  "AllowedValues",
  "Statement",
  "Effect",
  "Action",
  "Content",
  "SecurityGroups",
  "IpPermissions",
  "Vpcs",
  "Policy",
  "Environment",
  "HTTPS_PROXY",
  "NO_PROXY",
  "Tags",
  "Key",
  "Value",
  "A",
  "B",
];
const VALUES = [
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::SecurityGroupIngress",
  "AWS::EC2::VPC",
  "AWS::Organizations::Policy",
  "AWS::ECS::TaskDefinition",
  "AWS::NoValue",
  "AWS::Region",
  "0.0.0.0/0",
  "10.0.0.0/16",
  "tcp",
  "-1",
  "22999",
  "29222",
  "A",
  "B",
  "C",
  "${A}",
  "${AWS::Region}",
  "{{resolve:ssm:x}}",
  "Deny",
  "Allow",
  "ec2:*",
  "*",
  "http://proxy:3128",
  "2010-09-09",
];
const cfnValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...VALUES),
    fc.integer({ min: -1, max: 70000 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 5 }),
  ),
})).value;
const cfnDocument = fc.record(
  {
    AWSTemplateFormatVersion: fc.constant("2010-09-09"),
    Resources: fc.dictionary(fc.constantFrom("A", "B", "C", "G"), cfnValue, { maxKeys: 4 }),
  },
  { requiredKeys: ["Resources"] },
);

// Terraform's plan vocabulary: resource types runnerlint translates, their attributes, and
// after_unknown masks, so random plans reach the translation (src/inputs/terraform).
const TF_TYPES = [
  "aws_vpc",
  "aws_security_group",
  "aws_security_group_rule",
  "aws_vpc_security_group_egress_rule",
  "aws_network_acl",
  "aws_network_acl_rule",
  "aws_networkfirewall_rule_group",
  "aws_networkfirewall_firewall_policy",
  "aws_organizations_policy",
  "aws_organizations_policy_attachment",
  "aws_ecs_task_definition",
  "aws_launch_template",
  "aws_instance",
  "aws_ecs_service",
];
const TF_KEYS = [
  "cidr_block",
  "ingress",
  "egress",
  "from_port",
  "to_port",
  "protocol",
  "ip_protocol",
  "cidr_blocks",
  "cidr_ipv4",
  "security_group_id",
  "security_groups",
  "self",
  "type",
  "tags",
  "rule_no",
  "action",
  "rule_group",
  "rules_source",
  "rules_string",
  "rules_source_list",
  "targets",
  "firewall_policy",
  "stateful_rule_group_reference",
  "resource_arn",
  "content",
  "policy_id",
  "container_definitions",
  "user_data",
  "vpc_security_group_ids",
  "network_configuration",
];
const tfValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(
      ...VALUES,
      "udp",
      "allow",
      "deny",
      "ALLOWLIST",
      "SERVICE_CONTROL_POLICY",
      '[{"name":"a","environment":[{"name":"NO_PROXY","value":"x"}]}]',
    ),
    fc.integer({ min: -1, max: 70000 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...TF_KEYS), tie("value"), { maxKeys: 5 }),
  ),
})).value;
const tfPlan = fc.record({
  format_version: fc.constantFrom("1.2", "0.1", "1.0"),
  terraform_version: fc.constant("1.9.5"),
  resource_changes: fc.array(
    fc.record({
      address: fc.constantFrom("a.b", 'x.y["k"]', "module.m.t.n[0]"),
      mode: fc.constantFrom("managed", "data"),
      type: fc.constantFrom(...TF_TYPES),
      name: fc.constantFrom("n", "env"),
      change: fc.record({ actions: fc.constant(["create"]), after: tfValue, after_unknown: tfValue }),
    }),
    { maxLength: 5 },
  ),
  configuration: tfValue,
});

describe("loaders never crash", () => {
  it("arbitrary bytes, read from disk as .yaml, .json and .env files", () => {
    let n = 0;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("yaml", "json", "env", "template"), (bytes, ext) => {
        const path = join(dir, `bytes-${n++}.${ext}`);
        writeFileSync(path, bytes);
        outcome(() => readInputFile(path), path);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("arbitrary text, JSON and YAML of anything", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json({ maxDepth: 4 }),
          fc.anything({ maxDepth: 3 }).map((v) => stringify(v ?? null)),
        ),
        fc.constantFrom("t.yaml", "t.json", "t.template", ".env"),
        (text, path) => outcome(() => fileFromText(path, text), path),
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it("arbitrary CloudFormation-shaped templates (intrinsics, conditions, rule lists), as JSON and YAML", () => {
    fc.assert(
      fc.property(cfnDocument, fc.boolean(), (doc, asJson) => {
        const path = asJson ? "cfn.json" : "cfn.yaml";
        const text = asJson ? JSON.stringify(doc) : stringify(doc);
        outcome(() => fileFromText(path, text), path);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it("arbitrary Terraform-shaped plans (unknown masks, references, nested blocks)", () => {
    fc.assert(
      fc.property(tfPlan, (plan) => {
        outcome(() => fileFromText("plan.json", JSON.stringify(plan)), "plan.json");
        const result = check([{ path: "plan.json", text: JSON.stringify(plan) }], { config: { runner: "enterprise" }, maxScenarios: 8 });
        for (const e of result.errors) expectPositioned(e, e.file!);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("arbitrary .tf text, and HCL-shaped text of Terraform's vocabulary", () => {
    const token = fc.constantFrom(
      'resource "aws_security_group" "g" {',
      'dynamic "egress" {',
      "egress {",
      "content {",
      "}",
      "for_each = var.m",
      "count = 2",
      "from_port = each.value",
      'cidr_blocks = [cidrsubnet("10.0.0.0/8", 8, count.index)]',
      'x = [for k, v in local.m : v if k != "a"]',
      "y = { a = 1, (var.k) = 2 }",
      "z = var.c ? 1 : -2",
      'w = "${var.a}-${local.b}"',
      "t = <<-EOT\n  hi ${var.a}\n  EOT",
      "locals {",
      'variable "m" { default = { a = 1 } }',
      'module "m" {',
      'source = "./x"',
      "security_group_id = aws_security_group.g.id",
      "q = try(var.x, 1)",
      'r = templatefile("nope.tpl", {})',
      "s = aws_security_group.g[*].id",
      "=",
      "(",
      "[",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(token, { maxLength: 25 }).map((t) => t.join("\n")),
        ),
        (text) => {
          outcome(() => fileFromText("main.tf", text), "main.tf");
          const result = check([{ path: "main.tf", text }], { config: { runner: "enterprise" }, maxScenarios: 8 });
          for (const e of result.errors) expectPositioned(e, e.file!);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("check() on arbitrary templates returns a result; its errors are positioned RunnerlintErrors", () => {
    fc.assert(
      fc.property(fc.array(cfnDocument, { minLength: 1, maxLength: 3 }), (docs) => {
        const result = check(
          docs.map((d, i) => ({ path: `in-${i}.yaml`, text: stringify(d) })),
          { config: { runner: "standard" }, maxScenarios: 8 },
        );
        for (const e of result.errors) expectPositioned(e, e.file!);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
