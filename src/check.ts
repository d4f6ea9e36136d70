// check(): files → loaders → normalized inputs → Wasm evaluation → findings and the
// per-requirement status table. Rego decides every verdict; this module only combines them.
import { RunnerlintError, isRunnerlintError } from "./errors.js";
import { PolicyEngine } from "./engine/policy.js";
import { renderMessage } from "./engine/messages.js";
import type { InputKind, Severity, Status, Verdict } from "./engine/types.js";
import { companionLoaders as defaultCompanions, loaders as defaultLoaders } from "./inputs/registry.js";
import { proxyFromFlags } from "./inputs/proxy/flags.js";
import { findFiles, readInputFile, fileFromText } from "./inputs/files.js";
import type { InputFile, LoadContext, Loader, NormalizedInput } from "./inputs/types.js";
import type { RunConfig } from "./model/config.js";
import type { Location } from "./model/location.js";

export interface CheckOptions {
  config: RunConfig;
  parameters?: Record<string, string>;
  maxScenarios?: number;
  engine?: PolicyEngine;
  loaders?: readonly Loader[];
  /** Loaders that read a file in addition to the one that claims it (proxy settings in templates). */
  companions?: readonly Loader[];
  cwd?: string;
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
}

export interface CheckResult {
  findings: Finding[];
  requirements: RequirementResult[];
  inputs: InputSummary[];
  errors: RunnerlintError[];
  skipped: string[];
}

const STATUS_RANK: Record<Status, number> = { violated: 3, unknown: 2, satisfied: 1, "not-applicable": 0 };
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

let sharedEngine: PolicyEngine | undefined;
/** The engine for the bundled policy, loaded once per process. */
export function defaultEngine(): PolicyEngine {
  sharedEngine ??= new PolicyEngine();
  return sharedEngine;
}

/** Checks files and folders (paths) or in-memory files ({path, text}). */
export function check(sources: (string | { path: string; text: string })[], options: CheckOptions): CheckResult {
  const engine = options.engine ?? defaultEngine();
  const loaders = options.loaders ?? defaultLoaders;
  const companions = options.companions ?? defaultCompanions;
  const ctx: LoadContext = { config: options.config, parameters: options.parameters ?? {} };
  if (options.maxScenarios !== undefined) ctx.maxScenarios = options.maxScenarios;
  const errors: RunnerlintError[] = [];
  const skipped: string[] = [];
  const inputs: InputSummary[] = [];
  const documents: NormalizedInput[] = [];

  const files: { file: () => InputFile; path: string; explicit: boolean }[] = [];
  const paths = sources.filter((s): s is string => typeof s === "string");
  for (const s of sources) if (typeof s !== "string") files.push({ file: () => fileFromText(s.path, s.text), path: s.path, explicit: true });
  for (const p of paths) {
    try {
      for (const f of findFiles([p], options.cwd)) files.push({ file: () => readInputFile(f.path), path: f.path, explicit: f.explicit });
    } catch (e) {
      if (!isRunnerlintError(e)) throw e;
      errors.push(e);
    }
  }

  for (const entry of files) {
    try {
      const file = entry.file();
      const loader = loaders.find((l) => l.detect(file));
      if (!loader) {
        if (entry.explicit) throw new RunnerlintError("UNSUPPORTED_INPUT", "not a recognized input (CloudFormation template, describe-security-groups or describe-vpcs export, or .env file)", entry.path);
        skipped.push(entry.path);
        continue;
      }
      const docs = loader.load(file, ctx);
      documents.push(...docs);
      const truncated = docs.find((d) => d.input.truncated)?.input.truncated;
      inputs.push({ file: entry.path, loader: loader.name, kind: docs[0]?.kind ?? null, scenarios: docs.length, ...(truncated ? { truncated } : {}) });
      for (const companion of companions) {
        if (companion === loader || !companion.detect(file)) continue;
        const more = companion.load(file, ctx);
        if (more.length === 0) continue;
        documents.push(...more);
        const cut = more.find((d) => d.input.truncated)?.input.truncated;
        inputs.push({ file: entry.path, loader: companion.name, kind: more[0]!.kind, scenarios: more.length, ...(cut ? { truncated: cut } : {}) });
      }
    } catch (e) {
      // One bad file does not stop the others; the CLI still exits 2.
      if (!isRunnerlintError(e)) throw e;
      errors.push(e);
    }
  }

  // --https-proxy / --http-proxy / --no-proxy: one more proxy input, at "<command line>".
  const flags = proxyFromFlags(options.config);
  if (flags) {
    documents.push(flags);
    inputs.push({ file: flags.file, loader: "command-line", kind: flags.kind, scenarios: 1 });
  }

  const verdicts: { verdict: Verdict; doc: NormalizedInput }[] = [];
  const judgedKinds = new Set<InputKind>();
  for (const doc of mergeExports(documents)) {
    judgedKinds.add(doc.kind);
    for (const verdict of engine.evaluate(doc.kind, doc.input)) verdicts.push({ verdict, doc });
  }

  return {
    findings: toFindings(engine, verdicts, documents),
    requirements: toRequirements(engine, verdicts, judgedKinds, documents),
    inputs,
    errors,
    skipped,
  };
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

function messageOf(engine: PolicyEngine, v: Verdict): string {
  const rule = engine.rule(v.rule);
  return renderMessage(rule?.messages[v.messageId], v.params ?? {}, `${v.rule}: ${v.messageId}`);
}

function severityOf(engine: PolicyEngine, v: Verdict): Severity {
  const declared = engine.rule(v.rule)?.severity ?? "error";
  // An unknown is not a proven failure: it is reported at most as a warning.
  if (v.status === "unknown" && SEVERITY_RANK[declared] > SEVERITY_RANK.warning) return "warning";
  return declared;
}

function toFindings(engine: PolicyEngine, verdicts: { verdict: Verdict; doc: NormalizedInput }[], docs: NormalizedInput[]): Finding[] {
  const scenarioCount = new Map<string, number>();
  // Per kind and file: a template yields network and proxy inputs, each with its own scenarios.
  const countKey = (d: NormalizedInput) => `${d.kind}\u0000${d.file}`;
  for (const d of docs) scenarioCount.set(countKey(d), (scenarioCount.get(countKey(d)) ?? 0) + 1);
  const byKey = new Map<string, Finding & { seen: Record<string, string>[]; file: string }>();
  for (const { verdict: v, doc } of verdicts) {
    if (v.status !== "violated" && v.status !== "unknown") continue;
    const location: Location = v.location ?? { file: doc.file, line: 1, column: 1 };
    const key = JSON.stringify([v.rule, v.requirement, v.status, v.messageId, v.params, location.file, location.line, location.column, v.resource]);
    let f = byKey.get(key);
    if (!f) {
      f = {
        ruleId: v.rule,
        severity: severityOf(engine, v),
        requirement: v.requirement,
        status: v.status,
        messageId: v.messageId,
        message: messageOf(engine, v),
        location,
        ...(v.resource ? { resource: v.resource } : {}),
        seen: [],
        file: countKey(doc),
      };
      byKey.set(key, f);
    }
    if (doc.input.scenario) f.seen.push(doc.input.scenario);
  }
  const findings: Finding[] = [];
  for (const { seen, file, ...f } of byKey.values()) {
    const total = scenarioCount.get(file) ?? 1;
    if (seen.length > 0 && seen.length < total) f.scenarios = seen;
    findings.push(f);
  }
  return findings.sort(
    (a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || a.ruleId.localeCompare(b.ruleId),
  );
}

function toRequirements(
  engine: PolicyEngine,
  verdicts: { verdict: Verdict; doc: NormalizedInput }[],
  kinds: Set<InputKind>,
  docs: NormalizedInput[],
): RequirementResult[] {
  const ids = new Set<string>();
  for (const k of kinds) for (const id of engine.requirementsJudged(k)) ids.add(id);
  const truncated = docs.find((d) => d.input.truncated)?.input.truncated;
  const results: RequirementResult[] = [];
  for (const id of [...ids].sort()) {
    const evidence: Evidence[] = verdicts
      .filter(({ verdict }) => verdict.requirement === id)
      .map(({ verdict: v, doc }) => ({
        rule: v.rule,
        status: v.status,
        message: messageOf(engine, v),
        ...(v.location ? { location: v.location } : {}),
        ...(v.resource ? { resource: v.resource } : {}),
        ...(doc.input.scenario ? { scenario: doc.input.scenario } : {}),
      }));
    let status: Status = "not-applicable";
    for (const e of evidence) if (STATUS_RANK[e.status] > STATUS_RANK[status]) status = e.status;
    if (evidence.length === 0) {
      // A rule that silently yields nothing must not look like a pass.
      status = "unknown";
      evidence.push({ rule: "runnerlint/engine", status, message: "unjudged: no rule returned a verdict for this requirement" });
    } else if (truncated && status !== "violated") {
      status = "unknown";
      evidence.push({ rule: "runnerlint/engine", status, message: `analysis truncated: ${truncated}` });
    }
    results.push({ id, title: engine.catalogue.requirements[id]?.title ?? id, status, evidence: dedupe(evidence) });
  }
  return results;
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = JSON.stringify([e.rule, e.status, e.message, e.location?.file, e.location?.line, e.resource]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Exit-code threshold helper: does any finding reach the level? */
export function reachesThreshold(findings: Finding[], failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
