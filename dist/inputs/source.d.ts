import { type Document, type Tags } from "yaml";
import type { Location } from "../model/location.js";
export interface SourceDocument {
    file: string;
    data: unknown;
    /** Position of the value (or of the key, for a map entry) a JSON pointer names; the nearest ancestor if absent. */
    locate(pointer: string): Location;
}
export interface ParseOptions {
    customTags?: Tags;
    /** Fail on tags that are not in customTags (CloudFormation) instead of keeping them as strings. */
    strictTags?: boolean;
    maxAliasCount?: number;
    /**
     * Rewrites the tagged nodes of the parsed AST before it becomes plain data (CloudFormation turns
     * short-form tags into long-form maps here, so positions survive). May throw a RunnerlintError.
     * JSON has no tags: text JSON.parse reads is never transformed.
     */
    transform?: (doc: Document.Parsed, text: string) => void;
    /** Read JSON with the YAML parser too: the reference the JSON path is tested against. */
    yamlOnly?: boolean;
}
export declare const MAX_ALIAS_COUNT = 100;
export declare function escapePointer(segment: string | number): string;
export declare function joinPointer(base: string, ...segments: (string | number)[]): string;
export declare function parseSource(file: string, text: string, options?: ParseOptions): SourceDocument;
/**
 * Where JSON.parse gives up on `text` (V8's messages name the position for some errors only): a
 * recursive-descent scan of JSON's grammar, iterative over nesting.
 */
export declare function jsonErrorOffset(text: string): number;
/** JSON.parse and an index of positions; undefined when the YAML parser must decide instead. */
export declare function parseJsonSource(file: string, text: string): SourceDocument | undefined;
