/** Characters of a line shown around the column (the rest is elided with …). */
export declare const MAX_WIDTH = 160;
/** The sources one report reads, each read and indexed once. */
export declare class CodeFrames {
    private readonly options;
    private readonly sources;
    /**
     * `cwd`: what relative paths are relative to; `texts`: inputs that are no file (org-audit's
     * snapshot when it is not saved), by the name findings give them.
     */
    constructor(options?: {
        cwd?: string;
        texts?: ReadonlyMap<string, string>;
    });
    private source;
    /** Line n (1-based) without its line break; undefined past the end. */
    private line;
    /** `context` lines either side of `line`, a caret under `column`; "" when the file cannot be read. */
    frame(file: string, line: number, column: number, paint?: (s: string) => string, context?: number): string;
}
