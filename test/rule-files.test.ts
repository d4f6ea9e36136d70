// Every rule keeps its files together and declares itself fully (style.md: checkRuleFiles).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPolicyFiles } from "../src/engine/policy.js";
import { opaPath } from "../scripts/opa.mjs";
import { REGISTRY, registryRego } from "../scripts/rule-registry.mjs";

const formatRego = (text: string) => execFileSync(opaPath(), ["fmt"], { input: text, encoding: "utf8" });

const { rules: ruleFile, catalogues } = readPolicyFiles();
const rules = ruleFile.rules;
const catalogue = catalogues.versions[catalogues.default]!;
const AREAS = readdirSync("policies", { withFileTypes: true })
  .filter((d) => d.isDirectory() && !["lib", "main", ".regal"].includes(d.name))
  .map((d) => d.name);

const ruleDirs = AREAS.flatMap((area) =>
  readdirSync(join("policies", area), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ area, name: d.name, dir: join("policies", area, d.name) })),
);

describe("rule files", () => {
  it("there are rules", () => {
    expect(ruleDirs.length).toBeGreaterThan(0);
  });

  it.each(ruleDirs)("$dir (named as its rule id) has its rule, its test and METADATA that match the path", ({ area, name, dir }) => {
    // Folders are named as the ids (Regal's layout); Rego packages cannot hold dashes.
    expect(name, "rule folders are named as their ids: lower-case words joined by dashes").toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const pkgName = name.replace(/-/g, "_");
    expect(existsSync(join(dir, `${pkgName}.rego`))).toBe(true);
    expect(existsSync(join(dir, `${pkgName}_test.rego`))).toBe(true);
    const pkg = `runnerlint.${area}.${pkgName}`;
    const rule = rules.find((r) => r.package === pkg);
    expect(rule, `no package-scoped METADATA with custom.id in ${pkg}`).toBeDefined();
    expect(rule!.id).toBe(`${area}/${name}`);
    expect(rule!.title).toBeTruthy();
    expect(rule!.description?.length).toBeGreaterThan(20);
    expect(["error", "warning", "note"]).toContain(rule!.severity);
    expect(rule!.remediation?.length).toBeGreaterThan(10);
    expect(rule!.source?.document).toMatch(/^\d{3}$/);
    expect(rule!.source?.section).toBeTruthy();
    expect(rule!.kinds.length).toBeGreaterThan(0);
    expect(Object.keys(rule!.messages).length).toBeGreaterThan(0);
    expect(rule!.relatedResources.length).toBeGreaterThan(0);
  });

  it("rule ids are unique", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every requirement a rule names is in the catalogue", () => {
    for (const r of rules) for (const id of r.requirements) expect(catalogue.requirements[id], `${r.id} names ${id}`).toBeDefined();
  });

  it("every rule's source document exists in the catalogue", () => {
    for (const r of rules) expect(catalogue.documents?.[r.source!.document], r.id).toBeDefined();
  });

  it("the generated registry wires each rule into the entrypoint of every input kind it declares, and nothing else", () => {
    expect(readFileSync(REGISTRY, "utf8")).toBe(formatRego(registryRego(rules)));
    for (const kind of new Set(rules.flatMap((r) => r.kinds))) {
      expect(readFileSync(join("policies", "main", `${kind}.rego`), "utf8"), `policies/main/${kind}.rego reads the registry`).toContain(
        `some vs in rules.${kind}\n`,
      );
    }
  });

  it("every messageId a rule's Rego names has a template in its METADATA", () => {
    for (const { area, name, dir } of ruleDirs) {
      const src = readFileSync(join(dir, `${name.replace(/-/g, "_")}.rego`), "utf8");
      const rule = rules.find((r) => r.id === `${area}/${name}`)!;
      const named = [...src.matchAll(/"messageId":\s*"([\w-]+)"/g)].map((m) => m[1]!);
      expect(
        named.filter((m) => !rule.messages[m]),
        `${rule.id}: messageIds without a template`,
      ).toEqual([]);
    }
  });

  it("rules never build messages in Rego", () => {
    for (const { dir, name } of ruleDirs) {
      const src = readFileSync(join(dir, `${name.replace(/-/g, "_")}.rego`), "utf8");
      expect(src).not.toMatch(/\bsprintf\(|\bconcat\(".*\{/);
      expect(src).toMatch(/result\.verdict\(rego\.metadata\.chain\(\)/);
    }
  });
});
