import type { Node } from "web-tree-sitter";
export type { Node };
/** The body node of a .tf file; a syntax error is an HCL_PARSE error at its line and column. */
export declare function parseTerraform(file: string, text: string): Node;
