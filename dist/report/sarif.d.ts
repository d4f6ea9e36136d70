import type { Finding } from "../model/result.js";
import type { Severity } from "../model/vocabulary.js";
import { type ReportEngine, type ReportInput, type ReportOptions } from "./shared.js";
export declare const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
export declare const SRCROOT = "%SRCROOT%";
/** The partialFingerprints key; bump the suffix if the fingerprint recipe ever changes. */
export declare const FINGERPRINT_KEY = "runnerlint/v1";
/**
 * GitHub turns `security-severity` into Critical (9.0+), High (7.0–8.9), Medium (4.0–6.9) and Low
 * (0.1–3.9). runnerlint has no CVSS vector for a configuration finding, so the score follows the
 * rule's severity: an error (the runner cannot work, or a runner port is open to the world) is High,
 * not Critical, because a misconfiguration alone is not a proven remote compromise; a warning is
 * Medium; a note is Low.
 */
export declare const SECURITY_SEVERITY: Record<Severity, string>;
type Json = Record<string, unknown>;
export declare function toSarif(input: ReportInput, engine: ReportEngine, options?: ReportOptions): Json;
export declare function renderSarif(input: ReportInput, engine: ReportEngine, options?: ReportOptions): string;
/** PascalCase of the rule's own name: `securitygroup/runner-port-exposed` → `RunnerPortExposed`. */
export declare function ruleName(id: string): string;
/** A relative, forward-slashed, percent-encoded URI under %SRCROOT% (the checked-out repository). */
export declare function artifact(file: string, cwd: string): Json;
/**
 * Stable identity of a finding across runs: rule, requirement, file and resource (or, without a
 * resource, the JSON pointer), plus the messageId that tells two problems of one rule on one
 * resource apart. Lines and columns are left out, so moving a resource keeps its alerts. Identical
 * keys get an occurrence suffix in document order, like GitHub's own `primaryLocationLineHash`.
 */
export declare function fingerprint(f: Finding, cwd: string, occurrences: Map<string, number>): string;
export {};
