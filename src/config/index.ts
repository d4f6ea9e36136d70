// Configuration: .runnerlint.yaml (discovered upward or --config), RUNNERLINT_* variables, flags.
export { loadConfig, resolveConfig } from "./resolve.js";
export type { LoadConfigOptions, LoadedConfig, ResolveInput } from "./resolve.js";
export { findConfigFile, CONFIG_FILE_NAMES } from "./discover.js";
export { readConfigFile, parseConfigText, isRealDate } from "./file.js";
export type { LoadedConfigFile } from "./file.js";
export { readEnv, ENV_VARS, ENV_PATHS } from "./env.js";
export type { EnvSettings } from "./env.js";
export { configSchema, validateConfigData } from "./schema.js";
export { declaredRequirements, destinationOf } from "./declared.js";
export { ConfigError } from "./errors.js";
export type { ConfigProblem } from "./errors.js";
export type {
  ConfigFileData,
  ConfigLayer,
  ConfigWaiverData,
  FailOn,
  PathScope,
  ResolvedConfig,
  ScopeSettings,
  SettingOrigin,
  SeverityOverride,
} from "./types.js";
