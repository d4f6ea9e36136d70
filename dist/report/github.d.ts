import { type ReportEngine, type ReportInput, type ReportOptions } from "./shared.js";
/** Escapes a command's message (GitHub toolkit `escapeData`). */
export declare function escapeData(s: string): string;
/** Escapes a command property value (GitHub toolkit `escapeProperty`). */
export declare function escapeProperty(s: string): string;
export declare function workflowCommand(command: string, props: Record<string, string | number | undefined>, message: string): string;
export declare function renderGithub(input: ReportInput, engine: ReportEngine, options?: ReportOptions): string;
