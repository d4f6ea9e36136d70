import { type ReportFormat } from "../report/index.js";
import type { ReportEngine, ReportInput, ReportOptions } from "../report/shared.js";
import type { FlagSpec } from "./args.js";
export interface PlannedOutput {
    format: ReportFormat;
    /** undefined: stdout. */
    file: string | undefined;
}
export declare const OUTPUT_USAGE: string;
export declare function planOutputs(argv: string[], spec: Record<string, FlagSpec>): PlannedOutput[];
/** Renders every planned report, writes the files (atomically), then prints the stdout one. */
export declare function writeReports(plan: PlannedOutput[], input: ReportInput, engine: ReportEngine, io: {
    stdout: (s: string) => void;
}, options: {
    colorOnStdout: boolean;
} & ReportOptions): void;
