import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  writeAtomic
} from "./chunk-JAZQYMZJ.js";
import {
  VERSION
} from "./chunk-ISPFJHXW.js";
import {
  ENGINE_RULE,
  SEVERITIES,
  SEVERITY_RANK,
  STATUSES,
  STATUS_RANK,
  lineStarts
} from "./chunk-HXJZ7RNY.js";
import {
  PACKAGE_JSON,
  RunnerlintError
} from "./chunk-BHJUSEQA.js";

// dist/thresholds.js
function reachesUnknown(result) {
  if (result.findings.some((f) => f.status === "unknown"))
    return true;
  if (result.scope?.note)
    return true;
  return result.requirements.some((r) => r.status === "unknown" && r.evidence.some((e) => e.rule === ENGINE_RULE && e.status === "unknown"));
}
function reachesThreshold(findings, failOn) {
  if (failOn === "never")
    return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

// dist/report/code-frame.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var MAX_WIDTH = 160;
var CodeFrames = class {
  options;
  sources = /* @__PURE__ */ new Map();
  /**
   * `cwd`: what relative paths are relative to; `texts`: inputs that are no file (org-audit's
   * snapshot when it is not saved), by the name findings give them.
   */
  constructor(options = {}) {
    this.options = options;
  }
  source(file) {
    let s = this.sources.get(file);
    if (s === void 0) {
      try {
        const text = this.options.texts?.get(file) ?? readFileSync(resolve(this.options.cwd ?? ".", file), "utf8");
        s = { text, starts: lineStarts(text) };
      } catch {
        s = null;
      }
      this.sources.set(file, s);
    }
    return s;
  }
  /** Line n (1-based) without its line break; undefined past the end. */
  line(s, n) {
    if (n < 1 || n > s.starts.length)
      return void 0;
    const start = s.starts[n - 1];
    const end = n < s.starts.length ? s.starts[n] : s.text.length;
    return s.text.slice(start, end).replace(/\r?\n$/, "");
  }
  /** `context` lines either side of `line`, a caret under `column`; "" when the file cannot be read. */
  frame(file, line, column, paint2 = (s) => s, context = 1) {
    const s = this.source(file);
    if (!s)
      return "";
    const from = Math.max(1, line - context);
    const to = Math.min(s.starts.length, line + context);
    const width = String(to).length;
    const offset = column - 1 > MAX_WIDTH / 2 ? column - 1 - MAX_WIDTH / 2 : 0;
    const out = [];
    for (let n = from; n <= to; n++) {
      const text = this.line(s, n) ?? "";
      const shown = (offset > 0 && text.length > offset ? "\u2026" : "") + text.slice(offset, offset + MAX_WIDTH) + (text.length > offset + MAX_WIDTH ? "\u2026" : "");
      out.push(`  ${n === line ? ">" : " "} ${String(n).padStart(width)} | ${shown}`);
      if (n === line)
        out.push(`    ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1 - offset + (offset > 0 ? 1 : 0)))}${paint2("^")}`);
    }
    return out.join("\n");
  }
};

// dist/report/shared.js
import { isAbsolute, relative, resolve as resolve2, sep } from "node:path";
var TOOL_NAME = "runnerlint";
function repositoryUrl() {
  const { repository } = PACKAGE_JSON;
  const raw = typeof repository === "string" ? repository : repository?.url;
  if (!raw)
    return void 0;
  const m = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?(?:#.*)?$/.exec(raw) ?? /^github:([^/]+)\/(.+)$/.exec(raw);
  if (m)
    return `https://github.com/${m[1]}/${m[2]}`;
  return /^https?:\/\//.test(raw) ? raw.replace(/\.git$/, "") : void 0;
}
function informationUri() {
  return PACKAGE_JSON.homepage ?? (repositoryUrl() ? `${repositoryUrl()}#readme` : void 0);
}
function ruleHelpUri(rule, ruleId, options = {}) {
  const base = options.docsBaseUrl ?? (repositoryUrl() ? `${repositoryUrl()}/blob/v${PACKAGE_JSON.version}` : void 0);
  if (base)
    return `${base.replace(/\/+$/, "")}/docs/rules/${ruleId.split("/").map(encodeURIComponent).join("/")}.md`;
  return rule?.relatedResources.find((r) => /^https?:\/\//.test(r));
}
function seedOf(engine, source) {
  if (!source)
    return void 0;
  const doc = engine.catalogue.documents?.[source.document];
  return { title: doc?.title ?? `document ${source.document}`, section: source.section, ...doc?.url ? { url: doc.url } : {} };
}
function ruleById(engine) {
  return new Map(engine.rules.map((r) => [r.id, r]));
}
function rulesFor(engine, requirement) {
  return engine.rules.filter((r) => r.requirements.includes(requirement));
}
function displayPath(file, cwd = process.cwd()) {
  const abs = resolve2(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
    return file.split(sep).join("/");
  return rel.split(sep).join("/");
}
function where(loc, cwd) {
  if (!loc)
    return "";
  return `${displayPath(loc.file, cwd)}:${loc.line}:${loc.column}`;
}
function endOf(loc) {
  const l = loc;
  const out = {};
  if (typeof l.endLine === "number" && l.endLine >= loc.line)
    out.endLine = l.endLine;
  if (typeof l.endColumn === "number" && l.endColumn >= 1)
    out.endColumn = l.endColumn;
  return out;
}
function countBy(items, key, values) {
  const out = Object.fromEntries(values.map((v) => [v, 0]));
  for (const i of items)
    out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}
function controlLabel(c) {
  return `${c.kind === "network-acl" ? "network ACL" : "Network Firewall policy"} ${c.id}`;
}
function partLines(f) {
  return (f.parts ?? []).slice(1).map((p) => `${p.message}${p.requirement && p.requirement !== f.requirement ? ` [${p.requirement}]` : ""}`);
}
function userDescription(req) {
  const kept = (req?.description ?? "").split(/(?<=[.;])\s+(?=[A-Z"(])/).map((s) => s.replace(/\s*\((?:[^()]*?\b0\d\d\b[^()]*)\)/g, "").replace(/,\s*0\d\d\)/g, ")")).filter((s) => s && !/\b0\d\d\b|coveredBy|catalogue|\bdocuments?\b|\bseeds?\b/i.test(s)).join(" ").replace(/;$/, ".");
  if (kept)
    return kept;
  const to = Array.isArray(req?.destinations) ? req.destinations.map((d) => `${d.host ?? d.ip ?? d.cidr ?? "?"} (${(d.protocol ?? "").toUpperCase()} ${(d.ports ?? []).join(", ")})`) : [];
  return to.length ? `${req?.title ?? "Outbound access"}: ${[...new Set(to)].join(", ")}.` : req?.title ?? "";
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function decisive(r) {
  return r.evidence.find((e) => e.status === r.status) ?? r.evidence[0];
}
function bySeverityThenPlace(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || a.ruleId.localeCompare(b.ruleId);
}
function groupByFile(items) {
  const out = /* @__PURE__ */ new Map();
  for (const i of items) {
    const list = out.get(i.location.file) ?? [];
    list.push(i);
    out.set(i.location.file, list);
  }
  return out;
}
function cannotVerify(message) {
  return /^\s*cannot verify\b/i.test(message) ? message : `Cannot verify: ${message}`;
}
function scenarioText(s) {
  return Object.entries(s).map(([k, v]) => `${k}=${v}`).join(" ");
}
function requirementsOfKind(engine, kind) {
  if (!kind)
    return /* @__PURE__ */ new Set();
  return new Set(engine.rules.filter((r) => r.kinds.includes(kind)).flatMap((r) => r.requirements));
}
function requirementMatrix(result, engine) {
  const accounts = /* @__PURE__ */ new Map();
  const anywhere = /* @__PURE__ */ new Set();
  for (const r of result.requirements) {
    for (const e of r.evidence) {
      const account = e.scenario?.account;
      if (!account)
        continue;
      if (e.location)
        accounts.set(e.location.file, (accounts.get(e.location.file) ?? /* @__PURE__ */ new Set()).add(account));
      else
        anywhere.add(account);
    }
  }
  const inputs = result.inputs.flatMap((i) => {
    const own = /* @__PURE__ */ new Set([...accounts.get(i.file) ?? [], ...i.kind === "organization" ? anywhere : []]);
    return i.kind === "organization" && own.size ? [...own].sort().map((account) => ({ file: i.file, kind: i.kind, account })) : [{ file: i.file, kind: i.kind }];
  });
  const judged = inputs.map((i) => requirementsOfKind(engine, i.kind));
  const rows = result.requirements.map((requirement) => {
    const cells = inputs.map((input, n) => {
      const applies = judged[n].has(requirement.id) || requirement.evidence.some((e) => e.location?.file === input.file);
      if (!applies)
        return { status: null, evidence: [] };
      const evidence = requirement.evidence.filter((e) => (e.location ? e.location.file === input.file : true) && (!input.account || !e.scenario?.account || e.scenario.account === input.account));
      let status = "not-applicable";
      for (const e of evidence)
        if (STATUS_RANK[e.status] > STATUS_RANK[status])
          status = e.status;
      return { status, evidence };
    });
    return { requirement, cells };
  });
  return { inputs, rows };
}
function driftNote(result) {
  const d = result.catalogue?.drift;
  if (!d)
    return void 0;
  const from = result.catalogue.version;
  if (!d.changes.length)
    return `Requirement catalogue ${d.version}, the latest, judges these inputs as ${from} does.`;
  const list = d.changes.map((c) => `${c.requirement} ${c.status} \u2192 ${c.latest}`).join(", ");
  return `Under requirement catalogue ${d.version}, the latest (this run: ${from}; --catalogue latest to judge by it), ${d.changes.length} requirement${d.changes.length === 1 ? "" : "s"} would change: ${list}.`;
}

// dist/report/text.js
var MAX_PARTS = 12;
var paint = (on, code, s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
var STATUS_COLOR = { satisfied: 32, violated: 31, unknown: 33, "not-applicable": 90 };
var SEVERITY_COLOR = { error: 31, warning: 33, note: 36 };
function renderText(result, opts) {
  const c = opts.color;
  const out = [];
  const frames = new CodeFrames(opts.texts ? { texts: opts.texts } : {});
  const byFile = /* @__PURE__ */ new Map();
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
      for (const p of parts.slice(0, MAX_PARTS))
        out.push(`      \xB7 ${p}`);
      if (parts.length > MAX_PARTS)
        out.push(`      \xB7 \u2026 ${parts.length - MAX_PARTS} more (every one in --format json)`);
      if (f.scenarios)
        out.push(`      when ${f.scenarios.map((s) => Object.entries(s).map(([k, v]) => `${k}=${v}`).join(" ")).join(" | ")}`);
      const frame = frames.frame(f.location.file, f.location.line, f.location.column, (s) => paint(c, 31, s));
      if (frame)
        out.push(frame);
    }
    out.push("");
  }
  const suppressed = result.suppressed ?? [];
  if (suppressed.length) {
    out.push(paint(c, 1, `Waived (${suppressed.length})`));
    for (const f of suppressed) {
      const s = f.suppression;
      const where2 = s.location ? ` at ${s.location.file}:${s.location.line}` : "";
      out.push(`  ${f.location.file}:${f.location.line}:${f.location.column}  ${f.ruleId}${f.requirement ? ` [${f.requirement}]` : ""}  ${paint(c, 90, `"${s.justification}" (${s.source}${where2}${s.expires ? `, until ${s.expires}` : ""})`)}`);
    }
    out.push("");
  }
  if (result.baseline?.stale.length) {
    out.push(paint(c, 90, `${result.baseline.stale.length} baseline entr${result.baseline.stale.length === 1 ? "y no longer occurs" : "ies no longer occur"} (fixed): rewrite the baseline with --write-baseline to drop ${result.baseline.stale.length === 1 ? "it" : "them"}.`), "");
  }
  out.push(...scopeLines(result, c));
  const drift = driftNote(result);
  if (drift)
    out.push(paint(c, 33, `Catalogue drift: ${drift}`), "");
  if (result.requirements.length) {
    out.push(paint(c, 1, "Requirements"));
    const width = Math.max(...result.requirements.map((r) => r.id.length));
    for (const r of result.requirements) {
      const decisive2 = r.evidence.find((e) => e.status === r.status);
      out.push(`  ${r.id.padEnd(width)}  ${paint(c, STATUS_COLOR[r.status] ?? 0, r.status.padEnd(14))} ${decisive2?.message ?? ""}`);
    }
    out.push("");
  }
  out.push(summaryLine(result));
  return out.join("\n") + "\n";
}
function scopeLines(result, c = false) {
  const s = result.scope;
  if (!s || !s.runnerGroups.length && !s.outOfScope.length && !s.controlsOutOfScope?.length && !s.note)
    return [];
  const out = [paint(c, 1, `Scope${s.mode === "all" ? " (--scope all: every group)" : ""}`)];
  const byFile = /* @__PURE__ */ new Map();
  for (const g of s.runnerGroups)
    byFile.set(g.file, [...byFile.get(g.file) ?? [], `${g.id} (${g.role}, ${g.roleFrom})`]);
  for (const [file, groups] of byFile)
    out.push(`  ${file}: ${groups.join(", ")}`);
  if (s.outOfScope.length) {
    const reasons = /* @__PURE__ */ new Map();
    for (const o of s.outOfScope)
      reasons.set(o.reason, (reasons.get(o.reason) ?? 0) + 1);
    const why = [...reasons].map(([r, n]) => `${r}: ${n}`).join("; ");
    out.push(paint(c, 90, `  ${s.outOfScope.length} file${s.outOfScope.length === 1 ? "" : "s"} out of scope, not evaluated (${why})`));
  }
  for (const x of s.controlsOutOfScope ?? [])
    out.push(paint(c, 90, `  ${x.file}: ${controlLabel(x)} out of scope (does not cover the runner's VPC)`));
  if (s.note)
    out.push(paint(c, 33, `  note: ${s.note}`));
  out.push("");
  return out;
}
function tags(f) {
  const parts = [f.requirement, f.status === "unknown" ? "unknown" : ""].filter(Boolean);
  return parts.length ? ` [${parts.join(", ")}]` : "";
}
function summaryLine(result) {
  const n = (s) => result.findings.filter((f) => f.severity === s).length;
  const req = (s) => result.requirements.filter((r) => r.status === s).length;
  const parts = [
    `${result.inputs.length} file${result.inputs.length === 1 ? "" : "s"} checked`,
    `${plural(n("error"), "error")}, ${plural(n("warning"), "warning")}, ${plural(n("note"), "note")}`,
    `requirements: ${req("satisfied")} satisfied, ${req("violated")} violated, ${req("unknown")} unknown, ${req("not-applicable")} not applicable`
  ];
  if (result.suppressed?.length)
    parts.push(`${result.suppressed.length} waived`);
  if (result.baseline)
    parts.push(`${result.baseline.baselined.length} in the baseline`);
  if (result.errors.length)
    parts.push(`${result.errors.length} unreadable input${result.errors.length === 1 ? "" : "s"}`);
  return parts.join("; ");
}

// dist/report/github.js
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, props, message) {
  const p = Object.entries(props).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command}${p ? ` ${p}` : ""}::${escapeData(message)}`;
}
function annotation(f, cwd) {
  const end = endOf(f.location);
  const text = [
    `${f.status === "unknown" ? cannotVerify(f.message) : f.message}${f.requirement ? ` [${f.requirement}]` : ""}${f.resource ? ` (resource ${f.resource})` : ""}`,
    ...partLines(f).map((p) => `- ${p}`)
  ].join("\n");
  return workflowCommand(COMMAND[f.severity], {
    file: displayPath(f.location.file, cwd),
    line: f.location.line,
    ...end.endLine ? { endLine: end.endLine } : {},
    col: f.location.column,
    ...end.endColumn ? { endColumn: end.endColumn } : {},
    title: f.ruleId
  }, text);
}
function renderGithub(input, engine, options = {}) {
  void engine;
  const cwd = options.cwd ?? process.cwd();
  const out = [];
  for (const e of input.errors) {
    out.push(workflowCommand("error", {
      ...e.file ? { file: displayPath(e.file, cwd) } : {},
      ...e.pos ? { line: e.pos.line, col: e.pos.column } : {},
      title: `runnerlint ${e.code}`
    }, e.message));
  }
  for (const f of [...input.findings].sort(bySeverityThenPlace))
    out.push(annotation(f, cwd));
  if (input.scope?.note)
    out.push(workflowCommand("notice", { title: "runnerlint scope" }, input.scope.note));
  out.push(summaryLine(input));
  return out.join("\n") + "\n";
}

// dist/report/html.js
function esc(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function link(url, text) {
  if (!url || !/^https?:\/\//i.test(url))
    return esc(text);
  return `<a href="${esc(url)}" rel="noopener noreferrer">${esc(text)}</a>`;
}
var SYMBOL = { violated: "\u2716", unknown: "?", satisfied: "\u2714", "not-applicable": "\u2013" };
var LABEL = {
  violated: "violated",
  unknown: "unknown",
  satisfied: "satisfied",
  "not-applicable": "not applicable"
};
function badge(status) {
  return `<span class="badge st-${status}">${SYMBOL[status]} ${LABEL[status]}</span>`;
}
var CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;
--viol:#b42318;--viol-bg:#fde8e7;--unk:#8a5a00;--unk-bg:#fff4d6;--ok:#1a7f37;--ok-bg:#dcf5e3;--na:#59636e;--na-bg:#eef1f4}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:20px 0 8px}.muted{color:var(--muted)}
code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
pre{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:8px 12px;overflow:auto;white-space:pre}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:22px}.card.st-violated b{color:var(--viol)}.card.st-unknown b{color:var(--unk)}.card.st-satisfied b{color:var(--ok)}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
table.matrix th.input{font-weight:600;min-width:150px;max-width:240px;overflow-wrap:break-word;vertical-align:bottom}
table.matrix td:first-child{white-space:nowrap}
.scroll{overflow-x:auto;max-width:100%}
table.matrix th:first-child,table.matrix td:first-child{position:sticky;left:0;background:var(--bg);z-index:1}
table.matrix th:first-child{background:var(--soft)}
table.matrix th.input .dir{display:block;font-weight:400;color:var(--muted);font-size:12px}
table.matrix td.cell{text-align:center;white-space:nowrap}
.badge,.cell{font-weight:600}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;white-space:nowrap}
.st-violated{color:var(--viol);background:var(--viol-bg)}.st-unknown{color:var(--unk);background:var(--unk-bg)}
.st-satisfied{color:var(--ok);background:var(--ok-bg)}.st-not-applicable{color:var(--na);background:var(--na-bg)}
.st-none{color:var(--muted);background:transparent}
.card.st-violated,.card.st-unknown,.card.st-satisfied,.card.st-not-applicable{background:var(--bg)}
.sev-error{color:var(--viol);font-weight:600}.sev-warning{color:var(--unk);font-weight:600}.sev-note{color:#0969da;font-weight:600}
article.req{border:1px solid var(--line);border-radius:8px;padding:4px 16px 12px;margin:12px 0;break-inside:avoid}
.finding{border-left:4px solid var(--line);padding:4px 12px;margin:10px 0}
.finding.edge-error{border-color:var(--viol)}.finding.edge-warning{border-color:var(--unk)}.finding.edge-note{border-color:#0969da}
.legend span{margin-right:12px}
@media print{body{padding:0}a{color:inherit}article.req,.finding{break-inside:avoid}}
`;
function evidenceRows(evidence, cwd) {
  if (!evidence.length)
    return `<p class="muted">No evidence.</p>`;
  const rows = evidence.map((e) => `<tr><td>${badge(e.status)}</td><td><code>${esc(e.rule)}</code></td><td>${esc(e.message)}</td><td class="mono">${esc(where(e.location, cwd))}</td><td>${e.resource ? `<code>${esc(e.resource)}</code>` : ""}</td><td>${e.scenario ? esc(scenarioText(e.scenario)) : ""}</td></tr>`).join("\n");
  return `<table class="evidence"><thead><tr><th>Status</th><th>Rule</th><th>Evidence</th><th>Location</th><th>Resource</th><th>Scenario</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}
function frameFor(f, frames) {
  const frame = frames.frame(f.location.file, f.location.line, f.location.column, void 0, 2);
  return frame ? `<pre>${esc(frame)}</pre>` : "";
}
function renderHtml(input, engine, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const title = options.title ?? "Gitpod runner requirements: audit report";
  const generated = (options.generatedAt ?? /* @__PURE__ */ new Date()).toISOString();
  const rules = ruleById(engine);
  const matrix = requirementMatrix(input, engine);
  const st = countBy(input.requirements, (r) => r.status, STATUSES);
  const sev = countBy(input.findings, (f) => f.severity, SEVERITIES);
  const out = [];
  const frames = new CodeFrames({ cwd, ...options.texts ? { texts: options.texts } : {} });
  out.push(`<!doctype html>`, `<html lang="en">`, `<head>`, `<meta charset="utf-8">`, `<meta name="viewport" content="width=device-width, initial-scale=1">`, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`, `<meta name="generator" content="${esc(`${TOOL_NAME} ${VERSION}`)}">`, `<title>${esc(title)}</title>`, `<style>${CSS}</style>`, `</head>`, `<body>`, `<header>`, `<h1>${esc(title)}</h1>`, `<p class="muted">${esc(TOOL_NAME)} ${esc(VERSION)} \xB7 requirement catalogue ${esc(engine.catalogue.version)}${engine.opaVersion ? ` \xB7 OPA ${esc(engine.opaVersion)}` : ""} \xB7 generated ${esc(generated)}</p>`, ...driftNote(input) ? [`<p id="drift"><span class="badge st-unknown">catalogue drift</span> ${esc(driftNote(input))}</p>`] : [], `</header>`);
  out.push(`<section id="summary"><h2>Summary</h2>`, `<div class="cards">`);
  for (const s of STATUSES)
    out.push(`<div class="card st-${s}"><b>${st[s]}</b>${LABEL[s]}</div>`);
  out.push(`<div class="card"><b>${input.findings.length}</b>${plural(input.findings.length, "finding").replace(/^\d+ /, "")} (${plural(sev.error, "error")}, ${plural(sev.warning, "warning")}, ${plural(sev.note, "note")})</div>`, `<div class="card"><b>${input.inputs.length}</b>${input.inputs.length === 1 ? "input" : "inputs"} checked</div>`);
  if (input.suppressed?.length)
    out.push(`<div class="card"><b>${input.suppressed.length}</b>waived</div>`);
  if (input.errors.length)
    out.push(`<div class="card st-violated"><b>${input.errors.length}</b>unreadable ${input.errors.length === 1 ? "input" : "inputs"}</div>`);
  out.push(`</div>`);
  out.push(`<p class="legend muted">${STATUSES.map((s) => `<span>${badge(s)}</span>`).join("")}<span>blank: the input's kind does not speak to the requirement</span></p>`, `<p class="muted">runnerlint fails closed: a value it cannot resolve offline never counts as satisfied; the requirement is <em>unknown</em>, with the reason.</p>`, `</section>`);
  const at = { matrix: out.length, requirements: 0, findings: 0, waivers: 0, scope: 0, inputs: 0 };
  out.push(`<section id="matrix"><h2>Requirements \xD7 inputs</h2>`);
  if (!input.requirements.length)
    out.push(`<p class="muted">No requirement was judged (no input of a known kind).</p>`);
  else {
    out.push(`<div class="scroll"><table class="matrix" id="requirement-matrix"><thead><tr><th>Requirement</th><th>Title</th><th>Overall</th>`);
    for (const i of matrix.inputs) {
      const path = displayPath(i.file, cwd);
      const cut = path.lastIndexOf("/") + 1;
      if (i.account)
        out.push(`<th class="input" title="${esc(path)}"><span class="dir">account</span>${esc(i.account)}</th>`);
      else
        out.push(`<th class="input" title="${esc(path)}">${cut ? `<span class="dir">${esc(path.slice(0, cut))}</span>` : ""}${esc(path.slice(cut))}</th>`);
    }
    out.push(`</tr></thead><tbody>`);
    for (const row of matrix.rows) {
      const r = row.requirement;
      const cells = row.cells.map((c) => {
        if (c.status === null)
          return `<td class="cell st-none" title="not checked by this input"></td>`;
        const e = c.evidence.find((x) => x.status === c.status) ?? c.evidence[0];
        return `<td class="cell st-${c.status}" title="${esc(e ? `${e.rule}: ${e.message}` : LABEL[c.status])}">${SYMBOL[c.status]} ${LABEL[c.status]}</td>`;
      }).join("");
      out.push(`<tr><td><a href="#req-${esc(r.id)}"><code>${esc(r.id)}</code></a></td><td>${esc(r.title)}</td><td class="cell st-${r.status}">${SYMBOL[r.status]} ${LABEL[r.status]}</td>${cells}</tr>`);
    }
    out.push(`</tbody></table></div>`);
  }
  out.push(`</section>`);
  at.requirements = out.length;
  if (input.requirements.length) {
    out.push(`<section id="requirements"><h2>Requirements: evidence and remediation</h2>`);
    const order = [...input.requirements].sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.id.localeCompare(b.id));
    for (const r of order) {
      const req = engine.catalogue.requirements[r.id];
      const d = decisive(r);
      out.push(`<article class="req" id="req-${esc(r.id)}">`, `<h3>${badge(r.status)} <code>${esc(r.id)}</code> ${esc(r.title)}</h3>`);
      const about = userDescription(req);
      if (about)
        out.push(`<p>${esc(about)}</p>`);
      if (d)
        out.push(`<p><strong>Decided by</strong> <code>${esc(d.rule)}</code>: ${esc(d.message)}${d.location ? ` <span class="mono">(${esc(where(d.location, cwd))})</span>` : ""}</p>`);
      const sources = (req?.sources ?? []).map((s) => seedOf(engine, s)).filter((s) => s !== void 0);
      if (sources.length)
        out.push(`<p class="muted">Source: ${sources.map((s) => `${link(s.url, s.title)}, section \u201C${esc(s.section)}\u201D`).join("; ")}</p>`);
      out.push(`<details><summary>Evidence (${r.evidence.length})</summary>`, evidenceRows(r.evidence, cwd), `</details>`);
      if (r.status === "violated" || r.status === "unknown") {
        const fixes = rulesFor(engine, r.id).filter((rule) => rule.remediation && r.evidence.some((e) => e.rule === rule.id && e.status === r.status));
        if (fixes.length)
          out.push(`<p><strong>Remediation</strong></p><ul>${fixes.map((rule) => `<li><code>${esc(rule.id)}</code>: ${esc(rule.remediation)}</li>`).join("")}</ul>`);
      }
      out.push(`</article>`);
    }
    out.push(`</section>`);
  }
  at.findings = out.length;
  out.push(`<section id="findings"><h2>Findings</h2>`);
  if (!input.findings.length)
    out.push(`<p class="muted">No findings.</p>`);
  for (const [file, findings] of groupByFile(input.findings)) {
    out.push(`<h3 class="mono">${esc(displayPath(file, cwd))}</h3>`);
    for (const f of findings) {
      const rule = rules.get(f.ruleId);
      const help = ruleHelpUri(rule, f.ruleId, options);
      out.push(`<div class="finding edge-${f.severity}">`, `<p><span class="sev-${f.severity}">${esc(f.severity)}</span>${f.status === "unknown" ? ` ${badge("unknown")} cannot verify` : ""} \xB7 <span class="mono">${esc(where(f.location, cwd))}</span> \xB7 ${link(help, f.ruleId)}${f.requirement ? ` \xB7 requirement <a href="#req-${esc(f.requirement)}"><code>${esc(f.requirement)}</code></a>` : ""}${f.resource ? ` \xB7 resource <code>${esc(f.resource)}</code>` : ""}</p>`, `<p>${esc(f.message)}</p>`);
      if (f.parts)
        out.push(`<ul>${partLines(f).map((p) => `<li>${esc(p)}</li>`).join("")}</ul>`);
      if (f.scenarios)
        out.push(`<p class="muted">When ${f.scenarios.map((s) => esc(scenarioText(s))).join(" | ")}</p>`);
      if (rule?.remediation)
        out.push(`<p><strong>Remediation:</strong> ${esc(rule.remediation)}</p>`);
      out.push(frameFor(f, frames), `</div>`);
    }
  }
  out.push(`</section>`);
  at.waivers = out.length;
  if (input.suppressed?.length) {
    out.push(`<section id="waivers"><h2>Waived findings</h2><table><thead><tr><th>Location</th><th>Rule</th><th>Requirement</th><th>Message</th><th>Justification</th><th>Expires</th><th>Waived in</th></tr></thead><tbody>`);
    for (const f of input.suppressed) {
      const s = f.suppression;
      out.push(`<tr><td class="mono">${esc(where(f.location, cwd))}</td><td><code>${esc(f.ruleId)}</code></td><td><code>${esc(f.requirement)}</code></td><td>${esc(f.message)}</td><td>${esc(s.justification)}</td><td>${esc(s.expires ?? "never")}</td><td>${esc(s.source)}${s.location ? ` <span class="mono">${esc(where(s.location, cwd))}</span>` : ""}</td></tr>`);
    }
    out.push(`</tbody></table></section>`);
  }
  at.scope = out.length;
  const scope = input.scope;
  if (scope && (scope.runnerGroups.length || scope.outOfScope.length || scope.controlsOutOfScope?.length || scope.note)) {
    out.push(`<section id="scope"><h2>Scope</h2>`);
    if (scope.note)
      out.push(`<p><span class="badge st-unknown">note</span> ${esc(scope.note)}</p>`);
    if (scope.runnerGroups.length) {
      out.push(`<table><thead><tr><th>Security group taken as the runner's</th><th>Role</th><th>Why</th><th>File</th></tr></thead><tbody>`);
      for (const g of scope.runnerGroups)
        out.push(`<tr><td class="mono">${esc(g.id)}</td><td>${esc(g.role)}</td><td>${esc(g.roleFrom)}</td><td class="mono">${esc(displayPath(g.file, cwd))}</td></tr>`);
      out.push(`</tbody></table>`);
    }
    if (scope.outOfScope.length)
      out.push(`<p class="muted">${plural(scope.outOfScope.length, "file")} out of scope, not evaluated: see Inputs.</p>`);
    for (const c of scope.controlsOutOfScope ?? [])
      out.push(`<p class="muted">${esc(controlLabel(c))} in <span class="mono">${esc(displayPath(c.file, cwd))}</span>: out of scope (does not cover the runner's VPC).</p>`);
    out.push(`</section>`);
  }
  at.inputs = out.length;
  out.push(`<section id="inputs"><h2>Inputs</h2><table><thead><tr><th>File</th><th>Loader</th><th>Kind</th><th>Scenarios</th></tr></thead><tbody>`);
  for (const i of input.inputs) {
    out.push(`<tr><td class="mono">${esc(displayPath(i.file, cwd))}</td><td>${esc(i.loader ?? "")}</td><td>${esc(i.kind ?? "")}</td><td>${i.scenarios}${i.truncated ? ` <span class="badge st-unknown">truncated: ${esc(i.truncated)}</span>` : ""}${i.outOfScope ? ` <span class="muted">out of scope: ${esc(i.outOfScope)}</span>` : ""}</td></tr>`);
  }
  for (const e of input.errors) {
    out.push(`<tr><td class="mono">${esc(e.file ? `${displayPath(e.file, cwd)}${e.pos ? `:${e.pos.line}:${e.pos.column}` : ""}` : TOOL_NAME)}</td><td colspan="3"><span class="badge st-violated">${esc(e.code)}</span> ${esc(e.message)}</td></tr>`);
  }
  for (const s of input.skipped)
    out.push(`<tr><td class="mono">${esc(displayPath(s, cwd))}</td><td colspan="3" class="muted">skipped: not a recognized input</td></tr>`);
  out.push(`</tbody></table></section>`);
  out.push(`</body>`, `</html>`);
  const part = (from, to) => out.slice(from, to);
  return [
    ...part(0, at.matrix),
    ...part(at.findings, at.waivers),
    ...part(at.matrix, at.requirements),
    ...part(at.scope, at.inputs),
    ...part(at.requirements, at.findings),
    ...part(at.waivers, at.scope),
    ...part(at.inputs, out.length)
  ].join("\n") + "\n";
}

// dist/report/json.js
var REPORT_VERSION = 1;
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    status: f.status,
    // "" for advisory rules that judge no catalogue requirement (schemas/output/report.v1.schema.json).
    requirement: f.requirement,
    message: f.message,
    location: f.location,
    ...f.resource ? { resource: f.resource } : {},
    ...f.scenarios ? { scenarios: f.scenarios } : {},
    ...f.expiredWaiver ? { expiredWaiver: f.expiredWaiver } : {},
    ...f.parts ? { parts: f.parts.map((p) => ({ requirement: p.requirement, message: p.message })) } : {}
  };
}
function toJsonReport(result, engine) {
  const count = (items, key, values) => Object.fromEntries(values.map((v) => [v, items.filter((i) => i[key] === v).length]));
  const suppressed = result.suppressed ?? [];
  return {
    version: REPORT_VERSION,
    tool: {
      name: "runnerlint",
      version: VERSION,
      rulePackVersion: VERSION,
      catalogueVersion: engine.catalogue.version,
      opaVersion: engine.opaVersion
    },
    findings: result.findings.map(findingJson),
    // Waived findings: still reported, with the waiver that accepted them.
    suppressed: suppressed.map((f) => ({ ...findingJson(f), suppression: f.suppression })),
    requirements: result.requirements,
    inputs: result.inputs,
    scope: result.scope,
    ...result.catalogue ? { catalogue: result.catalogue } : {},
    errors: result.errors.map((e) => ({
      code: e.code,
      message: e.message,
      file: e.file ?? null,
      line: e.pos?.line ?? null,
      column: e.pos?.column ?? null
    })),
    ...result.baseline ? {
      baseline: {
        ...result.baseline.path ? { file: result.baseline.path } : {},
        baselined: result.baseline.baselined.length,
        stale: result.baseline.stale
      }
    } : {},
    summary: {
      files: result.inputs.length,
      skipped: result.skipped.length,
      errors: result.errors.length,
      findings: count(result.findings, "severity", ["error", "warning", "note"]),
      suppressed: suppressed.length,
      ...result.baseline ? { baselined: result.baseline.baselined.length } : {},
      requirements: count(result.requirements, "status", [
        "satisfied",
        "violated",
        "unknown",
        "not-applicable"
      ])
    }
  };
}
function renderJson(result, engine) {
  return JSON.stringify(toJsonReport(result, engine), null, 2) + "\n";
}

// dist/report/junit.js
function xmlEscape(s) {
  return s.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function xmlText(s) {
  return xmlEscape(s).replace(/&#10;/g, "\n").replace(/&#9;/g, "	");
}
var attrs = (a) => Object.entries(a).filter(([, v]) => v !== void 0).map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`).join("");
function evidenceLine(e, cwd) {
  const parts = [`${e.rule}: ${e.message}`];
  if (e.resource)
    parts.push(`resource ${e.resource}`);
  if (e.location)
    parts.push(`at ${where(e.location, cwd)}`);
  if (e.scenario)
    parts.push(`when ${scenarioText(e.scenario)}`);
  return `[${e.status}] ${parts.join(" ")}`;
}
function waiversOf(cell, requirement, suppressed) {
  if (!suppressed.length || cell.status !== "violated" && cell.status !== "unknown")
    return void 0;
  const out = [];
  for (const e of cell.evidence.filter((x) => x.status === cell.status)) {
    const f = suppressed.find((s) => s.ruleId === e.rule && s.requirement === requirement && e.location !== void 0 && s.location.file === e.location.file && s.location.line === e.location.line && s.location.column === e.location.column && (s.resource ?? "") === (e.resource ?? ""));
    if (!f)
      return void 0;
    if (!out.includes(f))
      out.push(f);
  }
  return out.length ? out : void 0;
}
function testcase(file, requirement, title, cell, cwd, waived) {
  const decisive2 = cell.evidence.find((e) => e.status === cell.status) ?? cell.evidence[0];
  const loc = decisive2?.location;
  const head = `    <testcase${attrs({ classname: displayPath(file, cwd), name: requirement, time: "0", ...loc ? { file: displayPath(loc.file, cwd), line: loc.line } : {} })}>`;
  const detail = [`${requirement}: ${title}`, ...cell.evidence.map((e) => evidenceLine(e, cwd))].join("\n");
  let body;
  if (waived) {
    const reasons = waived.map((f) => `${f.suppression.justification} (${f.suppression.source}${f.suppression.expires ? `, until ${f.suppression.expires}` : ""})`);
    body = `      <skipped${attrs({ message: `waived: ${[...new Set(reasons)].join("; ")}` })}/>
      <system-out>${xmlText(detail)}</system-out>`;
    return `${head}
${body}
    </testcase>`;
  }
  switch (cell.status) {
    case "violated": {
      const msg = `${decisive2?.message ?? "violated"}${loc ? ` (${where(loc, cwd)})` : ""}`;
      body = `      <failure${attrs({ message: msg, type: decisive2?.rule ?? "violated" })}>${xmlText(detail)}</failure>`;
      break;
    }
    case "unknown":
      body = `      <skipped${attrs({ message: cannotVerify(decisive2?.message ?? "no verdict") })}/>
      <system-out>${xmlText(detail)}</system-out>`;
      break;
    case "not-applicable":
      body = `      <skipped${attrs({ message: `not applicable: ${decisive2?.message ?? "no verdict located in this input; decided by another input"}` })}/>`;
      break;
    default:
      body = `      <system-out>${xmlText(detail)}</system-out>`;
  }
  return `${head}
${body}
    </testcase>`;
}
function errorCase(e, cwd) {
  const file = e.file ? displayPath(e.file, cwd) : TOOL_NAME;
  return [
    `    <testcase${attrs({ classname: file, name: "load", time: "0", ...e.file ? { file } : {}, ...e.pos ? { line: e.pos.line } : {} })}>`,
    `      <error${attrs({ message: e.format(), type: e.code })}>${xmlText(e.format())}</error>`,
    `    </testcase>`
  ].join("\n");
}
function renderJunit(input, engine, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const matrix = requirementMatrix(input, engine);
  const suites = [];
  const suiteOf = (file, account) => {
    const name = `${displayPath(file, cwd)}${account ? ` (account ${account})` : ""}`;
    let s = suites.find((x) => x.name === name);
    if (!s)
      suites.push(s = { name, cases: [], tests: 0, failures: 0, errors: 0, skipped: 0 });
    return s;
  };
  matrix.inputs.forEach((inp, col) => {
    const suite = suiteOf(inp.file, inp.account);
    for (const row of matrix.rows) {
      const cell = row.cells[col];
      if (cell.status === null)
        continue;
      const waived = waiversOf(cell, row.requirement.id, input.suppressed ?? []);
      suite.cases.push(testcase(inp.file, row.requirement.id, row.requirement.title, cell, cwd, waived));
      suite.tests++;
      if (waived)
        suite.skipped++;
      else if (cell.status === "violated")
        suite.failures++;
      else if (cell.status === "unknown" || cell.status === "not-applicable")
        suite.skipped++;
    }
  });
  for (const e of input.errors) {
    const suite = suiteOf(e.file ?? TOOL_NAME);
    suite.cases.push(errorCase(e, cwd));
    suite.tests++;
    suite.errors++;
  }
  const total = (k) => suites.reduce((n, s) => n + s[k], 0);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites${attrs({ name: TOOL_NAME, tests: total("tests"), failures: total("failures"), errors: total("errors"), time: "0" })}>`
  ];
  for (const s of suites) {
    out.push(`  <testsuite${attrs({ name: s.name, tests: s.tests, failures: s.failures, errors: s.errors, skipped: s.skipped, time: "0" })}>`);
    out.push(...s.cases);
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`);
  return out.join("\n") + "\n";
}

// dist/report/markdown.js
var STATUS_EMOJI = { violated: "\u274C", unknown: "\u26A0\uFE0F", satisfied: "\u2705", "not-applicable": "\u2796" };
var SEVERITY_EMOJI = { error: "\u{1F534}", warning: "\u{1F7E1}", note: "\u{1F535}" };
var STATUS_LABEL = {
  violated: "violated",
  unknown: "unknown",
  satisfied: "satisfied",
  "not-applicable": "not applicable"
};
var DEFAULT_MAX_CHARS = 6e4;
function mdText(s) {
  return s.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, " ");
}
function mdCell(s) {
  return s.split(/\r?\n|\r/).map(mdText).join("<br>");
}
function mdCode(s) {
  const flat = s.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function headerLine(input) {
  const sev = countBy(input.findings, (f) => f.severity, SEVERITIES);
  const st = countBy(input.requirements, (r) => r.status, STATUSES);
  const parts = [
    `${sev.error} ${sev.error === 1 ? "error" : "errors"}, ${sev.warning} ${sev.warning === 1 ? "warning" : "warnings"}, ${sev.note} ${sev.note === 1 ? "note" : "notes"}`,
    `requirements: ${st.satisfied} satisfied, ${st.violated} violated, ${st.unknown} unknown, ${st["not-applicable"]} not applicable`,
    plural(input.inputs.length, "file") + " checked"
  ];
  if (input.suppressed?.length)
    parts.push(`${input.suppressed.length} suppressed`);
  if (input.errors.length)
    parts.push(plural(input.errors.length, "unreadable input"));
  const icon = sev.error || st.violated || input.errors.length ? "\u274C" : st.unknown || sev.warning ? "\u26A0\uFE0F" : "\u2705";
  return `${icon} **${TOOL_NAME}**: ${parts.join(" \xB7 ")}`;
}
function findingLine(f) {
  const place = `${f.location.line}:${f.location.column}`;
  const unknown = f.status === "unknown" && !/^\s*cannot verify\b/i.test(f.message) ? " *(cannot verify)*" : "";
  const resource = f.resource ? ` \xB7 resource ${mdCode(f.resource)}` : "";
  const parts = partLines(f).map((p) => `<br>\xB7 ${mdCell(p)}`).join("");
  const when = f.scenarios ? `<br>when ${f.scenarios.map((s) => mdText(scenarioText(s))).join(" \\| ")}` : "";
  return `| ${SEVERITY_EMOJI[f.severity]} ${f.severity} | ${mdCode(place)} | ${mdCell(f.message)}${parts}${unknown}${resource}${when} | ${mdCode(f.ruleId)}${f.requirement ? `<br>${mdCode(f.requirement)}` : ""} |`;
}
function scopeMarkdown(input, cwd) {
  const s = input.scope;
  if (!s || !s.runnerGroups.length && !s.outOfScope.length && !s.controlsOutOfScope?.length && !s.note)
    return [];
  const out = [];
  if (s.runnerGroups.length) {
    const groups = s.runnerGroups.map((g) => `${mdCode(g.id)} (${g.role}, ${g.roleFrom}) in ${mdCode(displayPath(g.file, cwd))}`);
    out.push(`**Scope${s.mode === "all" ? " (all groups)" : ""}:** judged as the runner's: ${groups.join(", ")}.`);
  }
  if (s.outOfScope.length)
    out.push(`${plural(s.outOfScope.length, "file")} out of scope, not evaluated (${[...new Set(s.outOfScope.map((o) => o.reason))].map(mdText).join("; ")}).`);
  const controls = (s.controlsOutOfScope ?? []).map((c) => `${mdText(controlLabel(c))} in ${mdCode(displayPath(c.file, cwd))}`);
  if (controls.length)
    out.push(`Out of scope (they do not cover the runner's VPC): ${controls.join(", ")}.`);
  if (s.note)
    out.push(`> [!NOTE]
> ${mdText(s.note)}`);
  return [out.join("\n\n"), ""];
}
function renderMarkdown(input, engine, options = {}) {
  void engine;
  const cwd = options.cwd ?? process.cwd();
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const out = [];
  out.push(`## ${mdText(options.title ?? "Gitpod runner requirements")}`, "", headerLine(input), "");
  if (input.requirements.length) {
    out.push("| Status | Requirement | Title | Decisive evidence |", "|---|---|---|---|");
    const order = [...input.requirements].sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.id.localeCompare(b.id));
    for (const r of order) {
      const e = decisive(r);
      const evidence = e ? `${mdCell(e.message)}${e.location ? ` \u2014 ${mdCode(`${displayPath(e.location.file, cwd)}:${e.location.line}`)}` : ""}` : "";
      out.push(`| ${STATUS_EMOJI[r.status]} ${STATUS_LABEL[r.status]} | ${mdCode(r.id)} | ${mdCell(r.title)} | ${evidence} |`);
    }
    out.push("");
  }
  out.push(...scopeMarkdown(input, cwd));
  const drift = driftNote(input);
  if (drift)
    out.push(`> **Catalogue drift:** ${mdText(drift)}`, "");
  if (input.findings.length) {
    out.push(`### Findings`, "");
    let shown = 0;
    let budgetHit = false;
    for (const [file, findings] of groupByFile(input.findings)) {
      if (budgetHit)
        break;
      const block = [
        `#### ${mdCode(displayPath(file, cwd))}`,
        "",
        "| Severity | Line:col | Message | Rule / requirement |",
        "|---|---|---|---|"
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
      if (block.length > 4)
        out.push(...block, "");
    }
    if (shown < input.findings.length) {
      out.push(`*${input.findings.length - shown} more ${input.findings.length - shown === 1 ? "finding is" : "findings are"} not listed here to keep this comment short: see the SARIF, JSON or HTML report.*`, "");
    }
  }
  if (input.suppressed?.length) {
    out.push(`<details><summary>${plural(input.suppressed.length, "suppressed finding")}</summary>`, "", "| Location | Rule | Justification | Expires |", "|---|---|---|---|");
    for (const f of input.suppressed) {
      out.push(`| ${mdCode(`${displayPath(f.location.file, cwd)}:${f.location.line}`)} | ${mdCode(f.ruleId)} | ${mdCell(f.suppression.justification)} | ${f.suppression.expires ? mdText(f.suppression.expires) : "never"} |`);
    }
    out.push("", "</details>", "");
  }
  if (input.errors.length) {
    out.push(`### Unreadable inputs`, "");
    for (const e of input.errors)
      out.push(`- ${mdCode(e.file ? `${displayPath(e.file, cwd)}${e.pos ? `:${e.pos.line}:${e.pos.column}` : ""}` : TOOL_NAME)} ${mdText(e.message)} (${mdCode(e.code)})`);
    out.push("");
  }
  return out.join("\n");
}

// dist/report/sarif.js
import { createHash } from "node:crypto";
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "runnerlint/v1";
var SECURITY_SEVERITY = { error: "8.0", warning: "5.0", note: "2.0" };
function toSarif(input, engine, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const rules = [...engine.rules].sort((a, b) => a.id.localeCompare(b.id));
  const known = new Set(rules.map((r) => r.id));
  const all = [...input.findings, ...input.suppressed ?? []];
  const extra = [...new Set(all.map((f) => f.ruleId).filter((id) => !known.has(id)))].sort();
  const descriptors = [...rules.map((r) => ruleDescriptor(r, engine, options)), ...extra.map((id) => ({ id, name: ruleName(id) }))];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const occurrences2 = /* @__PURE__ */ new Map();
  const results = [
    ...input.findings.map((f) => ({ f, s: void 0 })),
    ...(input.suppressed ?? []).map((f) => ({ f, s: f.suppression }))
  ].sort((a, b) => a.f.location.file.localeCompare(b.f.location.file) || a.f.location.line - b.f.location.line || a.f.location.column - b.f.location.column).map(({ f, s }) => toResult(f, s, index.get(f.ruleId), cwd, occurrences2));
  const notifications = [
    ...input.errors.map((e) => errorNotification(e, cwd)),
    ...input.skipped.map((file) => ({
      level: "note",
      message: { text: "not a recognized input; skipped" },
      locations: [{ physicalLocation: { artifactLocation: artifact(file, cwd) } }]
    })),
    // Said once for the run: groups were read, none is the runner's (never one alert per file).
    ...input.scope?.note ? [{ level: "warning", message: { text: input.scope.note } }] : [],
    ...driftNote(input) ? [{ level: "note", message: { text: driftNote(input) } }] : []
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
            ...informationUri() ? { informationUri: informationUri() } : {},
            rules: descriptors,
            properties: { catalogueVersion: engine.catalogue.version, ...engine.opaVersion ? { opaVersion: engine.opaVersion } : {} }
          }
        },
        invocations: [
          {
            executionSuccessful: input.errors.length === 0,
            ...notifications.length ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        // JavaScript strings, hence the loaders' columns, count UTF-16 code units.
        columnKind: "utf16CodeUnits",
        ...artifacts.length ? { artifacts } : {},
        results,
        properties: {
          // The audit view: every requirement's status, so a SARIF consumer sees what passed too.
          requirements: input.requirements.map((r) => ({ id: r.id, title: r.title, status: r.status })),
          // Which security groups were judged as the runner's and why; which files were not evaluated.
          ...input.scope ? { scope: input.scope } : {},
          ...input.catalogue ? { catalogue: input.catalogue } : {}
        }
      }
    ]
  };
}
function renderSarif(input, engine, options = {}) {
  return JSON.stringify(toSarif(input, engine, options), null, 2) + "\n";
}
function ruleName(id) {
  const last = id.split("/").pop() ?? id;
  return last.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function ruleDescriptor(rule, engine, options) {
  const helpUri = ruleHelpUri(rule, rule.id, options);
  const seed = seedOf(engine, rule.source);
  const reqs = rule.requirements.map((id) => ({ id, title: engine.catalogue.requirements[id]?.title }));
  const text = [
    rule.description.trim(),
    rule.remediation ? `Remediation: ${rule.remediation.trim()}` : "",
    reqs.length ? `Requirements: ${reqs.map((r) => r.title ? `${r.id} (${r.title})` : r.id).join(", ")}` : "",
    seed ? `Source: ${seed.title}, section "${seed.section}"${seed.url ? ` (${seed.url})` : ""}` : ""
  ].filter(Boolean).join("\n\n");
  const markdown = [
    `**${rule.title}**`,
    rule.description.trim(),
    rule.remediation ? `## Remediation

${rule.remediation.trim()}` : "",
    reqs.length ? `## Requirements

${reqs.map((r) => `- \`${r.id}\`${r.title ? `: ${r.title}` : ""}`).join("\n")}` : "",
    seed ? `## Source

${seed.url ? `[${seed.title}](${seed.url})` : seed.title}, section "${seed.section}"` : "",
    rule.relatedResources.length ? `## References

${rule.relatedResources.map((u) => `- <${u}>`).join("\n")}` : ""
  ].filter(Boolean).join("\n\n");
  const area = rule.id.includes("/") ? rule.id.split("/")[0] : void 0;
  return {
    id: rule.id,
    ...rule.aliases.length ? { deprecatedIds: [...rule.aliases] } : {},
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() || rule.title },
    ...helpUri ? { helpUri } : {},
    help: { text, markdown },
    defaultConfiguration: { level: rule.severity },
    properties: {
      // GitHub shows security-severity only for rules tagged "security".
      tags: [.../* @__PURE__ */ new Set(["security", ...area ? [area] : [], ...rule.requirements])],
      "security-severity": SECURITY_SEVERITY[rule.severity],
      requirements: [...rule.requirements],
      ...rule.source ? { source: rule.source } : {}
    }
  };
}
function toResult(f, suppression, ruleIndex, cwd, occurrences2) {
  const unknown = f.status === "unknown";
  return {
    ruleId: f.ruleId,
    ruleIndex,
    kind: unknown ? "review" : "fail",
    level: unknown ? "none" : f.severity,
    message: { text: [unknown ? cannotVerify(f.message) : f.message, ...partLines(f).map((p) => `- ${p}`)].join("\n") },
    locations: [location(f.location, cwd, f.resource)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, cwd, occurrences2) },
    ...suppression ? { suppressions: [toSuppression(suppression, cwd)] } : {},
    properties: {
      ...f.requirement ? { requirement: f.requirement } : {},
      ...f.parts ? { requirements: [...new Set(f.parts.map((p) => p.requirement))] } : {},
      status: f.status,
      severity: f.severity,
      ...f.resource ? { resource: f.resource } : {},
      ...f.location.pointer ? { pointer: f.location.pointer } : {},
      ...f.scenarios ? { scenarios: f.scenarios.map(scenarioText) } : {}
    }
  };
}
function toSuppression(s, cwd) {
  return {
    kind: s.source === "config" ? "external" : "inSource",
    status: "accepted",
    justification: s.justification,
    ...s.location ? { location: location(s.location, cwd) } : {},
    properties: { source: s.source, ...s.expires ? { expires: s.expires } : {} }
  };
}
function artifact(file, cwd) {
  const path = displayPath(file, cwd);
  const uri = path.split("/").map((seg, i) => i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)).join("/");
  if (path.startsWith("/") || /^[A-Za-z]:\//.test(path))
    return { uri: `file://${path.startsWith("/") ? "" : "/"}${uri}` };
  return { uri, uriBaseId: SRCROOT };
}
function location(loc, cwd, resource) {
  const region = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column), ...endOf(loc) };
  return {
    physicalLocation: { artifactLocation: artifact(loc.file, cwd), region },
    ...resource ? { logicalLocations: [{ name: resource, kind: "resource" }] } : {}
  };
}
function fingerprint(f, cwd, occurrences2) {
  const key = JSON.stringify([
    f.ruleId,
    f.requirement,
    displayPath(f.location.file, cwd),
    f.resource ?? f.location.pointer ?? "",
    f.messageId
  ]);
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 32);
  const n = (occurrences2.get(hash) ?? 0) + 1;
  occurrences2.set(hash, n);
  return `${hash}:${n}`;
}
function errorNotification(e, cwd) {
  const loc = e.file ? {
    physicalLocation: {
      artifactLocation: artifact(e.file, cwd),
      ...e.pos ? { region: { startLine: Math.max(1, e.pos.line), startColumn: Math.max(1, e.pos.column) } } : {}
    }
  } : void 0;
  return {
    level: "error",
    message: { text: e.message },
    descriptor: { id: e.code },
    ...loc ? { locations: [loc] } : {}
  };
}

// dist/report/index.js
var REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown", "github", "html"];
var renderers = {
  text: {
    format: "text",
    description: "human-readable, grouped by file, with code frames",
    extension: "txt",
    render: (r, _e, o) => renderText(r, { color: o?.color ?? false, ...o?.texts ? { texts: o.texts } : {} })
  },
  json: { format: "json", description: "the versioned JSON report", extension: "json", render: (r, e) => renderJson(r, e) },
  sarif: { format: "sarif", description: "SARIF 2.1.0 for code scanning", extension: "sarif", render: renderSarif },
  junit: { format: "junit", description: "JUnit XML: a test case per requirement per input", extension: "xml", render: renderJunit },
  markdown: { format: "markdown", description: "a PR comment / $GITHUB_STEP_SUMMARY", extension: "md", render: renderMarkdown },
  github: { format: "github", description: "GitHub Actions annotations (workflow commands)", extension: "txt", render: renderGithub },
  html: { format: "html", description: "a self-contained audit report", extension: "html", render: renderHtml }
};
function isReportFormat(s) {
  return REPORT_FORMATS.includes(s);
}
function renderReport(format, input, engine, options = {}) {
  return renderers[format].render(input, engine, options);
}

// dist/cli/report-outputs.js
var OUTPUT_USAGE = `  --format FORMAT                report format, repeatable: ${REPORT_FORMATS.join("|")} (default text)
  --output FILE                  write the report of the --format just before it to FILE; a --format
                                 with no --output prints to stdout (only one may). With one --format
                                 the order does not matter. Example:
                                   --format sarif --output r.sarif --format text
`;
function occurrences(argv, spec) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--")
      break;
    if (!arg.startsWith("--"))
      continue;
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? void 0 : eq);
    const s = spec[name];
    if (!s || s.type === "boolean")
      continue;
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value !== void 0 && (name === "format" || name === "output"))
      out.push({ flag: name, value });
  }
  return out;
}
function planOutputs(argv, spec) {
  const seq = occurrences(argv, spec);
  for (const o of seq) {
    if (o.flag === "format" && !isReportFormat(o.value))
      throw new RunnerlintError("USAGE", `--format must be one of ${REPORT_FORMATS.join(", ")} (got "${o.value}")`);
  }
  const formats = seq.filter((o) => o.flag === "format").map((o) => o.value);
  const files = seq.filter((o) => o.flag === "output").map((o) => o.value);
  let plan;
  if (formats.length <= 1 && files.length <= 1) {
    plan = [{ format: formats[0] ?? "text", file: files[0] }];
  } else {
    plan = [];
    for (const o of seq) {
      if (o.flag === "format") {
        plan.push({ format: o.value, file: void 0 });
        continue;
      }
      const last = plan[plan.length - 1];
      if (!last || last.file !== void 0) {
        throw new RunnerlintError("USAGE", `--output ${o.value} must come right after the --format it writes (e.g. --format sarif --output ${o.value})`);
      }
      last.file = o.value;
    }
  }
  const toStdout = plan.filter((p) => p.file === void 0);
  if (toStdout.length > 1) {
    throw new RunnerlintError("USAGE", `only one --format can print to stdout (${toStdout.map((p) => p.format).join(", ")}); give the others an --output FILE`);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const p of plan) {
    if (p.file === void 0)
      continue;
    if (seen.has(p.file))
      throw new RunnerlintError("USAGE", `--output ${p.file} is given twice`);
    seen.add(p.file);
  }
  return plan;
}
function writeReports(plan, input, engine, io, options) {
  const rendered = plan.map((p) => ({
    ...p,
    text: renderReport(p.format, input, engine, { ...options, color: p.file === void 0 && options.colorOnStdout })
  }));
  for (const r of rendered) {
    if (r.file === void 0)
      continue;
    try {
      writeAtomic(r.file, r.text);
    } catch (e) {
      const reason = e.code ?? e.message;
      throw new RunnerlintError("USAGE", `cannot write the ${r.format} report to --output ${r.file} (${reason})`);
    }
  }
  for (const r of rendered)
    if (r.file === void 0)
      io.stdout(r.text);
}

export {
  reachesUnknown,
  reachesThreshold,
  REPORT_FORMATS,
  OUTPUT_USAGE,
  planOutputs,
  writeReports
};
