import type { RunConfig } from "./config.js";
import type { Location, Maybe } from "./location.js";

/**
 * The normalized proxy model: the proxy-related environment variables of each place that
 * defines the runner's environment, as written. What the `runnerlint/main/proxy` entrypoint reads
 * as `input`; schemas/input/proxy.schema.json is the same contract as JSON Schema.
 *
 * Loaders do not decide which variable wins (NO_PROXY or no_proxy, a later definition or an
 * earlier one): they list every definition in order, and Rego applies Go's rules.
 */
export interface ProxyInput {
  kind: "proxy";
  config: RunConfig;
  /** Parameter values of the CloudFormation condition scenario this model was built under. */
  scenario?: Record<string, string>;
  /** Set when the scenario expansion hit its cap: verdicts cannot be complete. */
  truncated?: string;
  environments: ProxyEnvironment[];
}

export type ProxyEnvironmentSource = "dotenv" | "command-line" | "ecs-container" | "user-data" | "stack-parameters" | "template-parameters";

/** One process environment: a dotenv file, the command line, an ECS container, a UserData script, ... */
export interface ProxyEnvironment {
  source: ProxyEnvironmentSource;
  /** For messages: "app.env", "container runner of RunnerTask", "UserData of RunnerInstance", ... */
  name: string;
  /** CloudFormation logical id (and container name), when there is one. */
  resource?: string;
  location: Location;
  /** Every definition of a proxy variable, in order (later ones override earlier ones). */
  variables: ProxyVariable[];
  /**
   * The command line gave --no-proxy without --https-proxy/--http-proxy: the value is judged as
   * if a proxy were configured (the pipeline passes NO_PROXY because it uses one).
   */
  proxyAssumed?: boolean;
}

/** The variable names loaders keep: every spelling, so Rego can apply case-sensitive precedence. */
export const PROXY_VARIABLE = /^(no|https?|all)_proxy$/i;

export interface ProxyVariable {
  /** The environment variable name as written (case preserved): NO_PROXY, no_proxy, HTTPS_PROXY, ... */
  name: string;
  value: Maybe<string>;
  location: Location;
  /** How to name it in messages when it is not literally an environment variable ("parameter NoProxy"). */
  label?: string;
}
