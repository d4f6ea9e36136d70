// Terraform plan and state JSON (`terraform show -json`): read into the same pipeline as
// CloudFormation, with Terraform's semantics where they differ. The plans are written by hand to the
// documented format (developer.hashicorp.com/terraform/internals/json-format): no terraform binary
// and no provider can be fetched on the machines that build runnerlint.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { check, type CheckResult } from "../../src/check.js";
import type { RunConfig } from "../../src/model/config.js";

import { loadTerraformParser } from "../../src/inputs/terraform/hcl/runtime.js";

// The folder walk below reads fixtures/terraform/source's .tf files too.
beforeAll(() => loadTerraformParser());
const config: RunConfig = { runner: "standard", region: "eu-west-1" };
const status = (r: CheckResult, id: string) => r.requirements.find((q) => q.id === id)?.status;
const table = (r: CheckResult) => Object.fromEntries(r.requirements.map((q) => [q.id, q.status]));
const PLAN = "fixtures/terraform/runner-network.plan.json";

type Json = Record<string, unknown>;
/** A plan of resource changes: [address, type, after, after_unknown?, index?]. */
function plan(changes: [string, string, Json, Json?, (string | number)?][], configuration?: Json): string {
  return JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.9.5",
    resource_changes: changes.map(([address, type, after, unknown, index]) => ({
      address,
      mode: "managed",
      type,
      name: address.split(".").at(-1)!.replace(/\[.*$/, ""),
      ...(index !== undefined ? { index } : {}),
      change: { actions: ["create"], before: null, after, after_unknown: unknown ?? {} },
    })),
    ...(configuration ? { configuration } : {}),
  });
}
const group = (extra: Json = {}): Json => ({
  name: "env",
  description: "environments",
  vpc_id: "vpc-0123",
  tags: { "runnerlint:role": "environment" },
  ingress: [],
  ...extra,
});
const rule = (from: number, protocol: string, cidrs: unknown = ["0.0.0.0/0"]): Json => ({
  from_port: from,
  to_port: from,
  protocol,
  cidr_blocks: cidrs,
  ipv6_cidr_blocks: [],
  prefix_list_ids: [],
  security_groups: [],
  self: false,
  description: "",
});
const ALL_EGRESS = [rule(443, "tcp"), rule(8443, "tcp"), rule(4242, "udp")];
const run = (text: string, c: RunConfig = config) => check([{ path: "plan.json", text }], { config: c });

describe("Terraform plan JSON", () => {
  it("a runner's network (modules, for_each, references known only after apply): every requirement judged, located in the plan", () => {
    const r = check([PLAN], { config });
    expect(r.errors).toEqual([]);
    expect(r.inputs.map((i) => [i.loader, i.kind])).toEqual([
      ["terraform", "network"],
      ["terraform-proxy", "proxy"],
    ]);
    expect(r.scope.runnerGroups.map((g) => [g.id, g.roleFrom])).toEqual([["aws_security_group.environments", "tag"]]);
    expect(Object.values(table(r)).filter((s) => s !== "satisfied" && s !== "not-applicable")).toEqual([]);
    // The egress rules come from the for_each instances, attached through the configuration's reference.
    const sg = r.requirements.find((q) => q.id === "sg.egress")!;
    expect(sg.status).toBe("satisfied");
    // The Network Firewall policy in module.egress_firewall finds its rule groups by reference too.
    expect(
      r.requirements
        .find((q) => q.id === "aws.ec2")!
        .evidence.map((e) => e.message)
        .join("\n"),
    ).toMatch(/Network Firewall policy gitpod-runner passes TCP 443 to ec2\.eu-west-1\.amazonaws\.com/);
    // Evidence is located in the plan file.
    const text = readFileSync(PLAN, "utf8").split("\n");
    const loc = sg.evidence.find((e) => e.location)!.location!;
    expect(loc.file).toBe(PLAN);
    expect(text.slice(0, loc.line).join("\n")).toMatch(/"address": "aws_security_group\.environments"[\s\S]*"after": \{$/);
  });

  it.each(["standard", "enterprise"] as const)("gives the %s runner the requirement table its CloudFormation twin gives", (runner) => {
    const c: RunConfig = { runner, region: "eu-west-1" };
    const tf = check([PLAN], { config: c });
    const cfn = check(["fixtures/terraform/runner-network.cfn.yaml"], { config: c });
    expect(table(tf)).toEqual(table(cfn));
    if (runner === "enterprise") expect(status(tf, "noproxy.management")).toBe("satisfied");
  });

  it("a group Terraform creates has no default egress; CloudFormation's keeps AWS's allow-all", () => {
    // egress is not written (the configuration has no such expression): Terraform computes it after
    // apply from rule resources, of which there are none.
    const groupOnly: [string, string, Json, Json][] = [
      ["aws_security_group.env", "aws_security_group", group({ ingress: [rule(29222, "tcp")] }), { id: true, egress: true }],
    ];
    const configuration = {
      root_module: {
        resources: [{ address: "aws_security_group.env", type: "aws_security_group", name: "env", expressions: { ingress: [] } }],
      },
    };
    const tf = run(plan(groupOnly, configuration));
    expect(status(tf, "sg.egress")).toBe("violated");
    // Without the configuration section, an unknown egress list may have been written: unknown.
    expect(status(run(plan(groupOnly)), "sg.egress")).toBe("unknown");
    const cfn = check(
      [
        {
          path: "t.yaml",
          text: "Resources:\n  Env:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: environments\n      VpcId: vpc-0123\n      Tags: [{Key: runnerlint:role, Value: environment}]\n      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 29222, ToPort: 29222, CidrIp: 0.0.0.0/0}]\n",
        },
      ],
      { config },
    );
    expect(status(cfn, "sg.egress")).toBe("satisfied");
  });

  it("inline egress rules and rule resources on one group conflict: satisfied neither way, unknown", () => {
    const r = run(
      plan(
        [
          ["aws_security_group.env", "aws_security_group", group({ egress: ALL_EGRESS }), { id: true }],
          [
            "aws_security_group_rule.extra",
            "aws_security_group_rule",
            { type: "egress", from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["10.0.0.0/8"] },
            { security_group_id: true },
          ],
        ],
        {
          root_module: {
            resources: [
              { address: "aws_security_group.env", type: "aws_security_group", name: "env", expressions: { egress: [] } },
              {
                address: "aws_security_group_rule.extra",
                type: "aws_security_group_rule",
                name: "extra",
                expressions: { security_group_id: { references: ["aws_security_group.env.id", "aws_security_group.env"] } },
              },
            ],
          },
        },
      ),
    );
    expect(status(r, "sg.egress")).toBe("unknown");
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(
      /has inline egress rules and egress rule resources: Terraform overwrites one set with the other/,
    );
    // Without the rule resource the same inline rules are fine.
    expect(
      status(run(plan([["aws_security_group.env", "aws_security_group", group({ egress: ALL_EGRESS }), { id: true }]])), "sg.egress"),
    ).toBe("satisfied");
  });

  it("a value known only after apply is unknown, never a guess", () => {
    const r = run(
      plan([
        [
          "aws_security_group.env",
          "aws_security_group",
          group({ egress: [rule(443, "tcp", undefined), rule(8443, "tcp"), rule(4242, "udp")] }),
          {
            egress: [{ cidr_blocks: true }, {}, {}],
          },
        ],
      ]),
    );
    expect(status(r, "gitpod.management")).toBe("unknown");
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(
      /aws_security_group\.env\.egress\[0\]\.cidr_blocks is known only after apply/,
    );
  });

  it("count and for_each instances are separate groups; a reference to several instances is unknown", () => {
    const r = run(
      plan([
        ['aws_security_group.env["a"]', "aws_security_group", group({ egress: ALL_EGRESS }), {}, "a"],
        ['aws_security_group.env["b"]', "aws_security_group", group({ egress: [rule(443, "tcp")] }), {}, "b"],
      ]),
    );
    expect(r.scope.runnerGroups.map((g) => g.id).sort()).toEqual(['aws_security_group.env["a"]', 'aws_security_group.env["b"]']);
    // Group b lacks 8443: violated for it, whatever a allows.
    expect(status(r, "sg.egress")).toBe("violated");
    const ambiguous = run(
      plan(
        [
          ["aws_security_group.env[0]", "aws_security_group", group({ egress: [] }), { id: true }, 0],
          ["aws_security_group.env[1]", "aws_security_group", group({ egress: [] }), { id: true }, 1],
          [
            "aws_security_group_rule.out",
            "aws_security_group_rule",
            { type: "egress", from_port: 0, to_port: 0, protocol: "-1", cidr_blocks: ["0.0.0.0/0"] },
            { security_group_id: true },
          ],
        ],
        {
          root_module: {
            resources: [
              {
                address: "aws_security_group_rule.out",
                type: "aws_security_group_rule",
                name: "out",
                expressions: { security_group_id: { references: ["aws_security_group.env[0].id", "aws_security_group.env"] } },
              },
            ],
          },
        },
      ),
    );
    expect(ambiguous.errors).toEqual([]);
    expect(status(ambiguous, "sg.egress")).toBe("violated");
  });

  it("a resource the plan deletes is not there; one it replaces is", () => {
    const withActions = (actions: string[]) => {
      const p = JSON.parse(
        plan([
          ["aws_security_group.env", "aws_security_group", group({ egress: [rule(443, "tcp"), rule(4242, "udp")] }), {}],
          [
            "aws_security_group_rule.gateway",
            "aws_security_group_rule",
            { type: "egress", security_group_id: "sg-1", from_port: 8443, to_port: 8443, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] },
            {},
          ],
        ]),
      );
      p.resource_changes[0].change.after.id = "sg-1";
      p.resource_changes[1].change.actions = actions;
      return run(JSON.stringify(p));
    };
    // The inline egress and the rule resource conflict either way: judged on a group without inline egress.
    expect(status(withActions(["create"]), "gitpod.gateway-https")).not.toBe("violated");
    expect(status(withActions(["delete", "create"]), "gitpod.gateway-https")).not.toBe("violated");
    expect(status(withActions(["delete"]), "gitpod.gateway-https")).toBe("violated");
  });

  it("reads state JSON (values) and plans with planned_values only", () => {
    const values = {
      root_module: {
        resources: [
          {
            address: "aws_security_group.env",
            mode: "managed",
            type: "aws_security_group",
            name: "env",
            values: group({ id: "sg-1", egress: ALL_EGRESS }),
          },
        ],
      },
    };
    const state = run(JSON.stringify({ format_version: "1.0", terraform_version: "1.9.5", values }));
    expect(state.inputs[0]!.loader).toBe("terraform");
    expect(status(state, "sg.egress")).toBe("satisfied");
    const planned = run(JSON.stringify({ format_version: "1.2", terraform_version: "1.9.5", planned_values: values }));
    expect(status(planned, "sg.egress")).toBe("satisfied");
  });

  it("network ACLs: inline entries, rule resources and the subnets they filter", () => {
    const r = run(
      plan([
        ["aws_security_group.env", "aws_security_group", group({ egress: ALL_EGRESS }), {}],
        [
          "aws_network_acl.env",
          "aws_network_acl",
          {
            vpc_id: "vpc-0123",
            subnet_ids: ["subnet-1"],
            egress: [{ rule_no: 100, action: "allow", protocol: "-1", cidr_block: "0.0.0.0/0", from_port: 0, to_port: 0 }],
            ingress: [{ rule_no: 100, action: "allow", protocol: "-1", cidr_block: "0.0.0.0/0", from_port: 0, to_port: 0 }],
          },
          {},
        ],
        [
          "aws_network_acl_rule.block_8443",
          "aws_network_acl_rule",
          {
            network_acl_id: "acl-1",
            rule_number: 10,
            egress: true,
            protocol: "tcp",
            rule_action: "deny",
            cidr_block: "0.0.0.0/0",
            from_port: 8443,
            to_port: 8443,
          },
          {},
        ],
        ["aws_network_acl_association.env", "aws_network_acl_association", { network_acl_id: "acl-1", subnet_id: "subnet-1" }, {}],
      ]).replace('"vpc_id":"vpc-0123","subnet_ids"', '"id":"acl-1","vpc_id":"vpc-0123","subnet_ids"'),
      { ...config, vpcCidrs: ["10.0.0.0/16"] },
    );
    expect(status(r, "gitpod.gateway-https")).toBe("violated");
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(/network ACL aws_network_acl\.env.*8443/i);
  });

  it("SCPs: aws_organizations_policy with its attachment", () => {
    const r = check(["fixtures/terraform/scp-missing-gitpod-owner.plan.json"], { config });
    expect(r.inputs[0]!.loader).toBe("terraform-organizations");
    expect(status(r, "ami.owner-gitpod")).toBe("violated");
    expect(status(r, "ami.owner-amazon")).toBe("satisfied");
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(/SCP ami-guard \(aws_organizations_policy\.ami_guard\)/);
  });

  describe("the runner module's proxy_config (gitpod-io/terraform-aws-ona-runner)", () => {
    /** A root module calling the runner module; its task definitions are known only after apply. */
    const runnerPlan = (proxyConfig: Json | undefined, viaVariable = false) =>
      JSON.stringify({
        format_version: "1.2",
        terraform_version: "1.9.5",
        ...(viaVariable ? { variables: { proxy: { value: proxyConfig } } } : {}),
        resource_changes: [
          {
            address: "module.runner.aws_ecs_task_definition.runner",
            module_address: "module.runner",
            mode: "managed",
            type: "aws_ecs_task_definition",
            name: "runner",
            change: {
              actions: ["create"],
              before: null,
              after: { family: "runner" },
              after_unknown: { container_definitions: true, arn: true },
            },
          },
        ],
        configuration: {
          root_module: {
            module_calls: {
              runner: {
                source: "github.com/gitpod-io/terraform-aws-ona-runner?ref=v1.2.0",
                expressions: {
                  runner_id: { constant_value: "r-1" },
                  ...(proxyConfig === undefined
                    ? {}
                    : { proxy_config: viaVariable ? { references: ["var.proxy"] } : { constant_value: proxyConfig } }),
                },
                module: { resources: [] },
              },
            },
          },
        },
      });
    const enterprise: RunConfig = { runner: "enterprise", region: "eu-west-1" };
    const NOPROXY = ["noproxy.internal", "noproxy.link-local", "noproxy.management", "noproxy.amazonaws"];
    const statuses = (r: CheckResult) => NOPROXY.map((id) => status(r, id));

    it("https_proxy alone keeps the module's no_proxy default: every NO_PROXY entry is there", () => {
      const r = run(runnerPlan({ https_proxy: "http://proxy.example:3128" }), enterprise);
      expect(r.errors).toEqual([]);
      expect(statuses(r)).toEqual(["satisfied", "satisfied", "satisfied", "satisfied"]);
      // Through a root variable too.
      expect(statuses(run(runnerPlan({ https_proxy: "http://proxy.example:3128" }, true), enterprise))).toEqual([
        "satisfied",
        "satisfied",
        "satisfied",
        "satisfied",
      ]);
    });

    it('no_proxy = "" removes the variable: every NO_PROXY requirement is violated', () => {
      const r = run(runnerPlan({ https_proxy: "http://proxy.example:3128", no_proxy: "" }), enterprise);
      expect(statuses(r)).toEqual(["violated", "violated", "violated", "violated"]);
    });

    it("no proxy set: nothing to check; a proxy_config the plan does not know: unknown", () => {
      // No proxy variable: no proxy input, so no NO_PROXY verdict at all.
      expect(statuses(run(runnerPlan(undefined), enterprise)).every((s) => s === undefined || s === "not-applicable")).toBe(true);
      const unknownConfig = JSON.parse(runnerPlan({}));
      unknownConfig.configuration.root_module.module_calls.runner.expressions.proxy_config = { references: ["local.proxy"] };
      const r = run(JSON.stringify(unknownConfig), enterprise);
      expect(statuses(r).every((s) => s === "unknown")).toBe(true);
    });
  });

  it("reads a plan Windows PowerShell wrote (`terraform show -json plan > plan.json`: UTF-16 with a byte-order mark)", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-tf-"));
    const text = plan([["aws_security_group.env", "aws_security_group", group({ egress: ALL_EGRESS }), {}]]);
    const le = join(dir, "le.json");
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const be = join(dir, "be.json");
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]));
    for (const path of [le, be]) {
      const r = check([path], { config });
      expect(r.errors).toEqual([]);
      expect(status(r, "sg.egress")).toBe("satisfied");
    }
  });

  it("the account's Allowed AMIs setting (aws_ec2_allowed_images_settings) is judged like a declarative policy", () => {
    const settings = (providers: string[], extra: Json = {}) =>
      run(
        plan([
          [
            "aws_ec2_allowed_images_settings.this",
            "aws_ec2_allowed_images_settings",
            { state: "enabled", image_criterion: [{ image_providers: providers, ...extra }] },
            { id: true },
          ],
        ]),
      );
    const amazonOnly = settings(["amazon"]);
    expect(amazonOnly.inputs[0]!.loader).toBe("terraform-organizations");
    expect(status(amazonOnly, "ami.owner-amazon")).toBe("satisfied");
    expect(status(amazonOnly, "ami.owner-gitpod")).toBe("violated");
    expect(status(settings(["amazon", "995913728426"]), "ami.owner-gitpod")).toBe("satisfied");
    // A criterion runnerlint does not evaluate: unknown, not admitted.
    expect(status(settings(["amazon", "995913728426"], { image_names: ["gitpod/*"] }), "ami.owner-gitpod")).toBe("unknown");
  });

  it("with the .tf source beside the plan, a resource is located at its block there", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-tfsrc-"));
    writeFileSync(join(dir, "main.tf"), 'terraform {}\n\n  resource "aws_security_group" "env" {\n  name = "env"\n}\n');
    writeFileSync(
      join(dir, "plan.json"),
      plan([["aws_security_group.env", "aws_security_group", group({ egress: [rule(443, "tcp")] }), {}]]),
    );
    const r = check([join(dir, "plan.json")], { config });
    const f = r.findings.find((x) => x.ruleId === "securitygroup/egress")!;
    expect(f.location).toMatchObject({ file: join(dir, "main.tf"), line: 3, column: 3 });
  });

  it("a folder walk finds plan JSON by its content", () => {
    const r = check(["fixtures/terraform"], { config });
    expect(
      r.inputs
        .filter((i) => !i.file.startsWith("fixtures/terraform/source/"))
        .map((i) => `${i.file} ${i.loader}`)
        .sort(),
    ).toEqual([
      "fixtures/terraform/runner-network.cfn.yaml cloudformation",
      "fixtures/terraform/runner-network.cfn.yaml cloudformation-proxy",
      "fixtures/terraform/runner-network.plan.json terraform",
      "fixtures/terraform/runner-network.plan.json terraform-proxy",
      "fixtures/terraform/scp-missing-gitpod-owner.plan.json terraform-organizations",
    ]);
  });
});

describe("bad Terraform JSON: a located error, or unknowns", () => {
  const cli = (path: string, text: string) => check([{ path, text }], { config });

  it("a malformed plan, and a format Terraform promises no compatibility with", () => {
    const broken = cli("plan.json", '{"format_version": "1.2", "terraform_version": "1.9.5", "resource_changes": [ {"address": }]}');
    expect(broken.errors.map((e) => e.format())).toEqual([expect.stringMatching(/^plan\.json:1:\d+: .+ \[JSON_PARSE\]$/)]);
    const future = cli("plan.json", '{\n  "format_version": "2.0",\n  "terraform_version": "2.0.0",\n  "resource_changes": []\n}');
    expect(future.errors.map((e) => e.format())).toEqual([
      "plan.json:2:3: Terraform JSON format_version 2.0 is not supported (1.x is) [UNSUPPORTED_INPUT]",
    ]);
  });

  it("wrong shapes are unknowns or ignored, never crashes", () => {
    for (const text of [
      plan([
        [
          "aws_security_group.env",
          "aws_security_group",
          { ingress: "nope", egress: [7, null, { cidr_blocks: 5 }], tags: [] },
          { egress: "x" } as Json,
        ],
      ]),
      plan([
        ["aws_networkfirewall_firewall_policy.p", "aws_networkfirewall_firewall_policy", { firewall_policy: "x" }],
        ["aws_networkfirewall_rule_group.g", "aws_networkfirewall_rule_group", { rule_group: [{ rules_source: [7] }] }],
      ]),
      plan([
        ["aws_ecs_task_definition.t", "aws_ecs_task_definition", { container_definitions: "[not json" }],
        ["aws_launch_template.l", "aws_launch_template", { user_data: 5 }],
      ]),
      JSON.stringify({ format_version: "1.0", terraform_version: "1", resource_changes: [null, 1, { change: 5 }], configuration: 3 }),
    ]) {
      const r = run(text);
      for (const e of r.errors) expect(e.pos, e.format()).toBeDefined();
    }
  });
});
