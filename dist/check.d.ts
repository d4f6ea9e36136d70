import { RunnerlintError } from "./errors.js";
import { PolicyEngine } from "./engine/policy.js";
import type { InputKind, Severity, Status, Verdict } from "./engine/types.js";
import type { LoadContext, Loader, NormalizedInput } from "./inputs/types.js";
import type { RunConfig } from "./model/config.js";
import type { Location } from "./model/location.js";
import type { SuppressedFinding, Suppression } from "./report/shared.js";
import type { PathScope, SeverityOverride } from "./config/types.js";
import { type Clock, type Waiver } from "./waivers/types.js";
import { type Baseline, type BaselineEntry } from "./baseline/index.js";
export interface CheckOptions {
    config: RunConfig;
    parameters?: Record<string, string>;
    maxScenarios?: number;
    /** Files larger than this are an input error (SIZE_LIMIT, exit 2); default 16 MiB (--max-file-size). */
    maxFileBytes?: number;
    engine?: PolicyEngine;
    loaders?: readonly Loader[];
    /** Loaders that read a file in addition to the one that claims it (proxy settings in templates). */
    companions?: readonly Loader[];
    cwd?: string;
    /**
     * Per-rule levels for this run (the config's `severity:`): error, warning or note replace the
     * rule's severity; ignore drops its findings. The requirement table is Rego's and never changes.
     */
    severity?: Readonly<Record<string, SeverityOverride>>;
    /** Waivers from the config file. Resource Metadata and `# runnerlint:ignore` comments are read from the inputs. */
    waivers?: readonly Waiver[];
    /**
     * A file named explicitly that no loader recognizes is skipped (as in a folder walk) instead of
     * being an error: for pre-commit, which passes every changed YAML/JSON file.
     */
    skipUnrecognized?: boolean;
    /** Read waivers written in the inputs (Metadata.runnerlint.suppress, comments). Default true. */
    inlineWaivers?: boolean;
    /** Findings accepted as they are: matching ones leave `findings` (see src/baseline). */
    baseline?: Baseline;
    /** The clock waiver expiry is judged by (default: the system clock); a waiver applies through its `expires` day, UTC. */
    now?: Clock;
    /** The config's scope.include / scope.exclude: files they leave out are listed, not read. */
    paths?: PathScope;
}
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
    runnerGroups: (ScopedGroup & {
        file: string;
    })[];
    /** Network ACLs and firewall policies left out: their VPC or HOME_NET does not hold the runner's VPC. */
    controlsOutOfScope?: (ControlOutOfScope & {
        file: string;
    })[];
    /** Files not evaluated, with the reason. */
    outOfScope: {
        file: string;
        reason: string;
    }[];
    /**
     * Set when security groups were read but none was taken as the runner's: said once for the run.
     * `--fail-on-unknown` fails on it.
     */
    note?: string;
}
export interface CheckResult {
    /** What the user must look at: not waived, not in the baseline, not ignored by a severity override. */
    findings: Finding[];
    /** Findings a live waiver matched, with the waiver. */
    suppressed: SuppressedFinding[];
    requirements: RequirementResult[];
    inputs: InputSummary[];
    errors: RunnerlintError[];
    skipped: string[];
    /** Set when a baseline was applied. */
    baseline?: BaselineSummary;
    scope: ScopeSummary;
}
export interface BaselineSummary {
    path?: string;
    /** Findings the baseline accepted (left out of `findings`). */
    baselined: Finding[];
    /** Baseline entries no finding matched any more (fixed since). */
    stale: BaselineEntry[];
}
/** The engine for the bundled policy, loaded once per process. */
export declare function defaultEngine(): PolicyEngine;
/** What check() reads: a file or folder path, or a file in memory. */
export type CheckSource = string | {
    path: string;
    text: string;
};
/** A file to check: on disk (read when checked) or in memory. */
export interface FileEntry {
    path: string;
    /** Named on the command line (not found in a folder walk): unrecognized is then an error. */
    explicit: boolean;
    text?: string;
    /** Left out by the config's scope.include / scope.exclude: listed with this reason, not read. */
    excluded?: string;
}
/** What checking one file yields, in the file's order: everything check() keeps of it. */
export interface FileResult {
    inputs: InputSummary[];
    errors: RunnerlintError[];
    /** Set to the path when no loader recognized the file (and that is not an error). */
    skipped?: string;
    waivers: Waiver[];
    /**
     * Its documents: each evaluated one as much as the report needs of it (kind, file, scenario,
     * truncated) with its verdicts; `merge` exports whole and not yet evaluated (they are combined
     * across files first).
     */
    documents: {
        doc: NormalizedInput;
        verdicts?: Verdict[];
        scope?: ScopeRecord;
    }[];
}
/** What lib/sg's scope record says (the last element of the network entrypoint's result). */
export interface ScopeRecord {
    mode: "runner" | "all";
    groups: ScopedGroup[];
    outOfScope: number;
    controls?: ControlOutOfScope[];
}
/** The rule id of the network entrypoint's scope record (policies/main/network.rego). */
export declare const SCOPE_RULE = "runnerlint/scope";
/** What checkFile needs besides the file. */
export interface FileContext {
    engine: PolicyEngine;
    loaders: readonly Loader[];
    companions: readonly Loader[];
    load: LoadContext;
    skipUnrecognized: boolean;
    inlineWaivers: boolean;
}
export declare function fileContext(options: CheckOptions): FileContext;
/** The files to check, in order: in-memory ones first, then each path's files (folders walked). */
export declare function listFiles(sources: CheckSource[], cwd?: string, paths?: PathScope): {
    files: FileEntry[];
    errors: RunnerlintError[];
};
/** Checks files and folders (paths) or in-memory files ({path, text}). */
export declare function check(sources: CheckSource[], options: CheckOptions): CheckResult;
/** Reads, loads and evaluates one file. One bad file does not stop the others: its error is kept. */
export declare function checkFile(entry: FileEntry, ctx: FileContext): FileResult;
/** The files' results, in order, into one CheckResult: merged exports, waivers, baseline, table. */
export declare function assemble(results: Iterable<FileResult>, listErrors: RunnerlintError[], engine: PolicyEngine, options: CheckOptions): CheckResult;
/** The evidence rule of requirements the engine itself could not judge (unjudged, truncated analysis). */
export declare const ENGINE_RULE = "runnerlint/engine";
/**
 * `--fail-on-unknown`: is anything left unverified? An unknown finding that is not waived, baselined
 * or ignored, a requirement the engine could not judge at all (no rule returned a verdict, or the
 * analysis was truncated), which no waiver can accept, or security groups of which none was taken
 * as the runner's (the scope note).
 */
export declare function reachesUnknown(result: Pick<CheckResult, "findings" | "requirements"> & {
    scope?: ScopeSummary;
}): boolean;
/** Exit-code threshold helper: does any finding reach the level? */
export declare function reachesThreshold(findings: Finding[], failOn: Severity | "never"): boolean;
