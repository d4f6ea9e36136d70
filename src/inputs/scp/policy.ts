// An SCP document (IAM policy grammar) or an EC2 declarative policy → the organization model.
// Only shape is normalized here: Action/Resource become lists, Condition becomes one block per
// operator and key with string values (IAM compares strings). What the statements mean is decided
// in Rego (policies/lib/iam_*.rego).
import type { ConditionBlock, DeclarativePolicy, ScpPolicy, Statement } from "../../model/organization.js";
import type { Location } from "../../model/location.js";
import { joinPointer } from "../source.js";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A CloudFormation intrinsic (`{"Ref": x}`, `{"Fn::Sub": x}`) or a loader's `{$unknown}`: not a literal value. */
export function unresolvedReason(v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  if (typeof v.$unknown === "string") return v.$unknown;
  const keys = Object.keys(v);
  if (keys.length === 1 && (keys[0] === "Ref" || keys[0]!.startsWith("Fn::"))) return `${keys[0]} cannot be resolved offline`;
  return undefined;
}

/** The first unresolvable value anywhere inside v. */
export function findUnresolved(v: unknown): string | undefined {
  const r = unresolvedReason(v);
  if (r) return r;
  if (Array.isArray(v))
    for (const x of v) {
      const i = findUnresolved(x);
      if (i) return i;
    }
  if (isObj(v))
    for (const x of Object.values(v)) {
      const i = findUnresolved(x);
      if (i) return i;
    }
  return undefined;
}

export interface PolicySource {
  id: string;
  name: string;
  awsManaged?: boolean;
  /** Where the policy is (its Content, its file). */
  location: Location;
  /** Positions of parts of the content, by JSON pointer relative to the content; undefined: the policy's location. */
  locate?: (pointer: string) => Location;
  /** The stored text's length, when the policy is stored as text (a file, a Content string). */
  rawLength?: number;
}

/** Looks like an IAM policy document: a Statement, and at most Version/Id beside it. */
export function isPolicyDocument(v: unknown): v is Json {
  return isObj(v) && "Statement" in v && Object.keys(v).every((k) => k === "Version" || k === "Id" || k === "Statement");
}

export function isDeclarativeDocument(v: unknown): v is Json {
  return isObj(v) && isObj(v.ec2_attributes);
}

function strings(v: unknown): string[] | undefined {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
  return undefined;
}

function scalarString(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

export function scpPolicy(content: unknown, src: PolicySource): ScpPolicy {
  const locate = src.locate ?? (() => src.location);
  const policy: ScpPolicy = {
    id: src.id,
    name: src.name,
    awsManaged: src.awsManaged ?? false,
    location: src.location,
    size: null,
    statements: [],
  };
  const unresolved = unresolvedReason(content);
  if (unresolved) return { ...policy, unresolved };
  if (!isObj(content) || !("Statement" in content)) return { ...policy, unresolved: "the content is not a policy document (no Statement)" };
  if (!findUnresolved(content)) {
    const minified = JSON.stringify(content).length;
    policy.size = { raw: src.rawLength ?? minified, minified };
  }
  const st = content.Statement;
  const list = Array.isArray(st) ? st : [st];
  list.forEach((s, i) => {
    const pointer = Array.isArray(st) ? joinPointer("", "Statement", i) : "/Statement";
    policy.statements.push(statement(s, i, pointer, locate));
  });
  return policy;
}

/**
 * What is known of a statement with an unresolved part: its Effect and Action (or NotAction) when
 * they resolve. They decide which requests it can touch at all: a Deny of ec2:RunInstances with
 * an unresolved condition leaves s3:GetObject alone.
 */
function knownParts(s: unknown): Partial<Statement> {
  if (!isObj(s)) return {};
  const out: Partial<Statement> = {};
  if (typeof s.Effect === "string") out.effect = s.Effect;
  for (const [field, key] of [
    ["action", "Action"],
    ["notAction", "NotAction"],
  ] as const) {
    const v = key in s && !findUnresolved(s[key]) ? strings(s[key]) : undefined;
    if (v) out[field] = v;
  }
  return out;
}

function statement(s: unknown, index: number, pointer: string, locate: (p: string) => Location): Statement {
  const location = locate(pointer);
  const out: Statement = { index, effect: "", condition: [], location };
  const reason = unresolvedReason(s) ?? findUnresolved(s);
  if (reason || !isObj(s)) return { ...out, ...knownParts(s), unresolved: reason ?? "the statement is not an object" };
  if (typeof s.Sid === "string") out.sid = s.Sid;
  out.effect = typeof s.Effect === "string" ? s.Effect : "";
  const lists: [keyof Statement, string][] = [
    ["action", "Action"],
    ["notAction", "NotAction"],
    ["resource", "Resource"],
    ["notResource", "NotResource"],
  ];
  for (const [field, key] of lists) {
    if (!(key in s)) continue;
    const v = strings(s[key]);
    if (!v) return { ...out, unresolved: `${key} is not a string or a list of strings` };
    (out as unknown as Record<string, unknown>)[field] = v;
  }
  if (s.Condition !== undefined) {
    if (!isObj(s.Condition)) return { ...out, unresolved: "Condition is not an object" };
    for (const [operator, keys] of Object.entries(s.Condition)) {
      if (!isObj(keys)) return { ...out, unresolved: `Condition ${operator} is not an object` };
      for (const [key, value] of Object.entries(keys)) {
        const raw = Array.isArray(value) ? value : [value];
        const values = raw.map(scalarString);
        if (values.some((v) => v === undefined))
          return { ...out, unresolved: `Condition ${operator} ${key} has a value that is not a string, number or boolean` };
        const block: ConditionBlock = {
          operator,
          key,
          values: values as string[],
          location: locate(joinPointer(pointer, "Condition", operator, key)),
        };
        out.condition.push(block);
      }
    }
  }
  return out;
}

export function declarativePolicy(content: unknown, src: PolicySource): DeclarativePolicy {
  const base = { id: src.id, name: src.name, location: src.location };
  const unresolved = unresolvedReason(content) ?? findUnresolved(content);
  if (unresolved) return { ...base, unresolved };
  if (!isDeclarativeDocument(content)) return { ...base, unresolved: "the content has no ec2_attributes" };
  const settings = (content.ec2_attributes as Json).allowed_images_settings;
  const location = src.locate ? src.locate("/ec2_attributes/allowed_images_settings") : src.location;
  return isObj(settings) ? { ...base, location, settings } : base;
}

/** AWS's default SCP, attached to every root, OU and account unless replaced. */
export function fullAwsAccess(location: Location): ScpPolicy {
  return {
    id: "p-FullAWSAccess",
    name: "FullAWSAccess",
    awsManaged: true,
    location,
    size: null,
    statements: [{ index: 0, effect: "Allow", action: ["*"], resource: ["*"], condition: [], location }],
  };
}
