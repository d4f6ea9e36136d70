import { isUnknown, unknown } from "../../model/location.js";
import { PROXY_VARIABLE } from "../../model/proxy.js";
import { isObj } from "../cloudformation/intrinsics.js";
import { declaredParameters, parameterDomain, parameterValue } from "../cloudformation/parameters.js";
import { templateOf } from "../cloudformation/foreach.js";
import { isCloudFormation } from "../cloudformation/parse.js";
import { isResourceRef, pointerOf, Resolver } from "../cloudformation/resolve.js";
import { expandScenarios } from "../cloudformation/scenarios.js";
import { escapePointer, joinPointer } from "../source.js";
import { lineAssignments } from "./shell.js";
const TASK = "AWS::ECS::TaskDefinition";
const INSTANCE = "AWS::EC2::Instance";
const LAUNCH_CONFIGURATION = "AWS::AutoScaling::LaunchConfiguration";
const LAUNCH_TEMPLATE = "AWS::EC2::LaunchTemplate";
const STACK = "AWS::CloudFormation::Stack";
/** The resource types read here: scenarios are told apart by these alone. */
const READ_TYPES = new Set([TASK, INSTANCE, LAUNCH_CONFIGURATION, LAUNCH_TEMPLATE, STACK]);
/** The environment variable a parameter named like a proxy setting stands for. */
export function proxyParameterVariable(name) {
    const n = name.toLowerCase().replace(/[^a-z0-9]/g, "");
    if (n.includes("noproxy"))
        return "NO_PROXY";
    if (n.includes("httpsproxy"))
        return "HTTPS_PROXY";
    if (n.includes("httpproxy"))
        return "HTTP_PROXY";
    if (/^(proxy|proxyurl|proxyaddress|proxyendpoint|proxyserver)$/.test(n))
        return "HTTPS_PROXY";
    return undefined;
}
function userDataPointer(r) {
    if (r.type === INSTANCE || r.type === LAUNCH_CONFIGURATION)
        return joinPointer(r.pointer, "Properties", "UserData");
    if (r.type === LAUNCH_TEMPLATE)
        return joinPointer(r.pointer, "Properties", "LaunchTemplateData", "UserData");
    return undefined;
}
/** True when the template has anything this module reads. */
export function hasProxySources(t) {
    if (!isCloudFormation(t.data))
        return false;
    const resources = isObj(t.data.Resources) ? t.data.Resources : {};
    for (const r of Object.values(resources)) {
        if (!isObj(r))
            continue;
        if (r.Type === TASK || r.Type === STACK)
            return true;
        const p = isObj(r.Properties) ? r.Properties : {};
        if ((r.Type === INSTANCE || r.Type === LAUNCH_CONFIGURATION) && p.UserData !== undefined)
            return true;
        if (r.Type === LAUNCH_TEMPLATE && isObj(p.LaunchTemplateData) && p.LaunchTemplateData.UserData !== undefined)
            return true;
    }
    return declaredParameters(t).some((d) => proxyParameterVariable(d.name) !== undefined);
}
export const cloudFormationProxyLoader = {
    name: "cloudformation-proxy",
    detect(file) {
        if (!file.structured)
            return false;
        const doc = file.document();
        return isCloudFormation(doc.data) && hasProxySources({ ...doc, data: doc.data });
    },
    load(file, ctx) {
        const { template, incompleteProxy } = templateOf(file, ctx);
        if (!mayHoldProxySettings(template, file.text, ctx.parameters))
            return [];
        const opts = { parameters: ctx.parameters };
        if (ctx.config.region !== undefined)
            opts.region = ctx.config.region;
        if (ctx.config.accountId !== undefined)
            opts.accountId = ctx.config.accountId;
        if (ctx.maxScenarios !== undefined)
            opts.maxScenarios = ctx.maxScenarios;
        const inputs = toProxyInputs(template, file.text, opts, ctx.config);
        if (incompleteProxy)
            for (const input of inputs)
                input.truncated ??= incompleteProxy;
        return inputs.map((input) => ({ kind: "proxy", file: file.path, input }));
    },
};
/**
 * Scope: a proxy variable is named in the template (an environment key, user data) or in a
 * parameter value the run supplies, or a parameter (the template's, a nested stack's) is named for
 * one. Otherwise no scenario can set one: an unrelated stack's user data (an nginx proxy_pass) is
 * neither expanded nor judged.
 */
function mayHoldProxySettings(t, text, supplied) {
    const named = (v) => /(?:https?|no|all)[_-]?proxy/i.test(v);
    if (named(text) || Object.values(supplied).some(named))
        return true;
    if (declaredParameters(t).some((d) => proxyParameterVariable(d.name)))
        return true;
    const resources = isObj(t.data.Resources) ? Object.values(t.data.Resources) : [];
    return resources.some((r) => isObj(r) &&
        r.Type === STACK &&
        isObj(r.Properties) &&
        isObj(r.Properties.Parameters) &&
        Object.keys(r.Properties.Parameters).some((k) => proxyParameterVariable(k)));
}
/** One proxy model per distinct scenario (labelled with its parameter values when there are several). */
export function toProxyInputs(t, text, opts, config) {
    if (!hasProxySources(t))
        return [];
    const { scenarios, truncated } = expandScenarios(t, { ...opts, resourceTypes: READ_TYPES });
    const lines = text.split(/\r?\n/);
    const kept = [];
    const byKey = new Map();
    for (const scenario of scenarios) {
        const environments = environmentsOf(t, lines, scenario, opts);
        const key = JSON.stringify(environments);
        const same = byKey.get(key);
        if (same) {
            for (const k of Object.keys(same.scenario.parameters))
                if (scenario.parameters[k] !== same.scenario.parameters[k])
                    delete same.scenario.parameters[k];
            continue;
        }
        const entry = { environments, scenario: { ...scenario, parameters: { ...scenario.parameters } } };
        byKey.set(key, entry);
        kept.push(entry);
    }
    const labelled = kept.length > 1 || scenarios.some((s) => s.assumed.length > 0);
    return kept.map(({ environments, scenario }) => {
        const input = { kind: "proxy", config, environments };
        if (labelled)
            input.scenario = scenario.parameters;
        if (truncated)
            input.truncated = truncated;
        return input;
    });
}
function environmentsOf(t, lines, s, opts) {
    const out = [];
    let resolver;
    const getResolver = () => (resolver ??= scenarioResolver(t, s, opts));
    for (const r of s.resources) {
        if (r.type === TASK)
            out.push(...containerEnvironments(t, r));
        const ud = userDataPointer(r);
        if (ud && rawAt(t.data, ud) !== undefined)
            out.push(userDataEnvironment(t, lines, r, ud, getResolver()));
        if (r.type === STACK) {
            const env = stackEnvironment(t, r);
            if (env)
                out.push(env);
        }
    }
    if (out.length === 0) {
        const env = parameterEnvironment(t, getResolver());
        if (env)
            out.push(env);
    }
    return out;
}
// --- ECS task definitions -------------------------------------------------------------------
function locateValue(t, value, fallback) {
    const p = typeof value === "object" && value !== null ? pointerOf(value) : undefined;
    return p !== undefined ? t.locate(p) : fallback;
}
function stringValue(v, what) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    if (isUnknown(v))
        return unknown(v.$unknown);
    if (isResourceRef(v))
        return unknown(`${what} refers to resource ${v.$resource}, known only after deployment`);
    if (Array.isArray(v) && v.every((x) => typeof x === "string"))
        return v.join(",");
    return unknown(`${what} is not a string`);
}
function containerEnvironments(t, r) {
    const where = `task definition ${r.logicalId}`;
    const whole = r.unresolvedProperties ?? (isUnknown(r.properties.ContainerDefinitions) ? r.properties.ContainerDefinitions : undefined);
    if (whole)
        return [unresolvedEnvironment("ecs-container", `the containers of ${where}`, r.logicalId, r.location, whole.$unknown)];
    const containers = Array.isArray(r.properties.ContainerDefinitions) ? r.properties.ContainerDefinitions : [];
    return containers.map((c, i) => {
        const name = isObj(c) && typeof c.Name === "string" ? c.Name : `#${i + 1}`;
        const location = locateValue(t, c, r.location);
        const label = `container ${name} of ${where}`;
        const resource = `${r.logicalId}/${name}`;
        if (!isObj(c))
            return unresolvedEnvironment("ecs-container", label, resource, location, isUnknown(c) ? c.$unknown : "the container definition is not a mapping");
        if (isUnknown(c.Environment))
            return unresolvedEnvironment("ecs-container", label, resource, location, c.Environment.$unknown);
        const variables = [];
        for (const e of Array.isArray(c.Environment) ? c.Environment : []) {
            if (!isObj(e) || typeof e.Name !== "string" || !PROXY_VARIABLE.test(e.Name))
                continue;
            variables.push({ name: e.Name, value: stringValue(e.Value, e.Name), location: locateValue(t, e, location) });
        }
        // Secrets are injected as environment variables too; their values are not in the template.
        for (const e of Array.isArray(c.Secrets) ? c.Secrets : []) {
            if (!isObj(e) || typeof e.Name !== "string" || !PROXY_VARIABLE.test(e.Name))
                continue;
            const from = typeof e.ValueFrom === "string" ? e.ValueFrom : "a secret";
            variables.push({
                name: e.Name,
                value: unknown(`read from ${from} when the container starts`),
                location: locateValue(t, e, location),
            });
        }
        const env = { source: "ecs-container", name: label, resource, location, variables };
        if (Array.isArray(c.EnvironmentFiles) && c.EnvironmentFiles.length > 0 && variables.length === 0) {
            // An environment file in S3 may set the proxy: unknown, not "no proxy".
            return unresolvedEnvironment("ecs-container", label, resource, location, "the container reads EnvironmentFiles from S3, which may set the proxy");
        }
        return env;
    });
}
function unresolvedEnvironment(source, name, resource, location, reason) {
    const value = unknown(reason);
    return {
        source,
        name,
        resource,
        location,
        variables: [
            { name: "HTTPS_PROXY", value, location },
            { name: "NO_PROXY", value, location },
        ],
    };
}
// --- UserData --------------------------------------------------------------------------------
/** The raw template value at a pointer (short forms already long). */
function rawAt(data, pointer) {
    let v = data;
    for (const seg of pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))) {
        if (Array.isArray(v))
            v = v[Number(seg)];
        else if (isObj(v))
            v = v[seg];
        else
            return undefined;
    }
    return v;
}
function userDataEnvironment(t, fileLines, r, pointer, resolver) {
    const name = `UserData of ${r.logicalId}`;
    const location = t.locate(pointer);
    const script = scriptOf(t, fileLines, rawAt(t.data, pointer), pointer, resolver);
    if (!script.ok)
        return unresolvedEnvironment("user-data", name, r.logicalId, location, script.reason);
    const vars = new Map();
    const variables = [];
    script.text.lines.forEach((line, i) => {
        for (const a of lineAssignments(line, vars, script.text.reasons)) {
            if (!PROXY_VARIABLE.test(a.name))
                continue;
            const fileLine = script.text.fileLine(i);
            const text = fileLines[fileLine - 1] ?? "";
            const col = text.indexOf(`${a.name}=`);
            variables.push({ name: a.name, value: a.value, location: { file: t.file, line: fileLine, column: col >= 0 ? col + 1 : 1, pointer } });
        }
    });
    return { source: "user-data", name, resource: r.logicalId, location, variables };
}
function scriptOf(t, fileLines, node, pointer, resolver) {
    // Fn::Base64 only encodes: read its argument.
    if (isObj(node) && Object.keys(node).length === 1 && "Fn::Base64" in node)
        return scriptOf(t, fileLines, node["Fn::Base64"], joinPointer(pointer, "Fn::Base64"), resolver);
    if (typeof node === "string")
        return { ok: true, text: textOf(t, fileLines, node, pointer, [], () => node) };
    if (isObj(node) && Object.keys(node).length === 1 && "Fn::Sub" in node) {
        const arg = node["Fn::Sub"];
        const tmpl = Array.isArray(arg) ? arg[0] : arg;
        const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
        const tmplPointer = Array.isArray(arg) ? joinPointer(pointer, "Fn::Sub", 0) : joinPointer(pointer, "Fn::Sub");
        if (typeof tmpl !== "string")
            return fromResolved(resolver.value(node, pointer));
        const reasons = [];
        const substituted = tmpl.replace(/\$\{([^}]*)\}/g, (_whole, ref) => {
            if (ref.startsWith("!"))
                return "${" + ref.slice(1) + "}";
            const v = resolver.value({ "Fn::Sub": ["${" + ref + "}", vars] }, tmplPointer);
            if (typeof v === "string")
                return v.includes("\n") ? mark(reasons, `\${${ref}} spans several lines`) : v;
            return mark(reasons, isUnknown(v) ? v.$unknown : `\${${ref}} is not a string`);
        });
        return { ok: true, text: textOf(t, fileLines, tmpl, tmplPointer, reasons, () => substituted) };
    }
    return fromResolved(resolver.value(node, pointer));
    function fromResolved(v) {
        if (typeof v === "string") {
            const at = t.locate(pointer).line;
            return { ok: true, text: { lines: v.split(/\r?\n/), reasons: [], fileLine: () => at } };
        }
        return { ok: false, reason: isUnknown(v) ? v.$unknown : "UserData is not a string" };
    }
}
function mark(reasons, reason) {
    reasons.push(reason);
    return `\u0000${reasons.length - 1}\u0000`;
}
/**
 * Lines of a template string and where each is in the file: a YAML literal block (`|`) maps
 * line by line (its content starts on the line after the indicator); anything else maps every
 * line to the string's own line.
 */
function textOf(t, fileLines, raw, pointer, reasons, content) {
    const at = t.locate(pointer);
    const rest = (fileLines[at.line - 1] ?? "").slice(at.column - 1);
    const literal = /(^|[\s:-])\|[0-9+-]*\s*(#.*)?$/.test(rest);
    const rawLines = raw.split("\n");
    const lines = content().split("\n");
    const exact = literal && lines.length === rawLines.length;
    return { lines, reasons, fileLine: (i) => (exact ? at.line + 1 + i : at.line) };
}
// --- Stack and template parameters -------------------------------------------------------------
function stackEnvironment(t, r) {
    const params = r.properties.Parameters;
    const variables = [];
    if (isObj(params) && !isUnknown(params)) {
        for (const [key, value] of Object.entries(params)) {
            const name = proxyParameterVariable(key);
            if (!name)
                continue;
            variables.push({
                name,
                value: stringValue(value, `parameter ${key}`),
                location: t.locate(joinPointer(r.pointer, "Properties", "Parameters", key)),
                label: `parameter ${key} (${name})`,
            });
        }
    }
    if (variables.length === 0)
        return undefined;
    return { source: "stack-parameters", name: `parameters of stack ${r.logicalId}`, resource: r.logicalId, location: r.location, variables };
}
function parameterEnvironment(t, resolver) {
    const variables = [];
    for (const decl of declaredParameters(t)) {
        const name = proxyParameterVariable(decl.name);
        if (!name)
            continue;
        const v = resolver.value({ Ref: decl.name }, `/Parameters/${escapePointer(decl.name)}`);
        variables.push({
            name,
            value: stringValue(v, `parameter ${decl.name}`),
            location: t.locate(decl.pointer),
            label: `parameter ${decl.name} (${name})`,
        });
    }
    if (variables.length === 0)
        return undefined;
    return { source: "template-parameters", name: "the template's parameters", location: t.locate("/Parameters"), variables };
}
/**
 * A resolver for one scenario, to resolve single ${...} references of a UserData script: the
 * scenario's parameter values, else a parameter's only possible value, else unknown.
 */
function scenarioResolver(t, s, opts) {
    const parameters = new Map();
    for (const decl of declaredParameters(t)) {
        const raw = s.parameters[decl.name];
        if (raw !== undefined) {
            parameters.set(decl.name, parameterValue(decl, raw));
            continue;
        }
        const d = parameterDomain(decl, opts.parameters?.[decl.name]);
        if (d.values.length === 1)
            parameters.set(decl.name, parameterValue(decl, d.values[0]));
        else
            parameters.set(decl.name, d.unknown ?? unknown(`parameter ${decl.name} takes several values and this one does not depend on them`));
    }
    return new Resolver({
        template: t,
        parameters,
        ...(opts.region !== undefined ? { region: opts.region } : {}),
        ...(opts.accountId !== undefined ? { accountId: opts.accountId } : {}),
    });
}
//# sourceMappingURL=cloudformation.js.map