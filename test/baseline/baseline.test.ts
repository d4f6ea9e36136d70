// Baselines: keyed by file, resource, rule and requirement (not lines), counted per key, stale
// entries surfaced; --write-baseline and --baseline end to end.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, defaultEngine } from "../../src/check.js";
import type { Finding } from "../../src/model/result.js";
import { applyBaseline, createBaseline, parseBaseline, type Baseline } from "../../src/baseline/index.js";

const engine = defaultEngine();
const EXPOSED = readFileSync("fixtures/cloudformation/exposed-noncompliant.yaml", "utf8");
// The security-group rules' findings: their number does not change when other areas' rules land.
const SG = (f: Finding) => f.ruleId.startsWith("securitygroup/");
const findingsOf = (text: string, path = "infra/net.yaml") =>
  check([{ path, text }], { config: { runner: "standard" }, engine }).findings.filter(SG);
const baselineOf = (fs: Finding[], at = "baseline.json"): Baseline => ({ dir: process.cwd(), entries: createBaseline(fs, at).findings });

describe("baseline keys", () => {
  it("groups findings by file, resource, rule and requirement, with counts, sorted, without lines", () => {
    const b = createBaseline(findingsOf(EXPOSED), "baseline.json");
    expect(b).toEqual({
      version: 1,
      tool: "runnerlint",
      findings: [
        {
          file: "infra/net.yaml",
          resource: "EnvironmentSecurityGroup",
          ruleId: "securitygroup/egress",
          requirement: "sg.egress",
          count: 6,
        },
        {
          file: "infra/net.yaml",
          resource: "EnvironmentSecurityGroup",
          ruleId: "securitygroup/healthcheck-exposed",
          requirement: "sg.healthcheck-exposed",
          count: 1,
        },
        {
          file: "infra/net.yaml",
          resource: "EnvironmentSecurityGroup",
          ruleId: "securitygroup/runner-port-exposed",
          requirement: "sg.runner-port-exposed",
          count: 1,
        },
      ],
    });
  });

  it("paths are relative to the baseline file's folder", () => {
    expect(createBaseline(findingsOf(EXPOSED), "ci/baseline.json").findings[0]!.file).toBe("../infra/net.yaml");
  });

  it("findings that moved lines stay baselined", () => {
    const b = baselineOf(findingsOf(EXPOSED));
    const moved = EXPOSED.replace("Resources:\n", "Parameters:\n  Unused:\n    Type: String\n    Default: x\n\nResources:\n");
    const r = applyBaseline(findingsOf(moved), b);
    expect(r.findings).toEqual([]);
    expect(r.baselined).toHaveLength(3); // one per cause: the six missing egress flows are one finding
    expect(r.stale).toEqual([]);
  });

  it("the same rule on another resource, or one more finding on the same key, is new", () => {
    const b = baselineOf(findingsOf(EXPOSED));
    const renamed = EXPOSED.replace(/EnvironmentSecurityGroup/g, "EnvGroup2");
    expect(applyBaseline(findingsOf(renamed), b).findings).toHaveLength(3);
    const twice = EXPOSED.replace(
      "          CidrIp: 0.0.0.0/0\n      SecurityGroupEgress:",
      "          CidrIp: 0.0.0.0/0\n        - IpProtocol: tcp\n          FromPort: 22990\n          ToPort: 23000\n          CidrIp: 0.0.0.0/0\n      SecurityGroupEgress:",
    );
    const r = applyBaseline(findingsOf(twice), b);
    expect(r.findings.map((f) => f.ruleId)).toEqual(["securitygroup/runner-port-exposed"]);
    expect(r.findings[0]!.location.line).toBe(24); // the later one is the new one
  });

  it("a file renamed is a new file; fixed findings leave stale entries", () => {
    const b = baselineOf(findingsOf(EXPOSED));
    expect(applyBaseline(findingsOf(EXPOSED, "infra/other.yaml"), b).findings).toHaveLength(3);
    const fixed = EXPOSED.replace(
      "          FromPort: 22999\n          ToPort: 22999\n          CidrIp: 0.0.0.0/0",
      "          FromPort: 22999\n          ToPort: 22999\n          CidrIp: 10.0.0.0/16",
    );
    const r = applyBaseline(findingsOf(fixed), b);
    expect(r.findings).toEqual([]);
    expect(r.stale).toEqual([expect.objectContaining({ ruleId: "securitygroup/runner-port-exposed", count: 1 })]);
  });

  it("check() applies a baseline and reports what it accepted", () => {
    const b = baselineOf(findingsOf(EXPOSED));
    const r = check([{ path: "infra/net.yaml", text: EXPOSED }], { config: { runner: "standard" }, engine, baseline: b });
    expect(r.findings.filter(SG)).toEqual([]);
    expect(r.baseline!.baselined).toHaveLength(8); // each verdict, before findings are grouped by cause
  });

  it("a malformed baseline is an error with its position", () => {
    expect(() =>
      parseBaseline("b.json", '{"version": 1, "findings": [{"file": "a", "ruleId": "r", "requirement": "q", "count": 0}]}'),
    ).toThrow(expect.objectContaining({ code: "CONFIG_INVALID", file: "b.json", pos: { line: 1, column: 78 } }));
    expect(() => parseBaseline("b.json", '{"version": 1, "findings": [], "extra": true}')).toThrow(/unknown key "extra"/);
    expect(() => parseBaseline("b.json", "{not json")).toThrow(expect.objectContaining({ code: "JSON_PARSE" }));
  });
});

describe("--write-baseline and --baseline (CLI)", () => {
  const BIN = join(process.cwd(), "bin", "runnerlint.js");
  const cli = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [BIN, ...args, "--no-config"], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

  it("writes a baseline (exit 0), then only new findings fail", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-baseline-"));
    mkdirSync(join(dir, "infra"));
    copyFileSync("fixtures/cloudformation/exposed-noncompliant.yaml", join(dir, "infra", "net.yaml"));
    const before = cli(["check", "infra", "--format", "json"], dir);
    expect(before.status).toBe(1);
    // Each part of a finding grouped by cause is a baseline entry's count.
    const all = (
      JSON.parse(before.stdout).findings as { ruleId: string; resource?: string; requirement: string; parts?: { requirement: string }[] }[]
    ).flatMap((f) => (f.parts ?? [f]).map((p) => ({ ...f, requirement: p.requirement })));
    const w = cli(["check", "infra", "--write-baseline", "runnerlint-baseline.json"], dir);
    expect(w.status).toBe(0);
    // Quiet: no report (a --format or --output asks for one too), one line on stderr.
    expect(w.stdout).toBe("");
    expect(w.stderr).toMatch(/^runnerlint: baseline written to runnerlint-baseline\.json: \d+ findings under \d+ keys\.\n$/);
    const written = JSON.parse(readFileSync(join(dir, "runnerlint-baseline.json"), "utf8")).findings as { count: number }[];
    expect(written.length).toBe(new Set(all.map((f) => `${f.resource}|${f.ruleId}|${f.requirement}`)).size);
    expect(written.reduce((n, e) => n + e.count, 0)).toBe(all.length);

    const ok = cli(["check", "infra", "--baseline", "runnerlint-baseline.json", "--format", "json"], dir);
    expect(ok.status).toBe(0);
    const report = JSON.parse(ok.stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary.baselined).toBe(all.length);
    expect(report.baseline).toEqual({ file: "runnerlint-baseline.json", baselined: all.length, stale: [] });

    // A new problem in another file fails the run; the old ones stay quiet.
    copyFileSync("fixtures/cloudformation/exposed-noncompliant.yaml", join(dir, "infra", "new.yaml"));
    const again = cli(["check", "infra", "--baseline", "runnerlint-baseline.json", "--format", "json"], dir);
    expect(again.status).toBe(1);
    expect(new Set(JSON.parse(again.stdout).findings.map((f: { location: { file: string } }) => f.location.file))).toEqual(
      new Set(["infra/new.yaml"]),
    );

    // RUNNERLINT_BASELINE does the same as --baseline.
    const env = spawnSync(process.execPath, [BIN, "check", "infra/net.yaml", "--no-config"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, RUNNERLINT_BASELINE: "runnerlint-baseline.json" },
    });
    expect(env.status).toBe(0);
    expect(env.stdout).toMatch(new RegExp(`${all.length} in the baseline`));
  });

  it("a missing or broken baseline is exit 2 with the file named", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-baseline-"));
    copyFileSync("fixtures/cloudformation/gitpod-default.yaml", join(dir, "t.yaml"));
    const missing = cli(["check", "t.yaml", "--baseline", "nope.json"], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^runnerlint: nope\.json: baseline file not found/);
    writeFileSync(join(dir, "b.json"), '{"version": 2, "findings": []}');
    const bad = cli(["check", "t.yaml", "--baseline", "b.json"], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^runnerlint: b\.json:1:2: not a runnerlint baseline: \/version must be equal to constant/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
