// GitHub-flavoured Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: a header line with the
// counts, the per-requirement table, then the findings grouped by file. Every piece of input text is
// escaped (CommonMark backslash escapes, `|` and newlines inside table cells), so a message cannot
// break the table or inject markup. Findings stop before `maxChars` (a PR comment holds 65,536).
import type { Finding, SuppressedFinding } from "../model/result.js";
import { SEVERITIES, STATUSES, type Status } from "../model/vocabulary.js";
import {
  TOOL_NAME,
  controlLabel,
  countBy,
  decisive,
  displayPath,
  groupByFile,
  partLines,
  plural,
  scenarioText,
  type ReportEngine,
  type ReportInput,
  type ReportOptions,
  driftNote,
} from "./shared.js";

export const STATUS_EMOJI: Record<Status, string> = { violated: "❌", unknown: "⚠️", satisfied: "✅", "not-applicable": "➖" };
const SEVERITY_EMOJI = { error: "🔴", warning: "🟡", note: "🔵" } as const;
const STATUS_LABEL: Record<Status, string> = {
  violated: "violated",
  unknown: "unknown",
  satisfied: "satisfied",
  "not-applicable": "not applicable",
};
const DEFAULT_MAX_CHARS = 60_000;

/** Inline text: the punctuation Markdown or HTML could act on inline is backslash-escaped; newlines become spaces. */
export function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, " ");
}

/** Text for a table cell: escaped, and line breaks kept as <br>. */
export function mdCell(s: string): string {
  return s
    .split(/\r?\n|\r/)
    .map(mdText)
    .join("<br>");
}

/** A code span that survives any content (backticks, pipes inside tables). */
export function mdCode(s: string): string {
  const flat = s.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function headerLine(input: ReportInput): string {
  const sev = countBy(input.findings, (f) => f.severity, SEVERITIES);
  const st = countBy(input.requirements, (r) => r.status, STATUSES);
  const parts = [
    `${sev.error} ${sev.error === 1 ? "error" : "errors"}, ${sev.warning} ${sev.warning === 1 ? "warning" : "warnings"}, ${sev.note} ${sev.note === 1 ? "note" : "notes"}`,
    `requirements: ${st.satisfied} satisfied, ${st.violated} violated, ${st.unknown} unknown, ${st["not-applicable"]} not applicable`,
    plural(input.inputs.length, "file") + " checked",
  ];
  if (input.suppressed?.length) parts.push(`${input.suppressed.length} suppressed`);
  if (input.errors.length) parts.push(plural(input.errors.length, "unreadable input"));
  const icon = sev.error || st.violated || input.errors.length ? "❌" : st.unknown || sev.warning ? "⚠️" : "✅";
  return `${icon} **${TOOL_NAME}**: ${parts.join(" · ")}`;
}

function findingLine(f: Finding): string {
  // The file is the section heading; the cell gives the position in it.
  const place = `${f.location.line}:${f.location.column}`;
  const unknown = f.status === "unknown" && !/^\s*cannot verify\b/i.test(f.message) ? " *(cannot verify)*" : "";
  const resource = f.resource ? ` · resource ${mdCode(f.resource)}` : "";
  const parts = partLines(f)
    .map((p) => `<br>· ${mdCell(p)}`)
    .join("");
  const when = f.scenarios ? `<br>when ${f.scenarios.map((s) => mdText(scenarioText(s))).join(" \\| ")}` : "";
  return `| ${SEVERITY_EMOJI[f.severity]} ${f.severity} | ${mdCode(place)} | ${mdCell(f.message)}${parts}${unknown}${resource}${when} | ${mdCode(f.ruleId)}${f.requirement ? `<br>${mdCode(f.requirement)}` : ""} |`;
}

/** The scope decision, short: the runner's groups, the files not evaluated, the run's note. */
function scopeMarkdown(input: ReportInput, cwd: string): string[] {
  const s = input.scope;
  if (!s || (!s.runnerGroups.length && !s.outOfScope.length && !s.controlsOutOfScope?.length && !s.note)) return [];
  const out: string[] = [];
  if (s.runnerGroups.length) {
    const groups = s.runnerGroups.map((g) => `${mdCode(g.id)} (${g.role}, ${g.roleFrom}) in ${mdCode(displayPath(g.file, cwd))}`);
    out.push(`**Scope${s.mode === "all" ? " (all groups)" : ""}:** judged as the runner's: ${groups.join(", ")}.`);
  }
  if (s.outOfScope.length)
    out.push(
      `${plural(s.outOfScope.length, "file")} out of scope, not evaluated (${[...new Set(s.outOfScope.map((o) => o.reason))].map(mdText).join("; ")}).`,
    );
  const controls = (s.controlsOutOfScope ?? []).map((c) => `${mdText(controlLabel(c))} in ${mdCode(displayPath(c.file, cwd))}`);
  if (controls.length) out.push(`Out of scope (they do not cover the runner's VPC): ${controls.join(", ")}.`);
  if (s.note) out.push(`> [!NOTE]\n> ${mdText(s.note)}`);
  return [out.join("\n\n"), ""];
}

export function renderMarkdown(input: ReportInput, engine: ReportEngine, options: ReportOptions = {}): string {
  void engine;
  const cwd = options.cwd ?? process.cwd();
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const out: string[] = [];
  out.push(`## ${mdText(options.title ?? "Gitpod runner requirements")}`, "", headerLine(input), "");

  if (input.requirements.length) {
    out.push("| Status | Requirement | Title | Decisive evidence |", "|---|---|---|---|");
    const order = [...input.requirements].sort(
      (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.id.localeCompare(b.id),
    );
    for (const r of order) {
      const e = decisive(r);
      const evidence = e
        ? `${mdCell(e.message)}${e.location ? ` — ${mdCode(`${displayPath(e.location.file, cwd)}:${e.location.line}`)}` : ""}`
        : "";
      out.push(`| ${STATUS_EMOJI[r.status]} ${STATUS_LABEL[r.status]} | ${mdCode(r.id)} | ${mdCell(r.title)} | ${evidence} |`);
    }
    out.push("");
  }

  out.push(...scopeMarkdown(input, cwd));
  const drift = driftNote(input);
  if (drift) out.push(`> **Catalogue drift:** ${mdText(drift)}`, "");

  if (input.findings.length) {
    out.push(`### Findings`, "");
    let shown = 0;
    let budgetHit = false;
    for (const [file, findings] of groupByFile(input.findings)) {
      if (budgetHit) break;
      const block = [
        `#### ${mdCode(displayPath(file, cwd))}`,
        "",
        "| Severity | Line:col | Message | Rule / requirement |",
        "|---|---|---|---|",
      ];
      const before = out.join("\n").length;
      for (const f of findings) {
        const line = findingLine(f);
        if (before + block.join("\n").length + line.length > maxChars) {
          budgetHit = true;
          break;
        }
        block.push(line);
        shown++;
      }
      if (block.length > 4) out.push(...block, "");
    }
    if (shown < input.findings.length) {
      out.push(
        `*${input.findings.length - shown} more ${input.findings.length - shown === 1 ? "finding is" : "findings are"} not listed here to keep this comment short: see the SARIF, JSON or HTML report.*`,
        "",
      );
    }
  }

  if (input.suppressed?.length) {
    out.push(
      `<details><summary>${plural(input.suppressed.length, "suppressed finding")}</summary>`,
      "",
      "| Location | Rule | Justification | Expires |",
      "|---|---|---|---|",
    );
    for (const f of input.suppressed as SuppressedFinding[]) {
      out.push(
        `| ${mdCode(`${displayPath(f.location.file, cwd)}:${f.location.line}`)} | ${mdCode(f.ruleId)} | ${mdCell(f.suppression.justification)} | ${f.suppression.expires ? mdText(f.suppression.expires) : "never"} |`,
      );
    }
    out.push("", "</details>", "");
  }

  if (input.errors.length) {
    out.push(`### Unreadable inputs`, "");
    for (const e of input.errors)
      out.push(
        `- ${mdCode(e.file ? `${displayPath(e.file, cwd)}${e.pos ? `:${e.pos.line}:${e.pos.column}` : ""}` : TOOL_NAME)} ${mdText(e.message)} (${mdCode(e.code)})`,
      );
    out.push("");
  }
  return out.join("\n");
}
