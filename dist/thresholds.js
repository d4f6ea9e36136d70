// Exit thresholds over a run's result (`--fail-on`, `--fail-on-unknown`): the CLI's exit code 1,
// and the library's answer to "does this result fail the build?".
import { ENGINE_RULE } from "./tables/requirements.js";
import { SEVERITY_RANK } from "./model/vocabulary.js";
/**
 * `--fail-on-unknown`: is anything left unverified? An unknown finding that is not waived, baselined
 * or ignored, a requirement the engine could not judge at all (no rule returned a verdict, or the
 * analysis was truncated), which no waiver can accept, or security groups of which none was taken
 * as the runner's (the scope note).
 */
export function reachesUnknown(result) {
    if (result.findings.some((f) => f.status === "unknown"))
        return true;
    if (result.scope?.note)
        return true;
    return result.requirements.some((r) => r.status === "unknown" && r.evidence.some((e) => e.rule === ENGINE_RULE && e.status === "unknown"));
}
/** Exit-code threshold helper: does any finding reach the level? */
export function reachesThreshold(findings, failOn) {
    if (failOn === "never")
        return false;
    return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
//# sourceMappingURL=thresholds.js.map