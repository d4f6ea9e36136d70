// Resolving the configuration: the config file (found upward or named), the RUNNERLINT_* variables
// and the flags, in that order of increasing precedence, into the RunConfig rules read, the exit
// thresholds, the severity overrides and the waivers.
import { dirname, isAbsolute, relative, sep } from "node:path";
import { isRunnerlintError } from "../errors.js";
import { ruleFor, unknownIdMessage } from "../waivers/ids.js";
import { configWaivers } from "../waivers/config.js";
import { declaredRequirements } from "./declared.js";
import { globToRegExp } from "../glob.js";
import { findConfigFile } from "./discover.js";
import { Problems } from "./errors.js";
import { nameFor, readEnv } from "./env.js";
import { readConfigFile } from "./file.js";
import { validateConfigData } from "./schema.js";
/** Finds, reads and resolves the configuration. Throws a ConfigError (exit 2) for any problem. */
export function loadConfig(options) {
    const env = readEnv(options.env ?? process.env);
    const cwd = options.cwd ?? process.cwd();
    let path;
    if (!options.noConfig)
        path = options.configPath ?? env.config;
    if (!options.noConfig && path === undefined) {
        const found = findConfigFile(cwd);
        // Shown relative to the working directory (../.runnerlint.yaml), as every other path.
        if (found)
            path = isAbsolute(relative(cwd, found)) ? found : relative(cwd, found).split(sep).join("/");
    }
    const file = path ? readConfigFile(path, cwd) : undefined;
    if (options.flags)
        validateFlags(options.flags, options.flagNames ?? {});
    const resolved = resolveConfig({ file, env: env.layer, flags: options.flags ?? {}, engine: options.engine });
    return { ...resolved, ...(env.baseline ? { baselineFromEnv: env.baseline } : {}) };
}
function validateFlags(flags, names) {
    const problems = new Problems();
    for (const p of validateConfigData(flags))
        problems.add(p.message.replace(/^[\w.[\]]+: /, ""), nameFor(p.pointer, names) ?? "command line");
    problems.throwIfAny();
}
const LAYER_KEYS = [
    "runner",
    "catalogue",
    "gatewayRegions",
    "region",
    "accountId",
    "runnerRoleArn",
    "vpcCidrs",
    "ides",
    "failOn",
    "failOnUnknown",
];
/** Merges the layers (flags > env > file) and checks what depends on the rules and the catalogue. */
export function resolveConfig({ file, env = {}, flags = {}, engine: engineFor }) {
    const data = file?.data ?? {};
    const layers = [
        ["file", data],
        ["env", env],
        ["flag", flags],
    ];
    const origins = {};
    const merged = {};
    for (const key of LAYER_KEYS) {
        for (const [origin, layer] of layers) {
            if (layer[key] !== undefined) {
                merged[key] = layer[key];
                origins[key] = origin;
            }
        }
    }
    // Maps merge key by key, the higher layer winning.
    const roles = {};
    const features = {};
    for (const [origin, layer] of layers) {
        if (layer.securityGroupRoles && Object.keys(layer.securityGroupRoles).length) {
            Object.assign(roles, layer.securityGroupRoles);
            origins.securityGroupRoles = origin;
        }
        if (layer.scope?.mode !== undefined) {
            merged.scope = layer.scope.mode;
            origins.scope = origin;
        }
        for (const k of ["logs", "prometheus"]) {
            if (layer.features?.[k] !== undefined) {
                features[k] = layer.features[k];
                origins[`features.${k}`] = origin;
            }
        }
    }
    const problems = new Problems();
    // Where a setting was given, for messages: the config file's line, or the variable or flag.
    const at = (key, pointer) => {
        if (origins[key] === "env")
            return [`RUNNERLINT_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`, undefined];
        if (origins[key] === "flag")
            return ["command line", undefined];
        const l = file?.locate(pointer);
        return [file?.path, l ? { line: l.line, column: l.column } : undefined];
    };
    const engine = catalogueEngine(engineFor, merged.catalogue, () => at("catalogue", "/catalogue"));
    const regions = merged.gatewayRegions;
    const known = engine.catalogue.gatewayRegions;
    (known ? (regions ?? []) : []).forEach((r, i) => {
        if (!known.includes(r))
            problems.add(`gatewayRegions: catalogue ${engine.catalogue.version} has no gateway region ${JSON.stringify(r)} (it has ${known.join(", ")})`, ...at("gatewayRegions", `/gatewayRegions/${i}`));
    });
    const run = { runner: merged.runner ?? "standard" };
    if (regions?.length)
        run.gatewayRegions = [...regions];
    origins.runner ??= "default";
    if (merged.region)
        run.region = merged.region;
    if (merged.accountId)
        run.accountId = merged.accountId;
    if (merged.runnerRoleArn)
        run.runnerRoleArn = merged.runnerRoleArn;
    if (merged.vpcCidrs?.length)
        run.vpcCidrs = [...merged.vpcCidrs];
    if (Object.keys(roles).length)
        run.securityGroupRoles = roles;
    if (merged.scope)
        run.scope = merged.scope;
    if (merged.ides)
        run.ides = [...merged.ides];
    if (features.logs !== undefined)
        run.features = { logs: features.logs };
    // A declaration's location is in the config file, unless the Prometheus endpoint came from elsewhere.
    const locate = (p) => !file || (p === "/features/prometheus" && origins["features.prometheus"] !== "file") ? undefined : file.locate(p);
    const declared = declaredRequirements({
        ...(data.scm ? { scm: data.scm } : {}),
        ...(data.sso ? { sso: data.sso } : {}),
        ...(data.registries ? { registries: data.registries } : {}),
        ...(features.prometheus ? { prometheus: features.prometheus } : {}),
    }, engine.catalogue, locate, file?.path);
    if (declared.length)
        run.declared = declared;
    const severity = {};
    for (const [id, level] of Object.entries(data.severity ?? {})) {
        const rule = ruleFor(engine, id);
        if (!rule) {
            const l = file?.locate(`/severity/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`);
            problems.add(`severity: ${unknownIdMessage(engine, id, "rule")}`, file?.path, l ? { line: l.line, column: l.column } : undefined);
            continue;
        }
        severity[rule.id] = level;
    }
    for (const key of ["include", "exclude"]) {
        (data.scope?.[key] ?? []).forEach((g, i) => {
            try {
                globToRegExp(g);
            }
            catch (e) {
                const l = file?.locate(`/scope/${key}/${i}`);
                problems.add(`scope.${key}[${i}]: ${e.message}`, file?.path, l ? { line: l.line, column: l.column } : undefined);
            }
        });
    }
    problems.throwIfAny();
    return {
        run,
        catalogue: engine.catalogue.version,
        failOn: merged.failOn ?? "error",
        failOnUnknown: merged.failOnUnknown ?? false,
        severity,
        waivers: file ? configWaivers(file, engine) : [],
        ...(file ? { file: file.path } : {}),
        ...(data.scope?.include?.length || data.scope?.exclude?.length
            ? { paths: { base: file ? dirname(file.path) : ".", include: data.scope.include ?? [], exclude: data.scope.exclude ?? [] } }
            : {}),
        origins,
    };
}
/** The engine for the catalogue version the settings ask for; an unknown version is a located problem. */
function catalogueEngine(engineFor, wanted, where) {
    if (typeof engineFor !== "function") {
        const have = engineFor.catalogue.version;
        if (wanted !== undefined && wanted !== "latest" && wanted !== have) {
            const problems = new Problems();
            problems.add(`catalogue: ${wanted} asked for, but the engine given judges against ${have}`, ...where());
            problems.throwIfAny();
        }
        return engineFor;
    }
    try {
        return engineFor(wanted);
    }
    catch (e) {
        if (!isRunnerlintError(e))
            throw e;
        const problems = new Problems();
        problems.add(`catalogue: ${e.message}`, ...where());
        problems.throwIfAny();
        throw e;
    }
}
//# sourceMappingURL=resolve.js.map