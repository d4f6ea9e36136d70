// GitHub Actions workflow commands: one annotation per finding, at the finding's real file, line and
// column (not line 1), with the rule id as the title. Escaping follows GitHub's toolkit
// (@actions/core `command.ts`): the message escapes %, \r and \n; property values also escape ':'
// and ','. Errors come first: GitHub shows a limited number of annotations per step.
//   ::error file=template.yaml,line=20,col=11,title=securitygroup/runner-port-exposed::message
// violated → ::error / ::warning / ::notice by severity; unknown → its severity (at most warning,
// see check.ts) with a "Cannot verify:" prefix; unreadable inputs → ::error at their position.
// Waived findings are not annotated.
import type { Finding } from "../model/result.js";
import type { Severity } from "../model/vocabulary.js";
import { summaryLine } from "./text.js";
import {
  bySeverityThenPlace,
  cannotVerify,
  displayPath,
  endOf,
  partLines,
  type ReportEngine,
  type ReportInput,
  type ReportOptions,
} from "./shared.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", note: "notice" };

/** Escapes a command's message (GitHub toolkit `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command property value (GitHub toolkit `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function workflowCommand(command: string, props: Record<string, string | number | undefined>, message: string): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${command}${p ? ` ${p}` : ""}::${escapeData(message)}`;
}

function annotation(f: Finding, cwd: string): string {
  const end = endOf(f.location);
  const text = [
    `${f.status === "unknown" ? cannotVerify(f.message) : f.message}${f.requirement ? ` [${f.requirement}]` : ""}${f.resource ? ` (resource ${f.resource})` : ""}`,
    ...partLines(f).map((p) => `- ${p}`),
  ].join("\n");
  return workflowCommand(
    COMMAND[f.severity],
    {
      file: displayPath(f.location.file, cwd),
      line: f.location.line,
      ...(end.endLine ? { endLine: end.endLine } : {}),
      col: f.location.column,
      ...(end.endColumn ? { endColumn: end.endColumn } : {}),
      title: f.ruleId,
    },
    text,
  );
}

export function renderGithub(input: ReportInput, engine: ReportEngine, options: ReportOptions = {}): string {
  void engine;
  const cwd = options.cwd ?? process.cwd();
  const out: string[] = [];
  for (const e of input.errors) {
    out.push(
      workflowCommand(
        "error",
        {
          ...(e.file ? { file: displayPath(e.file, cwd) } : {}),
          ...(e.pos ? { line: e.pos.line, col: e.pos.column } : {}),
          title: `runnerlint ${e.code}`,
        },
        e.message,
      ),
    );
  }
  for (const f of [...input.findings].sort(bySeverityThenPlace)) out.push(annotation(f, cwd));
  if (input.scope?.note) out.push(workflowCommand("notice", { title: "runnerlint scope" }, input.scope.note));
  // A plain log line (not a command) with the totals.
  out.push(summaryLine(input));
  return out.join("\n") + "\n";
}
