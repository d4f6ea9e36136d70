import { type Location, type Maybe, type Unknown } from "../../model/location.js";
import type { CfnTemplate } from "./template.js";
import { type ConditionValue } from "./resolve.js";
export declare const DEFAULT_MAX_SCENARIOS = 64;
/**
 * A resource as it is in one scenario. Resources whose Condition is false are absent.
 * `properties` is resolved (see resolve.ts for the value conventions); pointerOf() gives the
 * template pointer of each object and array in it.
 */
export interface ResolvedResource {
    logicalId: string;
    type: string;
    /** Position of the resource's key under Resources. */
    location: Location;
    /** "/Resources/<logicalId>". */
    pointer: string;
    /** Present when the resource's Condition could not be decided: it may or may not exist. */
    condition?: Unknown;
    /** {} when the template sets none or when they could not be resolved as a whole. */
    properties: Record<string, unknown>;
    /** Set when Properties as a whole is unknown (e.g. an Fn::If on an unknown condition). */
    unresolvedProperties?: Unknown;
    metadata?: unknown;
    dependsOn?: string[];
    /** From a `Tags: [{Key, Value}]` property. */
    tags?: Record<string, Maybe<string>>;
}
export interface Scenario {
    /**
     * Values of the parameters that were supplied or assumed (Default or one AllowedValue). A
     * parameter whose every value led to this same scenario is left out: it does not matter here.
     */
    parameters: Record<string, string>;
    /** Names in `parameters` whose value the template chose rather than the user. */
    assumed: string[];
    /** Every condition's value; empty when only some resource types were asked for (resourceTypes). */
    conditions: Record<string, ConditionValue>;
    resources: ResolvedResource[];
    /** Set when resolution hit its work budget or string limit (resolve.ts): values past it are unknown. */
    truncated?: string;
}
export interface ExpandOptions {
    parameters?: Record<string, string>;
    region?: string;
    accountId?: string;
    /** Cap on distinct scenarios (default 64). */
    maxScenarios?: number;
    /**
     * The resource types the caller reads (a loader's own). Only those are resolved and compared, so
     * parameters that change nothing but other resources make no scenario of their own.
     */
    resourceTypes?: ReadonlySet<string>;
}
export interface Expansion {
    scenarios: Scenario[];
    /** Why the scenarios are incomplete, when the cap was hit. */
    truncated?: string;
}
export declare function expandScenarios(t: CfnTemplate, opts?: ExpandOptions): Expansion;
/**
 * Indices into each domain, fewest departures from the first value (the Default) first: every
 * single AllowedValue is covered before any pair, so a capped run still sees each choice.
 */
export declare function byDeviation(sizes: number[]): Generator<number[]>;
/** `[{Key, Value}]` → {Key: Value}; undefined when the property is not such a list. */
export declare function tagMap(v: unknown): Record<string, Maybe<string>> | undefined;
