// The GitHub Action, as far as a machine without GitHub allows: action.yml is consistent (every
// input declared, passed and read; SARIF uploaded with codeql-action's upload-sarif), and its entry
// script, run locally as the runner would run it, checks fixtures and writes SARIF, annotations,
// the job summary and the step outputs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without types
import { ACTION_INPUTS, runnerlintCommand } from "../../scripts/github-action.mjs";

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } };
const inputs = ACTION_INPUTS as Record<string, string>;
const ENTRY = join(process.cwd(), "scripts", "github-action.mjs");

const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync("test/schemas/sarif-schema-2.1.0.json", "utf8")));

describe("action.yml", () => {
  it("is a composite action whose every input is declared, documented and used", () => {
    expect(action.runs.using).toBe("composite");
    const text = readFileSync("action.yml", "utf8");
    const used = new Set([...text.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!));
    for (const name of used) expect(action.inputs[name], `inputs.${name} is used but not declared`).toBeDefined();
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(used.has(name), `input ${name} is declared but never used`).toBe(true);
      expect(spec.description.length).toBeGreaterThan(10);
    }
  });

  it("passes each input the entry script reads, under the name it reads it by", () => {
    const check = action.runs.steps.find((s) => s.id === "check")!;
    expect(check.run).toBe('node "$GITHUB_ACTION_PATH/scripts/github-action.mjs"');
    expect(existsSync(ENTRY)).toBe(true);
    expect(Object.fromEntries(Object.entries(check.env!))).toEqual(Object.fromEntries(Object.entries(inputs).map(([name, env]) => [env, `\${{ inputs.${name} }}`])));
  });

  it("uploads the SARIF file with github/codeql-action/upload-sarif, even when the check failed, then fails with runnerlint's code", () => {
    const upload = action.runs.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload).toBeDefined();
    expect(upload.if).toMatch(/^always\(\) && /);
    expect(upload.with).toEqual({ sarif_file: "${{ steps.check.outputs.sarif-file }}", category: "${{ inputs.category }}" });
    const last = action.runs.steps[action.runs.steps.length - 1]!;
    expect(last.run).toMatch(/exit \$\{\{ steps\.check\.outputs\.exit-code/);
    expect(action.outputs["exit-code"]!.value).toBe("${{ steps.check.outputs.exit-code }}");
  });

  it("runs the action's own checkout when built, else the npm package of its version", () => {
    expect(runnerlintCommand(process.cwd(), "")).toEqual([process.execPath, join(process.cwd(), "bin", "runnerlint.js")]);
    const unbuilt = mkdtempSync(join(tmpdir(), "runnerlint-action-path-"));
    writeFileSync(join(unbuilt, "package.json"), JSON.stringify({ version: "9.8.7" }));
    expect(runnerlintCommand(unbuilt, "").slice(1)).toEqual(["--yes", "runnerlint@9.8.7"]);
    expect(runnerlintCommand(unbuilt, "1.2.3").slice(1)).toEqual(["--yes", "runnerlint@1.2.3"]);
  });
});

/** Runs the entry script as the runner does: the inputs as INPUT_*, GitHub's files in a temp folder. */
function runAction(with_: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-action-"));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("RUNNERLINT_") && !k.startsWith("INPUT_")) env[k] = v;
  for (const [name, spec] of Object.entries(action.inputs)) if (inputs[name]) env[inputs[name]!] = with_[name] ?? spec.default ?? "";
  Object.assign(env, { GITHUB_ACTION_PATH: process.cwd(), GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary.md"), GITHUB_ACTIONS: "true" }, extraEnv);
  env[inputs["sarif-file"]!] = join(dir, with_["sarif-file"] ?? "runnerlint.sarif");
  const r = spawnSync(process.execPath, [ENTRY], { encoding: "utf8", env });
  const outputs = Object.fromEntries(
    (existsSync(env.GITHUB_OUTPUT!) ? readFileSync(env.GITHUB_OUTPUT!, "utf8") : "")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  const sarif = existsSync(env[inputs["sarif-file"]!]!) ? JSON.parse(readFileSync(env[inputs["sarif-file"]!]!, "utf8")) : undefined;
  const summary = existsSync(env.GITHUB_STEP_SUMMARY!) ? readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8") : "";
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, sarif, summary };
}

describe("the action's entry script, run locally", () => {
  it("a non-compliant template: SARIF, annotations at the real line, a job summary, exit-code 1", () => {
    const r = runAction({ paths: "fixtures/cloudformation/exposed-noncompliant.yaml", args: "--no-config" });
    expect(r.status, r.stderr).toBe(0); // the upload step still runs; the last step fails the job
    expect(r.outputs["exit-code"]).toBe("1");
    expect(r.outputs["sarif-exists"]).toBe("true");
    expect(validateSarif(r.sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(r.sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/^::error file=fixtures\/cloudformation\/exposed-noncompliant\.yaml,line=20,col=11,/m);
    expect(r.summary).toMatch(/\| `sg\.runner-port-exposed` \|/);
  });

  it("a compliant folder with the inputs set: exit-code 0", () => {
    const r = runAction({ paths: "fixtures/cloudformation/runner-compliant.yaml\nfixtures/scp/owner-allowlist.json", runner: "standard", region: "eu-west-1", "fail-on": "warning", "fail-on-unknown": "true", args: "--no-config" });
    expect(r.outputs["exit-code"]).toBe("0");
    expect(r.stdout).toMatch(/^runnerlint check fixtures\/cloudformation\/runner-compliant\.yaml fixtures\/scp\/owner-allowlist\.json --runner standard --region eu-west-1 --fail-on warning --fail-on-unknown --no-config --format sarif/m);
  });

  it("waivers show up as SARIF suppressions", () => {
    const r = runAction({ paths: "fixtures/waivers/metadata.yaml fixtures/waivers/inline-comments.yaml", args: "--no-config" });
    const suppressed = r.sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions?.length);
    expect(suppressed.map((x: { suppressions: { justification: string }[] }) => x.suppressions[0]!.justification)).toEqual(
      expect.arrayContaining(["Trial account; users connect from changing home IPs", "lab VPC behind a NAT-only IGW; SEC-1234"]),
    );
  });

  it("runnerlint that cannot be installed: exit-code 2 and an ::error, never 1 (findings)", () => {
    // An unbuilt action checkout falls back to npx, here one that fails as npm does on a 404.
    const unbuilt = mkdtempSync(join(tmpdir(), "runnerlint-unbuilt-"));
    writeFileSync(join(unbuilt, "package.json"), JSON.stringify({ version: "0.0.0-not-published" }));
    const bin = mkdtempSync(join(tmpdir(), "runnerlint-fake-npx-"));
    writeFileSync(join(bin, "npx"), "#!/bin/sh\necho 'npm error 404 Not Found - runnerlint@0.0.0-not-published' >&2\nexit 1\n", { mode: 0o755 });
    const r = runAction({ paths: "fixtures/cloudformation/gitpod-default.yaml" }, { GITHUB_ACTION_PATH: unbuilt, PATH: `${bin}:${process.env.PATH}` });
    expect(r.outputs["exit-code"]).toBe("2");
    expect(r.outputs["sarif-exists"]).toBe("false");
    expect(r.stdout).toMatch(/^::error title=runnerlint::runnerlint could not run \(`npx` exited 1 without writing /m);
  });

  it("a broken config: exit-code 2, no SARIF to upload", () => {
    const r = runAction({ paths: "fixtures/cloudformation/gitpod-default.yaml", config: "fixtures/config/invalid.runnerlint.yaml" });
    expect(r.outputs["exit-code"]).toBe("2");
    expect(r.outputs["sarif-exists"]).toBe("false");
    expect(r.stderr).toMatch(/^runnerlint: fixtures\/config\/invalid\.runnerlint\.yaml:1:1: runner: must be one of/m);
  });
});
