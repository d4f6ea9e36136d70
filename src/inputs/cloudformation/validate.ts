// Parse-time checks of intrinsic functions: argument shapes, references to names the template does
// not define, and condition cycles. Each failure is a BAD_INTRINSIC at the function's position, so
// resolution can rely on well-formed input and never loops.
import { RunnerlintError } from "../../errors.js";
import { joinPointer } from "../source.js";
import { CONDITION_FUNCTIONS, PSEUDO_PARAMETERS, hasMacroTransform, intrinsicOf, isObj, type Json } from "./intrinsics.js";
import type { CfnTemplate } from "./parse.js";

/** Deeper than any real template; beyond it the walkers stop with DEPTH_LIMIT instead of overflowing. */
export const MAX_DEPTH = 200;

type Shape = (arg: unknown) => string | undefined;

const isStr = (v: unknown): v is string => typeof v === "string";
const list = (min: number, max: number, what: string): Shape => (a) =>
  Array.isArray(a) && a.length >= min && a.length <= max ? undefined : `expects ${what}`;

const SHAPES: Record<string, Shape> = {
  Ref: (a) => (isStr(a) && a !== "" ? undefined : "expects a parameter or resource name"),
  Condition: (a) => (isStr(a) && a !== "" ? undefined : "expects a condition name"),
  "Fn::GetAtt": (a) =>
    (isStr(a) && a.indexOf(".") > 0 && !a.endsWith(".")) || (Array.isArray(a) && a.length === 2 && isStr(a[0]) && (isStr(a[1]) || isObj(a[1])))
      ? undefined
      : "expects Resource.Attribute or [Resource, Attribute]",
  "Fn::Sub": (a) => (isStr(a) || (Array.isArray(a) && a.length === 2 && (isStr(a[0]) || isObj(a[0])) && isObj(a[1])) ? undefined : "expects a string or [string, {variables}]"),
  "Fn::Join": (a) => (Array.isArray(a) && a.length === 2 && isStr(a[0]) && (Array.isArray(a[1]) || isObj(a[1])) ? undefined : "expects [delimiter, [values]]"),
  "Fn::If": (a) => (Array.isArray(a) && a.length === 3 && isStr(a[0]) ? undefined : "expects [condition, value if true, value if false]"),
  "Fn::Equals": list(2, 2, "two values"),
  "Fn::And": list(2, 10, "2 to 10 conditions"),
  "Fn::Or": list(2, 10, "2 to 10 conditions"),
  "Fn::Not": list(1, 1, "one condition"),
  "Fn::Select": list(2, 2, "[index, list]"),
  "Fn::Split": (a) => (Array.isArray(a) && a.length === 2 && isStr(a[0]) ? undefined : "expects [delimiter, string]"),
  "Fn::FindInMap": (a) =>
    Array.isArray(a) && (a.length === 3 || (a.length === 4 && isObj(a[3]) && "DefaultValue" in a[3]))
      ? undefined
      : "expects [map, top-level key, second-level key] and an optional {DefaultValue: value}",
  "Fn::ImportValue": (a) => (isStr(a) || isObj(a) ? undefined : "expects an export name"),
  "Fn::Base64": (a) => (isStr(a) || isObj(a) || typeof a === "number" ? undefined : "expects a string"),
  "Fn::Cidr": list(3, 3, "[ipBlock, count, cidrBits]"),
  "Fn::GetAZs": (a) => (isStr(a) || isObj(a) || a === null ? undefined : "expects a region"),
  "Fn::Transform": (a) => (isObj(a) && isStr(a.Name) ? undefined : "expects {Name, Parameters}"),
  "Fn::Length": (a) => (Array.isArray(a) || isObj(a) ? undefined : "expects a list"),
  "Fn::ToJsonString": (a) => (Array.isArray(a) || isObj(a) ? undefined : "expects a mapping or a list"),
};

export function validateTemplate(t: CfnTemplate): void {
  new Validator(t).run();
}

class Validator {
  private readonly data: Json;
  private readonly parameters: Set<string>;
  private readonly resources: Set<string>;
  private readonly conditions: Set<string>;
  /** With SAM or a macro, names may come from the transform: do not reject unknown ones. */
  private readonly checkNames: boolean;

  constructor(private readonly t: CfnTemplate) {
    this.data = t.data;
    const keys = (v: unknown) => new Set(isObj(v) ? Object.keys(v) : []);
    this.parameters = keys(this.data.Parameters);
    this.resources = keys(this.data.Resources);
    this.conditions = keys(this.data.Conditions);
    this.checkNames = !hasMacroTransform(this.data);
  }

  run(): void {
    const conditions = this.data.Conditions;
    if (isObj(conditions)) {
      for (const [name, expr] of Object.entries(conditions)) this.walk(expr, joinPointer("/Conditions", name), 0, true);
      this.checkConditionCycles(conditions);
    }
    const resources = this.data.Resources;
    if (isObj(resources)) {
      for (const [id, res] of Object.entries(resources)) {
        const at = joinPointer("/Resources", id);
        if (isObj(res) && res.Condition !== undefined) this.conditionName(res.Condition, joinPointer(at, "Condition"));
        this.walk(res, at, 0, false);
      }
    }
    const outputs = this.data.Outputs;
    if (isObj(outputs)) {
      for (const [id, out] of Object.entries(outputs)) {
        const at = joinPointer("/Outputs", id);
        if (isObj(out) && out.Condition !== undefined) this.conditionName(out.Condition, joinPointer(at, "Condition"));
        this.walk(out, at, 0, false);
      }
    }
  }

  private fail(pointer: string, message: string, code: "BAD_INTRINSIC" | "DEPTH_LIMIT" = "BAD_INTRINSIC"): never {
    const at = this.t.locate(pointer);
    throw new RunnerlintError(code, message, this.t.file, { line: at.line, column: at.column });
  }

  /** `inCondition`: the value must be a condition function (Conditions section, And/Or/Not args). */
  private walk(v: unknown, pointer: string, depth: number, inCondition: boolean): void {
    if (depth > MAX_DEPTH) this.fail(pointer, `nesting deeper than ${MAX_DEPTH} levels`, "DEPTH_LIMIT");
    if (Array.isArray(v)) {
      if (inCondition) this.fail(pointer, "expected a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition)");
      v.forEach((item, i) => this.walk(item, joinPointer(pointer, i), depth + 1, false));
      return;
    }
    if (!isObj(v)) {
      if (inCondition) this.fail(pointer, "expected a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition)");
      return;
    }
    const keys = Object.keys(v);
    const only = keys.length === 1 ? keys[0]! : undefined;
    if (inCondition) {
      if (!only || !CONDITION_FUNCTIONS.has(only)) this.fail(only ? joinPointer(pointer, only) : pointer, "expected a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition)");
      this.intrinsic(only, v[only], pointer, depth);
      return;
    }
    const fn = intrinsicOf(v);
    if (fn) {
      this.intrinsic(fn[0], fn[1], pointer, depth);
      return;
    }
    for (const k of keys) this.walk(v[k], joinPointer(pointer, k), depth + 1, false);
  }

  private intrinsic(name: string, arg: unknown, pointer: string, depth: number): void {
    const at = joinPointer(pointer, name);
    const shape = SHAPES[name];
    if (!shape) {
      // Fn::ForEach, Rules-only functions, ...: left as they are; resolution reports them unknown.
      this.walk(arg, at, depth + 1, false);
      return;
    }
    const problem = shape(arg);
    if (problem) this.fail(at, `${name} ${problem}`);
    const args = Array.isArray(arg) ? arg : [];
    switch (name) {
      case "Ref":
        return this.refName(arg as string, at);
      case "Condition":
        return this.conditionName(arg, at);
      case "Fn::GetAtt": {
        const resource = typeof arg === "string" ? arg.slice(0, arg.indexOf(".")) : (args[0] as string);
        if (this.checkNames && !this.resources.has(resource)) this.fail(at, `Fn::GetAtt: ${resource} is not a resource of this template`);
        if (Array.isArray(arg)) this.walk(arg[1], joinPointer(at, 1), depth + 1, false);
        return;
      }
      case "Fn::If":
        this.conditionName(args[0], joinPointer(at, 0));
        this.walk(args[1], joinPointer(at, 1), depth + 1, false);
        this.walk(args[2], joinPointer(at, 2), depth + 1, false);
        return;
      case "Fn::And":
      case "Fn::Or":
      case "Fn::Not":
        args.forEach((c, i) => this.walk(c, joinPointer(at, i), depth + 1, true));
        return;
      default:
        this.walk(arg, at, depth + 1, false);
    }
  }

  private refName(name: string, pointer: string): void {
    if (!this.checkNames || PSEUDO_PARAMETERS.has(name) || this.parameters.has(name) || this.resources.has(name)) return;
    this.fail(pointer, `Ref: ${name} is not a parameter, resource or pseudo parameter of this template`);
  }

  private conditionName(name: unknown, pointer: string): void {
    if (typeof name !== "string") this.fail(pointer, "expected a condition name");
    if (!this.conditions.has(name)) this.fail(pointer, `condition ${name} is not defined in Conditions`);
  }

  private checkConditionCycles(conditions: Json): void {
    const refs = (v: unknown, out: Set<string>, depth: number): Set<string> => {
      if (depth > MAX_DEPTH) return out;
      if (Array.isArray(v)) v.forEach((x) => refs(x, out, depth + 1));
      else if (isObj(v)) {
        if (typeof v.Condition === "string" && Object.keys(v).length === 1) out.add(v.Condition);
        else Object.values(v).forEach((x) => refs(x, out, depth + 1));
      }
      return out;
    };
    const edges = new Map(Object.entries(conditions).map(([n, e]) => [n, [...refs(e, new Set(), 0)]]));
    const state = new Map<string, "visiting" | "done">();
    // Iterative DFS: a chain of thousands of conditions must not overflow the stack.
    for (const root of edges.keys()) {
      if (state.has(root)) continue;
      const stack: { name: string; next: number }[] = [{ name: root, next: 0 }];
      state.set(root, "visiting");
      while (stack.length) {
        const top = stack[stack.length - 1]!;
        const targets = edges.get(top.name) ?? [];
        if (top.next >= targets.length) {
          state.set(top.name, "done");
          stack.pop();
          continue;
        }
        const target = targets[top.next++]!;
        if (state.get(target) === "visiting") {
          const path = [...stack.slice(stack.findIndex((f) => f.name === target)).map((f) => f.name), target];
          this.fail(joinPointer("/Conditions", target), `condition cycle: ${path.join(" -> ")}`);
        }
        if (!state.has(target) && edges.has(target)) {
          state.set(target, "visiting");
          stack.push({ name: target, next: 0 });
        }
      }
    }
  }
}
