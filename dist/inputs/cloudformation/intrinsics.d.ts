/** YAML short-form tag → long-form key. */
export declare const SHORT_FORMS: Readonly<Record<string, string>>;
/** Functions allowed in the Conditions section and as arguments of Fn::And / Fn::Or / Fn::Not. */
export declare const CONDITION_FUNCTIONS: ReadonlySet<string>;
export declare const PSEUDO_PARAMETERS: ReadonlySet<string>;
export type Json = Record<string, unknown>;
export declare const isObj: (v: unknown) => v is Json;
/**
 * The intrinsic a one-key object stands for (`{"Ref": x}`, `{"Fn::Sub": x}`), or undefined.
 * `{"Condition": x}` only counts in condition context, so it is not reported here.
 */
export declare function intrinsicOf(v: unknown): [name: string, arg: unknown] | undefined;
/**
 * Not CloudFormation's: a value the source of a translated template leaves open (Terraform's
 * "known after apply", src/inputs/terraform), with its reason. It resolves to unknown.
 */
export declare const OPAQUE = "Fn::Runnerlint::Unknown";
/** AWS::LanguageExtensions' loop key prefix: `Fn::ForEach::Name` (foreach.ts). */
export declare const FOREACH_PREFIX = "Fn::ForEach::";
/** Does any mapping in the value have an Fn::ForEach key? */
export declare function hasForEach(v: unknown, depth?: number): boolean;
/** Template-level transforms other than AWS::LanguageExtensions (SAM, macros) add names we cannot see. */
export declare function hasMacroTransform(data: Json): boolean;
