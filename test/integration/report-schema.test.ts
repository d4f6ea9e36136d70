// The JSON report contract (schemas/output/report.v1.schema.json) checked against real output of
// the CLI: plain runs, waivers, an expired waiver, a baseline, unreadable inputs, other input kinds.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";

const BIN = join(process.cwd(), "bin", "runnerlint.js");
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addSchema(JSON.parse(readFileSync("schemas/output/baseline.v1.schema.json", "utf8")));
const validateReport = ajv.compile(JSON.parse(readFileSync("schemas/output/report.v1.schema.json", "utf8")));
const validateBaseline = ajv.getSchema("https://runnerlint.dev/schemas/output/baseline.v1.schema.json")!;

function report(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, "check", ...args, "--format", "json", "--no-config"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  expect(r.stdout, r.stderr).not.toBe("");
  return { code: r.status, json: JSON.parse(r.stdout) };
}

const RUNS: [string, string[]][] = [
  ["a compliant template", ["fixtures/cloudformation/runner-compliant.yaml"]],
  [
    "violations, unknowns, scenarios",
    [
      "fixtures/cloudformation/exposed-noncompliant.yaml",
      "fixtures/cloudformation/unresolvable.yaml",
      "fixtures/cloudformation/conditional-exposure.yaml",
    ],
  ],
  ["waivers of every in-file source, an expired one, a CDK template", ["fixtures/waivers"]],
  ["exports and SCPs", ["fixtures/securitygroup", "fixtures/scp/owner-allowlist.json", "--region", "eu-west-1"]],
  ["NO_PROXY from the command line", ["--runner", "enterprise", "--no-proxy", ".internal,app.gitpod.io"]],
  ["catalogue drift (a US-only firewall allowlist)", ["fixtures/network-firewall/compliant"]],
  [
    "the latest catalogue, a pinned gateway region",
    ["fixtures/network-firewall/compliant", "--catalogue", "latest", "--gateway-region", "us01"],
  ],
  ["an unreadable input", ["fixtures/cloudformation/gitpod-default.yaml", "fixtures/config/invalid.runnerlint.yaml"]],
];

describe("JSON report v1 contract", () => {
  it.each(RUNS)("%s", (_name, args) => {
    const { json } = report(args);
    expect(validateReport(json), JSON.stringify(validateReport.errors, null, 1)).toBe(true);
  });

  it("the waiver run has suppressed findings of both in-file sources and an expired waiver", () => {
    const { json } = report(["fixtures/waivers"]);
    expect(new Set(json.suppressed.map((s: { suppression: { source: string } }) => s.suppression.source))).toEqual(
      new Set(["comment", "metadata"]),
    );
    expect(json.findings.some((f: { expiredWaiver?: unknown }) => f.expiredWaiver)).toBe(true);
    expect(json.summary.suppressed).toBe(json.suppressed.length);
  });

  it("with a baseline, and the baseline file itself", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-schema-"));
    const file = join(dir, "baseline.json");
    report(["fixtures/cloudformation/exposed-noncompliant.yaml", "--write-baseline", file]);
    const written = JSON.parse(readFileSync(file, "utf8"));
    expect(validateBaseline(written), JSON.stringify(validateBaseline.errors)).toBe(true);
    const { json, code } = report([
      "fixtures/cloudformation/exposed-noncompliant.yaml",
      "fixtures/cloudformation/gitpod-default.yaml",
      "--baseline",
      file,
    ]);
    expect(code).toBe(0);
    expect(validateReport(json), JSON.stringify(validateReport.errors, null, 1)).toBe(true);
    expect(json.baseline.baselined).toBe(written.findings.reduce((n: number, e: { count: number }) => n + e.count, 0));
  });

  it("the schema rejects what the contract forbids (it is not vacuous)", () => {
    const { json } = report(["fixtures/cloudformation/exposed-noncompliant.yaml"]);
    const bad = structuredClone(json);
    bad.findings[0].severity = "critical";
    expect(validateReport(bad)).toBe(false);
    const extra = structuredClone(json);
    extra.findings[0].line = 3;
    expect(validateReport(extra)).toBe(false);
    const missing = structuredClone(json);
    delete missing.suppressed;
    expect(validateReport(missing)).toBe(false);
  });
});
