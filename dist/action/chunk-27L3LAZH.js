import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  Problems,
  configWaivers,
  didYouMean,
  globToRegExp,
  readConfigFile,
  ruleFor,
  unknownIdMessage,
  validateConfigData
} from "./chunk-HXJZ7RNY.js";
import {
  RunnerlintError,
  isRunnerlintError
} from "./chunk-BHJUSEQA.js";

// dist/config/resolve.js
import { dirname as dirname2, isAbsolute, relative, sep } from "node:path";

// dist/config/declared.js
var DECLARING_KEYS = { scm: "scm", sso: "sso", registries: "registries", prometheus: "prometheus" };
function templateForFeature(catalogue, feature) {
  return Object.values(catalogue.requirements).find((r) => r.userDeclared === true && r.feature === feature);
}
function declaredRequirements(input, catalogue, locate, file) {
  const problems = new Problems();
  const out = [];
  const add = (feature, name, values, pointer) => {
    const template = templateForFeature(catalogue, feature);
    if (!template) {
      problems.add(`the requirement catalogue has no user-declared template for "${feature}"`, file, pos(locate?.(pointer)));
      return;
    }
    const id = template.id.replace("<name>", name);
    const destinations = [];
    values.forEach((value, i) => {
      const at = values.length > 1 ? `${pointer}/${i}` : pointer;
      try {
        destinations.push(destinationOf(value, template));
      } catch (e) {
        problems.add(`${id}: ${e.message}`, file, pos(locate?.(at)));
      }
    });
    const location = locate?.(pointer);
    out.push({
      id,
      template: template.id,
      name,
      title: template.title.replace("<name>", name),
      feature,
      optional: template.optional === true,
      destinations,
      ...location ? { location } : {}
    });
  };
  for (const key of ["scm", "sso", "registries"]) {
    for (const [name, v] of Object.entries(input[key] ?? {}))
      add(DECLARING_KEYS[key], name, Array.isArray(v) ? v : [v], `/${key}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  }
  if (input.prometheus)
    add("prometheus", "prometheus", [input.prometheus], "/features/prometheus");
  problems.throwIfAny();
  return out;
}
function pos(l) {
  return l ? { line: l.line, column: l.column } : void 0;
}
var IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
function destinationOf(value, template) {
  const base = template.declaredDestination ?? { protocol: "tcp", ports: [443], scheme: "https" };
  let host = value;
  let ports = [...base.ports];
  let scheme = base.scheme;
  let paths;
  if (/^https?:\/\//i.test(value)) {
    let url;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`"${value}" is not a valid URL`);
    }
    if (url.username || url.password)
      throw new Error(`"${value}": leave credentials out of the URL`);
    host = url.hostname;
    scheme = url.protocol === "http:" ? "http" : "https";
    ports = [url.port ? Number(url.port) : scheme === "http" ? 80 : 443];
    if (url.pathname && url.pathname !== "/")
      paths = [url.pathname];
  }
  host = host.toLowerCase().replace(/\.$/, "");
  const d = {
    ...IPV4.test(host) ? { ip: host } : { host },
    protocol: base.protocol,
    ports,
    ...scheme ? { scheme } : {},
    declared: value
  };
  if (paths)
    d.paths = paths;
  return d;
}

// dist/config/discover.js
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var CONFIG_FILE_NAMES = [".runnerlint.yaml", ".runnerlint.yml"];
function findConfigFile(startDir = process.cwd(), exists = existsSync) {
  let dir = resolve(startDir);
  for (; ; ) {
    const found = CONFIG_FILE_NAMES.map((n) => join(dir, n)).filter((p) => exists(p));
    if (found.length > 1)
      throw new RunnerlintError("CONFIG_INVALID", `two config files in one folder: ${found.join(" and ")}; keep one`, found[1]);
    if (found[0])
      return found[0];
    const parent = dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}

// dist/config/env.js
var ENV_VARS = {
  RUNNERLINT_RUNNER: ["/runner", "string"],
  RUNNERLINT_CATALOGUE: ["/catalogue", "string"],
  RUNNERLINT_GATEWAY_REGIONS: ["/gatewayRegions", "list"],
  RUNNERLINT_REGION: ["/region", "string"],
  RUNNERLINT_ACCOUNT_ID: ["/accountId", "string"],
  RUNNERLINT_RUNNER_ROLE_ARN: ["/runnerRoleArn", "string"],
  RUNNERLINT_VPC_CIDRS: ["/vpcCidrs", "list"],
  RUNNERLINT_IDES: ["/ides", "list"],
  RUNNERLINT_LOGS: ["/features/logs", "boolean"],
  RUNNERLINT_PROMETHEUS: ["/features/prometheus", "string"],
  RUNNERLINT_SCOPE: ["/scope/mode", "string"],
  RUNNERLINT_FAIL_ON: ["/failOn", "string"],
  RUNNERLINT_FAIL_ON_UNKNOWN: ["/failOnUnknown", "boolean"]
};
var ENV_PATHS = { config: "RUNNERLINT_CONFIG", baseline: "RUNNERLINT_BASELINE" };
var TRUE = /* @__PURE__ */ new Set(["1", "true", "yes", "on"]);
var FALSE = /* @__PURE__ */ new Set(["0", "false", "no", "off"]);
function readEnv(env = process.env) {
  const problems = new Problems();
  const layer = {};
  const names = {};
  const out = { layer, names };
  const known = [...Object.keys(ENV_VARS), ...Object.values(ENV_PATHS)];
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith("RUNNERLINT_") || raw === void 0)
      continue;
    const value = raw.trim();
    if (name === ENV_PATHS.config) {
      if (value)
        out.config = value;
      continue;
    }
    if (name === ENV_PATHS.baseline) {
      if (value)
        out.baseline = value;
      continue;
    }
    const spec = ENV_VARS[name];
    if (!spec) {
      const suffix = didYouMean(name.slice("RUNNERLINT_".length), known.map((k) => k.slice("RUNNERLINT_".length)));
      const guess = suffix && `RUNNERLINT_${suffix}`;
      problems.add(`unknown environment variable${guess ? ` (did you mean ${guess}?)` : ` (known: ${known.join(", ")})`}`, name);
      continue;
    }
    if (!value)
      continue;
    const [pointer, kind] = spec;
    let parsed = value;
    if (kind === "list")
      parsed = value.split(",").map((s) => s.trim()).filter(Boolean);
    if (kind === "boolean") {
      const v = value.toLowerCase();
      if (TRUE.has(v))
        parsed = true;
      else if (FALSE.has(v))
        parsed = false;
      else {
        problems.add(`must be true or false (got "${raw}")`, name);
        continue;
      }
    }
    setPointer(layer, pointer, parsed);
    names[pointer] = name;
  }
  problems.throwIfAny();
  const problemsOf = Object.keys(layer).length ? validateConfigData(layer) : [];
  for (const p of problemsOf) {
    const name = nameFor(p.pointer, names);
    problems.add(`${p.message.replace(/^[\w.[\]]+: /, "")} (got "${env[name ?? ""] ?? ""}")`, name ?? "environment");
  }
  problems.throwIfAny();
  return out;
}
function nameFor(pointer, names) {
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf("/")))
    if (names[p])
      return names[p];
  return void 0;
}
function setPointer(target, pointer, value) {
  const parts = pointer.slice(1).split("/");
  let o = target;
  for (const part of parts.slice(0, -1))
    o = o[part] ??= {};
  o[parts[parts.length - 1]] = value;
}

// dist/config/resolve.js
function loadConfig(options) {
  const env = readEnv(options.env ?? process.env);
  const cwd = options.cwd ?? process.cwd();
  let path;
  if (!options.noConfig)
    path = options.configPath ?? env.config;
  if (!options.noConfig && path === void 0) {
    const found = findConfigFile(cwd);
    if (found)
      path = isAbsolute(relative(cwd, found)) ? found : relative(cwd, found).split(sep).join("/");
  }
  const file = path ? readConfigFile(path, cwd) : void 0;
  if (options.flags)
    validateFlags(options.flags, options.flagNames ?? {});
  const resolved = resolveConfig({ file, env: env.layer, flags: options.flags ?? {}, engine: options.engine });
  return { ...resolved, ...env.baseline ? { baselineFromEnv: env.baseline } : {} };
}
function validateFlags(flags, names) {
  const problems = new Problems();
  for (const p of validateConfigData(flags))
    problems.add(p.message.replace(/^[\w.[\]]+: /, ""), nameFor(p.pointer, names) ?? "command line");
  problems.throwIfAny();
}
var LAYER_KEYS = [
  "runner",
  "catalogue",
  "gatewayRegions",
  "region",
  "accountId",
  "runnerRoleArn",
  "vpcCidrs",
  "ides",
  "failOn",
  "failOnUnknown"
];
function resolveConfig({ file, env = {}, flags = {}, engine: engineFor }) {
  const data = file?.data ?? {};
  const layers = [
    ["file", data],
    ["env", env],
    ["flag", flags]
  ];
  const origins = {};
  const merged = {};
  for (const key of LAYER_KEYS) {
    for (const [origin, layer] of layers) {
      if (layer[key] !== void 0) {
        merged[key] = layer[key];
        origins[key] = origin;
      }
    }
  }
  const roles = {};
  const features = {};
  for (const [origin, layer] of layers) {
    if (layer.securityGroupRoles && Object.keys(layer.securityGroupRoles).length) {
      Object.assign(roles, layer.securityGroupRoles);
      origins.securityGroupRoles = origin;
    }
    if (layer.scope?.mode !== void 0) {
      merged.scope = layer.scope.mode;
      origins.scope = origin;
    }
    for (const k of ["logs", "prometheus"]) {
      if (layer.features?.[k] !== void 0) {
        features[k] = layer.features[k];
        origins[`features.${k}`] = origin;
      }
    }
  }
  const problems = new Problems();
  const at = (key, pointer) => {
    if (origins[key] === "env")
      return [`RUNNERLINT_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`, void 0];
    if (origins[key] === "flag")
      return ["command line", void 0];
    const l = file?.locate(pointer);
    return [file?.path, l ? { line: l.line, column: l.column } : void 0];
  };
  const engine = catalogueEngine(engineFor, merged.catalogue, () => at("catalogue", "/catalogue"));
  const regions = merged.gatewayRegions;
  const known = engine.catalogue.gatewayRegions;
  (known ? regions ?? [] : []).forEach((r, i) => {
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
  if (features.logs !== void 0)
    run.features = { logs: features.logs };
  const locate = (p) => !file || p === "/features/prometheus" && origins["features.prometheus"] !== "file" ? void 0 : file.locate(p);
  const declared = declaredRequirements({
    ...data.scm ? { scm: data.scm } : {},
    ...data.sso ? { sso: data.sso } : {},
    ...data.registries ? { registries: data.registries } : {},
    ...features.prometheus ? { prometheus: features.prometheus } : {}
  }, engine.catalogue, locate, file?.path);
  if (declared.length)
    run.declared = declared;
  const severity = {};
  for (const [id, level] of Object.entries(data.severity ?? {})) {
    const rule = ruleFor(engine, id);
    if (!rule) {
      const l = file?.locate(`/severity/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      problems.add(`severity: ${unknownIdMessage(engine, id, "rule")}`, file?.path, l ? { line: l.line, column: l.column } : void 0);
      continue;
    }
    severity[rule.id] = level;
  }
  for (const key of ["include", "exclude"]) {
    (data.scope?.[key] ?? []).forEach((g, i) => {
      try {
        globToRegExp(g);
      } catch (e) {
        const l = file?.locate(`/scope/${key}/${i}`);
        problems.add(`scope.${key}[${i}]: ${e.message}`, file?.path, l ? { line: l.line, column: l.column } : void 0);
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
    ...file ? { file: file.path } : {},
    ...data.scope?.include?.length || data.scope?.exclude?.length ? { paths: { base: file ? dirname2(file.path) : ".", include: data.scope.include ?? [], exclude: data.scope.exclude ?? [] } } : {},
    origins
  };
}
function catalogueEngine(engineFor, wanted, where) {
  if (typeof engineFor !== "function") {
    const have = engineFor.catalogue.version;
    if (wanted !== void 0 && wanted !== "latest" && wanted !== have) {
      const problems = new Problems();
      problems.add(`catalogue: ${wanted} asked for, but the engine given judges against ${have}`, ...where());
      problems.throwIfAny();
    }
    return engineFor;
  }
  try {
    return engineFor(wanted);
  } catch (e) {
    if (!isRunnerlintError(e))
      throw e;
    const problems = new Problems();
    problems.add(`catalogue: ${e.message}`, ...where());
    problems.throwIfAny();
    throw e;
  }
}

export {
  loadConfig
};
