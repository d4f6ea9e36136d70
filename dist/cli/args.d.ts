export interface FlagSpec {
    /** string: takes a value; boolean: no value; list: repeatable value. */
    type: "string" | "boolean" | "list";
    choices?: readonly string[];
}
export interface ParsedArgs {
    positionals: string[];
    flags: Record<string, string | boolean | string[] | undefined>;
}
export declare function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs;
