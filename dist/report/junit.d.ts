import { type ReportEngine, type ReportInput, type ReportOptions } from "./shared.js";
/** XML 1.0 text/attribute escaping; characters XML cannot carry at all are replaced. */
export declare function xmlEscape(s: string): string;
export declare function renderJunit(input: ReportInput, engine: ReportEngine, options?: ReportOptions): string;
