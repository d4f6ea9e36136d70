import type { Finding, SuppressedFinding, Suppression } from "../model/result.js";
import type { InputKind } from "../model/vocabulary.js";
import { type IdCatalogue } from "./ids.js";
import { type Waiver } from "./types.js";
/** The rule id of the notes about waivers that matched nothing. */
export declare const UNUSED_WAIVER_RULE = "runnerlint/unused-waiver";
export interface ApplyWaiversOptions {
    engine: IdCatalogue;
    /** Today, YYYY-MM-DD (UTC). */
    today: string;
    /** Finding paths are relative to this folder (default: process.cwd()). */
    cwd?: string;
    /** The inputs of this run: a config waiver is reported unused only if one of them could have matched it. */
    inputs: readonly {
        file: string;
        kind: InputKind | null;
    }[];
}
export interface AppliedWaivers {
    findings: Finding[];
    suppressed: SuppressedFinding[];
    /** The notes about waivers that matched nothing (also findings, rule runnerlint/unused-waiver). */
    unused: Finding[];
}
export declare function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], options: ApplyWaiversOptions): AppliedWaivers;
export declare function suppressionOf(w: Waiver): Suppression;
/** Does the waiver cover the finding? */
export declare function matches(w: Waiver, f: Finding, engine: IdCatalogue, cwd: string, glob?: RegExp): boolean;
/** `file` (relative to cwd, or absolute) relative to `base`, with forward slashes. */
export declare function relativeTo(base: string, file: string, cwd: string): string;
