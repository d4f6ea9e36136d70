// The package as a consumer gets it: `npm pack` of the tree, installed from the tarball into an
// empty project (offline, from the npm cache `npm ci` filled) with no Go on PATH, then imported by
// name, type-checked against its .d.ts, and run through its bin. This is the built artifact
// (dist/ and the compiled policy), not the sources: `npm test` builds it first.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { envWithoutGo } from "./clean-clone.js";

const repo = process.cwd();
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let consumer = "";
let packed: { files: { path: string }[] };
let installLog = "";

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-pack-"));
  const env = envWithoutGo();
  packed = JSON.parse(
    execFileSync(npm, ["pack", "--json", "--pack-destination", dir], {
      cwd: repo,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  )[0];
  const tarball = join(dir, (packed as unknown as { filename: string }).filename);
  consumer = join(dir, "consumer");
  execFileSync("mkdir", ["-p", consumer]);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const install = (mode: string) =>
    spawnSync(npm, ["install", mode, "--no-audit", "--no-fund", "--no-package-lock", tarball], { cwd: consumer, env, encoding: "utf8" });
  // Offline first (the cache `npm ci` filled); the registry only if the cache lacks something.
  let r = install("--offline");
  if (r.status !== 0) r = install("--prefer-offline");
  if (r.status !== 0) throw new Error(`npm install of the tarball failed:\n${r.stderr}`);
  installLog = r.stdout + r.stderr;
  copyFileSync(join(repo, "fixtures", "cloudformation", "exposed-noncompliant.yaml"), join(consumer, "template.yaml"));
}, 120_000);

describe("the published package", () => {
  it("installs with no Go on PATH, runs no script of its own and npm warns about none", () => {
    // npm runs these on install from a registry tarball, or prepares a git dependency (installing
    // its dev dependencies) when one is present: a consumer would build.
    const scripts = (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const s of ["preinstall", "install", "postinstall", "prepare", "prepack", "build"])
      expect(scripts[s], `package.json scripts.${s}`).toBeUndefined();
    expect(installLog).not.toMatch(/install[- ]scripts?|prepare|gyp/i);
    expect(installLog).not.toMatch(/npm warn/i);
  });

  it("ships the built code, the compiled policy and the schemas, and not the sources or tests", () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of [
      "LICENSE",
      "bin/runnerlint.js",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/policy/policy.wasm",
      "dist/policy/rules.json",
      "dist/policy/data.json",
      "dist/validators/config.cjs",
      "dist/check-worker.js",
      "schemas/config.schema.json",
      "schemas/output/report.v1.schema.json",
      "schemas/output/baseline.v1.schema.json",
      "requirements/catalogue.yaml",
    ]) {
      expect(paths, p).toContain(p);
    }
    expect(paths.some((p) => /^(src|test|policies|fixtures|scripts)\//.test(p))).toBe(false);
  });

  it("imports by name: check, the config, waivers, reporters and the requirement catalogue", () => {
    writeFileSync(
      join(consumer, "use.mjs"),
      `import { check, checkParallel, defaultEngine, renderSarif, renderJson, resolveConfig, parseConfigText, applicableRequirements, REPORT_FORMATS } from "runnerlint";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
const engine = defaultEngine();
const cfg = resolveConfig({ file: parseConfigText(".runnerlint.yaml", "waivers:\\n  - rule: securitygroup/runner-port-exposed\\n    reason: lab\\n"), engine });
const result = check(["template.yaml"], { config: cfg.run, waivers: cfg.waivers, engine });
const sarif = JSON.parse(renderSarif(result, engine));
const json = JSON.parse(renderJson(result, engine));
// worker threads from the installed package: the same report as one thread
const folder = { config: cfg.run, waivers: cfg.waivers, engine };
const parallel = renderJson(await checkParallel(["."], { ...folder, jobs: 2, minFiles: 0 }), engine) === renderJson(check(["."], folder), engine);
const schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("runnerlint/schemas/config.schema.json")), "utf8"));
let deep = "exported";
try { await import("runnerlint/dist/check.js"); } catch (e) { deep = e.code; }
console.log(JSON.stringify({
  findings: result.findings.length,
  suppressed: result.suppressed.map((f) => f.ruleId),
  sarifResults: sarif.runs[0].results.length,
  jsonVersion: json.version,
  formats: REPORT_FORMATS.length,
  egress: applicableRequirements(engine.catalogue, { runner: "standard", region: "eu-west-1" }).some((r) => r.id === "aws.s3"),
  schemaId: schema.$id,
  deep,
  parallel,
}));
`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ["use.mjs"], { cwd: consumer, encoding: "utf8" }));
    expect(out.findings).toBeGreaterThan(0);
    expect(out).toEqual({
      findings: out.findings,
      suppressed: ["securitygroup/runner-port-exposed"],
      sarifResults: out.findings + 1,
      jsonVersion: 1,
      formats: 7,
      egress: true,
      schemaId: "https://runnerlint.dev/schemas/config.schema.json",
      deep: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      parallel: true,
    });
  });

  it("type-checks a TypeScript consumer against the shipped declarations", () => {
    writeFileSync(
      join(consumer, "use.ts"),
      `import { check, type CheckResult, type Finding, type SuppressedFinding, type RunConfig, type Waiver, type ResolvedConfig } from "runnerlint";
const config: RunConfig = { runner: "enterprise", ides: ["vscode"], features: { logs: true } };
const r: CheckResult = check(["template.yaml"], { config, severity: { "securitygroup/egress": "ignore" }, now: () => new Date() });
const f: Finding | undefined = r.findings[0];
const s: readonly SuppressedFinding[] = r.suppressed;
const w: Waiver[] = [];
export const out = [f?.expiredWaiver?.expires, s.length, w.length, r.baseline?.stale.length] as const;
export type C = ResolvedConfig["failOn"];
// @ts-expect-error: not a severity
export const bad: ResolvedConfig["failOn"] = "fatal";
`,
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
        },
        files: ["use.ts"],
      }),
    );
    const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");
    const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: consumer, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("the README's in-memory example type-checks against the declarations and runs", () => {
    const readme = readFileSync(join(repo, "README.md"), "utf8");
    const at = readme.indexOf("<!-- example: in-memory");
    const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
    writeFileSync(join(consumer, "in-memory.ts"), code);
    writeFileSync(
      join(consumer, "tsconfig.example.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          strict: true,
          outDir: "out",
          types: ["node"],
          typeRoots: [join(repo, "node_modules", "@types")],
        },
        files: ["in-memory.ts"],
      }),
    );
    const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");
    const built = spawnSync(process.execPath, [tsc, "-p", "tsconfig.example.json"], { cwd: consumer, encoding: "utf8" });
    expect(built.stdout + built.stderr).toBe("");
    const run = spawnSync(process.execPath, [join("out", "in-memory.js")], { cwd: consumer, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+:\d+ securitygroup\/runner-port-exposed$/m);
  });

  it("is ESM only, as the README says: require() fails with ERR_PACKAGE_PATH_NOT_EXPORTED", () => {
    const r = spawnSync(process.execPath, ["-e", "require('runnerlint')"], { cwd: consumer, encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });

  it("its bin runs: `runnerlint check` exits 1 on the fixture, `requirements` prints", () => {
    const bin = join(consumer, "node_modules", ".bin", "runnerlint");
    expect(existsSync(bin)).toBe(true);
    const r = spawnSync(bin, ["check", "template.yaml", "--no-config", "--format", "json"], { cwd: consumer, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain("securitygroup/runner-port-exposed");
    const req = spawnSync(bin, ["requirements", "--runner", "enterprise", "--format", "no-proxy", "--no-config"], {
      cwd: consumer,
      encoding: "utf8",
    });
    expect(req.stdout.trim()).toMatch(/^\.internal,/);
    expect(readFileSync(join(consumer, "node_modules", "runnerlint", "package.json"), "utf8")).toMatch(/"version"/);
  });
});
