// The words every layer shares (engine, loaders, pipeline, waivers, reporters): the closed string
// unions, and the constant lists and ranks that belong with them.

export type Status = "satisfied" | "violated" | "unknown" | "not-applicable";
export type Severity = "error" | "warning" | "note";
/** The normalized input kinds; each has one Wasm entrypoint runnerlint/main/<kind>/verdicts. */
export type InputKind = "network" | "organization" | "proxy";

/**
 * Where a waiver came from: a resource's `Metadata.runnerlint.suppress` or an inline
 * `# runnerlint:ignore` comment live in the checked file (SARIF kind "inSource"); a waiver in the
 * config file lives elsewhere (SARIF kind "external").
 */
export type SuppressionSource = "metadata" | "comment" | "config";

/** The codes of a RunnerlintError (src/errors.ts): a closed set. */
export type ErrorCode =
  | "YAML_PARSE"
  /** A YAML stream of several documents (a Kubernetes manifest): no template is one. */
  | "MULTI_DOCUMENT"
  | "JSON_PARSE"
  | "HCL_PARSE"
  | "DOTENV_PARSE"
  | "UNKNOWN_TAG"
  | "BAD_INTRINSIC"
  | "ALIAS_LIMIT"
  | "DEPTH_LIMIT"
  | "SIZE_LIMIT"
  | "FILE_NOT_FOUND"
  | "CONFIG_INVALID"
  | "UNSUPPORTED_INPUT"
  | "USAGE"
  | "WASM_LOAD"
  | "WASM_EVAL"
  | "AWS_API";

/** Worst first: a requirement takes the highest-ranked status of its evidence. */
export const STATUS_RANK: Record<Status, number> = { violated: 3, unknown: 2, satisfied: 1, "not-applicable": 0 };
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };
export const STATUSES: readonly Status[] = ["violated", "unknown", "satisfied", "not-applicable"];
export const SEVERITIES: readonly Severity[] = ["error", "warning", "note"];
