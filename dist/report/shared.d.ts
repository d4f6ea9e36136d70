import type { Catalogue, RuleMeta } from "../engine/types.js";
import type { Location } from "../model/location.js";
import type { CheckResult, ControlOutOfScope, Evidence, Finding, RequirementResult, SuppressedFinding } from "../model/result.js";
import { type InputKind, type Status } from "../model/vocabulary.js";
/** What a reporter reads from the engine (a PolicyEngine is one; tests can pass a plain object). */
export interface ReportEngine {
    readonly rules: readonly RuleMeta[];
    readonly catalogue: Catalogue;
    readonly opaVersion?: string;
}
/** A CheckResult, plus the waived findings once waivers land (reporters accept both). */
export type ReportInput = CheckResult & {
    suppressed?: readonly SuppressedFinding[];
};
export interface ReportOptions {
    /** text: ANSI colour. */
    color?: boolean;
    /** Paths in reports are relative to this folder (the repository root in CI). Default: process.cwd(). */
    cwd?: string;
    /**
     * Base URL under which the repository's `docs/rules/<area>/<rule>.md` are browsable, e.g.
     * `https://github.com/ORG/runnerlint/blob/v1.2.0`. Default: derived from package.json
     * `repository` when it names a GitHub repository; otherwise rules link to their first related
     * resource (the vendor document section).
     */
    docsBaseUrl?: string;
    /** html/markdown: the report's title. */
    title?: string;
    /** html: the time printed in the report. Default: now. */
    generatedAt?: Date;
    /** markdown: stop listing findings past this many characters (a PR comment holds 65,536). */
    maxChars?: number;
    /** text, html: the texts of inputs that are no file (org-audit's snapshot when not saved), by name, for code frames. */
    texts?: ReadonlyMap<string, string>;
}
export declare const TOOL_NAME = "runnerlint";
/** The repository's web address from package.json, when it names one. */
export declare function repositoryUrl(): string | undefined;
/** Where people learn about the tool (SARIF `informationUri`): the README on the repository's page. */
export declare function informationUri(): string | undefined;
/** The rule's documentation: docs/rules/<area>/<name>.md in the repository at this version's tag, else its first related resource. */
export declare function ruleHelpUri(rule: RuleMeta | undefined, ruleId: string, options?: ReportOptions): string | undefined;
/** The vendor document and section a rule or requirement comes from. */
export declare function seedOf(engine: ReportEngine, source: {
    document: string;
    section: string;
} | undefined): {
    title: string;
    section: string;
    url?: string;
} | undefined;
export declare function ruleById(engine: ReportEngine): Map<string, RuleMeta>;
/** The rules that judge a requirement (for remediation and help). */
export declare function rulesFor(engine: ReportEngine, requirement: string): RuleMeta[];
/** `file` relative to the working directory with forward slashes, when it is inside it; as given otherwise. */
export declare function displayPath(file: string, cwd?: string): string;
/** `file:line:column` for humans. */
export declare function where(loc: Location | undefined, cwd?: string): string;
/** End positions, when a loader provides them (Location may grow them; reporters never invent them). */
export declare function endOf(loc: Location): {
    endLine?: number;
    endColumn?: number;
};
export declare function countBy<T, K extends string>(items: readonly T[], key: (t: T) => K, values: readonly K[]): Record<K, number>;
/** "network ACL X" / "Network Firewall policy X": a control left out of scope. */
export declare function controlLabel(c: ControlOutOfScope): string;
/** The parts of a finding grouped by cause after the first (which leads its message), as lines. */
export declare function partLines(f: Finding): string[];
/**
 * A requirement's description as a reader of the report needs it: the catalogue's descriptions
 * also record, for its maintainers, which vendor document (000, 003) says what and how the
 * catalogue reconciles them ("recorded under coveredBy"). Those sentences and document references
 * are left out; the report's Source line links the documents.
 */
export declare function userDescription(req: {
    title?: string;
    description?: string;
    destinations?: unknown;
} | undefined): string;
export declare function plural(n: number, word: string, many?: string): string;
/** The evidence that decided a requirement's status (the first one with that status). */
export declare function decisive(r: RequirementResult): Evidence | undefined;
/** Findings first by severity, then by place. */
export declare function bySeverityThenPlace(a: Finding, b: Finding): number;
export declare function groupByFile<T extends {
    location: Location;
}>(items: readonly T[]): Map<string, T[]>;
/** An unknown's message, marked as such once (rule messages often start with "Cannot verify" already). */
export declare function cannotVerify(message: string): string;
export declare function scenarioText(s: Record<string, string>): string;
export interface MatrixCell {
    /** null: this input's kind does not speak to the requirement (not checked here). */
    status: Status | null;
    evidence: Evidence[];
}
export interface MatrixInput {
    file: string;
    kind: InputKind | null;
    /** An account of an organization snapshot: such a file has a column per account. */
    account?: string;
}
export interface Matrix {
    inputs: MatrixInput[];
    rows: {
        requirement: RequirementResult;
        cells: MatrixCell[];
    }[];
}
/** The requirements the rules reading an input kind judge (engine.requirementsJudged, from plain data). */
export declare function requirementsOfKind(engine: ReportEngine, kind: InputKind | null): Set<string>;
/**
 * Splits each requirement's evidence by input: evidence located in a file belongs to that file;
 * evidence with no location (an unjudged requirement, a truncated analysis, a rule that could not
 * point at anything) belongs to every input of a kind that judges the requirement, so a verdict can
 * never vanish from the per-input view (fail closed). An input whose kind judges the requirement but
 * that holds none of its evidence gets "not-applicable": the verdict was reached elsewhere (for
 * example a describe-vpcs export that only gives CIDRs to the security groups in another file).
 */
export declare function requirementMatrix(result: CheckResult, engine: ReportEngine): Matrix;
/**
 * The drift note, one sentence: which requirements would change status under the latest catalogue
 * version; undefined when the run was not compared with a newer one.
 */
export declare function driftNote(result: Pick<CheckResult, "catalogue">): string | undefined;
