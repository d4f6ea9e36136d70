// Differential: random normalized inputs (fast-check, following the input JSON Schemas) judged by
// the compiled Wasm module (PolicyEngine) and by native OPA (`opa eval` on the same Rego and data)
// must give identical verdict sets. All inputs go to ONE `opa eval` (fixtures/batch.rego maps the
// entrypoint over input.docs), so the test stays fast.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PolicyEngine } from "../../src/engine/policy.js";
import type { InputKind } from "../../src/engine/types.js";
import { opaPath } from "../../scripts/opa.mjs";
import { arbitraryFor } from "./schema-arbitrary.js";

const SEED = 20261123;
/**
 * Inputs per kind. Organization inputs are fewer and shallower: the SCP rules take seconds on some
 * random snapshots (NotAction statements over several levels; see bench/RESULTS.md).
 */
const COUNTS: Record<InputKind, { count: number; maxDepth: number }> = {
  network: { count: 150, maxDepth: 8 },
  proxy: { count: 100, maxDepth: 8 },
  organization: { count: 40, maxDepth: 5 },
};

/** Canonical JSON (sorted keys), so two sets compare whatever order they were serialized in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}
const asSet = (verdicts: unknown[]) => [...new Set(verdicts.map(canonical))].sort();

function sample(kind: InputKind, seed: number): object[] {
  const { count, maxDepth } = COUNTS[kind];
  const schema = JSON.parse(readFileSync(join("schemas", "input", `${kind}.schema.json`), "utf8"));
  const validate = new Ajv.default({ strict: false, allErrors: false }).compile(schema);
  const inputs = fc.sample(arbitraryFor(schema, { maxDepth }), { seed, numRuns: count }) as object[];
  // The generator follows the schema; the schema is the contract: prove each input keeps it.
  for (const input of inputs) expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  return inputs;
}

const dir = mkdtempSync(join(tmpdir(), "runnerlint-diff-"));

function opaEval(docs: { kind: InputKind; input: object }[]): { value?: unknown[][]; error?: string } {
  const inputFile = join(dir, "input.json");
  writeFileSync(inputFile, JSON.stringify({ docs }));
  try {
    const out = execFileSync(
      opaPath(),
      [
        "eval",
        "-d",
        "policies",
        "-d",
        "dist/policy/data.json",
        "-d",
        "test/robustness/fixtures/batch.rego",
        "-i",
        inputFile,
        "data.bench.batch.verdicts",
        "--format",
        "json",
      ],
      { encoding: "utf8", maxBuffer: 512 << 20, stdio: ["ignore", "pipe", "pipe"] },
    );
    return { value: JSON.parse(out).result[0].expressions[0].value as unknown[][] };
  } catch (e) {
    const out = (e as { stdout?: string }).stdout ?? "";
    return { error: out.slice(0, 600) || String(e) };
  }
}

/** One `opa eval` for all; when native OPA raises an error (Wasm never does), name the input that does. */
function nativeEval(docs: { kind: InputKind; input: object }[]): unknown[][] {
  const all = opaEval(docs);
  if (all.value) return all.value;
  for (const [i, d] of docs.entries()) {
    const one = opaEval([d]);
    if (one.error)
      throw new Error(
        `native OPA raised an error where Wasm returned verdicts, on ${d.kind} input #${i}:\n${JSON.stringify(d.input)}\n${one.error}`,
      );
  }
  throw new Error(`native OPA failed on the batch only: ${all.error}`);
}

describe("Wasm and native OPA agree", () => {
  const kinds: InputKind[] = ["network", "proxy", "organization"];
  it(`gives identical verdict sets on random inputs (${kinds.map((k) => `${COUNTS[k].count} ${k}`).join(", ")}), seed ${SEED}`, () => {
    const engine = new PolicyEngine();
    const docs: { kind: InputKind; input: object }[] = [];
    kinds.forEach((kind, i) => {
      for (const input of sample(kind, SEED + i)) docs.push({ kind, input });
    });
    const wasm = docs.map((d) => engine.evaluate(d.kind, d.input));

    const native = nativeEval(docs);
    expect(native).toHaveLength(docs.length);

    const differences: string[] = [];
    docs.forEach((d, i) => {
      const a = asSet(wasm[i]!);
      const b = asSet(native[i]!);
      if (canonical(a) !== canonical(b)) {
        const onlyWasm = a.filter((x) => !b.includes(x));
        const onlyNative = b.filter((x) => !a.includes(x));
        differences.push(
          `${d.kind} #${i}: input ${JSON.stringify(d.input)}\n  only Wasm: ${onlyWasm.join("\n             ")}\n  only native: ${onlyNative.join("\n               ")}`,
        );
      }
    });
    expect(differences.slice(0, 3).join("\n\n")).toBe("");
    // The inputs reach the rules: most come back with a verdict that is not a plain pass.
    const judged = wasm.filter((v) => v.some((x) => x.status !== "satisfied")).length;
    expect(judged).toBeGreaterThan(docs.length / 4);
  }, 90_000);
});
