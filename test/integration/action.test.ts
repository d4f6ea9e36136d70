// The GitHub Action, as far as a machine without GitHub allows: action.yml is consistent (every
// input declared, passed and read; SARIF uploaded with codeql-action's upload-sarif), and its entry
// script, run as the runner runs it — from a clean clone of the repository at HEAD (no
// node_modules, nothing built, no Go on PATH), in a workspace of its own — checks fixtures and
// writes SARIF, annotations, the job summary and the step outputs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without types
import { ACTION_INPUTS, runnerlintCommand } from "../../scripts/github-action.mjs";
import { cleanClone, envWithoutGo, workspaceWithFixtures } from "./clean-clone.js";

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
const action = parse(readFileSync("action.yml", "utf8")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};
const inputs = ACTION_INPUTS as Record<string, string>;
const ENTRY = join(process.cwd(), "scripts", "github-action.mjs");
let clone = "";
let workspace = "";

beforeAll(() => {
  clone = cleanClone("runnerlint-action-");
  workspace = workspaceWithFixtures(clone, "runnerlint-workspace-");
}, 60_000);

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
    expect(Object.fromEntries(Object.entries(check.env!))).toEqual(
      Object.fromEntries(Object.entries(inputs).map(([name, env]) => [env, `\${{ inputs.${name} }}`])),
    );
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

  it("runs the bundle committed in the action's own checkout: nothing to install or build", () => {
    expect(runnerlintCommand("/a")).toEqual([process.execPath, join("/a", "dist", "action", "runnerlint.js")]);
    expect(existsSync(join(clone, "dist", "action", "runnerlint.js")), "dist/action is committed").toBe(true);
    expect(existsSync(join(clone, "node_modules"))).toBe(false);
    expect(spawnSync("go", ["version"], { env: envWithoutGo() }).error, "Go must not be on the test's PATH").toBeDefined();
  });
});

/** Runs the clone's entry script as the runner does: the inputs as INPUT_*, GitHub's files in a temp folder. */
function runAction(with_: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-action-"));
  const env = envWithoutGo();
  for (const [name, spec] of Object.entries(action.inputs)) if (inputs[name]) env[inputs[name]!] = with_[name] ?? spec.default ?? "";
  Object.assign(
    env,
    {
      GITHUB_ACTION_PATH: clone,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(dir, "output"),
      GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
      GITHUB_ACTIONS: "true",
    },
    extraEnv,
  );
  env[inputs["sarif-file"]!] = join(dir, with_["sarif-file"] ?? "runnerlint.sarif");
  const r = spawnSync(process.execPath, [join(env.GITHUB_ACTION_PATH!, "scripts", "github-action.mjs")], {
    cwd: workspace,
    encoding: "utf8",
    env,
  });
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

describe("the action's entry script, from a clean clone without Go", () => {
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
    const r = runAction({
      paths: "fixtures/cloudformation/runner-compliant.yaml\nfixtures/scp/owner-allowlist.json",
      runner: "standard",
      region: "eu-west-1",
      "fail-on": "warning",
      "fail-on-unknown": "true",
      args: "--no-config",
    });
    expect(r.outputs["exit-code"]).toBe("0");
    expect(r.stdout).toMatch(
      /^runnerlint check fixtures\/cloudformation\/runner-compliant\.yaml fixtures\/scp\/owner-allowlist\.json --runner standard --region eu-west-1 --fail-on warning --fail-on-unknown --no-config --format sarif/m,
    );
  });

  it("waivers show up as SARIF suppressions", () => {
    const r = runAction({ paths: "fixtures/waivers/metadata.yaml fixtures/waivers/inline-comments.yaml", args: "--no-config" });
    const suppressed = r.sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions?.length);
    expect(suppressed.map((x: { suppressions: { justification: string }[] }) => x.suppressions[0]!.justification)).toEqual(
      expect.arrayContaining(["Trial account; users connect from changing home IPs", "lab VPC behind a NAT-only IGW; SEC-1234"]),
    );
  });

  it("a checkout without its bundle (a commit that was never built): exit-code 2 and an ::error, never 1 (findings)", () => {
    const unbuilt = cleanClone("runnerlint-unbuilt-");
    rmSync(join(unbuilt, "dist", "action"), { recursive: true });
    const r = runAction({ paths: "fixtures/cloudformation/gitpod-default.yaml" }, { GITHUB_ACTION_PATH: unbuilt });
    expect(r.outputs["exit-code"]).toBe("2");
    expect(r.outputs["sarif-exists"]).toBe("false");
    expect(r.stdout).toMatch(/^::error title=runnerlint::runnerlint could not run \(`.*node` exited 1 without writing /m);
  });

  it("the worker threads of a folder of 16 files or more run from the bundle too", () => {
    const r = runAction({ paths: "fixtures/cloudformation", args: "--no-config --jobs 2" });
    expect(r.outputs["sarif-exists"], r.stderr).toBe("true");
    expect(r.sarif.runs[0].artifacts.length).toBeGreaterThanOrEqual(16);
  });

  it("a broken config: exit-code 2, no SARIF to upload", () => {
    const r = runAction({ paths: "fixtures/cloudformation/gitpod-default.yaml", config: "fixtures/config/invalid.runnerlint.yaml" });
    expect(r.outputs["exit-code"]).toBe("2");
    expect(r.outputs["sarif-exists"]).toBe("false");
    expect(r.stderr).toMatch(/^runnerlint: fixtures\/config\/invalid\.runnerlint\.yaml:1:1: runner: must be one of/m);
  });
});
