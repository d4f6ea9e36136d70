// The shapes of a config file (schemas/config.schema.json) and of the resolved configuration.
import type { Severity } from "../model/vocabulary.js";
import type { Ide, RunConfig, RunnerKind, ScopeMode, SecurityGroupRole } from "../model/config.js";
import type { Waiver } from "../waivers/types.js";

export type SeverityOverride = Severity | "ignore";
export type FailOn = Severity | "never";

/** One entry of `waivers:` in the config file. */
export interface ConfigWaiverData {
  rule?: string;
  requirement?: string;
  file?: string;
  resource?: string;
  reason: string;
  expires?: string;
}

/** What a config file holds (validated against the schema). */
export interface ConfigFileData {
  $schema?: string;
  version?: 1;
  runner?: RunnerKind;
  catalogue?: string;
  gatewayRegions?: string[];
  region?: string;
  accountId?: string;
  runnerRoleArn?: string;
  vpcCidrs?: string[];
  securityGroupRoles?: Record<string, SecurityGroupRole>;
  scope?: ScopeSettings;
  ides?: Ide[];
  features?: { logs?: boolean; prometheus?: string };
  scm?: Record<string, string | string[]>;
  sso?: Record<string, string | string[]>;
  registries?: Record<string, string | string[]>;
  failOn?: FailOn;
  failOnUnknown?: boolean;
  severity?: Record<string, SeverityOverride>;
  waivers?: ConfigWaiverData[];
}

/** `scope:` in the config file. `include`/`exclude` are globs relative to the config file's folder. */
export interface ScopeSettings {
  mode?: ScopeMode;
  include?: string[];
  exclude?: string[];
}

/** The paths the config keeps in or out of a run, as globs relative to `base`. */
export interface PathScope {
  base: string;
  include: string[];
  exclude: string[];
}

/**
 * The settings the environment (RUNNERLINT_*) and the flags can give: each layer overrides the one
 * below it (flags > environment > file), key by key; `securityGroupRoles` and `features` merge by
 * their own keys.
 */
export type ConfigLayer = Pick<
  ConfigFileData,
  | "runner"
  | "catalogue"
  | "gatewayRegions"
  | "region"
  | "accountId"
  | "runnerRoleArn"
  | "vpcCidrs"
  | "securityGroupRoles"
  | "ides"
  | "features"
  | "failOn"
  | "failOnUnknown"
> & { scope?: Pick<ScopeSettings, "mode"> };

/** Where a resolved setting came from. */
export type SettingOrigin = "flag" | "env" | "file" | "default";

export interface ResolvedConfig {
  /** What rules read as input.config. */
  run: RunConfig;
  /** The requirement catalogue version the run judges against (a version date). */
  catalogue: string;
  failOn: FailOn;
  failOnUnknown: boolean;
  /** Rule id (aliases resolved) → its level for this run. */
  severity: Record<string, SeverityOverride>;
  /** The config file's waivers, normalized and validated against the rules and the catalogue. */
  waivers: Waiver[];
  /** The config file used, if any. */
  file?: string;
  /** scope.include / scope.exclude of the config file, when it sets either. */
  paths?: PathScope;
  /** Where each top-level setting came from (for `--debug` and the tests). */
  origins: Record<string, SettingOrigin>;
}
