// Every rule's examples.yaml, run end to end as a user's files are: parsed by the loader their
// name and content select, judged by the compiled policy through check(), with the example's
// .runnerlint.yaml. Each example states the message ids this rule's verdicts carry and the
// requirement statuses of the report. The first bad and good examples are the rule page's Avoid
// and Prefer (npm run docs): no documented example goes unrun (as ESLint's check-rule-examples).
// And every message a rule's METADATA declares is produced by an example or named in a Rego test
// (its own, its area's shared ones, or lib's: messages of shared judges are tested there).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, defaultEngine, parseConfigText, resolveConfig, type PolicyEngine } from "../../src/index.js";
import type { Verdict } from "../../src/engine/types.js";
import { loadExamples, type Example } from "../../scripts/rule-examples.mjs";

const engine = defaultEngine();
const ruleDirs = readdirSync("policies", { withFileTypes: true })
  .filter((d) => d.isDirectory() && !["lib", "main"].includes(d.name))
  .flatMap((area) =>
    readdirSync(join("policies", area.name), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({ id: `${area.name}/${d.name}`, dir: join("policies", area.name, d.name) })),
  );

/** Runs one example; returns the report and the verdicts the policy gave, of every rule. */
function run(example: Example) {
  const verdicts: Verdict[] = [];
  // The engine, recording what it returns: the report keeps messages, not their ids.
  const recording = Object.create(engine) as PolicyEngine;
  recording.evaluate = (kind, input) => {
    const vs = engine.evaluate(kind, input);
    verdicts.push(...vs);
    return vs;
  };
  const resolved = resolveConfig({ file: parseConfigText(".runnerlint.yaml", example.config ?? ""), engine });
  const result = check([{ path: example.file, text: example.input }], {
    config: resolved.run,
    severity: resolved.severity,
    waivers: resolved.waivers,
    engine: recording,
  });
  return { result, verdicts };
}

const produced = new Map<string, Set<string>>();

describe.each(ruleDirs)("$id", ({ id, dir }) => {
  const rule = engine.rule(id)!;
  const file = join(dir, "examples.yaml");

  it("has examples.yaml with at least one bad and one good example", () => {
    expect(rule, `no rule ${id} in the compiled policy`).toBeDefined();
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const { bad, good } = loadExamples(readFileSync(file, "utf8"), file);
    expect(bad.length, "bad examples").toBeGreaterThan(0);
    expect(good.length, "good examples").toBeGreaterThan(0);
  });

  const examples = existsSync(file) ? loadExamples(readFileSync(file, "utf8"), file) : { bad: [], good: [] };
  it.each([...examples.bad.map((e) => ["bad", e] as const), ...examples.good.map((e) => ["good", e] as const)])(
    "%s: %s",
    (kind, example) => {
      const { result, verdicts } = run(example);
      expect(result.errors.map((e) => e.message)).toEqual([]);
      const mine = verdicts.filter((v) => v.rule === id);
      const ids = new Set(mine.map((v) => v.messageId));
      for (const m of ids) produced.set(id, (produced.get(id) ?? new Set()).add(m));
      expect([...ids].sort(), "the message ids of this rule's verdicts").toEqual([...new Set(example.expect.messageIds)].sort());
      for (const m of example.expect.messageIds) expect(rule.messages[m], `messageId ${m} is not in ${id}'s METADATA`).toBeDefined();
      const statuses = Object.fromEntries(result.requirements.map((r) => [r.id, r.status]));
      expect(statuses).toMatchObject(example.expect.requirements ?? {});
      const findings = [...result.findings, ...result.suppressed].filter((f) => f.ruleId === id);
      if (kind === "bad") expect(findings.length, "a bad example makes this rule report a finding").toBeGreaterThan(0);
      else
        expect(
          findings.map((f) => f.message),
          "a good example makes this rule report nothing",
        ).toEqual([]);
    },
  );
});

/** The Rego tests that can show a rule's messages: its own, its area's shared ones (egress/judge_test.rego, its sibling rules') and lib's. */
function regoTests(dir: string): string {
  const files = (d: string) =>
    readdirSync(d, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("_test.rego"))
      .map((f) => join(d, f));
  return [...files(join(dir, "..")), ...files(join("policies", "lib"))].map((f) => readFileSync(f, "utf8")).join("\n");
}

describe("every message a rule declares", () => {
  it.each(ruleDirs)("$id: is produced by an example or named in a Rego test of its area or lib", ({ id, dir }) => {
    const rule = engine.rule(id)!;
    const tests = regoTests(dir);
    const missing = Object.keys(rule.messages).filter((m) => !produced.get(id)?.has(m) && !tests.includes(`"${m}"`));
    expect(missing, `${id}: messages no example produces and no Rego test names`).toEqual([]);
  });
});
