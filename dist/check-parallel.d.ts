import { type CheckOptions, type CheckResult, type CheckSource } from "./check.js";
export interface ParallelOptions {
    /** Worker threads (default: the available cores, at most 8). 1 checks in this thread. */
    jobs?: number;
    /** Fewer files than this are checked in this thread: a worker costs ~100 ms to start. */
    minFiles?: number;
}
export declare function defaultJobs(): number;
/** check(), on `jobs` worker threads when there are enough files; the same result either way. */
export declare function checkParallel(sources: CheckSource[], options: CheckOptions & ParallelOptions): Promise<CheckResult>;
