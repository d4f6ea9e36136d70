import { type SourceDocument } from "../source.js";
type Json = Record<string, unknown>;
/** A value Terraform knows only after apply (after_unknown), with the attribute it belongs to. */
export interface TfUnknown {
    $tfUnknown: string;
}
export declare const isTfUnknown: (v: unknown) => v is TfUnknown;
export interface TfInstance {
    /** module.net.aws_security_group.env["a"] */
    address: string;
    /** module.net (instance keys kept), "" for the root module. */
    module: string;
    type: string;
    name: string;
    /** count.index or each.key, when the resource has count or for_each. */
    index?: string | number;
    /** The planned values; unknown leaves are TfUnknown. */
    values: Json;
    /** JSON pointer of `values` (or `change.after`) in the file. */
    pointer: string;
    /** The configuration's expressions of the resource (references), when the plan carries them. */
    expressions?: Json;
}
/** A module call of the configuration, with its input expressions resolved where the plan knows them. */
export interface TfModuleCall {
    /** module.runner (nested: module.a.module.b), as in instance addresses without instance keys. */
    address: string;
    source: string;
    /** Input name → its value (TfUnknown when the plan does not know it). */
    inputs: Json;
    /** JSON pointer of the call's expressions in the file. */
    pointer: string;
}
export interface TfPlan {
    /** "plan" (resource_changes / planned_values) or "state" (values). */
    form: "plan" | "state";
    instances: TfInstance[];
    moduleCalls: TfModuleCall[];
}
/** Does the document look like Terraform's JSON output? */
export declare function isTerraformJson(data: unknown): boolean;
/** "module.a[\"x\"].module.b.aws_vpc.main[0]" → "module.a[\"x\"].module.b" */
export declare function moduleOf(address: string): string;
/** Reads the plan or state; a format Terraform promises no compatibility with is an error. */
export declare function readPlan(doc: SourceDocument): TfPlan;
/**
 * The references of an attribute's expression in the plan's `configuration` (relative to the
 * instance's module: "aws_security_group.env.id"), at the same path as in the values: keys and
 * block indices (["firewall_policy", 0, "stateful_rule_group_reference", 1, "resource_arn"]).
 */
export declare function referencesOf(instance: TfInstance, path: (string | number)[]): string[];
export {};
