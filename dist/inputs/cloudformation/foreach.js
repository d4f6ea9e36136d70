// AWS::LanguageExtensions' Fn::ForEach, expanded before resolution so that the resources (and
// outputs, conditions, properties) a loop generates are judged like any other, with positions
// pointing into the loop body.
//
//   "Fn::ForEach::Name": [Identifier, Collection, {"OutputKey${Identifier}": template}]
//
// In the output key, ${Identifier} stands for the value and &{Identifier} for the value without
// its non-alphanumeric characters; in the template, {Ref: Identifier} and ${Identifier} inside an
// Fn::Sub string stand for the value. Loops nest. The collection is a list, or anything resolving to
// one with the run's parameter values (a CommaDelimitedList parameter, Fn::FindInMap, Fn::Split);
// when it cannot be known offline (a parameter without a value, or one with several possible
// values) the loop is left out and `incomplete` says what it would have generated. Bounded: past
// MAX_FOREACH_ENTRIES generated entries the rest is left out and `incomplete` says so.
import { isUnknown } from "../../model/location.js";
import { joinPointer } from "../source.js";
import { FOREACH_PREFIX, hasForEach, isObj } from "./intrinsics.js";
import { declaredParameters, parameterDomain, parameterValue } from "./parameters.js";
import { Resolver } from "./resolve.js";
import { validateTemplate } from "./validate.js";
/** Entries all loops of a template may generate, nested ones included (a loop bomb stops here). */
export const MAX_FOREACH_ENTRIES = 1_000;
const cache = new WeakMap();
/** A CloudFormation file's template, loops expanded with the run's parameters (once per file). */
export function templateOf(file, ctx) {
    let x = cache.get(file);
    if (!x) {
        const doc = file.document();
        const t = { file: doc.file, data: doc.data, locate: doc.locate };
        x = expandForEach(t, {
            parameters: ctx.parameters,
            ...(ctx.config.region ? { region: ctx.config.region } : {}),
            ...(ctx.config.accountId ? { accountId: ctx.config.accountId } : {}),
        });
        cache.set(file, x);
    }
    return x;
}
/** The template with its loops expanded (the same object when it has none), validated again. */
export function expandForEach(t, opts = {}) {
    if (!hasForEach(t.data))
        return { template: t };
    const x = new Expander(t, opts);
    const data = x.map(t.data, "", "", new Map(), true);
    // Generated pointer prefix → the loop body's pointer in the source, longest first.
    const prefixes = [...x.origins].sort((a, b) => b[0].length - a[0].length);
    const locate = (pointer) => {
        for (const [generated, source] of prefixes) {
            if (pointer === generated || pointer.startsWith(`${generated}/`))
                return t.locate(source + pointer.slice(generated.length));
        }
        return t.locate(pointer);
    };
    const template = { file: t.file, data, locate };
    validateTemplate(template);
    return {
        template,
        ...(x.incomplete ? { incomplete: x.incomplete } : {}),
        ...(x.incompleteProxy ? { incompleteProxy: x.incompleteProxy } : {}),
        ...(x.incompleteOrganization ? { incompleteOrganization: x.incompleteOrganization } : {}),
    };
}
class Expander {
    t;
    opts;
    origins = new Map();
    incomplete;
    incompleteProxy;
    incompleteOrganization;
    entries = 0;
    resolver;
    constructor(t, opts) {
        this.t = t;
        this.opts = opts;
    }
    /**
     * A copy of `v` (at `out` in the expanded template, `src` in the source) with its loops expanded
     * and the identifiers in scope (`ids`) substituted. `covered`: `out` locates as `src` already
     * (the same pointer, or below a recorded origin), so only keys that change need recording.
     */
    map(v, out, src, ids, covered) {
        if (Array.isArray(v))
            return v.map((item, i) => this.map(item, joinPointer(out, i), joinPointer(src, i), ids, covered));
        if (!isObj(v))
            return v;
        const keys = Object.keys(v);
        if (keys.length === 1 && keys[0] === "Ref" && typeof v.Ref === "string" && ids.has(v.Ref))
            return ids.get(v.Ref);
        if (keys.length === 1 && keys[0] === "Fn::Sub" && ids.size) {
            const sub = this.sub(v["Fn::Sub"], out, src, ids, covered);
            // A string left without ${...} is itself (an Fn::GetAtt may need a plain name).
            return typeof sub === "string" && !sub.includes("${") ? sub : { "Fn::Sub": sub };
        }
        const result = {};
        for (const k of keys) {
            const body = v[k];
            if (k.startsWith(FOREACH_PREFIX)) {
                this.loop(k, body, result, out, joinPointer(src, k), ids);
                continue;
            }
            const key = ids.size ? substituteKey(k, ids) : k;
            const to = joinPointer(out, key);
            const from = joinPointer(src, k);
            if (key !== k || !covered)
                this.origins.set(to, from);
            result[key] = this.map(body, to, from, ids, true);
        }
        return result;
    }
    loop(name, spec, into, out, src, ids) {
        if (!Array.isArray(spec) || spec.length !== 3 || typeof spec[0] !== "string" || !isObj(spec[2])) {
            this.leftOut(spec, `${name} at ${this.where(src)} is not [identifier, collection, {key: template}]: what it generates is not judged`);
            return;
        }
        const [id, collection, body] = spec;
        // The collection is read, never located: its copy records no origin.
        const values = this.collection(this.map(collection, joinPointer(src, 1), joinPointer(src, 1), ids, true), joinPointer(src, 1));
        if (typeof values === "string") {
            this.leftOut(body, `${name} at ${this.where(src)}: ${values}; what it generates is not judged`);
            return;
        }
        for (const value of values) {
            if (++this.entries > MAX_FOREACH_ENTRIES) {
                const why = `Fn::ForEach generates more than ${MAX_FOREACH_ENTRIES} entries (${name} at ${this.where(src)})`;
                this.incomplete ??= why;
                this.incompleteProxy ??= why;
                this.incompleteOrganization ??= why;
                return;
            }
            const scope = new Map(ids).set(id, value);
            const generated = this.map(body, out, joinPointer(src, 2), scope, false);
            for (const [k, v] of Object.entries(generated))
                into[k] = v;
        }
    }
    /**
     * A loop left out: does what it would generate matter to a verdict (network, compute,
     * organization resources; proxy settings)? One over buckets changes nothing runnerlint judges.
     */
    leftOut(body, why) {
        const text = JSON.stringify(body) ?? "";
        if (/AWS::(?:EC2|NetworkFirewall|ECS|AutoScaling|CloudFormation::Stack)\b/.test(text))
            this.incomplete ??= why;
        if (/proxy/i.test(text))
            this.incompleteProxy ??= why;
        if (/AWS::Organizations::Policy\b/.test(text))
            this.incompleteOrganization ??= why;
    }
    /** The collection's values, or why they cannot be known. */
    collection(v, src) {
        const scalars = (x) => Array.isArray(x) && x.every((y) => typeof y === "string" || typeof y === "number");
        const value = scalars(v) ? v : this.resolve(v, src);
        if (scalars(value))
            return value.map(String);
        return `its collection is not known offline (${isUnknown(value) ? value.$unknown : "not a list of strings"})`;
    }
    resolve(v, src) {
        this.resolver ??= new Resolver({
            template: this.t,
            parameters: this.parameters(),
            ...(this.opts.region ? { region: this.opts.region } : {}),
            ...(this.opts.accountId ? { accountId: this.opts.accountId } : {}),
        });
        return this.resolver.value(v, src);
    }
    /** One value per parameter; a parameter with several possible values (AllowedValues) is unknown. */
    parameters() {
        const out = new Map();
        for (const decl of declaredParameters(this.t)) {
            const d = parameterDomain(decl, this.opts.parameters?.[decl.name]);
            if (d.unknown)
                out.set(decl.name, d.unknown);
            else if (d.values.length === 1)
                out.set(decl.name, parameterValue(decl, d.values[0]));
            else
                out.set(decl.name, {
                    $unknown: `parameter ${decl.name} takes several values (${d.values.join(", ")}): pass --parameter ${decl.name}=...`,
                });
        }
        return out;
    }
    /** Fn::Sub: ${Identifier} in the string (not in a variable of its own) is the value. */
    sub(arg, out, src, ids, covered) {
        const at = joinPointer(out, "Fn::Sub");
        const from = joinPointer(src, "Fn::Sub");
        if (typeof arg === "string")
            return substituteSub(arg, ids);
        if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string" && isObj(arg[1])) {
            const own = new Map([...ids].filter(([k]) => !Object.hasOwn(arg[1], k)));
            return [substituteSub(arg[0], own), this.map(arg[1], joinPointer(at, 1), joinPointer(from, 1), ids, covered)];
        }
        return this.map(arg, at, from, ids, covered);
    }
    where(pointer) {
        const l = this.t.locate(pointer);
        return `line ${l.line}, column ${l.column}`;
    }
}
/** `${Id}` → value, `&{Id}` → value without non-alphanumeric characters. */
function substituteKey(key, ids) {
    return key.replace(/([$&])\{([^}!]+)\}/g, (m, sigil, name) => {
        const v = ids.get(name);
        if (v === undefined)
            return m;
        return sigil === "&" ? v.replace(/[^A-Za-z0-9]/g, "") : v;
    });
}
/** `${Id}` in an Fn::Sub string → value (`${!Literal}` stays as written). */
function substituteSub(s, ids) {
    return s.replace(/\$\{([^}!]+)\}/g, (m, name) => ids.get(name.trim()) ?? m);
}
//# sourceMappingURL=foreach.js.map