// Resolves intrinsic and condition functions for one scenario (one choice of parameter values).
// What cannot be known offline becomes {$unknown: reason} naming the construct; nothing is guessed.
// Every object and array produced is mapped to the JSON pointer of the template node it came from
// (pointerOf), so positions survive an Fn::If or an AWS::NoValue that reshaped a list.
//
// Value conventions:
//   - AWS::NoValue resolves to NO_VALUE; objects and arrays drop such members.
//   - Ref to a resource, and GetAtt of an id attribute (SecurityGroup.GroupId, VPC.VpcId, ...),
//     resolve to a ResourceRef {$resource, attribute?}: the id exists only after deployment.
//   - Fn::If on an unknown condition resolves to an Alternatives unknown that carries both
//     resolved branches, so a normalizer can keep each as "present under an unknown condition".
//   - Fn::Base64 returns its input string itself: downstream reads UserData text, not base64.
//   - AWS::Partition and AWS::URLSuffix follow the region's partition; without a region they
//     are unknown (a guess of "aws" would be wrong for China and GovCloud templates).
import { RunnerlintError } from "../../errors.js";
import { isUnknown, unknown } from "../../model/location.js";
import { joinPointer } from "../source.js";
import { OPAQUE, PSEUDO_PARAMETERS, intrinsicOf, isObj } from "./intrinsics.js";
import { MAX_DEPTH } from "./validate.js";
/** AWS::NoValue: the enclosing property or list element disappears. */
export const NO_VALUE = Symbol("AWS::NoValue");
export function isResourceRef(v) {
    return isObj(v) && typeof v.$resource === "string";
}
export function alternativesOf(v) {
    return isUnknown(v) && Array.isArray(v.alternatives) ? v.alternatives : undefined;
}
const pointers = new WeakMap();
/** JSON pointer of the template node a resolved object or array came from. */
export function pointerOf(value) {
    return pointers.get(value);
}
function at(value, pointer) {
    if (typeof value === "object" && value !== null)
        pointers.set(value, pointer);
    return value;
}
/** Attributes that name the resource itself: kept symbolic. */
const ID_ATTRIBUTES = {
    "AWS::EC2::SecurityGroup": ["GroupId"],
    "AWS::EC2::VPC": ["VpcId", "DefaultSecurityGroup", "DefaultNetworkAcl"],
    "AWS::EC2::PrefixList": ["PrefixListId"],
    "AWS::EC2::Subnet": ["SubnetId"],
};
/** Attributes that echo a property the template sets: resolved from that property. */
const PROPERTY_ATTRIBUTES = {
    "AWS::EC2::VPC": { CidrBlock: "CidrBlock" },
    "AWS::EC2::SecurityGroup": { VpcId: "VpcId" },
    "AWS::EC2::Subnet": { CidrBlock: "CidrBlock", VpcId: "VpcId", AvailabilityZone: "AvailabilityZone" },
};
const DYNAMIC_REFERENCE = /\{\{resolve:[^\n]*?\}\}/;
const PARTITIONS = [
    ["cn-", "aws-cn", "amazonaws.com.cn"],
    ["us-gov-", "aws-us-gov", "amazonaws.com"],
    ["us-isob-", "aws-iso-b", "sc2s.sgov.gov"],
    ["us-iso-", "aws-iso", "c2s.ic.gov"],
    ["eusc-", "aws-eusc", "amazonaws.eu"],
];
function partitionOf(region) {
    const p = PARTITIONS.find(([prefix]) => region.startsWith(prefix));
    return p ? [p[1], p[2]] : ["aws", "amazonaws.com"];
}
function scalarString(v) {
    return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}
function opaqueReason(v, what) {
    if (isUnknown(v))
        return v.$unknown;
    if (isResourceRef(v))
        return `${what}: the id of ${v.$resource} is known only after deployment`;
    if (v === NO_VALUE)
        return `${what}: AWS::NoValue is not a value here`;
    return `${what}: expected a string`;
}
/**
 * Work budget of one resolution (one scenario): object and array nodes resolved, GetAtt chains
 * included. A template's own size bounds everything else, but a chain of resources whose property
 * reads the previous one twice (`!Join [[!GetAtt S1.CidrBlock, !GetAtt S1.CidrBlock]]`) doubles
 * the work, and the string, at each link. Past the budget every value is an "analysis truncated"
 * unknown (and `truncated` says why). The budget grows with the template: a generated
 * 1,000-resource template takes about 13,000 steps per scenario (bench/generate.mjs).
 */
export const MAX_RESOLVE_STEPS = 500_000;
const STEPS_PER_RESOURCE = 500;
/** Longest string Fn::Join or Fn::Sub may build (a template is at most 1 MB). */
export const MAX_RESOLVED_STRING = 1 << 20;
export class Resolver {
    env;
    data;
    resources;
    conditionCache = new Map();
    evaluating = [];
    attributes = new Set();
    depth = 0;
    steps = 0;
    budget;
    /** Set when the work budget or the string limit cut the resolution short. */
    truncated;
    constructor(env) {
        this.env = env;
        this.data = env.template.data;
        this.resources = isObj(this.data.Resources) ? this.data.Resources : {};
        this.budget = MAX_RESOLVE_STEPS + STEPS_PER_RESOURCE * Object.keys(this.resources).length;
    }
    /** Whether a resource exists in this scenario; true when it has no Condition. */
    resourceCondition(id) {
        const res = this.resources[id];
        const name = isObj(res) ? res.Condition : undefined;
        return typeof name === "string" ? this.condition(name) : true;
    }
    condition(name) {
        const cached = this.conditionCache.get(name);
        if (cached !== undefined)
            return cached;
        const pointer = joinPointer("/Conditions", name);
        if (this.evaluating.includes(name))
            this.fail("BAD_INTRINSIC", pointer, `condition cycle: ${[...this.evaluating, name].join(" -> ")}`);
        const conditions = isObj(this.data.Conditions) ? this.data.Conditions : {};
        if (!Object.hasOwn(conditions, name))
            return unknown(`condition ${name} is not defined`);
        this.evaluating.push(name);
        let result;
        try {
            result = this.conditionExpr(conditions[name], pointer);
        }
        finally {
            this.evaluating.pop();
        }
        if (isUnknown(result))
            result = unknown(`condition ${name} is unknown: ${result.$unknown}`);
        this.conditionCache.set(name, result);
        return result;
    }
    /** Resolves a template value; may return NO_VALUE. */
    value(node, pointer) {
        if (typeof node === "string") {
            const dynamic = DYNAMIC_REFERENCE.exec(node);
            return dynamic ? at(unknown(`dynamic reference ${dynamic[0]}`), pointer) : node;
        }
        if (typeof node !== "object" || node === null)
            return node;
        if (++this.steps > this.budget)
            return this.cut(`intrinsic resolution exceeded ${this.budget} steps`, pointer);
        this.enter(pointer);
        try {
            if (Array.isArray(node)) {
                const out = [];
                node.forEach((item, i) => {
                    const v = this.value(item, joinPointer(pointer, i));
                    if (v !== NO_VALUE)
                        out.push(v);
                });
                return at(out, pointer);
            }
            const fn = intrinsicOf(node);
            if (fn)
                return this.intrinsic(fn[0], fn[1], pointer);
            const out = {};
            for (const [k, v] of Object.entries(node)) {
                const r = this.value(v, joinPointer(pointer, k));
                if (r !== NO_VALUE)
                    out[k] = r;
            }
            return at(out, pointer);
        }
        finally {
            this.depth--;
        }
    }
    enter(pointer) {
        // GetAtt and condition chains add to the template's own nesting.
        if (++this.depth > MAX_DEPTH * 2)
            this.fail("DEPTH_LIMIT", pointer, "intrinsic functions nested too deeply");
    }
    fail(code, pointer, message) {
        const t = this.env.template;
        const loc = t.locate(pointer);
        throw new RunnerlintError(code, message, t.file, { line: loc.line, column: loc.column });
    }
    cut(why, pointer) {
        this.truncated ??= why;
        return this.unknownAt(`analysis truncated: ${why}`, pointer);
    }
    long(s, what, pointer) {
        return s.length > MAX_RESOLVED_STRING ? this.cut(`${what} built a string longer than ${MAX_RESOLVED_STRING} characters`, pointer) : s;
    }
    unknownAt(reason, pointer) {
        return at(unknown(reason), pointer);
    }
    conditionExpr(node, pointer) {
        if (isUnknown(node))
            return node; // a malformed condition function (validate.ts)
        const keys = isObj(node) ? Object.keys(node) : [];
        const fn = keys.length === 1 ? keys[0] : undefined;
        if (!fn)
            return unknown("not a condition function");
        const arg = node[fn];
        const p = joinPointer(pointer, fn);
        const args = Array.isArray(arg) ? arg : [];
        this.enter(pointer);
        try {
            switch (fn) {
                case "Condition":
                    return typeof arg === "string" ? this.condition(arg) : unknown("Condition expects a name");
                case "Fn::Equals": {
                    const [a, b] = [this.value(args[0], joinPointer(p, 0)), this.value(args[1], joinPointer(p, 1))];
                    for (const v of [a, b])
                        if (isUnknown(v) || isResourceRef(v) || v === NO_VALUE)
                            return unknown(opaqueReason(v, "Fn::Equals"));
                    const canon = (v) => scalarString(v) ?? JSON.stringify(v);
                    return canon(a) === canon(b);
                }
                case "Fn::And":
                case "Fn::Or": {
                    const results = args.map((c, i) => this.conditionExpr(c, joinPointer(p, i)));
                    const decisive = fn !== "Fn::And";
                    if (results.includes(decisive))
                        return decisive;
                    return results.find(isUnknown) ?? !decisive;
                }
                case "Fn::Not": {
                    const r = this.conditionExpr(args[0], joinPointer(p, 0));
                    return isUnknown(r) ? r : !r;
                }
                default:
                    return unknown(`${fn} is not a condition function`);
            }
        }
        finally {
            this.depth--;
        }
    }
    intrinsic(name, arg, pointer) {
        const p = joinPointer(pointer, name);
        const args = Array.isArray(arg) ? arg : [];
        switch (name) {
            case "Ref":
                return typeof arg === "string" ? this.ref(arg, pointer) : this.unknownAt("Ref expects a name", pointer);
            case "Fn::GetAtt": {
                const dot = typeof arg === "string" ? arg.indexOf(".") : -1;
                const [res, rawAttr] = typeof arg === "string" ? [arg.slice(0, dot), arg.slice(dot + 1)] : [args[0], args[1]];
                const attr = typeof rawAttr === "string" ? rawAttr : this.value(rawAttr, joinPointer(p, 1));
                if (typeof res !== "string" || typeof attr !== "string")
                    return this.unknownAt(opaqueReason(typeof res !== "string" ? res : attr, "Fn::GetAtt"), pointer);
                return this.getAtt(res, attr, pointer);
            }
            case "Fn::Sub":
                return this.sub(arg, pointer);
            case "Fn::Join":
                return this.join(args, pointer);
            case "Fn::Select":
                return this.select(args, pointer);
            case "Fn::Split": {
                const src = this.value(args[1], joinPointer(p, 1));
                if (typeof src !== "string" || typeof args[0] !== "string")
                    return this.unknownAt(opaqueReason(src, "Fn::Split"), pointer);
                return at(src.split(args[0]), pointer);
            }
            case "Fn::FindInMap":
                return this.findInMap(args, pointer);
            case "Fn::If":
                return this.if(args, pointer);
            case "Fn::Base64": {
                const v = this.value(arg, p);
                const s = scalarString(v);
                return s !== undefined ? s : this.unknownAt(opaqueReason(v, "Fn::Base64"), pointer);
            }
            case "Fn::Cidr":
                return this.cidr(args, pointer);
            case "Fn::GetAZs":
                return this.unknownAt("Fn::GetAZs: availability zones are looked up at deploy time", pointer);
            case "Fn::Length": {
                const v = this.value(arg, p);
                return Array.isArray(v) ? v.length : this.unknownAt(isUnknown(v) ? v.$unknown : "Fn::Length expects a list", pointer);
            }
            case "Fn::ToJsonString": {
                const v = this.value(arg, p);
                const opaque = firstOpaque(v);
                return opaque !== undefined ? this.unknownAt(opaqueReason(opaque, "Fn::ToJsonString"), pointer) : JSON.stringify(v);
            }
            case "Fn::ImportValue": {
                const v = this.value(arg, p);
                const what = typeof v === "string" ? v : `(export name unknown: ${opaqueReason(v, "name")})`;
                return this.unknownAt(`Fn::ImportValue ${what}`, pointer);
            }
            case OPAQUE:
                return this.unknownAt(typeof arg === "string" ? arg : "unknown value", pointer);
            case "Fn::Transform":
                return this.unknownAt(`Fn::Transform ${isObj(arg) ? String(arg.Name) : ""}: macros are not expanded`, pointer);
            default:
                return this.unknownAt(`${name} is not supported`, pointer);
        }
    }
    ref(name, pointer) {
        if (PSEUDO_PARAMETERS.has(name))
            return this.pseudo(name, pointer);
        const param = this.env.parameters.get(name);
        if (param !== undefined) {
            if (Array.isArray(param))
                return at([...param], joinPointer("/Parameters", name));
            return isUnknown(param) ? this.unknownAt(param.$unknown, pointer) : param;
        }
        if (Object.hasOwn(this.resources, name)) {
            if (this.resourceCondition(name) === false)
                return this.unknownAt(`${name} is not created in this scenario (its condition is false)`, pointer);
            return at({ $resource: name }, pointer);
        }
        return this.unknownAt(`Ref ${name}: not defined in this template`, pointer);
    }
    pseudo(name, pointer) {
        const { region, accountId } = this.env;
        const noRegion = (what) => this.unknownAt(`${what} depends on AWS::Region, which is not set (pass --region)`, pointer);
        switch (name) {
            case "AWS::NoValue":
                return NO_VALUE;
            case "AWS::Region":
                return region ?? this.unknownAt("AWS::Region is not set (pass --region)", pointer);
            case "AWS::AccountId":
                return accountId ?? this.unknownAt("AWS::AccountId is not set (pass --account-id)", pointer);
            case "AWS::Partition":
                return region ? partitionOf(region)[0] : noRegion(name);
            case "AWS::URLSuffix":
                return region ? partitionOf(region)[1] : noRegion(name);
            default:
                return this.unknownAt(`${name} is known only at deploy time`, pointer);
        }
    }
    getAtt(res, attr, pointer) {
        const what = `Fn::GetAtt ${res}.${attr}`;
        const r = this.resources[res];
        if (!isObj(r))
            return this.unknownAt(`${what}: ${res} is not a resource of this template`, pointer);
        if (this.resourceCondition(res) === false)
            return this.unknownAt(`${what}: ${res} is not created in this scenario (its condition is false)`, pointer);
        const type = typeof r.Type === "string" ? r.Type : "";
        if (attr === "Id" || ID_ATTRIBUTES[type]?.includes(attr))
            return at({ $resource: res, attribute: attr }, pointer);
        const prop = PROPERTY_ATTRIBUTES[type]?.[attr];
        if (prop)
            return this.resourceProperty(res, prop, pointer, what);
        return this.unknownAt(`${what} is known only after deployment`, pointer);
    }
    resourceProperty(res, prop, pointer, what) {
        const key = `${res}.${prop}`;
        if (this.attributes.has(key))
            return this.unknownAt(`${what}: circular reference`, pointer);
        this.attributes.add(key);
        try {
            const raw = this.resources[res].Properties;
            const propsPointer = joinPointer("/Resources", res, "Properties");
            const props = intrinsicOf(raw) ? this.value(raw, propsPointer) : raw;
            if (isUnknown(props))
                return this.unknownAt(`${what}: ${props.$unknown}`, pointer);
            if (!isObj(props) || props[prop] === undefined)
                return this.unknownAt(`${what}: ${res} sets no ${prop}`, pointer);
            const v = props === raw ? this.value(props[prop], joinPointer(propsPointer, prop)) : props[prop];
            return v === NO_VALUE ? this.unknownAt(`${what}: ${res} sets no ${prop}`, pointer) : v;
        }
        finally {
            this.attributes.delete(key);
        }
    }
    sub(arg, pointer) {
        const p = joinPointer(pointer, "Fn::Sub");
        const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
        const rawTemplate = Array.isArray(arg) ? arg[0] : arg;
        const template = typeof rawTemplate === "string" ? rawTemplate : this.value(rawTemplate, Array.isArray(arg) ? joinPointer(p, 0) : p);
        if (typeof template !== "string")
            return this.unknownAt(opaqueReason(template, "Fn::Sub"), pointer);
        const dynamic = DYNAMIC_REFERENCE.exec(template);
        if (dynamic)
            return this.unknownAt(`dynamic reference ${dynamic[0]}`, pointer);
        let problem;
        const out = template.replace(/\$\{([^}]*)\}/g, (whole, name) => {
            if (name.startsWith("!"))
                return "${" + name.slice(1) + "}"; // ${!Literal} → ${Literal}
            if (problem !== undefined)
                return whole;
            const v = this.subVariable(name, vars, joinPointer(p, 1), pointer);
            const s = scalarString(v);
            if (s === undefined)
                problem = opaqueReason(v, `Fn::Sub \${${name}}`);
            return s ?? whole;
        });
        return problem !== undefined ? this.unknownAt(problem, pointer) : this.long(out, "Fn::Sub", pointer);
    }
    subVariable(name, vars, varsPointer, pointer) {
        if (Object.hasOwn(vars, name))
            return this.value(vars[name], joinPointer(varsPointer, name));
        if (PSEUDO_PARAMETERS.has(name) || this.env.parameters.has(name) || Object.hasOwn(this.resources, name))
            return this.ref(name, pointer);
        const dot = name.indexOf(".");
        if (dot > 0 && Object.hasOwn(this.resources, name.slice(0, dot)))
            return this.getAtt(name.slice(0, dot), name.slice(dot + 1), pointer);
        return unknown(`Fn::Sub: \${${name}} is not defined`);
    }
    join(args, pointer) {
        const p = joinPointer(pointer, "Fn::Join");
        const delimiter = typeof args[0] === "string" ? args[0] : "";
        const items = this.value(args[1], joinPointer(p, 1));
        if (!Array.isArray(items))
            return this.unknownAt(isUnknown(items) ? items.$unknown : "Fn::Join expects a list", pointer);
        const parts = [];
        for (const item of items) {
            const s = scalarString(item);
            if (s === undefined)
                return this.unknownAt(opaqueReason(item, "Fn::Join"), pointer);
            parts.push(s);
        }
        let length = 0;
        for (const part of parts)
            if ((length += part.length + delimiter.length) > MAX_RESOLVED_STRING)
                return this.cut(`Fn::Join built a string longer than ${MAX_RESOLVED_STRING} characters`, pointer);
        return parts.join(delimiter);
    }
    select(args, pointer) {
        const p = joinPointer(pointer, "Fn::Select");
        const index = this.value(args[0], joinPointer(p, 0));
        const items = this.value(args[1], joinPointer(p, 1));
        if (isUnknown(index))
            return this.unknownAt(index.$unknown, pointer);
        const n = typeof index === "number" ? index : typeof index === "string" && /^\d+$/.test(index) ? Number(index) : NaN;
        if (!Number.isInteger(n) || n < 0)
            return this.unknownAt("Fn::Select: the index is not a number", pointer);
        if (!Array.isArray(items))
            return this.unknownAt(isUnknown(items) ? items.$unknown : "Fn::Select expects a list", pointer);
        if (n >= items.length)
            return this.unknownAt(`Fn::Select: index ${n} is out of range (${items.length} items)`, pointer);
        return items[n];
    }
    findInMap(args, pointer) {
        const p = joinPointer(pointer, "Fn::FindInMap");
        const keys = [];
        for (let i = 0; i < 3; i++) {
            const k = this.value(args[i], joinPointer(p, i));
            const s = scalarString(k);
            if (s === undefined)
                return this.unknownAt(opaqueReason(k, "Fn::FindInMap"), pointer);
            keys.push(s);
        }
        const [map, top, second] = keys;
        const mappings = isObj(this.data.Mappings) ? this.data.Mappings : {};
        const level1 = Object.hasOwn(mappings, map) ? mappings[map] : undefined;
        const level2 = isObj(level1) && Object.hasOwn(level1, top) ? level1[top] : undefined;
        if (isObj(level2) && Object.hasOwn(level2, second))
            return this.value(level2[second], joinPointer("/Mappings", map, top, second));
        const options = args[3];
        if (isObj(options) && Object.hasOwn(options, "DefaultValue"))
            return this.value(options.DefaultValue, joinPointer(p, 3, "DefaultValue"));
        return this.unknownAt(`Fn::FindInMap [${map}, ${top}, ${second}]: no such entry in Mappings`, pointer);
    }
    if(args, pointer) {
        const p = joinPointer(pointer, "Fn::If");
        const name = String(args[0]);
        const c = this.condition(name);
        if (c === true)
            return this.value(args[1], joinPointer(p, 1));
        if (c === false)
            return this.value(args[2], joinPointer(p, 2));
        const a = this.value(args[1], joinPointer(p, 1));
        const b = this.value(args[2], joinPointer(p, 2));
        if (a === NO_VALUE && b === NO_VALUE)
            return NO_VALUE;
        if (a !== NO_VALUE && b !== NO_VALUE && JSON.stringify(a) === JSON.stringify(b))
            return a;
        const result = { $unknown: `Fn::If ${name}: ${c.$unknown}`, alternatives: [a, b].filter((v) => v !== NO_VALUE) };
        return at(result, pointer);
    }
    cidr(args, pointer) {
        const p = joinPointer(pointer, "Fn::Cidr");
        const [block, count, bits] = args.map((a, i) => this.value(a, joinPointer(p, i)));
        for (const v of [block, count, bits])
            if (scalarString(v) === undefined)
                return this.unknownAt(opaqueReason(v, "Fn::Cidr"), pointer);
        const subnets = ipv4Subnets(String(block), Number(count), Number(bits));
        return subnets
            ? at(subnets, pointer)
            : this.unknownAt(`Fn::Cidr [${String(block)}, ${String(count)}, ${String(bits)}] is not evaluated (IPv6 or out of range)`, pointer);
    }
}
function firstOpaque(v) {
    if (isUnknown(v) || isResourceRef(v))
        return v;
    const children = Array.isArray(v) ? v : isObj(v) ? Object.values(v) : [];
    for (const c of children) {
        const found = firstOpaque(c);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** Fn::Cidr for IPv4: `count` subnets with `bits` host bits each, carved from the block's start. */
export function ipv4Subnets(block, count, bits) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block);
    if (!m || !Number.isInteger(count) || !Number.isInteger(bits))
        return undefined;
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.some((o) => o > 255) || prefix > 32 || bits < 1 || 32 - bits < prefix || count < 1 || count > 256)
        return undefined;
    const ip = octets.reduce((acc, o) => acc * 256 + o, 0);
    const blockSize = 2 ** (32 - prefix);
    const network = ip - (ip % blockSize);
    const size = 2 ** bits;
    if (count * size > blockSize)
        return undefined;
    const dotted = (n) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
    return Array.from({ length: count }, (_, i) => `${dotted(network + i * size)}/${32 - bits}`);
}
//# sourceMappingURL=resolve.js.map