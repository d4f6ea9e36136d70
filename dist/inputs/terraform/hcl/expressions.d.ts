import type { TfUnknown } from "../plan.js";
import type { Node } from "./parse.js";
/** What an expression can see. */
export interface Scope {
    file: string;
    /** The module's folder (path.module, templatefile's relative paths). */
    dir: string;
    variable(name: string, at: Node): unknown;
    local(name: string, at: Node): unknown;
    /** A resource attribute (type.name[.attr]) or module output: known from the configuration, else unknown. */
    reference(path: string[], at: Node): unknown;
    /** each.*, count.*, for-expression variables, dynamic-block iterators. */
    names: Map<string, unknown>;
    /** templatefile's own parser (a template is HCL's template syntax). */
    parseTemplate(file: string, text: string): Node;
}
export declare const unknownAt: (s: Scope, n: Node, why: string) => TfUnknown;
export declare function evaluate(n: Node, s: Scope): unknown;
/** cidrsubnet(prefix, newbits, netnum), IPv4, as Terraform computes it. */
export declare function cidrsubnet(prefix: string, newbits: number, netnum: number): string;
