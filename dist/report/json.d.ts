import type { ReportEngine, ReportInput } from "./shared.js";
export declare const REPORT_VERSION = 1;
export declare function toJsonReport(result: ReportInput, engine: ReportEngine): object;
export declare function renderJson(result: ReportInput, engine: ReportEngine): string;
