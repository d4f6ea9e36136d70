import type { InputFile } from "./types.js";
/**
 * Larger files stop with SIZE_LIMIT before they are read. The YAML parser that keeps positions
 * needs about 1 s and 100 MiB of memory per MiB of dense JSON/YAML (bench/RESULTS.md), so 64 MiB
 * meant minutes and an out-of-memory crash; a CloudFormation template is at most 1 MB, and a
 * 16 MiB describe-security-groups export holds some 90,000 groups.
 */
export declare const MAX_FILE_BYTES: number;
/** Files a folder walk considers; anything else is only read when named explicitly. */
/** The files a folder walk reads; the pre-commit hooks' `files` pattern is the same (tested). */
export declare const CANDIDATE: RegExp;
export interface FoundFile {
    path: string;
    /** Named on the command line (an unrecognized one is an error, not a skip). */
    explicit: boolean;
}
export declare function findFiles(paths: string[], cwd?: string): FoundFile[];
export declare function readInputFile(path: string, maxBytes?: number): InputFile;
export declare function fileFromText(path: string, text: string): InputFile;
