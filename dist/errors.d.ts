export type ErrorCode = "YAML_PARSE"
/** A YAML stream of several documents (a Kubernetes manifest): no template is one. */
 | "MULTI_DOCUMENT" | "JSON_PARSE" | "DOTENV_PARSE" | "UNKNOWN_TAG" | "BAD_INTRINSIC" | "ALIAS_LIMIT" | "DEPTH_LIMIT" | "SIZE_LIMIT" | "FILE_NOT_FOUND" | "CONFIG_INVALID" | "UNSUPPORTED_INPUT" | "USAGE" | "WASM_LOAD" | "WASM_EVAL" | "AWS_API";
export interface Position {
    line: number;
    column: number;
}
export declare class RunnerlintError extends Error {
    name: string;
    readonly code: ErrorCode;
    readonly file: string | undefined;
    readonly pos: Position | undefined;
    constructor(code: ErrorCode, message: string, file?: string, pos?: Position, options?: {
        cause?: unknown;
    });
    /** `file:line:column: message`, the one line the CLI prints. */
    format(): string;
}
export declare function isRunnerlintError(e: unknown): e is RunnerlintError;
