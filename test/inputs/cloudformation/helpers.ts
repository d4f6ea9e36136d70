// Shared helpers for the CloudFormation loader tests.
import { readFileSync } from "node:fs";
import { RunnerlintError } from "../../../src/errors.js";
import { parseTemplate, type CfnTemplate } from "../../../src/inputs/cloudformation/parse.js";
import { expandScenarios, type ExpandOptions, type ResolvedResource, type Scenario } from "../../../src/inputs/cloudformation/scenarios.js";

export const FIXTURES = "fixtures/cloudformation/loader";

export function fixture(name: string): CfnTemplate {
  const file = `${FIXTURES}/${name}`;
  return parseTemplate(file, readFileSync(file, "utf8"));
}

export function template(text: string, file = "t.yaml"): CfnTemplate {
  return parseTemplate(file, text);
}

/** The RunnerlintError fn throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): RunnerlintError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RunnerlintError) return e;
    throw e;
  }
  throw new Error("expected a RunnerlintError, nothing was thrown");
}

/** 1-based line and column of the first occurrence of `needle` in `text` (after `after`, if given). */
export function positionOf(text: string, needle: string, after = ""): { line: number; column: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export function only(t: CfnTemplate, opts: ExpandOptions = {}): Scenario {
  const { scenarios } = expandScenarios(t, opts);
  if (scenarios.length !== 1) throw new Error(`expected one scenario, got ${scenarios.length}`);
  return scenarios[0]!;
}

export function resource(s: Scenario, id: string): ResolvedResource {
  const r = s.resources.find((x) => x.logicalId === id);
  if (!r) throw new Error(`no resource ${id} in the scenario`);
  return r;
}

/** Properties of one resource in a template with a single scenario. */
export function props(t: CfnTemplate, id: string, opts: ExpandOptions = {}): Record<string, unknown> {
  return resource(only(t, opts), id).properties;
}
