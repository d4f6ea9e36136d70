// Terraform's JSON plan (`terraform show -json plan`, `tofu show -json`; format 0.x and 1.x) and
// state (`terraform show -json`) representations, read into resource instances: each one's values
// after the plan (an unknown value marked as such, never guessed), where it is written in the file,
// and the configuration's references, which name the resources an unknown id points to.
// Format: https://developer.hashicorp.com/terraform/internals/json-format
import { RunnerlintError } from "../../errors.js";
import { joinPointer, type SourceDocument } from "../source.js";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A value Terraform knows only after apply (after_unknown), with the attribute it belongs to. */
export interface TfUnknown {
  $tfUnknown: string;
}
export const isTfUnknown = (v: unknown): v is TfUnknown => isObj(v) && typeof v.$tfUnknown === "string";

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
export function isTerraformJson(data: unknown): boolean {
  return (
    isObj(data) &&
    typeof data.format_version === "string" &&
    (typeof data.terraform_version === "string" || "planned_values" in data || "resource_changes" in data) &&
    (isObj(data.planned_values) || Array.isArray(data.resource_changes) || isObj(data.values) || isObj(data.configuration))
  );
}

/** after merged with after_unknown: a `true` in after_unknown makes the value (or a missing key) unknown. */
function withUnknowns(after: unknown, unknownMask: unknown, what: string): unknown {
  if (unknownMask === true) return { $tfUnknown: `${what} is known only after apply` } satisfies TfUnknown;
  if (Array.isArray(after))
    return after.map((v, i) => withUnknowns(v, Array.isArray(unknownMask) ? unknownMask[i] : undefined, `${what}[${i}]`));
  if (Array.isArray(unknownMask) && (after === null || after === undefined))
    return unknownMask.map((m, i) => withUnknowns(undefined, m, `${what}[${i}]`));
  if (isObj(after) || (isObj(unknownMask) && (after === null || after === undefined))) {
    const out: Json = { ...(isObj(after) ? after : {}) };
    const mask = isObj(unknownMask) ? unknownMask : {};
    for (const k of new Set([...Object.keys(out), ...Object.keys(mask)])) {
      const v = withUnknowns(out[k], mask[k], `${what}.${k}`);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  return after;
}

/** The configuration module that holds a module instance's resources (instance keys dropped). */
function configModule(configuration: unknown, module: string): Json | undefined {
  if (!isObj(configuration) || !isObj(configuration.root_module)) return undefined;
  let m: Json = configuration.root_module;
  for (const call of module.match(/module\.[^.[]+/g) ?? []) {
    const name = call.slice("module.".length);
    const next = isObj(m.module_calls) ? m.module_calls[name] : undefined;
    if (!isObj(next) || !isObj(next.module)) return undefined;
    m = next.module;
  }
  return m;
}

function expressionsOf(configuration: unknown, module: string, type: string, name: string): Json | undefined {
  const m = configModule(configuration, module);
  const r = m && Array.isArray(m.resources) ? m.resources.find((x) => isObj(x) && x.type === type && x.name === name) : undefined;
  return isObj(r) && isObj(r.expressions) ? r.expressions : undefined;
}

function fromValuesModule(module: unknown, base: string, configuration: unknown, out: TfInstance[]): void {
  if (!isObj(module)) return;
  (Array.isArray(module.resources) ? module.resources : []).forEach((r, i) => {
    if (!isObj(r) || r.mode === "data" || typeof r.type !== "string" || typeof r.name !== "string") return;
    const module = typeof r.address === "string" ? moduleOf(r.address) : "";
    const expressions = expressionsOf(configuration, module, r.type, r.name);
    out.push({
      address: typeof r.address === "string" ? r.address : `${r.type}.${r.name}`,
      module,
      type: r.type,
      name: r.name,
      ...(typeof r.index === "string" || typeof r.index === "number" ? { index: r.index } : {}),
      values: isObj(r.values) ? r.values : {},
      pointer: joinPointer(base, "resources", i, "values"),
      ...(expressions ? { expressions } : {}),
    });
  });
  (Array.isArray(module.child_modules) ? module.child_modules : []).forEach((c, i) =>
    fromValuesModule(c, joinPointer(base, "child_modules", i), configuration, out),
  );
}

/** "module.a[\"x\"].module.b.aws_vpc.main[0]" → "module.a[\"x\"].module.b" */
export function moduleOf(address: string): string {
  const parts: string[] = [];
  const re = /module\.[^.[]+(\[[^\]]*\])?\./y;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = ((re.lastIndex = at), re.exec(address)))) {
    parts.push(m[0].slice(0, -1));
    at = re.lastIndex;
  }
  return parts.join(".");
}

/** Reads the plan or state; a format Terraform promises no compatibility with is an error. */
export function readPlan(doc: SourceDocument): TfPlan {
  const data = doc.data as Json;
  const major = Number(String(data.format_version).split(".")[0]);
  if (!(major === 0 || major === 1))
    throw new RunnerlintError(
      "UNSUPPORTED_INPUT",
      `Terraform JSON format_version ${String(data.format_version)} is not supported (1.x is)`,
      doc.file,
      doc.locate("/format_version"),
    );
  const instances: TfInstance[] = [];
  if (Array.isArray(data.resource_changes)) {
    data.resource_changes.forEach((rc, i) => {
      if (!isObj(rc) || rc.mode === "data" || typeof rc.type !== "string" || typeof rc.name !== "string" || !isObj(rc.change)) return;
      const actions = Array.isArray(rc.change.actions) ? rc.change.actions : [];
      // A resource the plan destroys is not there afterwards.
      if (actions.length === 1 && actions[0] === "delete") return;
      const address = typeof rc.address === "string" ? rc.address : `${rc.type}.${rc.name}`;
      const module = typeof rc.module_address === "string" ? rc.module_address : moduleOf(address);
      const values = withUnknowns(rc.change.after, rc.change.after_unknown, address);
      const expressions = expressionsOf(data.configuration, module, rc.type, rc.name);
      instances.push({
        address,
        module,
        type: rc.type,
        name: rc.name,
        ...(typeof rc.index === "string" || typeof rc.index === "number" ? { index: rc.index } : {}),
        values: isObj(values) ? values : {},
        pointer: joinPointer("", "resource_changes", i, "change", "after"),
        ...(expressions ? { expressions } : {}),
      });
    });
    return { form: "plan", instances, moduleCalls: moduleCalls(data) };
  }
  if (isObj(data.planned_values)) {
    fromValuesModule(data.planned_values.root_module, "/planned_values/root_module", data.configuration, instances);
    return { form: "plan", instances, moduleCalls: moduleCalls(data) };
  }
  if (isObj(data.values)) fromValuesModule(data.values.root_module, "/values/root_module", data.configuration, instances);
  return { form: "state", instances, moduleCalls: moduleCalls(data) };
}

/**
 * The configuration's module calls, every level. An input's value is its constant, or the root
 * variable it references (the plan's `variables`); anything else is unknown.
 */
function moduleCalls(data: Json): TfModuleCall[] {
  const out: TfModuleCall[] = [];
  const variables = isObj(data.variables) ? data.variables : {};
  const walk = (module: unknown, prefix: string, base: string, root: boolean) => {
    if (!isObj(module) || !isObj(module.module_calls)) return;
    for (const [name, call] of Object.entries(module.module_calls)) {
      if (!isObj(call)) continue;
      const address = prefix ? `${prefix}.module.${name}` : `module.${name}`;
      const pointer = joinPointer(base, "module_calls", name);
      const inputs: Json = {};
      for (const [key, e] of Object.entries(isObj(call.expressions) ? call.expressions : {})) {
        if (!isObj(e)) continue;
        if ("constant_value" in e) inputs[key] = e.constant_value;
        else {
          const v =
            root && Array.isArray(e.references)
              ? /^var\.([A-Za-z0-9_-]+)$/.exec(String(e.references.find((r) => /^var\./.test(String(r))) ?? ""))
              : null;
          const value = v && isObj(variables[v[1]!]) ? (variables[v[1]!] as Json).value : undefined;
          inputs[key] =
            value !== undefined ? value : ({ $tfUnknown: `input ${key} of ${address} is not known from the plan` } satisfies TfUnknown);
        }
      }
      out.push({
        address,
        source: typeof call.source === "string" ? call.source : "",
        inputs,
        pointer: joinPointer(pointer, "expressions"),
      });
      walk(call.module, address, joinPointer(pointer, "module"), false);
    }
  };
  if (isObj(data.configuration)) walk(data.configuration.root_module, "", "/configuration/root_module", true);
  return out;
}

/**
 * The references of an attribute's expression in the plan's `configuration` (relative to the
 * instance's module: "aws_security_group.env.id"), at the same path as in the values: keys and
 * block indices (["firewall_policy", 0, "stateful_rule_group_reference", 1, "resource_arn"]).
 */
export function referencesOf(instance: TfInstance, path: (string | number)[]): string[] {
  let e: unknown = instance.expressions;
  for (const p of path) e = typeof p === "number" ? (Array.isArray(e) ? e[p] : undefined) : isObj(e) ? e[p] : undefined;
  if (!isObj(e) || !Array.isArray(e.references)) return [];
  return e.references.filter((r): r is string => typeof r === "string");
}
