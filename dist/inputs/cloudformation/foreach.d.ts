import type { InputFile, LoadContext } from "../types.js";
import type { CfnTemplate } from "./template.js";
/** Entries all loops of a template may generate, nested ones included (a loop bomb stops here). */
export declare const MAX_FOREACH_ENTRIES = 1000;
export interface ForEachOptions {
    parameters?: Record<string, string>;
    region?: string;
    accountId?: string;
}
export interface ForEachExpansion {
    template: CfnTemplate;
    /** Why some network or compute resources the loops generate are not in `template` (an unknown collection, the bound). */
    incomplete?: string;
    /** The same for proxy settings (a loop whose body names a proxy variable). */
    incompleteProxy?: string;
    /** The same for AWS::Organizations policies. */
    incompleteOrganization?: string;
}
/** A CloudFormation file's template, loops expanded with the run's parameters (once per file). */
export declare function templateOf(file: InputFile, ctx: LoadContext): ForEachExpansion;
/** The template with its loops expanded (the same object when it has none), validated again. */
export declare function expandForEach(t: CfnTemplate, opts?: ForEachOptions): ForEachExpansion;
