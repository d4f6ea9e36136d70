import { type ReportEngine, type ReportInput, type ReportOptions } from "./shared.js";
/** Escapes text for HTML element content and quoted attribute values. */
export declare function esc(s: string): string;
export declare function renderHtml(input: ReportInput, engine: ReportEngine, options?: ReportOptions): string;
