import type { SourceDocument } from "../source.js";
/**
 * A parsed template. `data` is the top-level mapping; short forms are already long forms
 * (`!Ref X` → `{Ref: X}`), and `locate` maps a JSON pointer into `data` to its line and column.
 */
export interface CfnTemplate extends SourceDocument {
    data: Record<string, unknown>;
}
