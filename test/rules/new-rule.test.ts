// Adding a rule is its folder and its catalogue entry, nothing else: in a copy of the repository,
// `npm run new-rule` scaffolds policies/<area>/<id>/, the catalogue gains the requirement, and the
// build wires the rule into its input kind's entrypoint (the generated registry), writes its docs
// page, and the compiled policy returns its verdicts. No list anywhere else is edited.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PolicyEngine, readPolicyFiles } from "../../src/engine/policy.js";

const repo = process.cwd();
let copy = "";
let scaffolded = { status: 0 as number | null, stdout: "" };
let changed: string[] = [];

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "runnerlint-new-rule-"));
  for (const p of ["policies", "requirements", "scripts", "schemas", "docs", "tools", "package.json"])
    cpSync(join(repo, p), join(copy, p), { recursive: true });
  cpSync(join(repo, "dist"), join(copy, "dist"), { recursive: true });
  // The built OPA and the dependencies, shared (nothing of them changes).
  symlinkSync(join(repo, ".tools"), join(copy, ".tools"));
  symlinkSync(join(repo, "node_modules"), join(copy, "node_modules"));
  // The docs as the copy's policy makes them, so that only the new rule changes them.
  execFileSync(process.execPath, ["scripts/gen-docs.mjs"], { cwd: copy, stdio: "ignore" });
  execFileSync("git", ["init", "-q"], { cwd: copy });
  execFileSync("git", ["add", "-A"], { cwd: copy });
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base"], { cwd: copy });
  // The catalogue entry first, as a contributor would write it; then the scaffold.
  appendFileSync(
    join(copy, "requirements", "catalogue.yaml"),
    `  - id: sg.demo-rule
    kind: security-group
    category: functional
    title: A demonstration requirement
    description: Added by test/rules/new-rule.test.ts.
    runners: [standard]
    optional: false
    feature: null
    userDeclared: false
    securityGroup: {direction: ingress, appliesTo: environment, protocol: tcp, ports: [29222], peer: users, expectation: allow}
    sources:
      - {document: "000", section: "Network requirements"}
`,
  );
  const r = spawnSync(
    process.execPath,
    ["scripts/new-rule.mjs", "securitygroup/demo-rule", "--kind", "network", "--requirement", "sg.demo-rule"],
    { cwd: copy, encoding: "utf8" },
  );
  scaffolded = { status: r.status, stdout: r.stdout + r.stderr };
  changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ".", ":!dist"], { cwd: copy, encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((l) => l.slice(3));
}, 120_000);

describe("npm run new-rule", () => {
  it("scaffolds the folder, then builds and writes the docs page", () => {
    expect(scaffolded.status, scaffolded.stdout).toBe(0);
    expect(scaffolded.stdout).toContain("created policies/securitygroup/demo-rule/demo_rule.rego");
  });

  it("touches only the rule's folder, the catalogue, and what the build generates from them", () => {
    expect(changed.sort()).toEqual([
      "docs/rules/README.md",
      "docs/rules/securitygroup/demo-rule.md",
      "policies/main/rules.rego",
      "policies/securitygroup/demo-rule/demo_rule.rego",
      "policies/securitygroup/demo-rule/demo_rule_test.rego",
      "policies/securitygroup/demo-rule/examples.yaml",
      "requirements/catalogue.yaml",
    ]);
    expect(readFileSync(join(copy, "policies", "main", "rules.rego"), "utf8")).toContain(
      "data.runnerlint.securitygroup.demo_rule.verdicts, # securitygroup/demo-rule\n",
    );
  });

  it("the compiled policy runs the new rule for its input kind, and its scaffolded Rego test passes", () => {
    const engine = new PolicyEngine(readPolicyFiles(join(copy, "dist", "policy") + "/"));
    expect(engine.rule("securitygroup/demo-rule")?.requirements).toEqual(["sg.demo-rule"]);
    const verdicts = engine.evaluate("network", { kind: "network", config: { runner: "standard" }, securityGroups: [] });
    expect(verdicts.filter((v) => v.rule === "securitygroup/demo-rule").map((v) => v.messageId)).toEqual(["satisfied"]);
    const opa = join(repo, ".tools", "bin", "opa");
    const test = spawnSync(
      opa,
      [
        "test",
        "--ignore",
        "*.yaml",
        "--ignore",
        "*.md",
        "--ignore",
        "capabilities.json",
        "--run",
        "demo_rule",
        "policies",
        "dist/policy/data.json",
      ],
      { cwd: copy, encoding: "utf8" },
    );
    expect(test.stdout, test.stderr).toMatch(/PASS: 1\/1/);
    expect(existsSync(join(copy, "docs", "rules", "securitygroup", "demo-rule.md"))).toBe(true);
  });
});
