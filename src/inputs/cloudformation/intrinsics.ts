// Names of CloudFormation's intrinsic functions, condition functions and pseudo parameters.

/** YAML short-form tag → long-form key. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!GetAtt": "Fn::GetAtt",
  "!Sub": "Fn::Sub",
  "!Join": "Fn::Join",
  "!If": "Fn::If",
  "!Equals": "Fn::Equals",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!Not": "Fn::Not",
  "!Select": "Fn::Select",
  "!Split": "Fn::Split",
  "!FindInMap": "Fn::FindInMap",
  "!ImportValue": "Fn::ImportValue",
  "!Base64": "Fn::Base64",
  "!Cidr": "Fn::Cidr",
  "!GetAZs": "Fn::GetAZs",
  "!Transform": "Fn::Transform",
  "!Length": "Fn::Length",
  "!ToJsonString": "Fn::ToJsonString",
  // Rule-specific functions (the Rules section; runnerlint reads Rules but does not narrow by them).
  "!Contains": "Fn::Contains",
  "!EachMemberEquals": "Fn::EachMemberEquals",
  "!EachMemberIn": "Fn::EachMemberIn",
  "!RefAll": "Fn::RefAll",
  "!ValueOf": "Fn::ValueOf",
  "!ValueOfAll": "Fn::ValueOfAll",
};

/** Functions allowed in the Conditions section and as arguments of Fn::And / Fn::Or / Fn::Not. */
export const CONDITION_FUNCTIONS: ReadonlySet<string> = new Set(["Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition"]);

export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix",
]);

export type Json = Record<string, unknown>;

export const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The intrinsic a one-key object stands for (`{"Ref": x}`, `{"Fn::Sub": x}`), or undefined.
 * `{"Condition": x}` only counts in condition context, so it is not reported here.
 */
export function intrinsicOf(v: unknown): [name: string, arg: unknown] | undefined {
  if (!isObj(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const name = keys[0]!;
  return name === "Ref" || name.startsWith("Fn::") ? [name, v[name]] : undefined;
}

/**
 * Not CloudFormation's: a value the source of a translated template leaves open (Terraform's
 * "known after apply", src/inputs/terraform), with its reason. It resolves to unknown.
 */
export const OPAQUE = "Fn::Runnerlint::Unknown";

/** AWS::LanguageExtensions' loop key prefix: `Fn::ForEach::Name` (foreach.ts). */
export const FOREACH_PREFIX = "Fn::ForEach::";

/** Does any mapping in the value have an Fn::ForEach key? */
export function hasForEach(v: unknown, depth = 0): boolean {
  if (depth > 256) return false;
  if (Array.isArray(v)) return v.some((x) => hasForEach(x, depth + 1));
  if (!isObj(v)) return false;
  for (const k in v) if (k.startsWith(FOREACH_PREFIX) || hasForEach(v[k], depth + 1)) return true;
  return false;
}

/** Template-level transforms other than AWS::LanguageExtensions (SAM, macros) add names we cannot see. */
export function hasMacroTransform(data: Json): boolean {
  const t = data.Transform;
  const names = Array.isArray(t) ? t : t === undefined ? [] : [t];
  return names.some((n) => n !== "AWS::LanguageExtensions");
}
