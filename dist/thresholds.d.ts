import type { CheckResult, Finding, ScopeSummary } from "./model/result.js";
import { type Severity } from "./model/vocabulary.js";
/**
 * `--fail-on-unknown`: is anything left unverified? An unknown finding that is not waived, baselined
 * or ignored, a requirement the engine could not judge at all (no rule returned a verdict, or the
 * analysis was truncated), which no waiver can accept, or security groups of which none was taken
 * as the runner's (the scope note).
 */
export declare function reachesUnknown(result: Pick<CheckResult, "findings" | "requirements"> & {
    scope?: ScopeSummary;
}): boolean;
/** Exit-code threshold helper: does any finding reach the level? */
export declare function reachesThreshold(findings: Finding[], failOn: Severity | "never"): boolean;
