// Terraform .tf source without a plan: the module of a file's folder is evaluated (variables,
// tfvars, locals, count / for_each, dynamic blocks, functions, local module calls) and judged like a
// plan; what the configuration alone does not decide is unknown, located where it is written.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { check, type CheckResult } from "../../src/check.js";
import type { RunConfig } from "../../src/model/config.js";
import { cidrsubnet } from "../../src/inputs/terraform/hcl/expressions.js";
import { loadTerraformParser } from "../../src/inputs/terraform/hcl/runtime.js";

beforeAll(() => loadTerraformParser());

const config: RunConfig = { runner: "standard", region: "eu-west-1" };
const status = (r: CheckResult, id: string) => r.requirements.find((q) => q.id === id)?.status;
const table = (r: CheckResult) => Object.fromEntries(r.requirements.map((q) => [q.id, q.status]));
const messages = (r: CheckResult) => r.findings.flatMap((f) => [f.message, ...(f.parts ?? []).map((p) => p.message)]).join("\n");

/** A module folder of the given files; returns the path of its first .tf file. */
function module(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-hcl-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return join(dir, Object.keys(files).find((n) => n.endsWith(".tf"))!);
}
const GROUP = `resource "aws_security_group" "env" {
  name = "env"
  tags = { "runnerlint:role" = "environment" }
EGRESS
}
`;
const egress = (port: number, protocol: string, cidr = '"0.0.0.0/0"') =>
  `  egress {\n    from_port = ${port}\n    to_port = ${port}\n    protocol = "${protocol}"\n    cidr_blocks = [${cidr}]\n  }\n`;
const ALL = egress(443, "tcp") + egress(8443, "tcp") + egress(4242, "udp");

describe("Terraform .tf source", () => {
  it.each(["standard", "enterprise"] as const)(
    "the runner network as .tf gives the %s runner its CloudFormation twin's table",
    (runner) => {
      const c: RunConfig = { runner, region: "eu-west-1" };
      const tf = check(["fixtures/terraform/source/runner-network"], { config: c });
      expect(tf.errors).toEqual([]);
      // One module: variables.tf, and the local module network.tf calls, are read with network.tf.
      expect(tf.inputs.filter((i) => i.module).map((i) => [i.file, i.module])).toEqual([
        ["fixtures/terraform/source/runner-network/modules/egress-firewall/main.tf", "fixtures/terraform/source/runner-network/network.tf"],
        ["fixtures/terraform/source/runner-network/variables.tf", "fixtures/terraform/source/runner-network/network.tf"],
      ]);
      expect(table(tf)).toEqual(table(check(["fixtures/terraform/runner-network.cfn.yaml"], { config: c })));
      expect(table(tf)).toEqual(table(check(["fixtures/terraform/runner-network.plan.json"], { config: c })));
    },
  );

  it("a finding is located at the attribute or block that causes it", () => {
    const path = module({ "main.tf": GROUP.replace("EGRESS", egress(443, "tcp") + egress(4242, "udp")) });
    const r = check([path], { config });
    const f = r.findings.find((x) => x.ruleId === "securitygroup/egress")!;
    expect(f.location).toMatchObject({ file: path, line: 1 });
    expect(status(r, "gitpod.gateway-https")).toBe("violated");
  });

  it("the runner module's proxy_config: https_proxy alone keeps no_proxy's default; no_proxy = \"\" removes it", () => {
    const enterprise: RunConfig = { runner: "enterprise", region: "eu-west-1" };
    const ids = ["noproxy.internal", "noproxy.link-local", "noproxy.management", "noproxy.amazonaws"];
    const kept = check(["fixtures/terraform/source/ona-runner-https-proxy"], { config: enterprise });
    expect(kept.errors).toEqual([]);
    expect(ids.map((id) => status(kept, id))).toEqual(["satisfied", "satisfied", "satisfied", "satisfied"]);
    const removed = check(["fixtures/terraform/source/ona-runner-no-proxy-removed"], { config: enterprise });
    expect(ids.map((id) => status(removed, id))).toEqual(["violated", "violated", "violated", "violated"]);
    expect(removed.findings[0]!.location).toMatchObject({ file: "fixtures/terraform/source/ona-runner-no-proxy-removed/main.tf", line: 9 });
  });

  it("variables: tfvars over defaults; without a value, unknown at the reference", () => {
    const files = {
      "main.tf": `variable "open" { default = "10.0.0.0/8" }\n${GROUP.replace("EGRESS", egress(443, "tcp", "var.open") + egress(8443, "tcp") + egress(4242, "udp"))}`,
    };
    // 10.0.0.0/8 holds no public address: a host name never resolves into it.
    expect(status(check([module(files)], { config }), "gitpod.management")).toBe("violated");
    const withVars = module({ ...files, "terraform.tfvars": 'open = "0.0.0.0/0"\n' });
    expect(status(check([withVars], { config }), "gitpod.management")).toBe("satisfied");
    const noValue = module({
      "main.tf": `variable "open" {}\n${GROUP.replace("EGRESS", egress(443, "tcp", "var.open") + egress(8443, "tcp") + egress(4242, "udp"))}`,
    });
    const r = check([noValue], { config });
    expect(status(r, "gitpod.management")).toBe("unknown");
    expect(messages(r)).toMatch(
      /var\.open has no value \(give it in terraform\.tfvars or a \*\.auto\.tfvars file\) \(.*main\.tf:\d+:\d+\)/,
    );
  });

  it("count, for_each, for expressions, conditionals, templates and functions", () => {
    const path = module({
      "main.tf": `locals {
  ports = { https = 443, gateway = 8443 }
  world = var.strict ? "10.0.0.0/8" : "0.0.0.0/0"
  rules = [for name, port in local.ports : { port = port, name = upper(name) } if port > 0]
}
variable "strict" { default = false }
${GROUP.replace(
  "EGRESS",
  `  dynamic "egress" {
    for_each = local.rules
    iterator = r
    content {
      from_port   = r.value.port
      to_port     = r.value.port
      protocol    = "tcp"
      cidr_blocks = [local.world]
      description = "\${r.value.name} egress"
    }
  }
${egress(4242, "udp", 'cidrsubnet("0.0.0.0/0", 0, 0)')}`,
)}`,
    });
    expect(status(check([path], { config }), "sg.egress")).toBe("satisfied");
    expect(cidrsubnet("10.20.0.0/16", 4, 3)).toBe("10.20.48.0/20");
    expect(cidrsubnet("10.0.0.0/8", 8, 255)).toBe("10.255.0.0/16");
    expect(() => cidrsubnet("10.0.0.0/30", 4, 0)).toThrow();
  });

  it("what the configuration does not decide is unknown, with where it is written", () => {
    const path = module({
      "main.tf": `data "aws_ip_ranges" "ec2" { services = ["ec2"] }
${GROUP.replace("EGRESS", `  egress {\n    from_port = 443\n    to_port = 443\n    protocol = "tcp"\n    cidr_blocks = data.aws_ip_ranges.ec2.cidr_blocks\n  }\n  egress {\n    from_port = 8443\n    to_port = 8443\n    protocol = "tcp"\n    cidr_blocks = [sometimes("x")]\n  }\n${egress(4242, "udp")}`)}`,
    });
    const r = check([path], { config });
    expect(status(r, "gitpod.management")).toBe("unknown");
    expect(status(r, "gitpod.gateway-https")).toBe("unknown");
    expect(messages(r)).toMatch(/data\.aws_ip_ranges\.ec2 is read when Terraform plans \(.*main\.tf:9:19\)/);
    expect(messages(r)).toMatch(/function sometimes\(\) is not evaluated/);
  });

  it("local module calls are followed with their arguments; other sources stop at their boundary", () => {
    const path = module({
      "main.tf": `module "sg" {\n  source = "./modules/sg"\n  open   = "0.0.0.0/0"\n}\nmodule "registry" {\n  source = "terraform-aws-modules/security-group/aws"\n}\n`,
      "modules/sg/main.tf": `variable "open" {}\n${GROUP.replace("EGRESS", egress(443, "tcp", "var.open") + egress(8443, "tcp", "var.open") + egress(4242, "udp", "var.open"))}`,
    });
    const r = check([path], { config });
    expect(r.scope.runnerGroups.map((g) => g.id)).toEqual(["module.sg.aws_security_group.env"]);
    expect(status(r, "sg.egress")).toBe("satisfied");
  });

  it("launch template user data from templatefile(): its proxy exports are the runner's proxy settings", () => {
    const files = (noProxy: string) => ({
      "main.tf": `variable "proxy" { default = "http://proxy.example:3128" }
resource "aws_launch_template" "runner" {
  name      = "runner"
  user_data = base64encode(templatefile("\${path.module}/user-data.sh", { proxy = var.proxy, no_proxy = "${noProxy}" }))
}
`,
      "user-data.sh": "#!/bin/bash\nexport HTTPS_PROXY=${proxy}\nexport NO_PROXY=${no_proxy}\n",
    });
    const enterprise: RunConfig = { runner: "enterprise", region: "eu-west-1" };
    const ok = check([module(files(".internal,169.254.0.0/16,app.gitpod.io,.amazonaws.com"))], { config: enterprise });
    expect(ok.errors).toEqual([]);
    expect(status(ok, "noproxy.management")).toBe("satisfied");
    const missing = check([module(files(".internal"))], { config: enterprise });
    expect(status(missing, "noproxy.management")).toBe("violated");
    expect(status(missing, "noproxy.internal")).toBe("satisfied");
  });

  it("*.auto.tfvars override terraform.tfvars, in name order", () => {
    const files = {
      "main.tf": `variable "open" {}\n${GROUP.replace("EGRESS", egress(443, "tcp", "var.open") + egress(8443, "tcp") + egress(4242, "udp"))}`,
      "terraform.tfvars": 'open = "10.0.0.0/8"\n',
      "a.auto.tfvars": 'open = "192.168.0.0/16"\n',
      "b.auto.tfvars": 'open = "0.0.0.0/0"\n',
    };
    expect(status(check([module(files)], { config }), "gitpod.management")).toBe("satisfied");
    expect(status(check([module({ ...files, "b.auto.tfvars": "" })], { config }), "gitpod.management")).toBe("violated");
  });

  it("a module that calls itself, or its parent, is not followed again", () => {
    const path = module({
      "main.tf": `module "self" {\n  source = "./"\n}\nmodule "up" {\n  source = "../"\n}\n${GROUP.replace("EGRESS", ALL)}`,
    });
    const r = check([path], { config });
    expect(r.errors).toEqual([]);
    expect(r.scope.runnerGroups.map((g) => g.id)).toEqual(["aws_security_group.env"]);
  });

  it("Terraform's semantics: a group without egress rules has none", () => {
    const r = check([module({ "main.tf": GROUP.replace("EGRESS", "") })], { config });
    expect(status(r, "sg.egress")).toBe("violated");
  });

  it("a syntax error is HCL_PARSE at its line and column; the other files of the run are still checked", () => {
    const bad = module({ "main.tf": 'resource "aws_vpc" "x" {\n  cidr_block = "10.0.0.0/16"\n\n' });
    const r = check([bad, "fixtures/cloudformation/gitpod-default.yaml"], { config });
    expect(r.errors.map((e) => e.format())).toEqual([expect.stringMatching(/main\.tf:\d+:\d+: syntax error: .+ \[HCL_PARSE\]$/)]);
    expect(r.requirements.length).toBeGreaterThan(0);
  });
});
