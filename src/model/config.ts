import type { Location } from "./location.js";

export type RunnerKind = "standard" | "enterprise";
/** A group's role; "none" says it is not the runner's (out of scope, never judged). */
export type SecurityGroupRole = "environment" | "runner" | "none";
/** runner: only the runner's resources are judged (default); all: every security group is a candidate. */
export type ScopeMode = "runner" | "all";
export type Ide = "vscode" | "jetbrains";

/**
 * One destination of a user-declared requirement: the same shape as a catalogue destination
 * (requirements/catalogue.yaml), built from the template's `declaredDestination` and the host or
 * URL the user wrote. Exactly one of `host` and `ip` is set.
 */
export interface DeclaredDestination {
  host?: string;
  ip?: string;
  protocol: "tcp" | "udp";
  ports: number[];
  scheme?: "https" | "http";
  /** The URL's path when the user gave one other than `/` (path-filtering proxies need it). */
  paths?: string[];
  /** What the user wrote (a host or a URL). */
  declared: string;
}

/**
 * A concrete instance of a user-declared catalogue template (`userDeclared: true`): `scm.github`
 * from `scm.<name>` and the config's `scm: {github: ...}`. Rules judge it exactly like a catalogue
 * requirement of kind egress, from `destinations`.
 */
export interface DeclaredRequirement {
  /** The requirement id findings carry, e.g. `scm.github`, `registry.dockerhub`, `metrics.prometheus`. */
  id: string;
  /** The catalogue template it instantiates, e.g. `scm.<name>`. */
  template: string;
  /** The user's name for it (`github`); `prometheus` for metrics.prometheus. */
  name: string;
  /** The template's title with `<name>` filled in. */
  title: string;
  /** The template's feature: scm | sso | registries | prometheus. */
  feature: string;
  optional: boolean;
  destinations: DeclaredDestination[];
  /** Where it is declared (the config file), when it comes from one. */
  location?: Location;
}

/** The run's settings that rules may read (input.config in Rego). */
export interface RunConfig {
  runner: RunnerKind;
  region?: string;
  accountId?: string;
  /** The runner VPC's CIDR blocks, when the inputs do not define the VPC. */
  vpcCidrs?: string[];
  /** Security-group id (sg-… or CloudFormation logical id) → role. */
  securityGroupRoles?: Record<string, SecurityGroupRole>;
  /** Which security groups are judged (absent: runner). */
  scope?: ScopeMode;
  /**
   * Proxy settings given on the command line (--https-proxy, --http-proxy, --no-proxy), judged as
   * one more environment of the runner, located at "<command line>".
   */
  proxy?: { httpProxy?: string; httpsProxy?: string; noProxy?: string };
  /** The runner's IAM role ARN (aws:PrincipalARN in SCP conditions); unknown when absent. */
  runnerRoleArn?: string;
  /** The IDEs in use (feature vscode / jetbrains). Absent: both. */
  ides?: Ide[];
  /**
   * The gateway regions the runner may pick (us01, eu01, ...), when the config pins them. Absent:
   * every region of the catalogue version. Versions with one, untagged gateway ignore it.
   */
  gatewayRegions?: string[];
  /** Optional features. Absent `logs`: false (aws.logs is not required). */
  features?: { logs?: boolean };
  /**
   * The user-declared requirements (scm.<name>, sso.<name>, registry.<name>, metrics.prometheus)
   * made concrete from the config. Absent or empty: the user declared none.
   */
  declared?: DeclaredRequirement[];
}
