// Loads the compiled Wasm policy once and evaluates normalized inputs against it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as opaWasm from "@open-policy-agent/opa-wasm";
import type { LoadedPolicy, loadPolicySync as LoadPolicySync } from "@open-policy-agent/opa-wasm";
import { RunnerlintError } from "../errors.js";
import { packageFile } from "../package-root.js";
import type { Catalogue, Catalogues, InputKind, RuleMeta, Verdict } from "./types.js";

/** Builtins the host implements for the Wasm module: none; the capabilities file allows only native ones. */
export const HOST_BUILTINS: ReadonlySet<string> = new Set();

/** Re-instantiate when the module's linear memory grows past this (it never shrinks). */
const MEMORY_CEILING = 128 * 1024 * 1024;

/**
 * Linear memory an evaluation needs, per byte of input JSON: about 70 measured on account exports
 * (bench/RESULTS.md). The module's allocator grows memory a few pages at a time, and each growth
 * made V8 collect its heap: an export of 7,000 groups spent 30 of its 37 s in the garbage
 * collector. Growing once, before evaluating, to what the input will need avoids that.
 */
const MEMORY_PER_INPUT_BYTE = 96;
const WASM_PAGE = 65536;
const WASM_MAX_PAGES = 65536;

// The SDK's ESM entry names only the async loadPolicy; its default export (the CommonJS module)
// also has the synchronous one: no await on the hot path of a CLI. A static import, so the
// Action's bundle carries it.
const { loadPolicySync } = (opaWasm as unknown as { default: { loadPolicySync: typeof LoadPolicySync } }).default;

// Node's WebAssembly global, typed here: @types/node 20 does not declare it without the DOM lib.
type WasmModule = Parameters<typeof LoadPolicySync>[0];
const Wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => WasmModule } }).WebAssembly;

const defaultDir = fileURLToPath(packageFile("dist/policy/"));

export interface PolicyFiles {
  wasm: Uint8Array;
  rules: { opaVersion: string; entrypoints: string[]; rules: RuleMeta[] };
  catalogues: Catalogues;
}

export function readPolicyFiles(dir: string = defaultDir): PolicyFiles {
  const read = (name: string) => {
    try {
      return readFileSync(dir + name);
    } catch (e) {
      throw new RunnerlintError(
        "WASM_LOAD",
        `cannot read the compiled policy ${name} (run \`npm run compile\`): ${(e as Error).message}`,
        dir + name,
      );
    }
  };
  return {
    wasm: read("policy.wasm"),
    rules: JSON.parse(read("rules.json").toString("utf8")),
    catalogues: JSON.parse(read("catalogues.json").toString("utf8")),
  };
}

/**
 * The catalogue version a run asks for ("latest", a version date, or undefined for the default)
 * as a version date; an unknown one is a CONFIG error that lists the known ones.
 */
export function catalogueVersion(catalogues: Catalogues, wanted: string | undefined): string {
  if (wanted === undefined) return catalogues.default;
  if (wanted === "latest") return catalogues.latest;
  if (catalogues.versions[wanted]) return wanted;
  throw new RunnerlintError(
    "CONFIG_INVALID",
    `unknown requirement catalogue version ${JSON.stringify(wanted)}: use latest or one of ${Object.keys(catalogues.versions).join(", ")} (default ${catalogues.default})`,
  );
}

export class PolicyEngine {
  readonly rules: readonly RuleMeta[];
  /** The catalogue version this engine judges against. */
  readonly catalogue: Catalogue;
  /** Every catalogue version the policy ships with. */
  readonly catalogues: Catalogues;
  readonly opaVersion: string;
  /** The compiled module, kept to re-instantiate cheaply (compiling is the expensive part). */
  private readonly module: WasmModule;
  private policy: LoadedPolicy;
  private readonly rulesById: Map<string, RuleMeta>;
  private readonly data: object;
  /** Linear memory in use once the data document is loaded, before any input. */
  private dataBytes = 0;
  /** How many times the instance was replaced to give memory back (see MEMORY_CEILING). */
  resets = 0;

  /**
   * `catalogue` picks the requirement catalogue version the policy judges against ("latest", a
   * version date; default: the seed version). Rules read data.runnerlint.catalogue, so a version
   * is only a different data document: the module is the same.
   */
  constructor(
    private readonly files: PolicyFiles = readPolicyFiles(),
    catalogue?: string,
    module?: WasmModule,
  ) {
    this.rules = files.rules.rules;
    this.catalogues = files.catalogues;
    this.catalogue = files.catalogues.versions[catalogueVersion(files.catalogues, catalogue)]!;
    this.data = { runnerlint: { catalogue: this.catalogue } };
    this.opaVersion = files.rules.opaVersion;
    this.rulesById = new Map(this.rules.map((r) => [r.id, r]));
    try {
      this.module = module ?? new Wasm.Module(files.wasm);
    } catch (e) {
      throw new RunnerlintError("WASM_LOAD", `the policy module is not valid WebAssembly: ${(e as Error).message}`);
    }
    this.policy = this.instantiate();
  }

  /** The same policy judging against another catalogue version (the compiled module is shared). */
  withCatalogue(catalogue: string | undefined): PolicyEngine {
    return new PolicyEngine(this.files, catalogue, this.module);
  }

  rule(id: string): RuleMeta | undefined {
    return this.rulesById.get(id);
  }

  /** Requirement ids that the rules reading this input kind judge. */
  requirementsJudged(kind: InputKind): string[] {
    return [...new Set(this.rules.filter((r) => r.kinds.includes(kind)).flatMap((r) => r.requirements))].sort();
  }

  evaluate(kind: InputKind, input: object): Verdict[] {
    const entrypoint = `runnerlint/main/${kind}/verdicts`;
    let rs: { result: unknown }[];
    try {
      const json = new TextEncoder().encode(JSON.stringify(input));
      this.reserve(json.byteLength * MEMORY_PER_INPUT_BYTE);
      // An ArrayBuffer is taken as the input's JSON as it is (the SDK would stringify it again).
      rs = this.policy.evaluate(
        json.byteOffset === 0 && json.byteLength === json.buffer.byteLength ? json.buffer : json.slice().buffer,
        entrypoint,
      );
    } catch (e) {
      // The SDK throws strings (opa_abort, bad entrypoint); give them a type.
      this.policy = this.instantiate();
      throw new RunnerlintError(
        "WASM_EVAL",
        `policy evaluation failed for ${entrypoint}: ${typeof e === "string" ? e : (e as Error).message}`,
      );
    }
    if (this.policy.mem.buffer.byteLength > MEMORY_CEILING) {
      this.policy = this.instantiate();
      this.resets++;
    }
    const result = rs[0]?.result;
    // An undefined entrypoint result means the policy produced nothing: the engine reports
    // every requirement of the kind as unjudged rather than passing it.
    if (result === undefined) return [];
    if (!Array.isArray(result))
      throw new RunnerlintError("WASM_EVAL", `${entrypoint} returned ${typeof result}, expected a set of verdicts`);
    return result as Verdict[];
  }

  /**
   * Makes sure linear memory holds `bytes` more than the data document. The module's allocator
   * only knows the memory it started with and grows it itself, a few pages at a time, so a larger
   * memory means a new instance with that much from the start.
   */
  private reserve(bytes: number): void {
    const pages = Math.min(WASM_MAX_PAGES, Math.ceil((bytes + this.dataBytes) / WASM_PAGE));
    if (pages <= this.policy.mem.buffer.byteLength / WASM_PAGE) return;
    try {
      this.policy = this.instantiate(pages);
    } catch {
      // Not granted: the current instance grows as it needs, or fails with its own error.
    }
  }

  private instantiate(pages?: number): LoadedPolicy {
    let policy: LoadedPolicy;
    try {
      policy = loadPolicySync(this.module, pages ? { initial: pages } : {});
    } catch (e) {
      throw new RunnerlintError("WASM_LOAD", `cannot instantiate the policy module: ${typeof e === "string" ? e : (e as Error).message}`);
    }
    const missing = requiredBuiltins(policy).filter((b) => !HOST_BUILTINS.has(b));
    if (missing.length) {
      throw new RunnerlintError(
        "WASM_LOAD",
        `the policy module needs builtins that neither Wasm nor the host implements: ${missing.join(", ")}`,
      );
    }
    policy.setData(this.data);
    if (!pages) this.dataBytes = policy.mem.buffer.byteLength;
    return policy;
  }
}

/** The non-native builtins a compiled module imports (its `builtins` export, a JSON object name → id). */
export function requiredBuiltins(policy: LoadedPolicy): string[] {
  const exports = policy.wasmInstance.exports as Record<string, (...a: number[]) => number>;
  const addr = exports.opa_json_dump!(exports.builtins!());
  const mem = new Uint8Array(policy.mem.buffer);
  let end = addr;
  while (mem[end] !== 0) end++;
  return Object.keys(JSON.parse(new TextDecoder().decode(mem.subarray(addr, end))) as object);
}
