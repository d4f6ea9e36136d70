import { type Unknown } from "../../model/location.js";
import type { CfnTemplate } from "./template.js";
export interface ParameterDecl {
    name: string;
    type: string;
    pointer: string;
    default?: string;
    allowedValues?: string[];
    /** CommaDelimitedList and List<...>: a Ref yields a list. */
    list: boolean;
    /** AWS::SSM::Parameter::Value<...>: the value lives in SSM, not in the template. */
    ssm: boolean;
}
/** A parameter's value in one scenario. */
export type ParameterValue = string | string[] | Unknown;
/** The values a parameter takes across scenarios, and whether the template (not the user) chose them. */
export interface ParameterDomain {
    decl: ParameterDecl;
    /** Raw string values, Default first; empty when the value is unknown. */
    values: string[];
    /** Set when no value can be had offline. */
    unknown?: Unknown;
    assumed: boolean;
}
export declare function declaredParameters(t: CfnTemplate): ParameterDecl[];
/**
 * A supplied value wins; otherwise each AllowedValue (Default first), else the Default, else unknown.
 * List parameters do not fan out over AllowedValues: those restrict each element, not the list.
 */
export declare function parameterDomain(decl: ParameterDecl, supplied: string | undefined): ParameterDomain;
/** CommaDelimitedList members are space-trimmed (CloudFormation's Parameters reference). */
export declare function parameterValue(decl: ParameterDecl, raw: string): string | string[];
/** Reads a parameter file; any content problem is CONFIG_INVALID with its position. */
export declare function loadParameterFile(file: string, text: string): Record<string, string>;
