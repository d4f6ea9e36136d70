import { type Location, type Maybe } from "../../model/location.js";
import type { FirewallPolicy, FirewallRuleGroup } from "../../model/network.js";
/** Where values come from: a locator for JSON pointers, and the raw text (to find rule lines). */
export interface Origin {
    file: string;
    text: string;
    locate(pointer: string): Location;
    /** A resource reference ({$resource}) as the id it names; CloudFormation only. */
    refId?(v: unknown): string | undefined;
}
/** A policy: `body` is the FirewallPolicy object; id is its ARN or logical id. */
export declare function firewallPolicy(body: unknown, pointer: string, o: Origin, id: string, name: string | undefined, location: Location): FirewallPolicy;
/** A rule group: `body` is the RuleGroup object (RulesSource, RuleVariables, ...). */
export declare function ruleGroup(body: unknown, pointer: string, o: Origin, meta: {
    id: string;
    arn?: string;
    name?: string;
    type: Maybe<string>;
    location: Location;
}): FirewallRuleGroup;
/**
 * Finds each rule's text in the source after the value's start, in order: as written (a YAML
 * block scalar) or JSON-escaped (a JSON string on one line). Falls back to the value's start.
 */
export declare function lineFinder(text: string, start: Location): (line: string) => Location;
