// The parsed template's shape, apart from the parser: parse.ts runs validate.ts, and validate.ts
// (like every later stage) reads a CfnTemplate, so the type cannot live in parse.ts without a cycle.
import type { SourceDocument } from "../source.js";

/**
 * A parsed template. `data` is the top-level mapping; short forms are already long forms
 * (`!Ref X` → `{Ref: X}`), and `locate` maps a JSON pointer into `data` to its line and column.
 */
export interface CfnTemplate extends SourceDocument {
  data: Record<string, unknown>;
}
