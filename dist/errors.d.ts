import type { Position } from "./model/location.js";
import type { CheckError } from "./model/result.js";
import type { ErrorCode } from "./model/vocabulary.js";
export type { ErrorCode, Position };
export declare class RunnerlintError extends Error implements CheckError {
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
