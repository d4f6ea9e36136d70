import { type Unknown } from "../../model/location.js";
import type { ParameterValue } from "./parameters.js";
import type { CfnTemplate } from "./template.js";
/** AWS::NoValue: the enclosing property or list element disappears. */
export declare const NO_VALUE: unique symbol;
/** A resource known only by its logical id (its physical id exists after deployment). */
export interface ResourceRef {
    $resource: string;
    attribute?: string;
}
export declare function isResourceRef(v: unknown): v is ResourceRef;
/** An Fn::If on an unknown condition: one of these resolved branches (a NoValue branch is omitted). */
export interface Alternatives extends Unknown {
    alternatives: unknown[];
}
export declare function alternativesOf(v: unknown): unknown[] | undefined;
/** JSON pointer of the template node a resolved object or array came from. */
export declare function pointerOf(value: object): string | undefined;
export type ConditionValue = boolean | Unknown;
export interface ResolverEnv {
    template: CfnTemplate;
    /** Every declared parameter's value in this scenario (unknown when it has none). */
    parameters: ReadonlyMap<string, ParameterValue>;
    region?: string;
    accountId?: string;
}
/**
 * Work budget of one resolution (one scenario): object and array nodes resolved, GetAtt chains
 * included. A template's own size bounds everything else, but a chain of resources whose property
 * reads the previous one twice (`!Join [[!GetAtt S1.CidrBlock, !GetAtt S1.CidrBlock]]`) doubles
 * the work, and the string, at each link. Past the budget every value is an "analysis truncated"
 * unknown (and `truncated` says why). The budget grows with the template: a generated
 * 1,000-resource template takes about 13,000 steps per scenario (bench/generate.mjs).
 */
export declare const MAX_RESOLVE_STEPS = 500000;
/** Longest string Fn::Join or Fn::Sub may build (a template is at most 1 MB). */
export declare const MAX_RESOLVED_STRING: number;
export declare class Resolver {
    private readonly env;
    private readonly data;
    private readonly resources;
    private readonly conditionCache;
    private readonly evaluating;
    private readonly attributes;
    private depth;
    private steps;
    private readonly budget;
    /** Set when the work budget or the string limit cut the resolution short. */
    truncated: string | undefined;
    constructor(env: ResolverEnv);
    /** Whether a resource exists in this scenario; true when it has no Condition. */
    resourceCondition(id: string): ConditionValue;
    condition(name: string): ConditionValue;
    /** Resolves a template value; may return NO_VALUE. */
    value(node: unknown, pointer: string): unknown;
    private enter;
    private fail;
    private cut;
    private long;
    private unknownAt;
    private conditionExpr;
    private intrinsic;
    private ref;
    private pseudo;
    private getAtt;
    private resourceProperty;
    private sub;
    private subVariable;
    private join;
    private select;
    private findInMap;
    private if;
    private cidr;
}
/** Fn::Cidr for IPv4: `count` subnets with `bits` host bits each, carved from the block's start. */
export declare function ipv4Subnets(block: string, count: number, bits: number): string[] | undefined;
