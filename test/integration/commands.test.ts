// `runnerlint rules` and `runnerlint explain`, as users run them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPolicyFiles } from "../../src/engine/policy.js";

const BIN = join(process.cwd(), "bin", "runnerlint.js");
const run = (args: string[], cwd = process.cwd()) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const rules = readPolicyFiles().rules.rules;

describe("runnerlint rules", () => {
  it("--format json: every rule with its metadata", () => {
    const r = run(["rules", "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.rules.map((x: { id: string }) => x.id)).toEqual(rules.map((x) => x.id));
    expect(json.rules[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        severity: expect.stringMatching(/^(error|warning|note)$/),
        messages: expect.any(Object),
        remediation: expect.any(String),
      }),
    );
  });

  it("--format markdown: a table per area, every rule once", () => {
    const r = run(["rules", "--format", "markdown"]);
    expect(r.code).toBe(0);
    for (const rule of rules) expect(r.stdout.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1);
    expect(r.stdout).toMatch(/^## securitygroup\n\n\| Rule \| Severity \| Title \| Requirements \| Input \|/m);
  });

  it("text, and a bad format is a usage error", () => {
    expect(run(["rules"]).stdout).toMatch(/^securitygroup\/ssh-ingress\s+error\s+/m);
    const bad = run(["rules", "--format", "yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of text, json, markdown/);
  });
});

describe("runnerlint explain", () => {
  it("explains scope: the rules, with the environment ports from the catalogue", () => {
    const r = run(["explain", "scope"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^ {2}inferred {2}no group has the environment role, and an ingress rule of it opens TCP 29222 or TCP 22999$/m,
    );
    expect(r.stdout).toMatch(/^ {2}compute {3}an ECS service/m);
    const json = JSON.parse(run(["explain", "scope", "--format", "json"]).stdout);
    expect(json.scope.markerPorts).toEqual([
      { protocol: "tcp", port: 29222 },
      { protocol: "tcp", port: 22999 },
    ]);
  });

  it("a rule: rationale, requirements, remediation, messages, source, docs", () => {
    const r = run(["explain", "securitygroup/ssh-world-open"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^securitygroup\/ssh-world-open \(warning\): /);
    expect(r.stdout).toMatch(/^Requirements: sg\.ssh-world-open \(SSH port 29222 open to the world\)$/m);
    expect(r.stdout).toMatch(/^Docs: docs\/rules\/securitygroup\/ssh-world-open\.md$/m);
    expect(r.stdout).toMatch(/^Messages:\n {2}\S+: /m);
  });

  it("a requirement: what it needs, its sources, the rules that judge it", () => {
    const r = run(["explain", "gitpod.gateway-udp"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Destinations:\n {2}\*\.us01\.gitpod\.dev UDP 4242/m);
    expect(r.stdout).toMatch(/^Source: Standard AWS Runner: Overview, section "Network Requirements > Required Outbound Endpoints"/m);
    expect(run(["explain", "noproxy.internal"]).stdout).toMatch(/^NO_PROXY entry: \.internal$/m);
    expect(run(["explain", "sg.ssh-ingress", "--format", "json"]).stdout).toMatch(/"securityGroup"/);
  });

  it("a user-declared requirement: the template, and the hosts the config declares", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-explain-"));
    writeFileSync(join(dir, ".runnerlint.yaml"), "scm:\n  gitlab: [gitlab.example.com, 'https://git.example.com:8443/group']\n");
    const r = run(["explain", "scm.gitlab"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^scm\.gitlab: SCM provider: gitlab$/m);
    expect(r.stdout).toMatch(/^Template: scm\.<name> \(user-declared\)$/m);
    expect(r.stdout).toMatch(
      /^Declared in \.runnerlint\.yaml:2:\n {2}gitlab\.example\.com TCP 443 \(https\)\n {2}git\.example\.com TCP 8443 \(https\) paths \/group$/m,
    );
    const undeclared = run(["explain", "scm.github"], dir);
    expect(undeclared.stdout).toMatch(/Each host you declare needs: <host> TCP 443 \(https\)/);
  });

  it("an unknown id: exit 2 with a suggestion", () => {
    const r = run(["explain", "sg.ssh-ingres"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^runnerlint: "sg\.ssh-ingres" is not a known rule or requirement \(did you mean "sg\.ssh-ingress"\?\)/);
  });
});
