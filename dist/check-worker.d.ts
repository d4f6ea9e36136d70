import { type FileResult } from "./check.js";
import { type ErrorCode, type Position } from "./errors.js";
import type { LoadContext } from "./inputs/types.js";
export interface WorkerSetup {
    load: LoadContext;
    skipUnrecognized: boolean;
    inlineWaivers: boolean;
    /** The catalogue version the run judges against. */
    catalogue: string;
    /** Evaluate under the latest catalogue version too (CheckOptions.drift). */
    drift: boolean;
    /** The run reads .tf files: load their parser first. */
    terraform: boolean;
}
export interface WireError {
    code: ErrorCode;
    message: string;
    file?: string;
    pos?: Position;
}
export type WireResult = Omit<FileResult, "errors"> & {
    errors: WireError[];
};
/** A file's result; or the RunnerlintError checking it threw (as check() would throw it); or a crash. */
export type WorkerReply = {
    i: number;
    result: WireResult;
} | {
    i: number;
    thrown: WireError;
} | {
    i: number;
    crash: {
        message: string;
        stack?: string;
    };
};
