import type { SuricataAddress, SuricataPort, SuricataRule } from "../../model/network.js";
import type { Location } from "../../model/location.js";
export interface RuleLine {
    text: string;
    location: Location;
}
/** Splits a RulesString into rule lines: comments and blank lines dropped, "\"-continued lines joined. */
export declare function ruleLines(rules: string, locateLine: (index: number, text: string) => Location): RuleLine[];
/** Parses one Suricata rule; a rule it cannot read becomes one that may match anything. */
export declare function parseRule(text: string, location: Location): SuricataRule;
export declare function addresses(spec: string): SuricataAddress[];
export declare function portList(spec: string): SuricataPort[];
/** `key: value;` options; a ";" inside quotes or escaped does not end one. */
export declare function options(body: string): {
    key: string;
    value: string | undefined;
}[];
/** Applies the options to the rule: flow, flowbits, app-layer conditions, and what is not evaluated. */
export declare function applyOptions(rule: SuricataRule, opts: {
    key: string;
    value: string | undefined;
}[]): void;
/**
 * A pcre:"/…/flags" as an RE2 pattern (what Rego's regex.match runs), when it means the same there:
 * flags i, s, m only (Suricata's buffer flags and x are not read); no lookaround, backreference,
 * atomic group or possessive quantifier, which RE2 lacks.
 */
export declare function pcreToRe2(value: string): {
    source: string;
    negated: boolean;
} | undefined;
/** A 5-tuple StatefulRule ({Action, Header, RuleOptions}) as a Suricata rule. */
export declare function fiveTuple(rule: Record<string, unknown>, location: Location): SuricataRule;
