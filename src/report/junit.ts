// JUnit XML for CI test dashboards (Jenkins, GitLab, Azure DevOps, CircleCI, the JUnit reporters of
// GitHub Actions). Validated in the tests against Jenkins' junit-10.xsd, the schema the Jenkins
// xUnit plugin checks JUnit reports with, using libxml2 (xmllint-wasm).
//
// Mapping: one <testsuite> per input file; one <testcase> per requirement that the input's kind
// speaks to (classname = the input file, name = the requirement id).
// - violated → <failure> with the deciding evidence, its rule and its file:line:column;
// - unknown → <skipped message="Cannot verify: ...">. Not a failure: nothing was proven wrong
//   (an Fn::ImportValue, an SSM parameter, an unresolvable reference), and a red build the user
//   cannot fix offline teaches people to ignore the job. Not a pass either: that would be fail-open.
//   "Skipped" is what dashboards show as "not decided", and `--fail-on` decides the exit code;
// - not-applicable → <skipped message="not applicable: ...">;
// - satisfied → a passing test case, its evidence in <system-out> for the auditor;
// - an input that could not be read → a "load" test case with <error> (type = the error code);
// - violated or unknown only through waived findings → <skipped message="waived: <reason>">.
import type { CheckError, Evidence, SuppressedFinding } from "../model/result.js";
import {
  TOOL_NAME,
  cannotVerify,
  displayPath,
  requirementMatrix,
  scenarioText,
  where,
  type MatrixCell,
  type ReportEngine,
  type ReportInput,
  type ReportOptions,
} from "./shared.js";

/** XML 1.0 text/attribute escaping; characters XML cannot carry at all are replaced. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/** Element text: keep newlines readable (only attribute values need them as character references). */
function xmlText(s: string): string {
  return xmlEscape(s).replace(/&#10;/g, "\n").replace(/&#9;/g, "\t");
}

const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join("");

function evidenceLine(e: Evidence, cwd: string): string {
  const parts = [`${e.rule}: ${e.message}`];
  if (e.resource) parts.push(`resource ${e.resource}`);
  if (e.location) parts.push(`at ${where(e.location, cwd)}`);
  if (e.scenario) parts.push(`when ${scenarioText(e.scenario)}`);
  return `[${e.status}] ${parts.join(" ")}`;
}

/**
 * The waived findings behind a violated or unknown cell, when every piece of evidence that made it
 * so is a waived finding: such a cell is reported as skipped ("waived: <reason>"), not as a failure.
 */
function waiversOf(cell: MatrixCell, requirement: string, suppressed: readonly SuppressedFinding[]): SuppressedFinding[] | undefined {
  if (!suppressed.length || (cell.status !== "violated" && cell.status !== "unknown")) return undefined;
  const out: SuppressedFinding[] = [];
  for (const e of cell.evidence.filter((x) => x.status === cell.status)) {
    const f = suppressed.find(
      (s) =>
        s.ruleId === e.rule &&
        s.requirement === requirement &&
        e.location !== undefined &&
        s.location.file === e.location.file &&
        s.location.line === e.location.line &&
        s.location.column === e.location.column &&
        (s.resource ?? "") === (e.resource ?? ""),
    );
    if (!f) return undefined;
    if (!out.includes(f)) out.push(f);
  }
  return out.length ? out : undefined;
}

function testcase(file: string, requirement: string, title: string, cell: MatrixCell, cwd: string, waived?: SuppressedFinding[]): string {
  const decisive = cell.evidence.find((e) => e.status === cell.status) ?? cell.evidence[0];
  const loc = decisive?.location;
  const head = `    <testcase${attrs({ classname: displayPath(file, cwd), name: requirement, time: "0", ...(loc ? { file: displayPath(loc.file, cwd), line: loc.line } : {}) })}>`;
  const detail = [`${requirement}: ${title}`, ...cell.evidence.map((e) => evidenceLine(e, cwd))].join("\n");
  let body: string;
  if (waived) {
    const reasons = waived.map(
      (f) => `${f.suppression.justification} (${f.suppression.source}${f.suppression.expires ? `, until ${f.suppression.expires}` : ""})`,
    );
    body = `      <skipped${attrs({ message: `waived: ${[...new Set(reasons)].join("; ")}` })}/>\n      <system-out>${xmlText(detail)}</system-out>`;
    return `${head}\n${body}\n    </testcase>`;
  }
  switch (cell.status) {
    case "violated": {
      const msg = `${decisive?.message ?? "violated"}${loc ? ` (${where(loc, cwd)})` : ""}`;
      body = `      <failure${attrs({ message: msg, type: decisive?.rule ?? "violated" })}>${xmlText(detail)}</failure>`;
      break;
    }
    case "unknown":
      body = `      <skipped${attrs({ message: cannotVerify(decisive?.message ?? "no verdict") })}/>\n      <system-out>${xmlText(detail)}</system-out>`;
      break;
    case "not-applicable":
      body = `      <skipped${attrs({ message: `not applicable: ${decisive?.message ?? "no verdict located in this input; decided by another input"}` })}/>`;
      break;
    default:
      body = `      <system-out>${xmlText(detail)}</system-out>`;
  }
  return `${head}\n${body}\n    </testcase>`;
}

function errorCase(e: CheckError, cwd: string): string {
  const file = e.file ? displayPath(e.file, cwd) : TOOL_NAME;
  return [
    `    <testcase${attrs({ classname: file, name: "load", time: "0", ...(e.file ? { file } : {}), ...(e.pos ? { line: e.pos.line } : {}) })}>`,
    `      <error${attrs({ message: e.format(), type: e.code })}>${xmlText(e.format())}</error>`,
    `    </testcase>`,
  ].join("\n");
}

export function renderJunit(input: ReportInput, engine: ReportEngine, options: ReportOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const matrix = requirementMatrix(input, engine);
  const suites: { name: string; cases: string[]; tests: number; failures: number; errors: number; skipped: number }[] = [];
  const suiteOf = (file: string, account?: string) => {
    const name = `${displayPath(file, cwd)}${account ? ` (account ${account})` : ""}`;
    let s = suites.find((x) => x.name === name);
    if (!s) suites.push((s = { name, cases: [], tests: 0, failures: 0, errors: 0, skipped: 0 }));
    return s;
  };

  matrix.inputs.forEach((inp, col) => {
    const suite = suiteOf(inp.file, inp.account);
    for (const row of matrix.rows) {
      const cell = row.cells[col]!;
      if (cell.status === null) continue;
      const waived = waiversOf(cell, row.requirement.id, input.suppressed ?? []);
      suite.cases.push(testcase(inp.file, row.requirement.id, row.requirement.title, cell, cwd, waived));
      suite.tests++;
      if (waived) suite.skipped++;
      else if (cell.status === "violated") suite.failures++;
      else if (cell.status === "unknown" || cell.status === "not-applicable") suite.skipped++;
    }
  });
  for (const e of input.errors) {
    const suite = suiteOf(e.file ?? TOOL_NAME);
    suite.cases.push(errorCase(e, cwd));
    suite.tests++;
    suite.errors++;
  }

  const total = (k: "tests" | "failures" | "errors") => suites.reduce((n, s) => n + s[k], 0);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites${attrs({ name: TOOL_NAME, tests: total("tests"), failures: total("failures"), errors: total("errors"), time: "0" })}>`,
  ];
  for (const s of suites) {
    out.push(
      `  <testsuite${attrs({ name: s.name, tests: s.tests, failures: s.failures, errors: s.errors, skipped: s.skipped, time: "0" })}>`,
    );
    out.push(...s.cases);
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`);
  return out.join("\n") + "\n";
}
