// The entry point of the runnerlint GitHub Action (action.yml). A composite action does not export
// its inputs, so action.yml passes each as INPUT_<NAME>. This script:
//   1. runs `runnerlint check` with SARIF to a file, annotations (`--format github`) to the log and
//      a markdown report appended to $GITHUB_STEP_SUMMARY;
//   2. writes the outputs (exit-code, sarif-file, sarif-exists) to $GITHUB_OUTPUT;
//   3. exits 0, so the SARIF upload step runs; the action's last step exits with runnerlint's code.
// runnerlint itself is the action's own checkout: dist/action/runnerlint.js, the CLI bundled with
// its dependencies, beside the compiled policy in dist/policy (both committed: the action never
// installs or builds anything, and needs Node alone).
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The inputs of action.yml, as the environment variables it passes them in. */
export const ACTION_INPUTS = {
  paths: "INPUT_PATHS",
  runner: "INPUT_RUNNER",
  region: "INPUT_REGION",
  config: "INPUT_CONFIG",
  "fail-on": "INPUT_FAIL_ON",
  "fail-on-unknown": "INPUT_FAIL_ON_UNKNOWN",
  baseline: "INPUT_BASELINE",
  args: "INPUT_ARGS",
  "sarif-file": "INPUT_SARIF_FILE",
  "step-summary": "INPUT_STEP_SUMMARY",
};

const input = (name) => (process.env[ACTION_INPUTS[name]] ?? "").trim();
const words = (s) => s.split(/\s+/).filter(Boolean);

/** The runnerlint command of the action's checkout: [executable, ...leading args]. */
export function runnerlintCommand(actionPath) {
  return [process.execPath, join(actionPath, "dist", "action", "runnerlint.js")];
}

/** The `check` arguments for the inputs. */
export function checkArgs(sarifFile, summaryFile) {
  const args = ["check", ...(words(input("paths")).length ? words(input("paths")) : ["."])];
  if (input("runner")) args.push("--runner", input("runner"));
  if (input("region")) args.push("--region", input("region"));
  if (input("config")) args.push("--config", input("config"));
  if (input("fail-on")) args.push("--fail-on", input("fail-on"));
  if (/^(true|1|yes)$/i.test(input("fail-on-unknown"))) args.push("--fail-on-unknown");
  if (input("baseline")) args.push("--baseline", input("baseline"));
  args.push(...words(input("args")));
  args.push("--format", "sarif", "--output", sarifFile);
  if (summaryFile) args.push("--format", "markdown", "--output", summaryFile);
  args.push("--format", "github");
  return args;
}

function main() {
  const actionPath = process.env.GITHUB_ACTION_PATH || dirname(dirname(fileURLToPath(import.meta.url)));
  const sarifFile = input("sarif-file") || "runnerlint.sarif";
  const wantSummary = !/^(false|0|no)$/i.test(input("step-summary")) && Boolean(process.env.GITHUB_STEP_SUMMARY);
  const tmp = mkdtempSync(join(tmpdir(), "runnerlint-action-"));
  const summaryFile = wantSummary ? join(tmp, "summary.md") : undefined;
  const [cmd, ...lead] = runnerlintCommand(actionPath);
  const args = [...lead, ...checkArgs(sarifFile, summaryFile)];
  console.log(`runnerlint ${args.slice(lead.length).join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  let code = r.status ?? 2;
  if (summaryFile && existsSync(summaryFile)) appendFileSync(process.env.GITHUB_STEP_SUMMARY, readFileSync(summaryFile, "utf8"));
  rmSync(tmp, { recursive: true, force: true });
  const sarifExists = existsSync(resolve(sarifFile));
  // runnerlint writes its SARIF whenever it checks, findings or not: a non-zero exit without it
  // means runnerlint did not run (a checkout without its bundle, a Node too old), never "findings".
  if (r.error || (code !== 0 && code !== 2 && !sarifExists)) {
    console.log(
      `::error title=runnerlint::runnerlint could not run (${r.error ? r.error.message : `\`${cmd}\` exited ${code} without writing ${sarifFile}`})`,
    );
    code = 2;
  }
  if (process.env.GITHUB_OUTPUT)
    appendFileSync(process.env.GITHUB_OUTPUT, `exit-code=${code}\nsarif-file=${sarifFile}\nsarif-exists=${sarifExists}\n`);
  console.log(`runnerlint exited ${code}${sarifExists ? `; SARIF in ${sarifFile}` : ""}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
