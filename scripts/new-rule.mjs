// `npm run new-rule -- <area>/<rule-id> [--kind network|organization|proxy] [--requirement <id>]`
// Scaffolds a rule as Regal's `regal new rule` does: policies/<area>/<rule-id>/ with the rule
// (package METADATA filled in with what is known, TODO where a person must decide), its test and
// its examples.yaml; then rebuilds the policy (which wires the rule into the registry of its input
// kind) and writes its docs page. What is left is the rule's logic, its examples, and the
// requirement's entry in requirements/catalogue.yaml if it is new: nothing else lists rules.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const KINDS = ["network", "organization", "proxy"];

export function scaffold(dir, { area, id, kind, requirement }) {
  const pkg = id.replace(/-/g, "_");
  const folder = join(dir, "policies", area, id);
  if (existsSync(folder)) throw new Error(`policies/${area}/${id} exists`);
  mkdirSync(folder, { recursive: true });
  const files = {
    [`${pkg}.rego`]: `# METADATA
# title: TODO one line, said as the requirement holds (e.g. "Runner port not exposed beyond the VPC")
# description: |
#   TODO why the runner needs this, and what is judged. Cite the vendor's section below.
# scope: package
# schemas:
#   - input: schema["${kind}.schema"]
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements
#     description: TODO the vendor page this rule comes from
# custom:
#   id: ${area}/${id}
#   severity: error
#   requirements: [${requirement}]
#   input: {kinds: [${kind}]}
#   remediation: >-
#     TODO what to change, concretely.
#   source:
#     document: "000"
#     section: TODO the section of the vendor document (requirements/catalogue.yaml, documents)
#   messages:
#     violated: "TODO the message of a violation, with {params} from the verdict."
#     satisfied: "TODO the message when the requirement holds."
package runnerlint.${area}.${pkg}

import data.runnerlint.lib.result

requirement := "${requirement}"

# TODO the rule's logic: one verdict per thing judged (see policies/lib/result.rego).
verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": requirement,
	"status": "satisfied",
	"messageId": "satisfied",
})
`,
    [`${pkg}_test.rego`]: `package runnerlint.${area}.${pkg}_test

import data.runnerlint.${area}.${pkg}

# TODO tests of every verdict, with near misses (see the other rules' tests).
test_satisfied if {
	some v in ${pkg}.verdicts with input as {"kind": "${kind}", "config": {"runner": "standard"}}
	v.messageId == "satisfied"
}
`,
    "examples.yaml": `# Run end to end by test/rules/examples.test.ts; the first bad and good examples are the rule
# page's Avoid and Prefer (npm run docs). Format: scripts/rule-examples.mjs.
bad: []   # TODO inputs the rule reports, with expect.messageIds and expect.requirements
good: []  # TODO inputs it accepts
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return Object.keys(files).map((f) => `policies/${area}/${id}/${f}`);
}

function main() {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith("--") && !KINDS.includes(a) && args[args.indexOf(a) - 1] !== "--requirement");
  const opt = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const m = /^([a-z0-9]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(target ?? "");
  if (!m)
    throw new Error(
      "usage: npm run new-rule -- <area>/<rule-id> [--kind network|organization|proxy] [--requirement <id>]  (ids: lower-case words joined by dashes)",
    );
  const kind = opt("kind") ?? "network";
  if (!KINDS.includes(kind)) throw new Error(`--kind must be one of ${KINDS.join(", ")}`);
  const requirement = opt("requirement") ?? `${m[1]}.${m[2]}`;
  const created = scaffold(root, { area: m[1], id: m[2], kind, requirement });
  for (const f of created) console.log(`created ${f}`);
  const catalogue = parse(readFileSync(join(root, "requirements", "catalogue.yaml"), "utf8"));
  if (!catalogue.requirements.some((r) => r.id === requirement)) {
    console.log(`\nrequirements/catalogue.yaml has no requirement ${requirement}: add it (with its sources) before the tests pass.`);
    return;
  }
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), "--no-ts"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "scripts", "gen-docs.mjs")], { cwd: root, stdio: "inherit" });
  console.log(`\nNext: the logic in the .rego, its tests, examples.yaml; then npm test.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`new-rule: ${e.message}`);
    process.exit(1);
  }
}
