import type { SourceDocument } from "./source.js";
import type { RunConfig } from "../model/config.js";
import type { InputKind } from "../model/vocabulary.js";
import type { MarkerPort } from "../scope/markers.js";
/** A file handed to the loaders: its text, and its YAML/JSON parse, made once on first use. */
export interface InputFile {
    path: string;
    text: string;
    /** Parsed as YAML/JSON with CloudFormation's tags; throws a RunnerlintError for bad syntax. */
    document(): SourceDocument;
    /** True for .yaml/.yml/.json/.template files (and text that looks like JSON). */
    structured: boolean;
}
export interface LoadContext {
    config: RunConfig;
    /** CloudFormation parameter overrides (--parameter, --parameters). */
    parameters: Record<string, string>;
    maxScenarios?: number;
    /** Files larger than this stop with SIZE_LIMIT before they are read (default MAX_FILE_BYTES, 16 MiB). */
    maxFileBytes?: number;
    /** The catalogue's environment ports (src/scope/markers.ts), for the file-level scope test. */
    markerPorts?: readonly MarkerPort[];
}
/** One document for one Wasm entrypoint. */
export interface NormalizedInput {
    kind: InputKind;
    file: string;
    input: object & {
        scenario?: Record<string, string>;
        truncated?: string;
    };
    /**
     * Exports of live state (describe-* JSON) describe one account: documents with `merge` set are
     * combined into a single input of their kind, so a security group sees the VPC from another file.
     */
    merge?: boolean;
    /**
     * Set when nothing in the file can be the runner's (scope): the document is not evaluated, and
     * counts for no requirement. `groups`: the security groups it holds.
     */
    outOfScope?: {
        reason: string;
        groups: number;
    };
}
export interface Loader {
    /** Short name shown in reports, e.g. "cloudformation". */
    name: string;
    detect(file: InputFile): boolean;
    load(file: InputFile, ctx: LoadContext): NormalizedInput[];
}
