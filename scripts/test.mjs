// `npm test`: everything, in order, stopping at the first failure.
//   build (OPA, Wasm, TypeScript) → tsc type check (src + tests) → biome ci (format, lint) → opa fmt → opa check --strict (with the input schemas)
//   → opa test native with a coverage floor → opa test on the Wasm target → setup chromium, moto and
//   pre-commit, the oracles, the template corpus → vitest.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { opaPath } from "./opa.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const COVERAGE_FLOOR = 90;
const bin = (name) => join(root, "node_modules", ".bin", name);
const opa = () => opaPath();
const data = "dist/policy/data.json";
// Data and docs under policies/ are not Rego; examples are replayed by vitest instead.
const ignores = ["--ignore", "capabilities.json", "--ignore", "*.yaml", "--ignore", "*.md"];

function step(title, cmd, args, { capture = false } = {}) {
  const started = Date.now();
  process.stdout.write(`\n== ${title}\n`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit",
    encoding: "utf8",
    maxBuffer: 512 << 20,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    if (capture && r.stdout) process.stdout.write(r.stdout.slice(-20000));
    console.error(`\n${title}: FAILED (exit ${r.status})`);
    process.exit(r.status || 1);
  }
  process.stdout.write(`   ok (${((Date.now() - started) / 1000).toFixed(1)}s)\n`);
  return r.stdout;
}

step("build", process.execPath, ["scripts/build.mjs"]);
step("type check", bin("tsc"), ["-p", "tsconfig.test.json", "--noEmit"]);
// Formatting and lint of the TypeScript and scripts (biome.jsonc): fails on any difference.
step("biome ci", bin("biome"), ["ci", "--colors=off", "."]);
step("opa fmt", opa(), ["fmt", "--fail", "--list", "policies"]);
// With the input schemas, every input.* reference of a rule whose METADATA names its schema is
// type-checked against the normalized input model the loaders produce (schemas/input).
step("opa check --strict", opa(), [
  "check",
  "--strict",
  "--capabilities",
  "policies/capabilities.json",
  "--schema",
  "schemas/input",
  ...ignores,
  "policies",
]);
const cov = JSON.parse(
  step(
    `opa test (native, coverage >= ${COVERAGE_FLOOR}%)`,
    opa(),
    ["test", "--coverage", "--threshold", String(COVERAGE_FLOOR), ...ignores, "policies", data],
    { capture: true },
  ),
);
console.log(`   coverage ${cov.coverage?.toFixed(1)}%`);
const wasm = step("opa test (wasm target)", opa(), ["test", "-t", "wasm", ...ignores, "policies", data], { capture: true });
const regoPassed = Number(/PASS: (\d+)\//.exec(wasm)?.[1] ?? 0);
console.log(`   ${wasm.trim().split("\n").at(-1)}`);
// Debian's chromium for the HTML report test (installs it when missing and possible; skips cleanly otherwise).
step("setup chromium", process.execPath, ["scripts/setup-chromium.mjs"]);
// moto (a local AWS API server, for the Organizations tests) and pre-commit (for the hooks' test),
// pinned, in .tools/venv.
step("setup moto and pre-commit", process.execPath, ["scripts/setup-python-tools.mjs"]);
// The engines the oracle tests compare runnerlint with (Go's httpproxy, built from tools/go.mod).
step("setup oracles", process.execPath, ["scripts/setup-oracles.mjs"]);
// cfn-lint's test templates (its pinned sdist from PyPI): real templates for the scope tests.
step("setup corpus", process.execPath, ["scripts/setup-corpus.mjs"]);
const vitestJson = join(root, "test-output", "vitest.json");
step("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
// One plain closing line for CI: the Rego tests (Wasm target; the native run is the same suite)
// and the vitest tests. Any failure exited above.
const v = JSON.parse(readFileSync(vitestJson, "utf8"));
console.log(`\ntests: ${regoPassed + v.numPassedTests} passed, ${v.numFailedTests} failed`);
