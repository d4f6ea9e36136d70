import { type Status } from "../model/vocabulary.js";
import { type ReportEngine, type ReportInput, type ReportOptions } from "./shared.js";
export declare const STATUS_EMOJI: Record<Status, string>;
/** Inline text: the punctuation Markdown or HTML could act on inline is backslash-escaped; newlines become spaces. */
export declare function mdText(s: string): string;
/** Text for a table cell: escaped, and line breaks kept as <br>. */
export declare function mdCell(s: string): string;
/** A code span that survives any content (backticks, pipes inside tables). */
export declare function mdCode(s: string): string;
export declare function renderMarkdown(input: ReportInput, engine: ReportEngine, options?: ReportOptions): string;
