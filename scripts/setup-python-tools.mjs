// Installs the Python tools the tests run for real, PINNED, from PyPI, into a venv under
// .tools/venv: moto (a local AWS API server, for the Organizations tests) and pre-commit (the
// hooks' test runs the real thing). Idempotent: a stamp file records the pins, and a second run
// with the same pins does nothing. scripts/test.mjs runs this before vitest.
//   node scripts/setup-python-tools.mjs       install if needed, print the venv's Python
// Set RUNNERLINT_PYTHON to choose the interpreter (default: python3, then python).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The pins. Bump deliberately: the tests assert moto's Organizations behaviour and pre-commit's installs. */
export const MOTO_REQUIREMENT = "moto[server]==5.2.5";
export const PRE_COMMIT_REQUIREMENT = "pre-commit==4.7.0";
const REQUIREMENTS = [MOTO_REQUIREMENT, PRE_COMMIT_REQUIREMENT];

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const VENV = join(root, ".tools", "venv");
const win = process.platform === "win32";
/** An executable of the venv (python, pre-commit, ...). */
export const venvBin = (name) => join(VENV, win ? "Scripts" : "bin", win ? `${name}.exe` : name);
const stamp = join(VENV, "runnerlint-python-tools.stamp");

/** A Python >= 3.9 with venv (RUNNERLINT_PYTHON, else python3, else python); `purpose` names why. */
export function findPython(purpose = "to install moto and pre-commit for the tests") {
  const candidates = process.env.RUNNERLINT_PYTHON ? [process.env.RUNNERLINT_PYTHON] : ["python3", "python"];
  for (const c of candidates) {
    try {
      const v = execFileSync(c, ["-c", "import sys, venv; print('%d.%d' % sys.version_info[:2])"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim();
      const [major, minor] = v.split(".").map(Number);
      if (major === 3 && minor >= 9) return c;
    } catch {
      // try the next one
    }
  }
  throw new Error(`Python >= 3.9 with the venv module is needed ${purpose} (set RUNNERLINT_PYTHON)`);
}

/** Installs the pinned tools when needed; returns the venv's Python. */
export function ensurePythonTools({ quiet = false } = {}) {
  const python = venvBin("python");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === REQUIREMENTS.join("\n") && existsSync(python)) return python;
  const log = quiet ? () => {} : (s) => process.stderr.write(s + "\n");
  mkdirSync(dirname(VENV), { recursive: true });
  if (!existsSync(python)) {
    log(`creating ${join(".tools", "venv")} ...`);
    execFileSync(findPython(), ["-m", "venv", VENV], { stdio: quiet ? "ignore" : "inherit" });
  }
  log(`installing ${REQUIREMENTS.join(", ")} into .tools/venv (first run only) ...`);
  execFileSync(python, ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--quiet", ...REQUIREMENTS], {
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, PIP_REQUIRE_VIRTUALENV: "0" },
  });
  // Proves the install: the server module must import, pre-commit must run.
  execFileSync(python, ["-c", "import moto.server, moto.organizations"], { stdio: "inherit" });
  execFileSync(venvBin("pre-commit"), ["--version"], { stdio: quiet ? "ignore" : "inherit" });
  writeFileSync(stamp, REQUIREMENTS.join("\n"));
  return python;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensurePythonTools());
  } catch (e) {
    console.error(`setup-python-tools failed: ${e.message}`);
    process.exit(1);
  }
}
