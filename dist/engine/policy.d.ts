import type { LoadedPolicy } from "@open-policy-agent/opa-wasm";
import type { Catalogue, InputKind, RuleMeta, Verdict } from "./types.js";
/** Builtins the host implements for the Wasm module: none; the capabilities file allows only native ones. */
export declare const HOST_BUILTINS: ReadonlySet<string>;
export interface PolicyFiles {
    wasm: Uint8Array;
    rules: {
        opaVersion: string;
        entrypoints: string[];
        rules: RuleMeta[];
    };
    data: {
        runnerlint: {
            catalogue: Catalogue;
        };
    };
}
export declare function readPolicyFiles(dir?: string): PolicyFiles;
export declare class PolicyEngine {
    private readonly files;
    readonly rules: readonly RuleMeta[];
    readonly catalogue: Catalogue;
    readonly opaVersion: string;
    /** The compiled module, kept to re-instantiate cheaply (compiling is the expensive part). */
    private readonly module;
    private policy;
    private readonly rulesById;
    /** Linear memory in use once the data document is loaded, before any input. */
    private dataBytes;
    /** How many times the instance was replaced to give memory back (see MEMORY_CEILING). */
    resets: number;
    constructor(files?: PolicyFiles);
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
