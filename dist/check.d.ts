import { RunnerlintError } from "./errors.js";
import { PolicyEngine } from "./engine/policy.js";
import type { Verdict } from "./engine/types.js";
import type { LoadContext, Loader, NormalizedInput } from "./inputs/types.js";
import type { RunConfig } from "./model/config.js";
import type { CheckResult, ControlOutOfScope, InputSummary, ScopedGroup } from "./model/result.js";
import type { PathScope, SeverityOverride } from "./config/types.js";
import { type Clock, type Waiver } from "./waivers/types.js";
import { type Baseline } from "./baseline/index.js";
export type { BaselineSummary, CatalogueDrift, CatalogueRun, CheckResult, ControlOutOfScope, Evidence, Finding, FindingPart, InputSummary, RequirementResult, ScopedGroup, ScopeSummary, } from "./model/result.js";
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
    /**
     * When the engine's catalogue is older than the latest: judge the inputs under the latest too and
     * list the requirements whose status would change (CheckResult.catalogue.drift). Each document is
     * read once and evaluated twice; the CLI asks for it unless --no-drift.
     */
    drift?: boolean;
}
/**
 * The engine for the bundled policy and a catalogue version ("latest", a version date; default:
 * the seed version), loaded once per process and version (the compiled module once in all).
 */
export declare function defaultEngine(catalogue?: string): PolicyEngine;
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
    /** A .tf file whose module another file of the run reads (the folder's first, or its caller's). */
    module?: string;
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
        drift?: Verdict[];
    }[];
}
/** What lib/sg's scope record says (the last element of the network entrypoint's result). */
export interface ScopeRecord {
    mode: "runner" | "all";
    groups: ScopedGroup[];
    outOfScope: number;
    controls?: ControlOutOfScope[];
}
/** What checkFile needs besides the file. */
export interface FileContext {
    engine: PolicyEngine;
    /** The engine of the latest catalogue version, when the run asks for drift (CheckOptions.drift). */
    drift?: PolicyEngine;
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
/** The engine for the latest catalogue version, when the run asks for drift and judges under an older one. */
export declare function driftEngine(engine: PolicyEngine, options: CheckOptions): PolicyEngine | undefined;
/** Reads, loads and evaluates one file. One bad file does not stop the others: its error is kept. */
export declare function checkFile(entry: FileEntry, ctx: FileContext): FileResult;
/** The files' results, in order, into one CheckResult: merged exports, waivers, baseline, table. */
export declare function assemble(results: Iterable<FileResult>, listErrors: RunnerlintError[], ctx: Pick<FileContext, "engine" | "drift">, options: CheckOptions): CheckResult;
