import type { LoadedPolicy, loadPolicySync as LoadPolicySync } from "@open-policy-agent/opa-wasm";
import type { Catalogue, Catalogues, InputKind, RuleMeta, Verdict } from "./types.js";
/** Builtins the host implements for the Wasm module: none; the capabilities file allows only native ones. */
export declare const HOST_BUILTINS: ReadonlySet<string>;
type WasmModule = Parameters<typeof LoadPolicySync>[0];
export interface PolicyFiles {
    wasm: Uint8Array;
    rules: {
        opaVersion: string;
        entrypoints: string[];
        rules: RuleMeta[];
    };
    catalogues: Catalogues;
}
export declare function readPolicyFiles(dir?: string): PolicyFiles;
/**
 * The catalogue version a run asks for ("latest", a version date, or undefined for the default)
 * as a version date; an unknown one is a CONFIG error that lists the known ones.
 */
export declare function catalogueVersion(catalogues: Catalogues, wanted: string | undefined): string;
export declare class PolicyEngine {
    private readonly files;
    readonly rules: readonly RuleMeta[];
    /** The catalogue version this engine judges against. */
    readonly catalogue: Catalogue;
    /** Every catalogue version the policy ships with. */
    readonly catalogues: Catalogues;
    readonly opaVersion: string;
    /** The compiled module, kept to re-instantiate cheaply (compiling is the expensive part). */
    private readonly module;
    private policy;
    private readonly rulesById;
    private readonly data;
    /** Linear memory in use once the data document is loaded, before any input. */
    private dataBytes;
    /** How many times the instance was replaced to give memory back (see MEMORY_CEILING). */
    resets: number;
    /**
     * `catalogue` picks the requirement catalogue version the policy judges against ("latest", a
     * version date; default: the seed version). Rules read data.runnerlint.catalogue, so a version
     * is only a different data document: the module is the same.
     */
    constructor(files?: PolicyFiles, catalogue?: string, module?: WasmModule);
    /** The same policy judging against another catalogue version (the compiled module is shared). */
    withCatalogue(catalogue: string | undefined): PolicyEngine;
    rule(id: string): RuleMeta | undefined;
    /** Requirement ids that the rules reading this input kind judge. */
    requirementsJudged(kind: InputKind): string[];
    evaluate(kind: InputKind, input: object): Verdict[];
    /**
     * Makes sure linear memory holds `bytes` more than the data document. The module's allocator
     * only knows the memory it started with and grows it itself, a few pages at a time, so a larger
     * memory means a new instance with that much from the start.
     */
    private reserve;
    private instantiate;
}
/** The non-native builtins a compiled module imports (its `builtins` export, a JSON object name → id). */
export declare function requiredBuiltins(policy: LoadedPolicy): string[];
export {};
