// Real CloudFormation templates that runnerlint did not write, for the scope and robustness tests:
// the templates cfn-lint's own test suite keeps (test/fixtures/templates: good, bad, public,
// quickstart, ...), taken from its PINNED source distribution on PyPI into .tools/corpus.
// Idempotent: a stamp records the pin. Nothing of it is committed.
//   node scripts/setup-corpus.mjs            download if needed, print the templates folder
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findPython } from "./setup-python-tools.mjs";

/** Bump deliberately: tests count on what these templates hold. */
export const CFN_LINT_VERSION = "1.58.0";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dir = join(root, ".tools", "corpus");
const stamp = join(dir, "cfn-lint.stamp");

/** The folder holding cfn-lint's test templates (good/, bad/, public/, quickstart/, ...). */
export function corpusTemplates() {
  return join(dir, `cfn_lint-${CFN_LINT_VERSION}`, "test", "fixtures", "templates");
}

export function ensureCorpus({ quiet = false } = {}) {
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === CFN_LINT_VERSION && existsSync(corpusTemplates())) return corpusTemplates();
  const log = quiet ? () => {} : (s) => process.stderr.write(s + "\n");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`downloading cfn-lint==${CFN_LINT_VERSION} (source distribution, for its test templates) into .tools/corpus ...`);
  execFileSync(
    findPython("to download cfn-lint's test templates"),
    [
      "-m",
      "pip",
      "download",
      "--disable-pip-version-check",
      "--no-input",
      "--quiet",
      "--no-deps",
      "--no-binary",
      ":all:",
      "-d",
      dir,
      `cfn-lint==${CFN_LINT_VERSION}`,
    ],
    {
      stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    },
  );
  const archive = readdirSync(dir).find((f) => f.endsWith(".tar.gz"));
  if (!archive) throw new Error("pip download produced no source archive");
  execFileSync("tar", ["xzf", join(dir, archive), "-C", dir, "--wildcards", "*/test/fixtures/templates/*"], { stdio: "inherit" });
  rmSync(join(dir, archive));
  if (!existsSync(corpusTemplates())) throw new Error(`the archive has no ${corpusTemplates()}`);
  writeFileSync(stamp, CFN_LINT_VERSION);
  return corpusTemplates();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureCorpus());
  } catch (e) {
    console.error(`setup-corpus failed: ${e.message}`);
    process.exit(1);
  }
}
