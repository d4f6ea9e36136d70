// Template parameters: what each declares, the values it can take in a scenario, and parameter
// files (the CloudFormation CLI's JSON array, a plain object, CodePipeline's {"Parameters": {...}}).
import { RunnerlintError, isRunnerlintError } from "../../errors.js";
import { unknown } from "../../model/location.js";
import { joinPointer, parseSource } from "../source.js";
import { isObj } from "./intrinsics.js";
const scalar = (v) => typeof v === "string"
    ? v
    : typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : Array.isArray(v)
            ? v.map(String).join(",")
            : undefined;
export function declaredParameters(t) {
    const params = t.data.Parameters;
    if (!isObj(params))
        return [];
    return Object.entries(params).map(([name, p]) => {
        const body = isObj(p) ? p : {};
        const type = typeof body.Type === "string" ? body.Type : "String";
        const decl = {
            name,
            type,
            pointer: joinPointer("/Parameters", name),
            list: type === "CommaDelimitedList" || /^List</.test(type),
            ssm: /^AWS::SSM::Parameter::Value</.test(type),
        };
        const dflt = scalar(body.Default);
        if (dflt !== undefined)
            decl.default = dflt;
        if (Array.isArray(body.AllowedValues))
            decl.allowedValues = body.AllowedValues.map(scalar).filter((v) => v !== undefined);
        return decl;
    });
}
/**
 * A supplied value wins; otherwise each AllowedValue (Default first), else the Default, else unknown.
 * List parameters do not fan out over AllowedValues: those restrict each element, not the list.
 */
export function parameterDomain(decl, supplied) {
    if (supplied !== undefined)
        return { decl, values: [supplied], assumed: false };
    if (decl.ssm) {
        const name = decl.default !== undefined ? ` ${decl.default}` : "";
        return {
            decl,
            values: [],
            assumed: false,
            unknown: unknown(`parameter ${decl.name} (${decl.type}) is read from SSM parameter${name} at deploy time`),
        };
    }
    const allowed = decl.list ? undefined : decl.allowedValues;
    if (allowed && allowed.length > 0) {
        const ordered = decl.default !== undefined && allowed.includes(decl.default) ? [decl.default, ...allowed.filter((v) => v !== decl.default)] : allowed;
        return { decl, values: [...new Set(ordered)], assumed: true };
    }
    if (decl.default !== undefined)
        return { decl, values: [decl.default], assumed: true };
    return {
        decl,
        values: [],
        assumed: false,
        unknown: unknown(`parameter ${decl.name} has no value (no Default or AllowedValues; pass --parameter ${decl.name}=...)`),
    };
}
/** CommaDelimitedList members are space-trimmed (CloudFormation's Parameters reference). */
export function parameterValue(decl, raw) {
    return decl.list ? raw.split(",").map((s) => s.trim()) : raw;
}
/** Reads a parameter file; any content problem is CONFIG_INVALID with its position. */
export function loadParameterFile(file, text) {
    let doc;
    try {
        doc = parseSource(file, text);
    }
    catch (e) {
        if (isRunnerlintError(e))
            throw new RunnerlintError("CONFIG_INVALID", `parameter file: ${e.message}`, file, e.pos, { cause: e });
        throw e;
    }
    const fail = (pointer, message) => {
        const at = doc.locate(pointer);
        throw new RunnerlintError("CONFIG_INVALID", `parameter file: ${message}`, file, { line: at.line, column: at.column });
    };
    const out = {};
    const data = doc.data;
    if (Array.isArray(data)) {
        data.forEach((item, i) => {
            const at = joinPointer("", i);
            if (!isObj(item) || typeof item.ParameterKey !== "string")
                return fail(at, 'expected {"ParameterKey": ..., "ParameterValue": ...}');
            if (item.UsePreviousValue === true && item.ParameterValue === undefined)
                return; // the deployed stack's value: unknown offline
            const value = scalar(item.ParameterValue);
            if (value === undefined)
                return fail(item.ParameterValue === undefined ? at : joinPointer(at, "ParameterValue"), `ParameterValue of ${item.ParameterKey} must be a string`);
            out[item.ParameterKey] = value;
        });
        return out;
    }
    if (!isObj(data))
        return fail("", "expected a JSON array of {ParameterKey, ParameterValue} or an object of parameter values");
    const codePipeline = isObj(data.Parameters);
    const values = codePipeline ? data.Parameters : data;
    const base = codePipeline ? "/Parameters" : "";
    for (const [key, v] of Object.entries(values)) {
        const value = scalar(v);
        if (value === undefined || (Array.isArray(v) && v.some((x) => typeof x === "object" && x !== null))) {
            fail(joinPointer(base, key), `value of ${key} must be a string`);
        }
        out[key] = value;
    }
    return out;
}
//# sourceMappingURL=parameters.js.map