// Configuration: .runnerlint.yaml (discovered upward or --config), RUNNERLINT_* variables, flags.
export { loadConfig, resolveConfig } from "./resolve.js";
export { findConfigFile, CONFIG_FILE_NAMES } from "./discover.js";
export { readConfigFile, parseConfigText, isRealDate } from "./file.js";
export { readEnv, ENV_VARS, ENV_PATHS } from "./env.js";
export { configSchema, validateConfigData } from "./schema.js";
export { declaredRequirements, destinationOf } from "./declared.js";
export { ConfigError } from "./errors.js";
//# sourceMappingURL=index.js.map