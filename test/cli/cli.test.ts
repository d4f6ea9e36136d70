// End to end: the built CLI as a user runs it (node bin/runnerlint.js), exit codes and output.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(process.cwd(), "bin", "runnerlint.js");

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]) {
  const r = run([...args, "--format", "json"]);
  return { ...r, report: JSON.parse(r.stdout) };
}

const STACK = /\n\s+at .+:\d+:\d+/;

describe("runnerlint check", () => {
  it("reports the violated requirements of a non-compliant template with their lines (exit 1)", () => {
    const { code, report } = json(["check", "fixtures/cloudformation/exposed-noncompliant.yaml"]);
    expect(code).toBe(1);
    expect(report.version).toBe(1);
    expect(report.tool).toMatchObject({ name: "runnerlint", catalogueVersion: expect.any(String) });
    const at = (ruleId: string) =>
      report.findings
        .filter((f: { ruleId: string }) => f.ruleId === ruleId)
        .map((f: { location: { line: number; column: number } }) => `${f.location.line}:${f.location.column}`);
    expect(at("securitygroup/runner-port-exposed")).toEqual(["20:11"]);
    expect(at("securitygroup/healthcheck-exposed")).toEqual(["33:3"]);
    // Every missing egress flow, one finding at the group's SecurityGroupEgress.
    expect(at("securitygroup/egress")).toEqual(["24:7"]);
    const status = Object.fromEntries(
      report.requirements
        .filter((r: { id: string }) => r.id.startsWith("sg."))
        .map((r: { id: string; status: string }) => [r.id, r.status]),
    );
    // The requirements this template speaks to (a requirement a new rule adds is its own tests' business).
    expect(status).toMatchObject({
      "sg.egress": "violated",
      "sg.healthcheck-exposed": "violated",
      "sg.runner-ingress": "satisfied",
      "sg.runner-port-exposed": "violated",
      "sg.ssh-ingress": "satisfied",
      "sg.ssh-world-open": "satisfied",
    });
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === "securitygroup/runner-port-exposed");
    expect(f).toMatchObject({
      severity: "error",
      status: "violated",
      requirement: "sg.runner-port-exposed",
      resource: "EnvironmentSecurityGroup",
    });
    expect(f.location.file).toBe("fixtures/cloudformation/exposed-noncompliant.yaml");
  });

  it("passes a compliant template with every requirement satisfied (exit 0)", () => {
    const { code, report } = json(["check", "fixtures/cloudformation/runner-compliant.yaml"]);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    // every requirement satisfied, except those a Standard runner with the default config does not
    // need (Enterprise-only APIs, optional logs and metrics) and the link-local IMDS, which the
    // template's security groups do not filter (egress/allowlist)
    const open = report.requirements
      .filter((r: { status: string }) => r.status !== "satisfied")
      .map((r: { id: string; status: string }) => `${r.id}:${r.status}`);
    expect(open.sort()).toEqual(
      ["aws.acm", "aws.elasticloadbalancing", "aws.imds", "aws.logs", "metrics.prometheus"].map((id) => `${id}:not-applicable`),
    );
  });

  it("exits 0 on warnings by default and 1 with --fail-on warning", () => {
    expect(run(["check", "fixtures/cloudformation/gitpod-default.yaml"]).code).toBe(0);
    expect(run(["check", "fixtures/cloudformation/gitpod-default.yaml", "--fail-on", "warning"]).code).toBe(1);
    expect(run(["check", "fixtures/cloudformation/exposed-noncompliant.yaml", "--fail-on", "never"]).code).toBe(0);
  });

  it("reports a violation that only some parameter values cause, with those values", () => {
    const { report } = json(["check", "fixtures/cloudformation/conditional-exposure.yaml"]);
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === "securitygroup/runner-port-exposed");
    expect(f.location.line).toBe(42);
    expect(f.scenarios).toEqual(expect.arrayContaining([expect.objectContaining({ RunnerPortOpen: "true" })]));
    expect(f.scenarios.every((s: { RunnerPortOpen: string }) => s.RunnerPortOpen === "true")).toBe(true);
    // Pinning the parameters removes the scenario that exposes the port.
    const pinned = json([
      "check",
      "fixtures/cloudformation/conditional-exposure.yaml",
      "--parameter",
      "RunnerPortOpen=false",
      "--parameter",
      "SshAccess=office",
    ]);
    expect(pinned.code).toBe(0);
    expect(pinned.report.findings).toEqual([]);
  });

  it("keeps unresolvable values unknown, never satisfied", () => {
    const { code, report } = json(["check", "fixtures/cloudformation/unresolvable.yaml"]);
    expect(code).toBe(0); // unknowns are warnings
    const status = Object.fromEntries(report.requirements.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(status["sg.ssh-ingress"]).toBe("unknown");
    expect(status["sg.runner-ingress"]).toBe("unknown");
    expect(report.findings.some((f: { message: string }) => /ImportValue shared-network-VpcCidr/.test(f.message))).toBe(true);
    expect(run(["check", "fixtures/cloudformation/unresolvable.yaml", "--fail-on", "warning"]).code).toBe(1);
  });

  it("joins describe-security-groups and describe-vpcs exports of one account", () => {
    const { code, report } = json([
      "check",
      "fixtures/securitygroup/environment-compliant.describe-security-groups.json",
      "fixtures/securitygroup/environment-compliant.describe-vpcs.json",
    ]);
    expect(code).toBe(0);
    expect(report.requirements.find((r: { id: string }) => r.id === "sg.runner-ingress").status).toBe("satisfied");
  });

  it("prints text grouped by file with a code frame and a summary line", () => {
    const { stdout } = run(["check", "fixtures/cloudformation/exposed-noncompliant.yaml"]);
    expect(stdout).toContain("fixtures/cloudformation/exposed-noncompliant.yaml\n");
    expect(stdout).toMatch(/> 20 \|\s+- IpProtocol: tcp/);
    expect(stdout.trim().split("\n").at(-1)).toMatch(/^1 file checked; \d+ errors/);
  });

  it("writes --output atomically and prints nothing to stdout", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-out-"));
    const out = join(dir, "report.json");
    const r = run(["check", "fixtures/cloudformation/runner-compliant.yaml", "--format", "json", "--output", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe(1);
  });
});

describe("bad input: exit 2, file:line:column, no stack trace", () => {
  it("a reader that stops early (`| head`) closes the pipe: no stack trace, the run's own exit code", () => {
    // The JSON report of fixtures/ is far larger than a pipe's buffer, so the writes hit EPIPE.
    const r = spawnSync(
      "sh",
      [
        "-c",
        `"${process.execPath}" "${BIN}" check fixtures/cloudformation --no-config --format json | head -c 10 >/dev/null; echo "exit=\${PIPESTATUS:-}"`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|node:events/);
    expect(r.stderr).not.toMatch(STACK);
  });

  const dir = mkdtempSync(join(tmpdir(), "runnerlint-bad-"));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it.each([
    ["YAML syntax", "bad.yaml", "Resources:\n  A:\n    Type: AWS::EC2::VPC\n   Properties: [\n", /bad\.yaml:\d+:\d+: .+ \[YAML_PARSE\]/],
    [
      "condition cycle",
      "cycle.yaml",
      "Conditions:\n  A: !Not [!Condition A]\nResources:\n  A:\n    Type: AWS::EC2::VPC\n",
      /cycle\.yaml:2:3: condition cycle: A -> A \[BAD_INTRINSIC\]/,
    ],
    ["JSON syntax", "bad.json", '{"Resources": {"A": }', /bad\.json:1:\d+: .+ \[JSON_PARSE\]/],
    [
      "JSON that only YAML reads (a trailing comma)",
      "trailing.json",
      '{"Resources": {"A": {"Type": "AWS::EC2::VPC"},}}',
      /trailing\.json:1:47: .+ \[JSON_PARSE\]/,
    ],
    ["binary", "bin.yaml", "\u0000\u0001\u0002", /bin\.yaml:1:1: .+ \[UNSUPPORTED_INPUT\]/],
    [
      "not UTF-8",
      "latin1.yaml",
      Buffer.from([0x52, 0x65, 0x73, 0xe9, 0x3a, 0x0a]).toString("latin1"),
      /latin1\.yaml:1:1: not UTF-8 text \[UNSUPPORTED_INPUT\]/,
    ],
    ["unrecognized", "other.json", '{"hello": "world"}', /other\.json: not a recognized input/],
  ])("%s", (_label, name, text, message) => {
    const path =
      name === "latin1.yaml"
        ? (writeFileSync(join(dir, name), Buffer.from([0x52, 0x65, 0x73, 0xe9, 0x3a, 0x0a])), join(dir, name))
        : file(name, text);
    const r = run(["check", path]);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(message);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
  });

  it("usage errors exit 2 with the usage", () => {
    for (const args of [["check"], ["check", "x.yaml", "--runner", "big"], ["check", "--bogus"], ["frobnicate"]]) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect(run(["check", join(dir, "missing.yaml")]).stderr).toMatch(/missing\.yaml: no such file or directory \[FILE_NOT_FOUND\]/);
  });

  it("a mistyped option gets a suggestion; every config error at once", () => {
    const r = run(["check", "--regoin", "eu-west-1", "fixtures/cloudformation/gitpod-default.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^runnerlint: unknown option --regoin \(did you mean --region\?\) \[USAGE\]/);
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-config-errors-"));
    writeFileSync(join(dir, ".runnerlint.yaml"), "runner: big\nregion: 5\nvpcCidrs: [nope]\n");
    writeFileSync(join(dir, "t.yaml"), readFileSync("fixtures/cloudformation/gitpod-default.yaml"));
    const c = run(["check", "t.yaml"], dir);
    expect(c.code).toBe(2);
    expect(
      c.stderr
        .split("\n")
        .filter((l) => l.includes("[CONFIG_INVALID]"))
        .map((l) => l.slice(0, l.indexOf(": ", 12))),
    ).toEqual(["runnerlint: .runnerlint.yaml:1:1", "runnerlint: .runnerlint.yaml:2:1", "runnerlint: .runnerlint.yaml:3:12"]);
  });

  it("--max-file-size sets the input size limit (default 16 MiB), located error and exit 2 past it", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-size-"));
    const f = join(dir, "t.yaml");
    writeFileSync(f, readFileSync("fixtures/cloudformation/gitpod-default.yaml", "utf8") + `# ${"x".repeat(200_000)}\n`);
    expect(run(["check", "--no-config", f]).code).toBe(0);
    const small = run(["check", "--no-config", "--max-file-size", "0.1", f]);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(
      /t\.yaml:1:1: file is 0\.2 MiB; the limit is 0\.1 MiB \(raise it with --max-file-size MIB\) \[SIZE_LIMIT\]/,
    );
    expect(run(["check", "--no-config", "--max-file-size", "0", f]).code).toBe(2);
  });

  it("one broken file does not stop the others, and the exit code still says so", () => {
    const folder = join(dir, "mixed");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-broken.yaml"), "Resources: [\n");
    writeFileSync(join(folder, "b-good.yaml"), readFileSync("fixtures/cloudformation/exposed-noncompliant.yaml"));
    const r = run(["check", folder, "--format", "json"]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({
      code: "YAML_PARSE",
      file: expect.stringContaining("a-broken.yaml"),
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it("an unreadable input still gets a complete report that names it", () => {
    const out = join(dir, "partial.json");
    const r = run([
      "check",
      join(dir, "missing-too.yaml"),
      "fixtures/cloudformation/runner-compliant.yaml",
      "--format",
      "json",
      "--output",
      out,
    ]);
    expect(r.code).toBe(2);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.errors).toEqual([expect.objectContaining({ code: "FILE_NOT_FOUND", file: expect.stringContaining("missing-too.yaml") })]);
    expect(report.inputs.map((i: { file: string }) => i.file)).toEqual(["fixtures/cloudformation/runner-compliant.yaml"]);
  });

  it("an unwritable --output fails with exit 2 and leaves nothing behind", () => {
    const out = join(dir, "no-such-dir", "r.json");
    const r = run(["check", "fixtures/cloudformation/runner-compliant.yaml", "--format", "json", "--output", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, "no-such-dir"))).toBe(false);
  });
});
