// The rules reference is generated from METADATA: every rule has its page, the generated parts are
// current, the hand-written part has the expected structure, and nothing documents a rule that does
// not exist (ESLint's checkRuleFiles, for docs/rules).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPolicyFiles } from "../../src/engine/policy.js";
import { BEGIN, END, generatedBlocks, handWrittenBody, rulePage, rulesIndex } from "../../src/cli/commands/rule-docs.js";
import { ruleExamples } from "../../scripts/gen-docs.mjs";

const files = readPolicyFiles();
const engine = {
  rules: files.rules.rules as ((typeof files.rules.rules)[number] & { file?: string })[],
  catalogue: files.catalogues.versions[files.catalogues.default]!,
};
const HINT = "run `npm run docs` (after `npm run compile` if METADATA changed)";

describe("docs/rules", () => {
  it("the index is current", () => {
    expect(readFileSync("docs/rules/README.md", "utf8"), HINT).toBe(rulesIndex(engine));
  });

  it.each(engine.rules.map((r) => [r.id, r] as const))("%s: page exists, generated parts current, body has a Why", (id, rule) => {
    const path = `docs/rules/${id}.md`;
    expect(existsSync(path), `${path} is missing: ${HINT}`).toBe(true);
    const page = readFileSync(path, "utf8");
    expect(page.split(BEGIN).length, `${path} has no generated blocks: ${HINT}`).toBe(3);
    const examples = ruleExamples(rule);
    expect(examples, `${id} has no examples.yaml`).toBeDefined();
    expect(generatedBlocks(page), HINT).toEqual(generatedBlocks(rulePage(rule, engine, page, examples)));
    expect(page, HINT).toBe(rulePage(rule, engine, page, examples));
    // The page shows the first bad and good examples, which the examples test runs.
    expect(page).toContain(examples!.bad[0]!.input.trimEnd());
    expect(page).toContain(examples!.good[0]!.input.trimEnd());
    const body = handWrittenBody(page);
    expect(body).toMatch(/^## Why\n/m);
    expect(body.length).toBeGreaterThan(100);
    // The generated footer's link to the waiver docs resolves.
    expect(existsSync("docs/waivers.md")).toBe(true);
  });

  it("no page documents a rule that does not exist", () => {
    const r = spawnSync(process.execPath, ["scripts/gen-docs.mjs", "--check"], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/no rule has this id/);
  });

  it("`npm run docs -- --check` agrees (the script checks the built rules)", () => {
    const r = spawnSync(process.execPath, ["scripts/gen-docs.mjs", "--check"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  });
});

describe("page generation", () => {
  const rule = engine.rules.find((r) => r.id === "securitygroup/ssh-ingress")!;

  it("a new page starts from the description and references; later runs keep what people write", () => {
    const fresh = rulePage(rule, engine);
    expect(handWrittenBody(fresh)).toMatch(/^## Why\n\nUsers reach their Gitpod environments/);
    const edited = fresh.replace(`${END}\n\n## Why`, `${END}\n\n## Why\n\nA hand-written line.`);
    expect(rulePage(rule, engine, edited)).toContain("A hand-written line.");
    expect(rulePage(rule, engine, rulePage(rule, engine, edited))).toBe(rulePage(rule, engine, edited));
  });

  it("a page written before generation is adopted: its own title, table, avoid/prefer, remediation and messages are replaced, the rest kept", () => {
    const old =
      "# securitygroup/ssh-ingress\n\n**Old title**\n\n| | |\n|---|---|\n| Severity | `error` |\n\n## Why\n\nBecause.\n\n## Avoid\n\n```yaml\nx: 1\n```\n\n## Remediation\n\nold\n\n## Messages\n\n- old\n\n## References\n\n- <https://example.com>\n";
    const body = handWrittenBody(old);
    expect(body).toBe("## Why\n\nBecause.\n\n## References\n\n- <https://example.com>");
    const page = rulePage(rule, engine, old);
    expect(page).not.toContain("Old title");
    expect(page).toContain(`**${rule.title}**`);
  });

  it("a stale generated block is detected", () => {
    const page = readFileSync("docs/rules/securitygroup/ssh-ingress.md", "utf8");
    const stale = page.replace("`error` (override", "`warning` (override");
    expect(generatedBlocks(stale)).not.toEqual(generatedBlocks(rulePage(rule, engine, stale)));
  });
});
