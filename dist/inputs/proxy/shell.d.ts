import { type Maybe } from "../../model/location.js";
/** Marks a part of the line that could not be resolved: \u0000<index into reasons>\u0000. */
export declare const UNKNOWN_MARK: RegExp;
export interface ShellAssignment {
    name: string;
    value: Maybe<string>;
    /** 0-based offset of the name in the line. */
    offset: number;
}
/**
 * The assignments a line makes. `vars` holds the script's variables so far (it is updated);
 * `reasons` explains the UNKNOWN_MARKs the caller put into the line.
 */
export declare function lineAssignments(line: string, vars: Map<string, Maybe<string>>, reasons?: readonly string[]): ShellAssignment[];
