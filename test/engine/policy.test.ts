import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PolicyEngine, readPolicyFiles } from "../../src/engine/policy.js";
import { RunnerlintError } from "../../src/errors.js";
import { check } from "../../src/check.js";
import { opaPath } from "../../scripts/opa.mjs";

const files = readPolicyFiles();

function errorOf(fn: () => unknown): RunnerlintError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RunnerlintError);
    return e as RunnerlintError;
  }
  throw new Error("expected a RunnerlintError");
}

/** Compiles a one-rule policy to Wasm with the real OPA, without our capabilities file. */
function compile(rego: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-wasm-"));
  writeFileSync(join(dir, "p.rego"), rego);
  execFileSync(opaPath(), ["build", "-t", "wasm", "-e", "runnerlint/main/network/verdicts", "-o", join(dir, "b.tar.gz"), dir]);
  execFileSync("tar", ["-xzf", join(dir, "b.tar.gz"), "-C", dir, "/policy.wasm"], { stdio: "ignore" });
  return readFileSync(join(dir, "policy.wasm"));
}

describe("PolicyEngine", () => {
  it("loads the bundled module with no host builtins and one entrypoint per kind", () => {
    const engine = new PolicyEngine(files);
    expect(files.rules.entrypoints).toContain("runnerlint/main/network/verdicts");
    expect(engine.opaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("refuses a module that needs a builtin nobody implements", () => {
    const wasm = compile('package runnerlint.main.network\nverdicts := {sprintf("%v", [input.x])}\n');
    const err = errorOf(() => new PolicyEngine({ ...files, wasm }));
    expect(err.code).toBe("WASM_LOAD");
    expect(err.message).toMatch(/needs builtins .*sprintf/);
  });

  it("turns bytes that are not Wasm into a typed load error", () => {
    const err = errorOf(() => new PolicyEngine({ ...files, wasm: new TextEncoder().encode("not wasm") }));
    expect(err.code).toBe("WASM_LOAD");
  });

  it("turns the SDK's thrown strings into typed evaluation errors", () => {
    const engine = new PolicyEngine(files);
    const err = errorOf(() => engine.evaluate("nope" as "network", {}));
    expect(err.code).toBe("WASM_EVAL");
    expect(err.message).toMatch(/runnerlint\/main\/nope\/verdicts/);
  });

  it("reports a requirement that no rule judged as unknown (unjudged), never as satisfied", () => {
    const silent = {
      id: "test/silent",
      package: "x",
      title: "t",
      description: "d",
      severity: "error" as const,
      requirements: ["sg.silent"],
      kinds: ["network" as const],
      remediation: "",
      source: undefined,
      messages: {},
      relatedResources: [],
      aliases: [],
    };
    const engine = new PolicyEngine({ ...files, rules: { ...files.rules, rules: [...files.rules.rules, silent] } });
    const text = JSON.stringify({ SecurityGroups: [{ GroupId: "sg-1", IpPermissions: [] }] });
    const result = check([{ path: "g.json", text }], { config: { runner: "standard" }, engine });
    const req = result.requirements.find((r) => r.id === "sg.silent");
    expect(req).toMatchObject({ status: "unknown", evidence: [{ rule: "runnerlint/engine", status: "unknown" }] });
    expect(req!.evidence[0]!.message).toMatch(/unjudged/);
  });

  it("keeps memory bounded over repeated evaluations by re-instantiating", () => {
    const engine = new PolicyEngine(files);
    const small = { kind: "network", config: { runner: "standard" }, vpcs: [], securityGroups: [] };
    // One huge input grows linear memory past the ceiling (Wasm memory never shrinks) ...
    engine.evaluate("network", { ...small, pad: "x".repeat(80 * 1024 * 1024) });
    expect(engine.resets).toBe(1);
    // ... and the fresh instance still evaluates, without growing again for small inputs.
    for (let i = 0; i < 1000; i++) engine.evaluate("network", small);
    expect(engine.resets).toBe(1);
  });
});
