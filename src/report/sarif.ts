// SARIF 2.1.0 (OASIS Standard, errata 01) for code scanning. Validated in the tests against the
// official schema (test/schemas/sarif-schema-2.1.0.json).
//
// Mapping decisions:
// - One run; tool.driver.rules lists every rule of the engine (derived, never hard-coded), each with
//   help text + markdown (rationale, remediation, requirements, vendor section), helpUri, the default
//   level and `security-severity`.
// - violated → kind "fail" with level = the finding's severity.
// - unknown ("cannot verify") → kind "review": SARIF's "needs a human to decide", so code scanning
//   and SARIF viewers can tell it from a proven failure. SARIF §3.27.10 requires level "none"
//   whenever kind is not "fail", so the runnerlint severity is kept in properties.severity.
// - Waived findings are results with `suppressions` (kind inSource for CloudFormation Metadata and
//   inline comments, external for the config file) and their justification; GitHub closes them.
// - Input errors are toolExecutionNotifications with their file/line/column, and make
//   executionSuccessful false (the CLI exits 2); skipped files are "note" notifications.
import { createHash } from "node:crypto";
import type { RuleMeta } from "../engine/types.js";
import type { Location } from "../model/location.js";
import type { CheckError, Finding, SuppressedFinding, Suppression } from "../model/result.js";
import type { Severity } from "../model/vocabulary.js";
import { VERSION } from "../version.js";
import {
  TOOL_NAME,
  cannotVerify,
  displayPath,
  endOf,
  informationUri,
  partLines,
  ruleHelpUri,
  seedOf,
  scenarioText,
  type ReportEngine,
  type ReportInput,
  type ReportOptions,
  driftNote,
} from "./shared.js";

export const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
export const SRCROOT = "%SRCROOT%";
/** The partialFingerprints key; bump the suffix if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = "runnerlint/v1";

/**
 * GitHub turns `security-severity` into Critical (9.0+), High (7.0–8.9), Medium (4.0–6.9) and Low
 * (0.1–3.9). runnerlint has no CVSS vector for a configuration finding, so the score follows the
 * rule's severity: an error (the runner cannot work, or a runner port is open to the world) is High,
 * not Critical, because a misconfiguration alone is not a proven remote compromise; a warning is
 * Medium; a note is Low.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = { error: "8.0", warning: "5.0", note: "2.0" };

type Json = Record<string, unknown>;

export function toSarif(input: ReportInput, engine: ReportEngine, options: ReportOptions = {}): Json {
  const cwd = options.cwd ?? process.cwd();
  const rules = [...engine.rules].sort((a, b) => a.id.localeCompare(b.id));
  // A finding from a rule the engine does not describe still gets a descriptor, so ruleIndex is valid.
  const known = new Set(rules.map((r) => r.id));
  const all = [...input.findings, ...(input.suppressed ?? [])];
  const extra = [...new Set(all.map((f) => f.ruleId).filter((id) => !known.has(id)))].sort();
  const descriptors = [...rules.map((r) => ruleDescriptor(r, engine, options)), ...extra.map((id) => ({ id, name: ruleName(id) }))];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));

  const occurrences = new Map<string, number>();
  const results = [
    ...input.findings.map((f) => ({ f, s: undefined as Suppression | undefined })),
    ...(input.suppressed ?? []).map((f: SuppressedFinding) => ({ f: f as Finding, s: f.suppression })),
  ]
    .sort(
      (a, b) =>
        a.f.location.file.localeCompare(b.f.location.file) ||
        a.f.location.line - b.f.location.line ||
        a.f.location.column - b.f.location.column,
    )
    .map(({ f, s }) => toResult(f, s, index.get(f.ruleId)!, cwd, occurrences));

  const notifications = [
    ...input.errors.map((e) => errorNotification(e, cwd)),
    ...input.skipped.map((file) => ({
      level: "note",
      message: { text: "not a recognized input; skipped" },
      locations: [{ physicalLocation: { artifactLocation: artifact(file, cwd) } }],
    })),
    // Said once for the run: groups were read, none is the runner's (never one alert per file).
    ...(input.scope?.note ? [{ level: "warning", message: { text: input.scope.note } }] : []),
    ...(driftNote(input) ? [{ level: "note", message: { text: driftNote(input)! } }] : []),
  ];

  const artifacts = input.inputs.map((i) => ({ location: artifact(i.file, cwd), roles: ["analysisTarget"] }));

  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            ...(informationUri() ? { informationUri: informationUri() } : {}),
            rules: descriptors,
            properties: { catalogueVersion: engine.catalogue.version, ...(engine.opaVersion ? { opaVersion: engine.opaVersion } : {}) },
          },
        },
        invocations: [
          {
            executionSuccessful: input.errors.length === 0,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        // JavaScript strings, hence the loaders' columns, count UTF-16 code units.
        columnKind: "utf16CodeUnits",
        ...(artifacts.length ? { artifacts } : {}),
        results,
        properties: {
          // The audit view: every requirement's status, so a SARIF consumer sees what passed too.
          requirements: input.requirements.map((r) => ({ id: r.id, title: r.title, status: r.status })),
          // Which security groups were judged as the runner's and why; which files were not evaluated.
          ...(input.scope ? { scope: input.scope } : {}),
          ...(input.catalogue ? { catalogue: input.catalogue } : {}),
        },
      },
    ],
  };
}

export function renderSarif(input: ReportInput, engine: ReportEngine, options: ReportOptions = {}): string {
  return JSON.stringify(toSarif(input, engine, options), null, 2) + "\n";
}

/** PascalCase of the rule's own name: `securitygroup/runner-port-exposed` → `RunnerPortExposed`. */
export function ruleName(id: string): string {
  const last = id.split("/").pop() ?? id;
  return last
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

function ruleDescriptor(rule: RuleMeta, engine: ReportEngine, options: ReportOptions): Json {
  const helpUri = ruleHelpUri(rule, rule.id, options);
  const seed = seedOf(engine, rule.source);
  const reqs = rule.requirements.map((id) => ({ id, title: engine.catalogue.requirements[id]?.title }));
  const text = [
    rule.description.trim(),
    rule.remediation ? `Remediation: ${rule.remediation.trim()}` : "",
    reqs.length ? `Requirements: ${reqs.map((r) => (r.title ? `${r.id} (${r.title})` : r.id)).join(", ")}` : "",
    seed ? `Source: ${seed.title}, section "${seed.section}"${seed.url ? ` (${seed.url})` : ""}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  const markdown = [
    `**${rule.title}**`,
    rule.description.trim(),
    rule.remediation ? `## Remediation\n\n${rule.remediation.trim()}` : "",
    reqs.length ? `## Requirements\n\n${reqs.map((r) => `- \`${r.id}\`${r.title ? `: ${r.title}` : ""}`).join("\n")}` : "",
    seed ? `## Source\n\n${seed.url ? `[${seed.title}](${seed.url})` : seed.title}, section "${seed.section}"` : "",
    rule.relatedResources.length ? `## References\n\n${rule.relatedResources.map((u) => `- <${u}>`).join("\n")}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  const area = rule.id.includes("/") ? rule.id.split("/")[0]! : undefined;
  return {
    id: rule.id,
    ...(rule.aliases.length ? { deprecatedIds: [...rule.aliases] } : {}),
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() || rule.title },
    ...(helpUri ? { helpUri } : {}),
    help: { text, markdown },
    defaultConfiguration: { level: rule.severity },
    properties: {
      // GitHub shows security-severity only for rules tagged "security".
      tags: [...new Set(["security", ...(area ? [area] : []), ...rule.requirements])],
      "security-severity": SECURITY_SEVERITY[rule.severity],
      requirements: [...rule.requirements],
      ...(rule.source ? { source: rule.source } : {}),
    },
  };
}

function toResult(
  f: Finding,
  suppression: Suppression | undefined,
  ruleIndex: number,
  cwd: string,
  occurrences: Map<string, number>,
): Json {
  const unknown = f.status === "unknown";
  return {
    ruleId: f.ruleId,
    ruleIndex,
    kind: unknown ? "review" : "fail",
    level: unknown ? "none" : f.severity,
    message: { text: [unknown ? cannotVerify(f.message) : f.message, ...partLines(f).map((p) => `- ${p}`)].join("\n") },
    locations: [location(f.location, cwd, f.resource)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, cwd, occurrences) },
    ...(suppression ? { suppressions: [toSuppression(suppression, cwd)] } : {}),
    properties: {
      ...(f.requirement ? { requirement: f.requirement } : {}),
      ...(f.parts ? { requirements: [...new Set(f.parts.map((p) => p.requirement))] } : {}),
      status: f.status,
      severity: f.severity,
      ...(f.resource ? { resource: f.resource } : {}),
      ...(f.location.pointer ? { pointer: f.location.pointer } : {}),
      ...(f.scenarios ? { scenarios: f.scenarios.map(scenarioText) } : {}),
    },
  };
}

function toSuppression(s: Suppression, cwd: string): Json {
  return {
    kind: s.source === "config" ? "external" : "inSource",
    status: "accepted",
    justification: s.justification,
    ...(s.location ? { location: location(s.location, cwd) } : {}),
    properties: { source: s.source, ...(s.expires ? { expires: s.expires } : {}) },
  };
}

/** A relative, forward-slashed, percent-encoded URI under %SRCROOT% (the checked-out repository). */
export function artifact(file: string, cwd: string): Json {
  const path = displayPath(file, cwd);
  const uri = path
    .split("/")
    .map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join("/");
  // A path outside the working directory stays absolute and has no base.
  if (path.startsWith("/") || /^[A-Za-z]:\//.test(path)) return { uri: `file://${path.startsWith("/") ? "" : "/"}${uri}` };
  return { uri, uriBaseId: SRCROOT };
}

function location(loc: Location, cwd: string, resource?: string): Json {
  const region: Json = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column), ...endOf(loc) };
  return {
    physicalLocation: { artifactLocation: artifact(loc.file, cwd), region },
    ...(resource ? { logicalLocations: [{ name: resource, kind: "resource" }] } : {}),
  };
}

/**
 * Stable identity of a finding across runs: rule, requirement, file and resource (or, without a
 * resource, the JSON pointer), plus the messageId that tells two problems of one rule on one
 * resource apart. Lines and columns are left out, so moving a resource keeps its alerts. Identical
 * keys get an occurrence suffix in document order, like GitHub's own `primaryLocationLineHash`.
 */
export function fingerprint(f: Finding, cwd: string, occurrences: Map<string, number>): string {
  const key = JSON.stringify([
    f.ruleId,
    f.requirement,
    displayPath(f.location.file, cwd),
    f.resource ?? f.location.pointer ?? "",
    f.messageId,
  ]);
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 32);
  const n = (occurrences.get(hash) ?? 0) + 1;
  occurrences.set(hash, n);
  return `${hash}:${n}`;
}

function errorNotification(e: CheckError, cwd: string): Json {
  const loc: Json | undefined = e.file
    ? {
        physicalLocation: {
          artifactLocation: artifact(e.file, cwd),
          ...(e.pos ? { region: { startLine: Math.max(1, e.pos.line), startColumn: Math.max(1, e.pos.column) } } : {}),
        },
      }
    : undefined;
  return {
    level: "error",
    message: { text: e.message },
    descriptor: { id: e.code },
    ...(loc ? { locations: [loc] } : {}),
  };
}
