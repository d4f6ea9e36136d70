// Human report: findings grouped by file with a code frame, the requirement table, one summary line.
import type { CheckResult, Finding } from "../model/result.js";
import { CodeFrames } from "./code-frame.js";
import { controlLabel, driftNote, partLines, plural } from "./shared.js";

/** Parts of a grouped finding listed under it; the JSON report has every one. */
const MAX_PARTS = 12;

export interface TextOptions {
  color: boolean;
  /** Inputs that are no file, by name, for code frames (ReportOptions.texts). */
  texts?: ReadonlyMap<string, string>;
}

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** One code frame (a report showing many uses a CodeFrames, which reads each file once). */
export function codeFrame(file: string, line: number, column: number, color = false, context = 1): string {
  return new CodeFrames().frame(file, line, column, (s) => paint(color, 31, s), context);
}

const STATUS_COLOR: Record<string, number> = { satisfied: 32, violated: 31, unknown: 33, "not-applicable": 90 };
const SEVERITY_COLOR: Record<string, number> = { error: 31, warning: 33, note: 36 };

export function renderText(result: CheckResult, opts: TextOptions): string {
  const c = opts.color;
  const out: string[] = [];
  const frames = new CodeFrames(opts.texts ? { texts: opts.texts } : {});
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(paint(c, 1, file));
    for (const f of findings) {
      const sev = paint(c, SEVERITY_COLOR[f.severity] ?? 0, f.severity.padEnd(7));
      out.push(`  ${f.location.line}:${f.location.column}  ${sev} ${f.message}  ${paint(c, 90, `${f.ruleId}${tags(f)}`)}`);
      const parts = partLines(f);
      for (const p of parts.slice(0, MAX_PARTS)) out.push(`      · ${p}`);
      if (parts.length > MAX_PARTS) out.push(`      · … ${parts.length - MAX_PARTS} more (every one in --format json)`);
      if (f.scenarios)
        out.push(
          `      when ${f.scenarios
            .map((s) =>
              Object.entries(s)
                .map(([k, v]) => `${k}=${v}`)
                .join(" "),
            )
            .join(" | ")}`,
        );
      const frame = frames.frame(f.location.file, f.location.line, f.location.column, (s) => paint(c, 31, s));
      if (frame) out.push(frame);
    }
    out.push("");
  }
  const suppressed = result.suppressed ?? [];
  if (suppressed.length) {
    // Waived findings stay visible, one line each, with the reason and where the waiver is written.
    out.push(paint(c, 1, `Waived (${suppressed.length})`));
    for (const f of suppressed) {
      const s = f.suppression;
      const where = s.location ? ` at ${s.location.file}:${s.location.line}` : "";
      out.push(
        `  ${f.location.file}:${f.location.line}:${f.location.column}  ${f.ruleId}${f.requirement ? ` [${f.requirement}]` : ""}  ${paint(c, 90, `"${s.justification}" (${s.source}${where}${s.expires ? `, until ${s.expires}` : ""})`)}`,
      );
    }
    out.push("");
  }
  if (result.baseline?.stale.length) {
    out.push(
      paint(
        c,
        90,
        `${result.baseline.stale.length} baseline entr${result.baseline.stale.length === 1 ? "y no longer occurs" : "ies no longer occur"} (fixed): rewrite the baseline with --write-baseline to drop ${result.baseline.stale.length === 1 ? "it" : "them"}.`,
      ),
      "",
    );
  }
  out.push(...scopeLines(result, c));
  const drift = driftNote(result);
  if (drift) out.push(paint(c, 33, `Catalogue drift: ${drift}`), "");
  if (result.requirements.length) {
    out.push(paint(c, 1, "Requirements"));
    const width = Math.max(...result.requirements.map((r) => r.id.length));
    for (const r of result.requirements) {
      const decisive = r.evidence.find((e) => e.status === r.status);
      out.push(`  ${r.id.padEnd(width)}  ${paint(c, STATUS_COLOR[r.status] ?? 0, r.status.padEnd(14))} ${decisive?.message ?? ""}`);
    }
    out.push("");
  }
  out.push(summaryLine(result));
  return out.join("\n") + "\n";
}

/** The scope decision: the runner's groups by file, the files left out (one line), the run's note. */
export function scopeLines(result: Pick<CheckResult, "scope">, c = false): string[] {
  const s = result.scope;
  if (!s || (!s.runnerGroups.length && !s.outOfScope.length && !s.controlsOutOfScope?.length && !s.note)) return [];
  const out = [paint(c, 1, `Scope${s.mode === "all" ? " (--scope all: every group)" : ""}`)];
  const byFile = new Map<string, string[]>();
  for (const g of s.runnerGroups) byFile.set(g.file, [...(byFile.get(g.file) ?? []), `${g.id} (${g.role}, ${g.roleFrom})`]);
  for (const [file, groups] of byFile) out.push(`  ${file}: ${groups.join(", ")}`);
  if (s.outOfScope.length) {
    const reasons = new Map<string, number>();
    for (const o of s.outOfScope) reasons.set(o.reason, (reasons.get(o.reason) ?? 0) + 1);
    const why = [...reasons].map(([r, n]) => `${r}: ${n}`).join("; ");
    out.push(paint(c, 90, `  ${s.outOfScope.length} file${s.outOfScope.length === 1 ? "" : "s"} out of scope, not evaluated (${why})`));
  }
  for (const x of s.controlsOutOfScope ?? [])
    out.push(paint(c, 90, `  ${x.file}: ${controlLabel(x)} out of scope (does not cover the runner's VPC)`));
  if (s.note) out.push(paint(c, 33, `  note: ${s.note}`));
  out.push("");
  return out;
}

/** ` [requirement, unknown]` after the rule id (nothing for a note with neither). */
function tags(f: Finding): string {
  const parts = [f.requirement, f.status === "unknown" ? "unknown" : ""].filter(Boolean);
  return parts.length ? ` [${parts.join(", ")}]` : "";
}

export function summaryLine(result: CheckResult): string {
  const n = (s: string) => result.findings.filter((f) => f.severity === s).length;
  const req = (s: string) => result.requirements.filter((r) => r.status === s).length;
  const parts = [
    `${result.inputs.length} file${result.inputs.length === 1 ? "" : "s"} checked`,
    `${plural(n("error"), "error")}, ${plural(n("warning"), "warning")}, ${plural(n("note"), "note")}`,
    `requirements: ${req("satisfied")} satisfied, ${req("violated")} violated, ${req("unknown")} unknown, ${req("not-applicable")} not applicable`,
  ];
  if (result.suppressed?.length) parts.push(`${result.suppressed.length} waived`);
  if (result.baseline) parts.push(`${result.baseline.baselined.length} in the baseline`);
  if (result.errors.length) parts.push(`${result.errors.length} unreadable input${result.errors.length === 1 ? "" : "s"}`);
  return parts.join("; ");
}
