import { type IdCatalogue } from "./ids.js";
import type { Waiver } from "./types.js";
export interface CommentWaiverOptions {
    engine: IdCatalogue;
}
/** The `# runnerlint:ignore` waivers of a YAML file. Throws a RunnerlintError at the first malformed one. */
export declare function commentWaivers(file: string, text: string, { engine }: CommentWaiverOptions): Waiver[];
interface Directive {
    id: string;
    idAt: number;
    reason: string;
    expires?: string;
}
/** Parses `# runnerlint:ignore id key=value ...`; `fail(message, columnDelta)` throws. */
export declare function parseDirective(comment: string, fail: (message: string, delta?: number) => never): Directive;
export {};
