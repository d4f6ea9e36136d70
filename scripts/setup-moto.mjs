// Installs moto (a local AWS API server) for the Organizations tests: a Python venv under
// .tools/venv with a PINNED moto[server] from PyPI. Idempotent: a stamp file records the pin, and a
// second run with the same pin does nothing. The tests' global setup (test/aws/moto-setup.ts) starts
// it on 127.0.0.1; scripts/test.mjs runs this before vitest.
//   node scripts/setup-moto.mjs            install if needed, print the server's path
// Set RUNNERLINT_PYTHON to choose the interpreter (default: python3, then python).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The pinned server. Bump deliberately: the tests assert moto's Organizations behaviour. */
export const MOTO_REQUIREMENT = "moto[server]==5.2.5";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const VENV = join(root, ".tools", "venv");
const win = process.platform === "win32";
const venvBin = (name) => join(VENV, win ? "Scripts" : "bin", win ? `${name}.exe` : name);
const stamp = join(VENV, "runnerlint-moto.stamp");

/** The venv's Python, with moto installed. */
export function motoPython() {
  return venvBin("python");
}

/** A Python >= 3.9 with venv (RUNNERLINT_PYTHON, else python3, else python); `purpose` names why. */
export function findPython(purpose = "to install moto for the AWS tests") {
  const candidates = process.env.RUNNERLINT_PYTHON ? [process.env.RUNNERLINT_PYTHON] : ["python3", "python"];
  for (const c of candidates) {
    try {
      const v = execFileSync(c, ["-c", "import sys, venv; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      const [major, minor] = v.split(".").map(Number);
      if (major === 3 && minor >= 9) return c;
    } catch {
      // try the next one
    }
  }
  throw new Error(`Python >= 3.9 with the venv module is needed ${purpose} (set RUNNERLINT_PYTHON)`);
}

export function ensureMoto({ quiet = false } = {}) {
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === MOTO_REQUIREMENT && existsSync(motoPython())) return motoPython();
  const log = quiet ? () => {} : (s) => process.stderr.write(s + "\n");
  mkdirSync(dirname(VENV), { recursive: true });
  if (!existsSync(motoPython())) {
    log(`creating ${join(".tools", "venv")} ...`);
    execFileSync(findPython(), ["-m", "venv", VENV], { stdio: quiet ? "ignore" : "inherit" });
  }
  log(`installing ${MOTO_REQUIREMENT} into .tools/venv (first run only) ...`);
  execFileSync(motoPython(), ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--quiet", MOTO_REQUIREMENT], {
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, PIP_REQUIRE_VIRTUALENV: "0" },
  });
  // Proves the install: the server module must import.
  execFileSync(motoPython(), ["-c", "import moto.server, moto.organizations"], { stdio: "inherit" });
  writeFileSync(stamp, MOTO_REQUIREMENT);
  return motoPython();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureMoto());
  } catch (e) {
    console.error(`setup-moto failed: ${e.message}`);
    process.exit(1);
  }
}
