import type { Location } from "../../../model/location.js";
import { type TfPlan } from "../plan.js";
import type { Node } from "./parse.js";
type Json = Record<string, unknown>;
export interface HclFile {
    path: string;
    body: Node;
}
export interface ModuleReader {
    /** The .tf files of a module folder, parsed; undefined when the folder cannot be read. */
    read(dir: string): HclFile[] | undefined;
    /** Parses a template file's text (templatefile()). */
    parseTemplate(file: string, text: string): Node;
}
export interface Evaluated {
    plan: TfPlan;
    /** JSON pointer (as TfInstance.pointer and below) → where it is written. */
    positions: Map<string, Location>;
}
/** Evaluates a root module (its .tf files, and the variable values of its tfvars files). */
export declare function evaluateModule(dir: string, files: HclFile[], tfvars: Json, reader: ModuleReader): Evaluated;
/** The attributes of a .tfvars file, evaluated (literals and functions; no variables). */
export declare function tfvarsOf(file: HclFile, dir: string, reader: ModuleReader): Json;
export {};
