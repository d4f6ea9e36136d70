import type { CheckResult } from "../model/result.js";
export interface TextOptions {
    color: boolean;
    /** Inputs that are no file, by name, for code frames (ReportOptions.texts). */
    texts?: ReadonlyMap<string, string>;
}
/** One code frame (a report showing many uses a CodeFrames, which reads each file once). */
export declare function codeFrame(file: string, line: number, column: number, color?: boolean, context?: number): string;
export declare function renderText(result: CheckResult, opts: TextOptions): string;
/** The scope decision: the runner's groups by file, the files left out (one line), the run's note. */
export declare function scopeLines(result: Pick<CheckResult, "scope">, c?: boolean): string[];
export declare function summaryLine(result: CheckResult): string;
