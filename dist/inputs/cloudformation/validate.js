// Parse-time checks of intrinsic functions: argument shapes, references to names the template does
// not define, and condition cycles. A malformed function or an unknown name is not an input error
// (a template is still read: modules, macros and preprocessors define names runnerlint cannot see):
// the function is replaced in place by {$unknown: reason at line:column}, which resolution keeps
// unknown wherever it flows. A condition cycle, which CloudFormation cannot evaluate either, stays a
// BAD_INTRINSIC; nesting past MAX_DEPTH a DEPTH_LIMIT. Resolution can rely on well-formed input.
import { RunnerlintError } from "../../errors.js";
import { joinPointer } from "../source.js";
import { CONDITION_FUNCTIONS, FOREACH_PREFIX, PSEUDO_PARAMETERS, hasForEach, hasMacroTransform, intrinsicOf, isObj, } from "./intrinsics.js";
/** Deeper than any real template; beyond it the walkers stop with DEPTH_LIMIT instead of overflowing. */
export const MAX_DEPTH = 200;
const isStr = (v) => typeof v === "string";
const list = (min, max, what) => (a) => Array.isArray(a) && a.length >= min && a.length <= max ? undefined : `expects ${what}`;
const SHAPES = {
    Ref: (a) => (isStr(a) && a !== "" ? undefined : "expects a parameter or resource name"),
    Condition: (a) => (isStr(a) && a !== "" ? undefined : "expects a condition name"),
    "Fn::GetAtt": (a) => (isStr(a) && a.indexOf(".") > 0 && !a.endsWith(".")) ||
        (Array.isArray(a) && a.length === 2 && isStr(a[0]) && (isStr(a[1]) || isObj(a[1])))
        ? undefined
        : "expects Resource.Attribute or [Resource, Attribute]",
    "Fn::Sub": (a) => isStr(a) || isObj(a) || (Array.isArray(a) && a.length === 2 && (isStr(a[0]) || isObj(a[0])) && isObj(a[1]))
        ? undefined
        : "expects a string or [string, {variables}]",
    "Fn::Join": (a) => Array.isArray(a) && a.length === 2 && isStr(a[0]) && (Array.isArray(a[1]) || isObj(a[1])) ? undefined : "expects [delimiter, [values]]",
    "Fn::If": (a) => (Array.isArray(a) && a.length === 3 && isStr(a[0]) ? undefined : "expects [condition, value if true, value if false]"),
    "Fn::Equals": list(2, 2, "two values"),
    "Fn::And": list(2, 10, "2 to 10 conditions"),
    "Fn::Or": list(2, 10, "2 to 10 conditions"),
    "Fn::Not": list(1, 1, "one condition"),
    "Fn::Select": list(2, 2, "[index, list]"),
    "Fn::Split": (a) => (Array.isArray(a) && a.length === 2 && isStr(a[0]) ? undefined : "expects [delimiter, string]"),
    "Fn::FindInMap": (a) => Array.isArray(a) && (a.length === 3 || (a.length === 4 && isObj(a[3]) && "DefaultValue" in a[3]))
        ? undefined
        : "expects [map, top-level key, second-level key] and an optional {DefaultValue: value}",
    "Fn::ImportValue": (a) => (isStr(a) || isObj(a) ? undefined : "expects an export name"),
    "Fn::Base64": (a) => (isStr(a) || isObj(a) || typeof a === "number" ? undefined : "expects a string"),
    "Fn::Cidr": list(3, 3, "[ipBlock, count, cidrBits]"),
    "Fn::GetAZs": (a) => (isStr(a) || isObj(a) || a === null ? undefined : "expects a region"),
    "Fn::Transform": (a) => (isObj(a) && isStr(a.Name)) || (Array.isArray(a) && a.length > 0 && a.every((x) => isObj(x) && isStr(x.Name)))
        ? undefined
        : "expects {Name, Parameters}",
    "Fn::Length": (a) => (Array.isArray(a) || isObj(a) ? undefined : "expects a list"),
    "Fn::ToJsonString": (a) => (Array.isArray(a) || isObj(a) ? undefined : "expects a mapping or a list"),
};
/** Checks the template and replaces each malformed function with an unknown (see above). */
export function validateTemplate(t) {
    new Validator(t).run();
}
const down = (up, seg) => ({ up, seg });
const pointerOf = (p) => (typeof p === "string" ? p : joinPointer(pointerOf(p.up), p.seg));
class Validator {
    t;
    data;
    parameters;
    resources;
    conditions;
    /** With SAM or a macro, names may come from the transform: do not reject unknown ones. */
    checkNames;
    constructor(t) {
        this.t = t;
        this.data = t.data;
        const keys = (v) => new Set(isObj(v) ? Object.keys(v) : []);
        this.parameters = keys(this.data.Parameters);
        this.resources = keys(this.data.Resources);
        this.conditions = keys(this.data.Conditions);
        // Fn::ForEach generates names: checked once the loops are expanded (foreach.ts).
        this.checkNames = !hasMacroTransform(this.data) && !hasForEach(this.data);
    }
    problems = [];
    run() {
        const conditions = this.data.Conditions;
        if (isObj(conditions)) {
            for (const name of Object.keys(conditions))
                if (!name.startsWith(FOREACH_PREFIX))
                    this.walk(conditions, name, joinPointer("/Conditions", name), 0, true);
            this.checkConditionCycles(conditions);
        }
        // A resource's or an output's Condition naming no condition is unknown at resolution.
        for (const section of ["Resources", "Outputs"]) {
            const entries = this.data[section];
            if (isObj(entries))
                for (const id of Object.keys(entries))
                    if (!id.startsWith(FOREACH_PREFIX))
                        this.walk(entries, id, joinPointer(`/${section}`, id), 0, false);
        }
        // Replaced last, innermost first: a reason names the function's own position.
        for (const p of this.problems.reverse())
            p.parent[p.key] = { $unknown: p.reason };
    }
    fail(pointer, message, code = "BAD_INTRINSIC") {
        const at = this.t.locate(pointerOf(pointer));
        throw new RunnerlintError(code, message, this.t.file, { line: at.line, column: at.column });
    }
    /** The node `parent[key]` (at `pointer`) becomes unknown: `reason`, located at `at`. */
    unknown(parent, key, at, reason) {
        const l = this.t.locate(pointerOf(at));
        this.problems.push({ parent, key, reason: `${reason} (line ${l.line}, column ${l.column})` });
    }
    /** `inCondition`: the value must be a condition function (Conditions section, And/Or/Not args). */
    walk(parent, key, pointer, depth, inCondition) {
        if (depth > MAX_DEPTH)
            this.fail(pointer, `nesting deeper than ${MAX_DEPTH} levels`, "DEPTH_LIMIT");
        const v = parent[key];
        const notCondition = "expected a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition)";
        if (Array.isArray(v)) {
            if (inCondition)
                return this.unknown(parent, key, pointer, notCondition);
            v.forEach((_, i) => this.walk(v, i, down(pointer, i), depth + 1, false));
            return;
        }
        if (!isObj(v)) {
            if (inCondition)
                this.unknown(parent, key, pointer, notCondition);
            return;
        }
        const keys = Object.keys(v);
        const only = keys.length === 1 ? keys[0] : undefined;
        if (inCondition) {
            if (!only || !CONDITION_FUNCTIONS.has(only))
                return this.unknown(parent, key, only ? down(pointer, only) : pointer, notCondition);
            this.intrinsic(parent, key, only, v[only], pointer, depth);
            return;
        }
        const fn = intrinsicOf(v);
        if (fn) {
            this.intrinsic(parent, key, fn[0], fn[1], pointer, depth);
            return;
        }
        // A loop's body is checked once expanded, its identifiers substituted (foreach.ts).
        for (const k of keys)
            if (!k.startsWith(FOREACH_PREFIX))
                this.walk(v, k, down(pointer, k), depth + 1, false);
    }
    intrinsic(parent, key, name, arg, pointer, depth) {
        const at = down(pointer, name);
        const fn = parent[key];
        const shape = SHAPES[name];
        if (!shape) {
            // Rules-only functions, ...: left as they are; resolution reports them unknown.
            this.walk(fn, name, at, depth + 1, false);
            return;
        }
        const problem = shape(arg);
        if (problem)
            return this.unknown(parent, key, at, `${name} ${problem}`);
        const args = Array.isArray(arg) ? arg : [];
        switch (name) {
            case "Ref":
                if (!this.knownName(arg))
                    this.unknown(parent, key, at, `Ref ${arg}: not a parameter, resource or pseudo parameter of this template`);
                return;
            case "Condition":
                if (!this.conditions.has(arg))
                    this.unknown(parent, key, at, `condition ${arg} is not defined in Conditions`);
                return;
            case "Fn::GetAtt": {
                const resource = typeof arg === "string" ? arg.slice(0, arg.indexOf(".")) : args[0];
                if (this.checkNames && !this.resources.has(resource))
                    return this.unknown(parent, key, at, `Fn::GetAtt: ${resource} is not a resource of this template`);
                if (Array.isArray(arg))
                    this.walk(arg, 1, down(at, 1), depth + 1, false);
                return;
            }
            case "Fn::If":
                if (!this.conditions.has(args[0]))
                    return this.unknown(parent, key, down(at, 0), `Fn::If: condition ${args[0]} is not defined in Conditions`);
                this.walk(args, 1, down(at, 1), depth + 1, false);
                this.walk(args, 2, down(at, 2), depth + 1, false);
                return;
            case "Fn::And":
            case "Fn::Or":
            case "Fn::Not":
                args.forEach((_, i) => this.walk(args, i, down(at, i), depth + 1, true));
                return;
            default:
                this.walk(fn, name, at, depth + 1, false);
        }
    }
    /** A name a Ref may use. With SAM or a macro, names may come from the transform: any. */
    knownName(name) {
        return !this.checkNames || PSEUDO_PARAMETERS.has(name) || this.parameters.has(name) || this.resources.has(name);
    }
    checkConditionCycles(conditions) {
        const refs = (v, out, depth) => {
            if (depth > MAX_DEPTH)
                return out;
            if (Array.isArray(v))
                v.forEach((x) => refs(x, out, depth + 1));
            else if (isObj(v)) {
                if (typeof v.Condition === "string" && Object.keys(v).length === 1)
                    out.add(v.Condition);
                else
                    Object.values(v).forEach((x) => refs(x, out, depth + 1));
            }
            return out;
        };
        const edges = new Map(Object.entries(conditions).map(([n, e]) => [n, [...refs(e, new Set(), 0)]]));
        const state = new Map();
        // Iterative DFS: a chain of thousands of conditions must not overflow the stack.
        for (const root of edges.keys()) {
            if (state.has(root))
                continue;
            const stack = [{ name: root, next: 0 }];
            state.set(root, "visiting");
            while (stack.length) {
                const top = stack[stack.length - 1];
                const targets = edges.get(top.name) ?? [];
                if (top.next >= targets.length) {
                    state.set(top.name, "done");
                    stack.pop();
                    continue;
                }
                const target = targets[top.next++];
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
//# sourceMappingURL=validate.js.map