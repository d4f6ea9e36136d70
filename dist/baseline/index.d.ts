import type { BaselineEntry, Finding } from "../model/result.js";
export type { BaselineEntry };
export interface BaselineFile {
    version: 1;
    tool: "runnerlint";
    findings: BaselineEntry[];
}
export interface Baseline {
    /** Where it was read from (for messages), if from a file. */
    path?: string;
    /** The folder entry paths are relative to (absolute). */
    dir: string;
    entries: BaselineEntry[];
}
export interface BaselineOutcome {
    findings: Finding[];
    /** Findings the baseline accepted. */
    baselined: Finding[];
    /** Entries (with the count left over) that no finding used any more: fixed since. */
    stale: BaselineEntry[];
}
/** The baseline key of a finding, with its path relative to `dir`. */
export declare function baselineKey(f: Pick<Finding, "location" | "resource" | "ruleId" | "requirement">, dir: string, cwd?: string): string;
/** A baseline of `findings`, to be written at `path`. Sorted, without dates: stable diffs. */
export declare function createBaseline(findings: readonly Finding[], path: string, cwd?: string): BaselineFile;
export declare function renderBaseline(b: BaselineFile): string;
/** Splits findings into new ones and baselined ones. Findings are taken in report order. */
export declare function applyBaseline(findings: readonly Finding[], baseline: Baseline, cwd?: string): BaselineOutcome;
/** Reads and validates a baseline file; errors name its line and column (exit 2). */
export declare function readBaseline(path: string, cwd?: string): Baseline;
export declare function parseBaseline(path: string, text: string, cwd?: string): Baseline;
