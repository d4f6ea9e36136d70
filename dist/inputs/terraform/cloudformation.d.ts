import { type TfPlan } from "./plan.js";
type Json = Record<string, unknown>;
export interface Translation {
    /** A CloudFormation template: {Resources: {<address>: {Type, Properties}}}. */
    template: Json;
    /** Template pointer prefix → plan pointer, longest prefixes first. */
    pointers: [string, string][];
    /** Security groups whose rules are written both inline and as rule resources, per direction. */
    conflicts: {
        group: string;
        direction: "ingress" | "egress";
    }[];
    /** Security groups a Terraform configuration creates (no default egress: Terraform removes it). */
    groups: Set<string>;
    /** Directions of groups whose inline rules are unknown: they may hold any rule. */
    unknownRules: {
        group: string;
        direction: "ingress" | "egress";
        reason: string;
    }[];
}
export declare function translate(plan: TfPlan): Translation;
export {};
