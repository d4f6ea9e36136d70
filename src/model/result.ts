// What a run yields (check(), checkParallel(), org-audit) and every consumer reads: findings,
// the per-requirement table with its evidence, the inputs, the scope decision, suppressions and
// the baseline outcome. Types only: the pipeline (src/check.ts), waivers, baselines and reporters
// all import them from here, so none of them imports another for its shapes.
import type { Location, Position } from "./location.js";
import type { ErrorCode, InputKind, Severity, Status, SuppressionSource } from "./vocabulary.js";

export interface Finding {
  ruleId: string;
  severity: Severity;
  requirement: string;
  status: "violated" | "unknown";
  messageId: string;
  message: string;
  location: Location;
  resource?: string;
  /** The CloudFormation parameter values under which this occurs, when not under all of them. */
  scenarios?: Record<string, string>[];
  /** A waiver matched this finding but has expired: the finding is reported again, and says so. */
  expiredWaiver?: Suppression;
  /**
   * One cause, one finding: the findings of one rule at one place of one resource (an egress rule,
   * or the list where a rule is missing), each part with its requirement and message. `message` is
   * the first part's, with how many more there are; `requirement` the first part's.
   */
  parts?: FindingPart[];
}

export interface FindingPart {
  requirement: string;
  messageId: string;
  message: string;
}

export interface Suppression {
  justification: string;
  /** YYYY-MM-DD; an expired waiver is not a suppression any more (the finding is reported). */
  expires?: string;
  source: SuppressionSource;
  /** Where the waiver itself is written, when known. */
  location?: Location;
}

export interface SuppressedFinding extends Finding {
  suppression: Suppression;
}

export interface Evidence {
  rule: string;
  status: Status;
  message: string;
  location?: Location;
  resource?: string;
  scenario?: Record<string, string>;
}

export interface RequirementResult {
  id: string;
  title: string;
  status: Status;
  evidence: Evidence[];
}

export interface InputSummary {
  file: string;
  loader: string | null;
  kind: InputKind | null;
  scenarios: number;
  truncated?: string;
  /** Why the file was not evaluated: nothing in it is the runner's ("no runner resources"), or the config's paths left it out. */
  outOfScope?: string;
  /** The security groups in the file (a not evaluated one) or not taken as the runner's (an evaluated one). */
  groupsOutOfScope?: number;
  /** The security groups taken as the runner's, and why (lib/sg's scope record). */
  runnerGroups?: ScopedGroup[];
  /** A .tf file read with its folder's Terraform module: the file the module is listed under. */
  module?: string;
}

/** A security group taken as the runner's: its role, and what said so (config, tag, compute, inferred, scope-all). */
export interface ScopedGroup {
  id: string;
  role: string;
  roleFrom: string;
}

/** A network-wide control that provably does not cover the runner's VPC (lib/nacl, lib/nfw). */
export interface ControlOutOfScope {
  kind: "network-acl" | "network-firewall-policy";
  id: string;
}

/** The scope decision of a run (design.md, Scope): which resources were judged as the runner's. */
export interface ScopeSummary {
  mode: "runner" | "all";
  /** The groups taken as the runner's, by file. */
  runnerGroups: (ScopedGroup & { file: string })[];
  /** Network ACLs and firewall policies left out: their VPC or HOME_NET does not hold the runner's VPC. */
  controlsOutOfScope?: (ControlOutOfScope & { file: string })[];
  /** Files not evaluated, with the reason. */
  outOfScope: { file: string; reason: string }[];
  /**
   * Set when security groups were read but none was taken as the runner's: said once for the run.
   * `--fail-on-unknown` fails on it.
   */
  note?: string;
}

/**
 * An error a run kept (a file it could not read or evaluate): a RunnerlintError. The class is
 * runtime code (src/errors.ts implements this), so the model names its shape, member for member.
 */
export interface CheckError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly pos: Position | undefined;
  /** `file:line:column: message [CODE]`, the one line the CLI prints. */
  format(): string;
}

export interface CheckResult {
  /** What the user must look at: not waived, not in the baseline, not ignored by a severity override. */
  findings: Finding[];
  /** Findings a live waiver matched, with the waiver. */
  suppressed: SuppressedFinding[];
  requirements: RequirementResult[];
  inputs: InputSummary[];
  errors: CheckError[];
  skipped: string[];
  /** Set when a baseline was applied. */
  baseline?: BaselineSummary;
  scope: ScopeSummary;
  /** The requirement catalogue version that judged the run, and what would change under the latest. */
  catalogue?: CatalogueRun;
}

export interface CatalogueRun {
  version: string;
  /** The newest catalogue version runnerlint ships. */
  latest: string;
  /** Set when the run's version is older than the latest and drift was asked for. */
  drift?: CatalogueDrift;
}

/** The requirement statuses that differ under a newer catalogue version ("absent": no such requirement). */
export interface CatalogueDrift {
  version: string;
  changes: { requirement: string; title: string; status: Status | "absent"; latest: Status | "absent" }[];
}

/** One key of a baseline file: how many findings of a rule and requirement a resource in a file may have. */
export interface BaselineEntry {
  file: string;
  resource?: string;
  ruleId: string;
  requirement: string;
  count: number;
}

export interface BaselineSummary {
  path?: string;
  /** Findings the baseline accepted (left out of `findings`). */
  baselined: Finding[];
  /** Baseline entries no finding matched any more (fixed since). */
  stale: BaselineEntry[];
}
