// check(): files → loaders → normalized inputs → Wasm evaluation → findings and the
// per-requirement status table. Rego decides every verdict; this module runs the pipeline and
// hands the verdicts to the tables (src/tables/), the waivers, the baseline and the scope summary.
import { RunnerlintError, isRunnerlintError } from "./errors.js";
import { moduleReaders } from "./inputs/terraform/modules.js";
import { PolicyEngine, catalogueVersion } from "./engine/policy.js";
import type { Verdict } from "./engine/types.js";
import { companionLoaders as defaultCompanions, loaders as defaultLoaders } from "./inputs/registry.js";
import { proxyFromFlags } from "./inputs/proxy/flags.js";
import { findFiles, readInputFile, fileFromText } from "./inputs/files.js";
import type { InputFile, LoadContext, Loader, NormalizedInput } from "./inputs/types.js";
import type { RunConfig } from "./model/config.js";
import type { BaselineSummary, CatalogueRun, CheckResult, ControlOutOfScope, InputSummary, ScopedGroup } from "./model/result.js";
import { catalogueDrift } from "./drift.js";
import type { InputKind } from "./model/vocabulary.js";
import type { PathScope, SeverityOverride } from "./config/types.js";
import { markerPorts } from "./scope/markers.js";
import { excludedBy } from "./scope/paths.js";
import { environmentRequirements, scopeSummary } from "./scope/summary.js";
import { byPlace, groupByCause, toFindings, type DocVerdict } from "./tables/findings.js";
import { SCOPE_RULE, toRequirements } from "./tables/requirements.js";
import { applyWaivers } from "./waivers/apply.js";
import { commentWaivers } from "./waivers/comments.js";
import { metadataWaivers } from "./waivers/metadata.js";
import { today, type Clock, type Waiver } from "./waivers/types.js";
import { applyBaseline, type Baseline } from "./baseline/index.js";

// check()'s result types live in the model; re-exported for callers that import them with check().
export type {
  BaselineSummary,
  CatalogueDrift,
  CatalogueRun,
  CheckResult,
  ControlOutOfScope,
  Evidence,
  Finding,
  FindingPart,
  InputSummary,
  RequirementResult,
  ScopedGroup,
  ScopeSummary,
} from "./model/result.js";

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

let baseEngine: PolicyEngine | undefined;
const sharedEngines = new Map<string, PolicyEngine>();
/**
 * The engine for the bundled policy and a catalogue version ("latest", a version date; default:
 * the seed version), loaded once per process and version (the compiled module once in all).
 */
export function defaultEngine(catalogue?: string): PolicyEngine {
  baseEngine ??= new PolicyEngine();
  const version = catalogueVersion(baseEngine.catalogues, catalogue);
  let engine = sharedEngines.get(version);
  if (!engine) {
    engine = version === baseEngine.catalogue.version ? baseEngine : baseEngine.withCatalogue(version);
    sharedEngines.set(version, engine);
  }
  return engine;
}

/** What check() reads: a file or folder path, or a file in memory. */
export type CheckSource = string | { path: string; text: string };

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
  documents: { doc: NormalizedInput; verdicts?: Verdict[]; scope?: ScopeRecord; drift?: Verdict[] }[];
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

export function fileContext(options: CheckOptions): FileContext {
  const engine = options.engine ?? defaultEngine();
  const load: LoadContext = { config: options.config, parameters: options.parameters ?? {}, markerPorts: markerPorts(engine.catalogue) };
  if (options.maxScenarios !== undefined) load.maxScenarios = options.maxScenarios;
  if (options.maxFileBytes !== undefined) load.maxFileBytes = options.maxFileBytes;
  const drift = driftEngine(engine, options);
  return {
    engine,
    ...(drift ? { drift } : {}),
    loaders: options.loaders ?? defaultLoaders,
    companions: options.companions ?? defaultCompanions,
    load,
    skipUnrecognized: options.skipUnrecognized ?? false,
    inlineWaivers: options.inlineWaivers !== false,
  };
}

/** The files to check, in order: in-memory ones first, then each path's files (folders walked). */
export function listFiles(sources: CheckSource[], cwd?: string, paths?: PathScope): { files: FileEntry[]; errors: RunnerlintError[] } {
  const files: FileEntry[] = [];
  const errors: RunnerlintError[] = [];
  for (const s of sources) if (typeof s !== "string") files.push({ path: s.path, explicit: true, text: s.text });
  for (const p of sources) {
    if (typeof p !== "string") continue;
    try {
      for (const f of findFiles([p], cwd)) files.push({ path: f.path, explicit: f.explicit });
    } catch (e) {
      if (!isRunnerlintError(e)) throw e;
      errors.push(e);
    }
  }
  if (paths) {
    for (const f of files) {
      const reason = excludedBy(f.path, paths, cwd ?? process.cwd());
      if (reason) f.excluded = reason;
    }
  }
  // A Terraform module is a folder of .tf files, read once (src/inputs/terraform/modules.ts).
  const readers = moduleReaders(files.filter((f) => !f.excluded && f.text === undefined).map((f) => f.path));
  for (const f of files) {
    const reader = readers.get(f.path);
    if (reader) f.module = reader;
  }
  return { files, errors };
}

/** Checks files and folders (paths) or in-memory files ({path, text}). */
export function check(sources: CheckSource[], options: CheckOptions): CheckResult {
  const ctx = fileContext(options);
  const { files, errors } = listFiles(sources, options.cwd, options.paths);
  // Bounded memory for large folders: each file is loaded, evaluated and reduced to what the
  // report needs before the next one is read.
  return assemble(
    files.map((f) => checkFile(f, ctx)),
    errors,
    ctx,
    options,
  );
}

/** The engine for the latest catalogue version, when the run asks for drift and judges under an older one. */
export function driftEngine(engine: PolicyEngine, options: CheckOptions): PolicyEngine | undefined {
  if (!options.drift || engine.catalogue.version === engine.catalogues.latest) return undefined;
  return engine === defaultEngine(engine.catalogue.version) ? defaultEngine("latest") : engine.withCatalogue("latest");
}

/** Reads, loads and evaluates one file. One bad file does not stop the others: its error is kept. */
export function checkFile(entry: FileEntry, ctx: FileContext): FileResult {
  const out: FileResult = { inputs: [], errors: [], waivers: [], documents: [] };
  if (entry.excluded) {
    out.inputs.push({ file: entry.path, loader: null, kind: null, scenarios: 0, outOfScope: entry.excluded });
    return out;
  }
  if (entry.module) {
    out.inputs.push({ file: entry.path, loader: "terraform-source", kind: null, scenarios: 0, module: entry.module });
    return out;
  }
  const pending: NormalizedInput[] = [];
  try {
    const file = entry.text !== undefined ? fileFromText(entry.path, entry.text) : readInputFile(entry.path, ctx.load.maxFileBytes);
    const loader = ctx.loaders.find((l) => l.detect(file));
    if (!loader) {
      if (entry.explicit && !ctx.skipUnrecognized)
        throw new RunnerlintError(
          "UNSUPPORTED_INPUT",
          "not a recognized input (CloudFormation template; Terraform .tf or plan/state JSON; describe-security-groups, describe-vpcs, describe-network-acls, describe-firewall-policy or describe-rule-group export; squid.conf; iptables-save output; or .env file)",
          entry.path,
        );
      out.skipped = entry.path;
      return out;
    }
    const docs = loader.load(file, ctx.load);
    if (ctx.inlineWaivers) readWaivers(file, ctx.engine, out.waivers, out.errors);
    const skip = docs[0]?.outOfScope;
    if (skip) {
      // Nothing in it is the runner's: listed, never evaluated.
      out.inputs.push({
        file: entry.path,
        loader: loader.name,
        kind: docs[0]!.kind,
        scenarios: 0,
        outOfScope: skip.reason,
        groupsOutOfScope: skip.groups,
      });
    } else {
      pending.push(...docs);
      const truncated = docs.find((d) => d.input.truncated)?.input.truncated;
      out.inputs.push({
        file: entry.path,
        loader: loader.name,
        kind: docs[0]?.kind ?? null,
        scenarios: docs.length,
        ...(truncated ? { truncated } : {}),
      });
    }
    for (const companion of ctx.companions) {
      if (companion === loader || !companion.detect(file)) continue;
      const more = companion.load(file, ctx.load);
      if (more.length === 0) continue;
      pending.push(...more);
      const cut = more.find((d) => d.input.truncated)?.input.truncated;
      out.inputs.push({
        file: entry.path,
        loader: companion.name,
        kind: more[0]!.kind,
        scenarios: more.length,
        ...(cut ? { truncated: cut } : {}),
      });
    }
  } catch (e) {
    if (!isRunnerlintError(e)) throw e;
    // Found in a folder walk, a YAML stream of several documents is some other tool's file.
    if (e.code === "MULTI_DOCUMENT" && (!entry.explicit || ctx.skipUnrecognized) && out.inputs.length === 0) {
      out.skipped = entry.path;
      return out;
    }
    out.errors.push(e);
    // What the file's loaders produced before the error is judged, as when all were kept.
  }
  for (const doc of pending) out.documents.push(evaluated(doc, ctx));
  for (const summary of out.inputs) {
    const records = out.documents.filter((d) => d.doc.kind === summary.kind && d.scope).map((d) => d.scope!);
    if (records.length) Object.assign(summary, scopeOfFile(records));
  }
  return out;
}

/** A file's scope over its scenarios: every group any of them took as the runner's. */
function scopeOfFile(records: ScopeRecord[]): Pick<InputSummary, "runnerGroups" | "groupsOutOfScope"> {
  const groups = new Map<string, ScopedGroup>();
  for (const r of records) for (const g of r.groups) if (!groups.has(g.id)) groups.set(g.id, g);
  return { runnerGroups: [...groups.values()], groupsOutOfScope: Math.max(...records.map((r) => r.outOfScope)) };
}

/** A document evaluated, reduced to what the report needs; a `merge` export is kept whole. */
function evaluated(doc: NormalizedInput, ctx: Pick<FileContext, "engine" | "drift">): FileResult["documents"][number] {
  if (doc.merge) return { doc };
  const { scenario, truncated } = doc.input;
  const kept: NormalizedInput = {
    kind: doc.kind,
    file: doc.file,
    input: { ...(scenario ? { scenario } : {}), ...(truncated ? { truncated } : {}) },
  };
  return {
    doc: kept,
    ...judged(ctx.engine.evaluate(doc.kind, doc.input)),
    ...(ctx.drift ? { drift: judged(ctx.drift.evaluate(doc.kind, doc.input)).verdicts } : {}),
  };
}

/** An entrypoint's result: the rules' verdicts, and the scope record that comes last (network). */
function judged(all: Verdict[]): { verdicts: Verdict[]; scope?: ScopeRecord } {
  const last = all[all.length - 1];
  if (last?.rule !== SCOPE_RULE) return { verdicts: all };
  return { verdicts: all.slice(0, -1), scope: last.params as unknown as ScopeRecord };
}

/** The files' results, in order, into one CheckResult: merged exports, waivers, baseline, table. */
export function assemble(
  results: Iterable<FileResult>,
  listErrors: RunnerlintError[],
  ctx: Pick<FileContext, "engine" | "drift">,
  options: CheckOptions,
): CheckResult {
  const { engine, drift } = ctx;
  const errors: RunnerlintError[] = [...listErrors];
  const skipped: string[] = [];
  const inputs: InputSummary[] = [];
  const documents: NormalizedInput[] = [];
  const fileWaivers: Waiver[] = [];
  const verdicts: DocVerdict[] = [];
  /** The same documents' verdicts under the latest catalogue (drift); their order does not matter. */
  const driftVerdicts: DocVerdict[] = [];
  const judgedKinds = new Set<InputKind>();
  const exports: NormalizedInput[] = [];
  /** Position in `documents` of each verdict's document: the report's order is the inputs' order. */
  const order: number[] = [];
  const firstExport = new Map<InputKind, number>();
  const scoped = new Map<string, ScopedGroup & { file: string }>();
  const controls = new Map<string, ControlOutOfScope & { file: string }>();
  /** Groups not the runner's in merged exports (a template's are counted in its InputSummary). */
  const exportGroups = { outOfScope: 0, files: 0 };
  const recordScope = (file: string, scope: ScopeRecord | undefined) => {
    for (const g of scope?.groups ?? []) {
      const key = JSON.stringify([file, g.id]);
      if (!scoped.has(key)) scoped.set(key, { file, ...g });
    }
    for (const c of scope?.controls ?? []) controls.set(JSON.stringify([file, c.kind, c.id]), { file, ...c });
  };
  const add = (doc: NormalizedInput, at: number, vs: Verdict[]) => {
    judgedKinds.add(doc.kind);
    for (const verdict of vs) {
      verdicts.push({ verdict, doc });
      order.push(at);
    }
  };
  const settle = (docs: FileResult["documents"]) => {
    for (const { doc, verdicts: vs, scope, drift: ds } of docs) {
      const at = documents.length;
      documents.push(doc);
      recordScope(doc.file, scope);
      for (const verdict of ds ?? []) driftVerdicts.push({ verdict, doc });
      if (vs) add(doc, at, vs);
      else {
        if (!firstExport.has(doc.kind)) firstExport.set(doc.kind, at);
        exports.push(doc);
      }
    }
  };
  for (const r of results) {
    inputs.push(...r.inputs);
    errors.push(...r.errors);
    fileWaivers.push(...r.waivers);
    if (r.skipped) skipped.push(r.skipped);
    settle(r.documents);
  }

  // --https-proxy / --http-proxy / --no-proxy: one more proxy input, at "<command line>".
  const flags = proxyFromFlags(options.config);
  if (flags) {
    settle([evaluated(flags, ctx)]);
    inputs.push({ file: flags.file, loader: "command-line", kind: flags.kind, scenarios: 1 });
  }

  if (exports.length) {
    for (const doc of mergeExports(exports)) {
      const { verdicts: vs, scope } = judged(engine.evaluate(doc.kind, doc.input));
      if (drift) for (const verdict of judged(drift.evaluate(doc.kind, doc.input)).verdicts) driftVerdicts.push({ verdict, doc });
      recordScope(doc.file, scope);
      if (scope?.outOfScope) {
        exportGroups.outOfScope += scope.outOfScope;
        exportGroups.files += doc.file.split(", ").length;
      }
      add(doc, firstExport.get(doc.kind)!, vs);
    }
    // Stable: merged exports' verdicts move to where their first document was read.
    const sorted = verdicts.map((v, i) => ({ v, at: order[i]! })).sort((a, b) => a.at - b.at);
    sorted.forEach((x, i) => (verdicts[i] = x.v));
  }

  // After the verdicts, the user's choices: severity overrides, waivers, the baseline. They filter
  // findings; they never change what Rego decided (the requirement table).
  const waived = applyWaivers(
    toFindings(engine, verdicts, documents, options.severity ?? {}),
    [...(options.waivers ?? []), ...fileWaivers],
    {
      engine,
      today: today(options.now),
      inputs,
      ...(options.cwd ? { cwd: options.cwd } : {}),
    },
  );
  let findings = waived.findings;
  let baseline: BaselineSummary | undefined;
  if (options.baseline) {
    const b = applyBaseline(findings, options.baseline, options.cwd);
    findings = b.findings;
    baseline = { ...(options.baseline.path ? { path: options.baseline.path } : {}), baselined: b.baselined, stale: b.stale };
  }
  const requirements = toRequirements(engine, verdicts, judgedKinds, documents, options.config, inputs);
  const catalogue: CatalogueRun = { version: engine.catalogue.version, latest: engine.catalogues.latest };
  if (drift)
    catalogue.drift = catalogueDrift(
      requirements,
      toRequirements(drift, driftVerdicts, judgedKinds, documents, options.config, inputs),
      drift.catalogue.version,
    );
  return {
    findings: groupByCause([...findings, ...waived.unused]).sort(byPlace),
    suppressed: waived.suppressed.sort(byPlace),
    requirements,
    inputs,
    errors,
    skipped,
    scope: scopeSummary(
      options.config.scope ?? "runner",
      inputs,
      [...scoped.values()],
      [...controls.values()],
      exportGroups,
      environmentRequirements(engine, options.config, requirements),
    ),
    ...(baseline ? { baseline } : {}),
    catalogue,
  };
}

/** Waivers written in an input: resource Metadata (structured files) and comments (YAML). */
function readWaivers(file: InputFile, engine: PolicyEngine, into: Waiver[], errors: RunnerlintError[]): void {
  try {
    if (file.structured) into.push(...metadataWaivers(file.document(), { engine }));
    const yaml = file.structured && !/\.json$/i.test(file.path) && !/^\s*[{[]/.test(file.text);
    if (yaml) into.push(...commentWaivers(file.path, file.text, { engine }));
  } catch (e) {
    if (!isRunnerlintError(e)) throw e;
    errors.push(e);
  }
}

/** Combines the `merge` documents of each kind (exports of one account) into one. */
function mergeExports(docs: NormalizedInput[]): NormalizedInput[] {
  const out: NormalizedInput[] = [];
  const merged = new Map<InputKind, NormalizedInput>();
  for (const d of docs) {
    if (!d.merge) {
      out.push(d);
      continue;
    }
    const m = merged.get(d.kind);
    if (!m) {
      const copy = { ...d, input: structuredClone(d.input) };
      merged.set(d.kind, copy);
      out.push(copy);
      continue;
    }
    const target = m.input as Record<string, unknown>;
    for (const [k, v] of Object.entries(d.input)) {
      if (Array.isArray(v)) target[k] = [...((target[k] as unknown[]) ?? []), ...v];
    }
    m.file = `${m.file}, ${d.file}`;
  }
  return out;
}
