// The config end to end, as a user runs the CLI: discovery from the working directory,
// precedence flags > RUNNERLINT_* > file, exit codes, and errors with file:line:column.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(process.cwd(), "bin", "runnerlint.js");
const FIXTURES = join(process.cwd(), "fixtures");
const STACK = /\n\s+at .+:\d+:\d+/;

/** The environment without any RUNNERLINT_* variable of the machine running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1" };
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("RUNNERLINT_")) env[k] = v;
  return { ...env, ...extra };
}

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: cleanEnv(env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project: .runnerlint.yaml at its root, a template two folders down. */
function project(config: string, template = "gitpod-default.yaml"): { root: string; deep: string } {
  const root = mkdtempSync(join(tmpdir(), "runnerlint-cfg-"));
  const deep = join(root, "infra", "network");
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(root, ".runnerlint.yaml"), config);
  copyFileSync(join(FIXTURES, "cloudformation", template), join(deep, "template.yaml"));
  return { root, deep };
}

describe("config file, end to end", () => {
  it("is found from a subfolder, and its failOn applies", () => {
    const { deep } = project("failOn: warning\n");
    const r = run(["check", "template.yaml"], deep);
    expect(r.code).toBe(1); // the SSH warning reaches failOn: warning
    expect(run(["check", "template.yaml", "--no-config"], deep).code).toBe(0);
  });

  it("precedence: flag > RUNNERLINT_* > file", () => {
    const { deep } = project("failOn: warning\n");
    expect(run(["check", "template.yaml"], deep, { RUNNERLINT_FAIL_ON: "error" }).code).toBe(0);
    expect(run(["check", "template.yaml", "--fail-on", "warning"], deep, { RUNNERLINT_FAIL_ON: "error" }).code).toBe(1);
    expect(run(["check", "template.yaml", "--fail-on", "never"], deep).code).toBe(0);
  });

  it("severity overrides and waivers from the file change the outcome; --config names another file", () => {
    const { root, deep } = project("severity:\n  securitygroup/ssh-world-open: error\n");
    expect(run(["check", "template.yaml"], deep).code).toBe(1);
    writeFileSync(
      join(root, "waive.yaml"),
      'severity:\n  securitygroup/ssh-world-open: error\nwaivers:\n  - rule: securitygroup/ssh-world-open\n    file: "infra/**"\n    reason: trial account\n',
    );
    const r = run(["check", "template.yaml", "--config", join(root, "waive.yaml"), "--format", "json"], deep);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toEqual([
      expect.objectContaining({
        ruleId: "securitygroup/ssh-world-open",
        severity: "error",
        suppression: expect.objectContaining({ source: "config", justification: "trial account" }),
      }),
    ]);
    // RUNNERLINT_CONFIG too.
    expect(run(["check", "template.yaml"], deep, { RUNNERLINT_CONFIG: join(root, "waive.yaml") }).code).toBe(0);
  });

  it("a stale config waiver is a note: exit 0, unless --fail-on note", () => {
    const { deep } = project(
      'waivers:\n  - rule: securitygroup/runner-port-exposed\n    file: "infra/**"\n    reason: was open once\n',
      "runner-compliant.yaml",
    );
    const r = run(["check", "template.yaml"], deep);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /\.\.\/\.\.\/\.runnerlint\.yaml\n\s+2:5\s+note\s+This waiver for securitygroup\/runner-port-exposed \(file infra\/\*\*\) matched no finding/,
    );
    expect(run(["check", "template.yaml", "--fail-on", "note"], deep).code).toBe(1);
  });

  it("--fail-on-unknown (and failOnUnknown in the file) fail on what cannot be verified", () => {
    const { deep } = project("runner: standard\n", "unresolvable.yaml");
    expect(run(["check", "template.yaml"], deep).code).toBe(0);
    expect(run(["check", "template.yaml", "--fail-on-unknown"], deep).code).toBe(1);
    expect(run(["check", "template.yaml"], deep, { RUNNERLINT_FAIL_ON_UNKNOWN: "true" }).code).toBe(1);
    const withFile = project("failOnUnknown: true\n", "unresolvable.yaml");
    expect(run(["check", "template.yaml"], withFile.deep).code).toBe(1);
    // Nothing unknown: nothing to fail on.
    const clean = project("failOnUnknown: true\n", "runner-compliant.yaml");
    expect(run(["check", "template.yaml"], clean.deep).code).toBe(0);
  });

  it("an invalid config exits 2 with file:line:column for each problem, and no stack trace", () => {
    const { deep } = project(
      "runner: standard\nregion: eu-west-1\nfeatures:\n  log: true\nwaivers:\n  - rule: securitygroup/ssh-world-open\n",
    );
    const r = run(["check", "template.yaml"], deep);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      'runnerlint: ../../.runnerlint.yaml:4:3: unknown key "log" (did you mean "logs"?) [CONFIG_INVALID]',
      'runnerlint: ../../.runnerlint.yaml:6:5: waivers[0]: missing "reason" [CONFIG_INVALID]',
    ]);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("bad environment variables and flags exit 2, naming them", () => {
    const { deep } = project("");
    const env = run(["check", "template.yaml"], deep, { RUNNERLINT_REGOIN: "eu-west-1" });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe(
      "runnerlint: RUNNERLINT_REGOIN: unknown environment variable (did you mean RUNNERLINT_REGION?) [CONFIG_INVALID]\n",
    );
    const flag = run(["check", "template.yaml", "--region", "Ireland"], deep);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("runnerlint: --region: is not an AWS region name (e.g. eu-west-1) [CONFIG_INVALID]\n");
    expect(run(["check", "template.yaml", "--config", "missing.yaml"], deep).stderr).toBe(
      "runnerlint: missing.yaml: config file not found [FILE_NOT_FOUND]\n",
    );
  });

  it("settings from the file reach the rules (runnerRoleArn in an SCP condition)", () => {
    // The engine is not needed to see this: the SCP rules read runnerRoleArn from the config.
    const { deep } = project("runnerRoleArn: arn:aws:iam::111122223333:role/GitpodRunner\nregion: eu-west-1\nscm:\n  github: github.com\n");
    copyFileSync(join(FIXTURES, "scp", "principal-exemption.json"), join(deep, "scp.json"));
    const withRole = JSON.parse(run(["check", "scp.json", "--format", "json"], deep).stdout);
    const without = JSON.parse(run(["check", "scp.json", "--format", "json", "--no-config", "--region", "eu-west-1"], deep).stdout);
    expect(JSON.stringify(withRole.requirements)).not.toBe(JSON.stringify(without.requirements));
  });
});
