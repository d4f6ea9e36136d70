import type { ReportEngine, ReportInput, ReportOptions } from "./shared.js";
export declare const REPORT_FORMATS: readonly ["text", "json", "sarif", "junit", "markdown", "github", "html"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export interface Renderer {
    format: ReportFormat;
    /** One line for `--help`. */
    description: string;
    /** The usual file extension, for tools that name output files. */
    extension: string;
    render: (input: ReportInput, engine: ReportEngine, options?: ReportOptions) => string;
}
export declare const renderers: Readonly<Record<ReportFormat, Renderer>>;
export declare function isReportFormat(s: string): s is ReportFormat;
/** Renders one format. */
export declare function renderReport(format: ReportFormat, input: ReportInput, engine: ReportEngine, options?: ReportOptions): string;
export type { ReportEngine, ReportInput, ReportOptions } from "./shared.js";
export type { SuppressedFinding, Suppression } from "../model/result.js";
export type { SuppressionSource } from "../model/vocabulary.js";
