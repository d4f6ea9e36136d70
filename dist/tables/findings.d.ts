import type { PolicyEngine } from "../engine/policy.js";
import type { SeverityOverride } from "../config/types.js";
import type { Verdict } from "../engine/types.js";
import type { NormalizedInput } from "../inputs/types.js";
import type { Finding } from "../model/result.js";
/** A verdict with the document it judged. */
export interface DocVerdict {
    verdict: Verdict;
    doc: NormalizedInput;
}
/** A verdict's message, from its rule's template; the rule and message id when the rule has none. */
export declare function messageOf(engine: PolicyEngine, v: Verdict): string;
export declare function byPlace(a: Finding, b: Finding): number;
export declare function toFindings(engine: PolicyEngine, verdicts: DocVerdict[], docs: NormalizedInput[], overrides: Readonly<Record<string, SeverityOverride>>): Finding[];
/**
 * One cause, one finding: findings of one rule, at one place, about one resource, with the same
 * status, severity and scenarios become one (a group missing six flows at its SecurityGroupEgress
 * is one error, its parts listing them). Waivers and the baseline have already judged each part;
 * the requirement table keeps every verdict.
 */
export declare function groupByCause(findings: Finding[]): Finding[];
