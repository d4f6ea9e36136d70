// The published config schema (schemas/config.schema.json, shipped in the package for editors),
// compiled once with ajv, and its errors turned into messages people can act on.
import { readFileSync } from "node:fs";
import { schemaUrl, validator } from "../ajv.js";
import { didYouMean } from "./errors.js";
let cached;
/** The config JSON Schema, as shipped. */
export function configSchema() {
    return compiled().schema;
}
function compiled() {
    if (!cached) {
        const schema = JSON.parse(readFileSync(schemaUrl("config"), "utf8"));
        cached = { schema, validate: validator("config"), hints: patternHints(schema) };
    }
    return cached;
}
/** Validates data against the config schema; [] when valid. */
export function validateConfigData(data) {
    const { validate, hints } = compiled();
    if (validate(data))
        return [];
    return explain(validate.errors ?? [], hints);
}
/** What each pattern of the schema means, for messages (keyed by the pattern itself). */
function patternHints(schema) {
    const s = schema;
    const hints = [
        [s.properties.region?.pattern, "is not an AWS region name (e.g. eu-west-1)"],
        [s.properties.accountId?.pattern, "must be 12 digits"],
        [s.properties.runnerRoleArn?.pattern, "is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)"],
        [s.properties.securityGroupRoles?.propertyNames?.pattern, "is not a security-group id or logical id"],
        [s.definitions.cidr?.pattern, "is not a CIDR block (e.g. 10.0.0.0/16)"],
        [s.definitions.ruleId?.pattern, "is not a rule id (<area>/<name>, see `runnerlint rules`)"],
        [s.definitions.requirementId?.pattern, "is not a requirement id (e.g. sg.ssh-ingress, scm.github)"],
        [s.definitions.date?.pattern, "is not a date (YYYY-MM-DD)"],
        [s.definitions.endpoint?.pattern, "is not a host name, an IPv4 address or an http(s) URL"],
        [s.definitions.namedEndpoints?.propertyNames?.pattern, "is not a valid name (lower-case letters, digits and dashes)"],
        [s.definitions.waiver?.properties?.reason?.pattern, "must not be empty: every waiver needs a reason"],
    ];
    return new Map(hints.filter((h) => h[0] !== undefined));
}
const TYPE_NAMES = {
    string: "a string",
    number: "a number",
    integer: "an integer",
    boolean: "true or false",
    object: "a map",
    array: "a list",
    null: "null",
};
function explain(errors, hints) {
    const out = [];
    // A waiver with neither rule, requirement nor file: one message, not three "required" plus "anyOf".
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
    // propertyNames failures are reported twice by ajv (the inner keyword and propertyNames itself).
    for (const e of errors) {
        if (e.keyword === "propertyNames")
            continue;
        if (e.keyword === "required" && anyOfPaths.has(e.instancePath) && /\/anyOf\/\d+\/required$/.test(e.schemaPath))
            continue;
        const p = problem(e, hints);
        if (p && !out.some((o) => o.pointer === p.pointer && o.message === p.message))
            out.push(p);
    }
    return out;
}
function problem(e, hints) {
    const at = e.instancePath;
    const params = e.params;
    switch (e.keyword) {
        case "additionalProperties": {
            const key = String(params.additionalProperty);
            const known = Object.keys((e.parentSchema?.properties ?? {}));
            const guess = didYouMean(key, known);
            return {
                pointer: `${at}/${escapeToken(key)}`,
                key: true,
                message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : known.length ? ` (expected one of: ${known.join(", ")})` : ""}`,
            };
        }
        case "required":
            return { pointer: at, key: false, message: `${where(at)}missing "${String(params.missingProperty)}"` };
        case "anyOf":
            return { pointer: at, key: false, message: `${where(at)}a waiver needs a "rule", a "requirement" or a "file"` };
        case "enum":
            return {
                pointer: at,
                key: false,
                message: `${where(at)}must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`,
            };
        case "const":
            return { pointer: at, key: false, message: `${where(at)}must be ${JSON.stringify(params.allowedValue)}` };
        case "type": {
            const want = String(params.type)
                .split(",")
                .map((t) => TYPE_NAMES[t] ?? t)
                .join(" or ");
            const hint = /\/accountId$/.test(at) ? ' (quote it in YAML: "123456789012")' : /\/expires$/.test(at) ? " (YYYY-MM-DD)" : "";
            return { pointer: at, key: false, message: `${where(at)}must be ${want}${hint}` };
        }
        case "pattern": {
            // propertyNames errors carry the key in params.propertyName (ajv sets it on the inner error).
            const hint = hints.get(String(params.pattern)) ?? `must match ${String(params.pattern)}`;
            const name = e.propertyName;
            if (name !== undefined)
                return { pointer: `${at}/${escapeToken(name)}`, key: true, message: `${where(at)}"${name}" ${hint}` };
            return { pointer: at, key: false, message: `${where(at)}${hint}` };
        }
        case "minLength":
            return { pointer: at, key: false, message: `${where(at)}must not be empty` };
        case "minItems":
            return { pointer: at, key: false, message: `${where(at)}must not be an empty list` };
        case "uniqueItems":
            return {
                pointer: at,
                key: false,
                message: `${where(at)}lists the same value twice (items ${String(params.j)} and ${String(params.i)})`,
            };
        default:
            return { pointer: at, key: false, message: `${where(at)}${e.message ?? "is invalid"}` };
    }
}
/** `waivers[0].reason: ` for messages (the position is printed separately). */
function where(pointer) {
    if (!pointer)
        return "";
    const path = pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
    return `${path}: `;
}
function escapeToken(s) {
    return s.replace(/~/g, "~0").replace(/\//g, "~1");
}
//# sourceMappingURL=schema.js.map