// Resolving the configuration: the config file (found upward or named), the RUNNERLINT_* variables
// and the flags, in that order of increasing precedence, into the RunConfig rules read, the exit
// thresholds, the severity overrides and the waivers.
import { dirname, isAbsolute, relative, sep } from "node:path";
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
const LAYER_KEYS = ["runner", "region", "accountId", "runnerRoleArn", "vpcCidrs", "ides", "failOn", "failOnUnknown"];
/** Merges the layers (flags > env > file) and checks what depends on the rules and the catalogue. */
export function resolveConfig({ file, env = {}, flags = {}, engine }) {
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
    const run = { runner: merged.runner ?? "standard" };
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
    const problems = new Problems();
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
//# sourceMappingURL=resolve.js.map