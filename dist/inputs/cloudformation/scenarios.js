// Condition scenarios: one resolution of the template per combination of parameter values that
// can change it. Parameters without a supplied value stand for each of their AllowedValues, so a
// template is judged under every choice its user can make — up to a cap, never exhaustively
// (cfn-lint's full expansion has been seen to take half an hour and 50 GB).
import { isUnknown, unknown } from "../../model/location.js";
import { joinPointer } from "../source.js";
import { intrinsicOf, isObj } from "./intrinsics.js";
import { declaredParameters, parameterDomain, parameterValue } from "./parameters.js";
import { NO_VALUE, Resolver } from "./resolve.js";
export const DEFAULT_MAX_SCENARIOS = 64;
export function expandScenarios(t, opts = {}) {
    const max = Math.max(1, Math.floor(opts.maxScenarios ?? DEFAULT_MAX_SCENARIOS));
    const domains = declaredParameters(t).map((d) => parameterDomain(d, opts.parameters?.[d.name]));
    const used = referencedNames(t);
    // Only parameters the template reads can change it; the others keep their first value.
    const varying = domains.filter((d) => d.values.length > 1 && used.has(d.decl.name));
    const total = varying.reduce((n, d) => n * d.values.length, 1);
    // Evaluations beyond the cap only look for one more distinct scenario; bounded as well.
    const budget = max * 4 + 16;
    const locations = new Map();
    const scenarios = [];
    const byFingerprint = new Map();
    let evaluated = 0;
    let truncated;
    for (const choice of byDeviation(varying.map((d) => d.values.length))) {
        if (evaluated >= budget || scenarios.length > max) {
            truncated = truncation(max, varying, total, evaluated);
            break;
        }
        evaluated++;
        const s = evaluate(t, domains, varying, choice, opts, locations);
        if (s.truncated) {
            // One exhausted budget is enough: the other scenarios would only exhaust theirs.
            truncated ??= `analysis truncated: ${s.truncated}`;
            scenarios.push(s);
            break;
        }
        const key = fingerprint(s);
        const same = byFingerprint.get(key);
        if (same) {
            narrow(same, s);
            continue;
        }
        byFingerprint.set(key, s);
        scenarios.push(s);
    }
    if (scenarios.length > max) {
        scenarios.length = max;
        truncated ??= truncation(max, varying, total, evaluated);
    }
    return truncated ? { scenarios, truncated } : { scenarios };
}
function truncation(max, varying, total, evaluated) {
    const names = varying.map((d) => d.decl.name);
    const shown = names.length > 6 ? `${names.slice(0, 6).join(", ")}, ...` : names.join(", ");
    return (`more than ${max} distinct condition scenarios: ${names.length} parameters take several values (${shown}), ` +
        `${total} combinations; ${evaluated} evaluated, ${max} checked (pass --parameter values or raise --max-scenarios)`);
}
/**
 * Indices into each domain, fewest departures from the first value (the Default) first: every
 * single AllowedValue is covered before any pair, so a capped run still sees each choice.
 */
export function* byDeviation(sizes) {
    const current = sizes.map(() => 0);
    const multi = sizes.map((n, i) => [n, i]).filter(([n]) => n > 1);
    function* place(remaining, from) {
        if (remaining === 0) {
            yield [...current];
            return;
        }
        for (let k = from; k <= multi.length - remaining; k++) {
            const [size, i] = multi[k];
            for (let v = 1; v < size; v++) {
                current[i] = v;
                yield* place(remaining - 1, k + 1);
            }
            current[i] = 0;
        }
    }
    for (let d = 0; d <= multi.length; d++)
        yield* place(d, 0);
}
function evaluate(t, domains, varying, choice, opts, locations) {
    const parameters = {};
    const assumed = [];
    const values = new Map();
    for (const d of domains) {
        const v = varying.indexOf(d);
        const raw = d.values[v >= 0 ? choice[v] : 0];
        if (raw === undefined) {
            values.set(d.decl.name, d.unknown ?? unknown(`parameter ${d.decl.name} has no value`));
            continue;
        }
        values.set(d.decl.name, parameterValue(d.decl, raw));
        parameters[d.decl.name] = raw;
        if (d.assumed)
            assumed.push(d.decl.name);
    }
    const resolver = new Resolver({
        template: t,
        parameters: values,
        ...(opts.region !== undefined ? { region: opts.region } : {}),
        ...(opts.accountId !== undefined ? { accountId: opts.accountId } : {}),
    });
    const conditions = {};
    if (isObj(t.data.Conditions) && !opts.resourceTypes)
        for (const name of Object.keys(t.data.Conditions))
            conditions[name] = resolver.condition(name);
    const resources = resolveResources(t, resolver, locations, opts.resourceTypes);
    return { parameters, assumed, conditions, resources, ...(resolver.truncated ? { truncated: resolver.truncated } : {}) };
}
function resolveResources(t, resolver, locations, types) {
    const resources = isObj(t.data.Resources) ? t.data.Resources : {};
    const out = [];
    for (const [id, raw] of Object.entries(resources)) {
        // Fn::ForEach::Name entries (AWS::LanguageExtensions) are lists, not resources: not expanded.
        if (!isObj(raw))
            continue;
        if (types && !(typeof raw.Type === "string" && types.has(raw.Type)))
            continue;
        const cond = resolver.resourceCondition(id);
        if (cond === false)
            continue;
        const pointer = joinPointer("/Resources", id);
        let location = locations.get(id);
        if (!location)
            locations.set(id, (location = t.locate(pointer)));
        const props = raw.Properties === undefined ? {} : resolver.value(raw.Properties, joinPointer(pointer, "Properties"));
        const r = {
            logicalId: id,
            type: typeof raw.Type === "string" ? raw.Type : "",
            location,
            pointer,
            properties: isObj(props) && !isUnknown(props) ? props : {},
        };
        if (isUnknown(cond))
            r.condition = cond;
        if (isUnknown(props))
            r.unresolvedProperties = unknown(props.$unknown);
        else if (props !== NO_VALUE && !isObj(props))
            r.unresolvedProperties = unknown(`Properties of ${id} is not a mapping`);
        if (raw.Metadata !== undefined) {
            const m = resolver.value(raw.Metadata, joinPointer(pointer, "Metadata"));
            if (m !== NO_VALUE)
                r.metadata = m;
        }
        const deps = typeof raw.DependsOn === "string"
            ? [raw.DependsOn]
            : Array.isArray(raw.DependsOn)
                ? raw.DependsOn.filter((d) => typeof d === "string")
                : [];
        if (deps.length)
            r.dependsOn = deps;
        const tags = tagMap(r.properties.Tags);
        if (tags)
            r.tags = tags;
        out.push(r);
    }
    return out;
}
/** `[{Key, Value}]` → {Key: Value}; undefined when the property is not such a list. */
export function tagMap(v) {
    if (!Array.isArray(v))
        return undefined;
    const tags = {};
    for (const t of v) {
        if (!isObj(t) || typeof t.Key !== "string")
            continue;
        const value = t.Value;
        tags[t.Key] =
            typeof value === "string"
                ? value
                : typeof value === "number" || typeof value === "boolean"
                    ? String(value)
                    : unknown(isUnknown(value) ? value.$unknown : `tag ${t.Key} has no string value`);
    }
    return tags;
}
function fingerprint(s) {
    return JSON.stringify([
        s.conditions,
        s.resources.map((r) => [r.logicalId, r.condition, r.properties, r.unresolvedProperties, r.metadata]),
    ]);
}
/** Another combination gave the same scenario: the parameters where they differ do not matter. */
function narrow(kept, other) {
    for (const k of Object.keys(kept.parameters))
        if (other.parameters[k] !== kept.parameters[k])
            delete kept.parameters[k];
    kept.assumed = kept.assumed.filter((k) => k in kept.parameters);
}
/** Names the Conditions and Resources read through Ref or Fn::Sub. */
function referencedNames(t) {
    const names = new Set();
    const stack = [t.data.Conditions, t.data.Resources];
    while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v))
            stack.push(...v);
        else if (isObj(v)) {
            const fn = intrinsicOf(v);
            if (fn?.[0] === "Ref" && typeof fn[1] === "string")
                names.add(fn[1]);
            if (fn?.[0] === "Fn::Sub") {
                const template = Array.isArray(fn[1]) ? fn[1][0] : fn[1];
                if (typeof template === "string")
                    for (const m of template.matchAll(/\$\{([^}!][^}.]*)/g))
                        names.add(m[1]);
            }
            stack.push(...Object.values(v));
        }
    }
    return names;
}
//# sourceMappingURL=scenarios.js.map