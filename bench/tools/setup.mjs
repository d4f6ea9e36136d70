// Installs the benchmark's peers, pinned, into .tools/ (bench only: `npm test` never runs this).
//   - conftest: built from its Go module, pinned in bench/tools/conftest/go.mod (Go's `tool`
//     directive; conftest brings its own OPA version, see that go.mod) → .tools/bin/conftest
//   - Checkov and cfn-lint: pinned from PyPI into a bench-only venv, .tools/bench-venv
// Idempotent: stamp files record the pins; a second run with the same pins does nothing.
//   node bench/tools/setup.mjs          install what is missing, print the tools' paths
// Set RUNNERLINT_PYTHON to choose the interpreter (default: python3, then python).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findPython } from "../../scripts/setup-python-tools.mjs";

/** Bump deliberately: RESULTS.md names these versions. */
export const PYTHON_REQUIREMENTS = ["checkov==3.3.30", "cfn-lint==1.58.0"];

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const toolsBin = join(root, ".tools", "bin");
const conftestModule = join(root, "bench", "tools", "conftest");
export const CONFTEST = join(toolsBin, "conftest");
const conftestStamp = join(toolsBin, "conftest.stamp");
export const BENCH_VENV = join(root, ".tools", "bench-venv");
const venvStamp = join(BENCH_VENV, "runnerlint-bench.stamp");
const win = process.platform === "win32";
const venvBin = (name) => join(BENCH_VENV, win ? "Scripts" : "bin", win ? `${name}.exe` : name);
export const CHECKOV = venvBin("checkov");
export const CFN_LINT = venvBin("cfn-lint");

export function ensureConftest({ log = (s) => process.stderr.write(s + "\n") } = {}) {
  const pin = readFileSync(join(conftestModule, "go.mod"), "utf8") + readFileSync(join(conftestModule, "go.sum"), "utf8");
  if (existsSync(CONFTEST) && existsSync(conftestStamp) && readFileSync(conftestStamp, "utf8") === pin) return CONFTEST;
  mkdirSync(toolsBin, { recursive: true });
  log("building conftest from bench/tools/conftest/go.mod (first run only) ...");
  execFileSync("go", ["build", "-o", CONFTEST, "github.com/open-policy-agent/conftest"], {
    cwd: conftestModule,
    stdio: "inherit",
    env: { ...process.env, GOFLAGS: "-mod=mod", CGO_ENABLED: "0" },
  });
  writeFileSync(conftestStamp, pin);
  return CONFTEST;
}

export function ensurePythonPeers({ log = (s) => process.stderr.write(s + "\n") } = {}) {
  const pin = PYTHON_REQUIREMENTS.join("\n");
  if (existsSync(venvStamp) && readFileSync(venvStamp, "utf8") === pin && existsSync(CHECKOV) && existsSync(CFN_LINT))
    return { checkov: CHECKOV, cfnLint: CFN_LINT };
  if (!existsSync(venvBin("python"))) {
    log("creating .tools/bench-venv ...");
    execFileSync(findPython("for Checkov and cfn-lint"), ["-m", "venv", BENCH_VENV], { stdio: "inherit" });
  }
  log(`installing ${PYTHON_REQUIREMENTS.join(" ")} into .tools/bench-venv (first run only) ...`);
  execFileSync(
    venvBin("python"),
    ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--quiet", ...PYTHON_REQUIREMENTS],
    {
      stdio: "inherit",
      env: { ...process.env, PIP_REQUIRE_VIRTUALENV: "0" },
    },
  );
  writeFileSync(venvStamp, pin);
  return { checkov: CHECKOV, cfnLint: CFN_LINT };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureConftest());
    const { checkov, cfnLint } = ensurePythonPeers();
    console.log(checkov);
    console.log(cfnLint);
  } catch (e) {
    console.error(`bench setup failed: ${e.message}`);
    process.exit(1);
  }
}
