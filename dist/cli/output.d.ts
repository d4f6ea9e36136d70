/** Writes via a temporary file and a rename, so a failed run never leaves a half-written report. */
export declare function writeAtomic(path: string, content: string): void;
