import { SEVERITIES, STATUSES } from "../model/vocabulary.js";
import { VERSION } from "../version.js";
import { CodeFrames } from "./code-frame.js";
import { TOOL_NAME, controlLabel, countBy, decisive, displayPath, groupByFile, partLines, plural, requirementMatrix, ruleById, ruleHelpUri, rulesFor, scenarioText, seedOf, userDescription, where, driftNote, } from "./shared.js";
/** Escapes text for HTML element content and quoted attribute values. */
export function esc(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
/** An http(s) link, or plain text when the URL is anything else (no javascript: or data: links). */
function link(url, text) {
    if (!url || !/^https?:\/\//i.test(url))
        return esc(text);
    return `<a href="${esc(url)}" rel="noopener noreferrer">${esc(text)}</a>`;
}
const SYMBOL = { violated: "✖", unknown: "?", satisfied: "✔", "not-applicable": "–" };
const LABEL = {
    violated: "violated",
    unknown: "unknown",
    satisfied: "satisfied",
    "not-applicable": "not applicable",
};
function badge(status) {
    return `<span class="badge st-${status}">${SYMBOL[status]} ${LABEL[status]}</span>`;
}
const CSS = `
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
    const rows = evidence
        .map((e) => `<tr><td>${badge(e.status)}</td><td><code>${esc(e.rule)}</code></td><td>${esc(e.message)}</td><td class="mono">${esc(where(e.location, cwd))}</td><td>${e.resource ? `<code>${esc(e.resource)}</code>` : ""}</td><td>${e.scenario ? esc(scenarioText(e.scenario)) : ""}</td></tr>`)
        .join("\n");
    return `<table class="evidence"><thead><tr><th>Status</th><th>Rule</th><th>Evidence</th><th>Location</th><th>Resource</th><th>Scenario</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}
function frameFor(f, frames) {
    const frame = frames.frame(f.location.file, f.location.line, f.location.column, undefined, 2);
    return frame ? `<pre>${esc(frame)}</pre>` : "";
}
export function renderHtml(input, engine, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const title = options.title ?? "Gitpod runner requirements: audit report";
    const generated = (options.generatedAt ?? new Date()).toISOString();
    const rules = ruleById(engine);
    const matrix = requirementMatrix(input, engine);
    const st = countBy(input.requirements, (r) => r.status, STATUSES);
    const sev = countBy(input.findings, (f) => f.severity, SEVERITIES);
    const out = [];
    const frames = new CodeFrames({ cwd, ...(options.texts ? { texts: options.texts } : {}) });
    out.push(`<!doctype html>`, `<html lang="en">`, `<head>`, `<meta charset="utf-8">`, `<meta name="viewport" content="width=device-width, initial-scale=1">`, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`, `<meta name="generator" content="${esc(`${TOOL_NAME} ${VERSION}`)}">`, `<title>${esc(title)}</title>`, `<style>${CSS}</style>`, `</head>`, `<body>`, `<header>`, `<h1>${esc(title)}</h1>`, `<p class="muted">${esc(TOOL_NAME)} ${esc(VERSION)} · requirement catalogue ${esc(engine.catalogue.version)}${engine.opaVersion ? ` · OPA ${esc(engine.opaVersion)}` : ""} · generated ${esc(generated)}</p>`, ...(driftNote(input) ? [`<p id="drift"><span class="badge st-unknown">catalogue drift</span> ${esc(driftNote(input))}</p>`] : []), `</header>`);
    // Summary
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
    // Matrix
    const at = { matrix: out.length, requirements: 0, findings: 0, waivers: 0, scope: 0, inputs: 0 };
    out.push(`<section id="matrix"><h2>Requirements × inputs</h2>`);
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
            const cells = row.cells
                .map((c) => {
                if (c.status === null)
                    return `<td class="cell st-none" title="not checked by this input"></td>`;
                const e = c.evidence.find((x) => x.status === c.status) ?? c.evidence[0];
                return `<td class="cell st-${c.status}" title="${esc(e ? `${e.rule}: ${e.message}` : LABEL[c.status])}">${SYMBOL[c.status]} ${LABEL[c.status]}</td>`;
            })
                .join("");
            out.push(`<tr><td><a href="#req-${esc(r.id)}"><code>${esc(r.id)}</code></a></td><td>${esc(r.title)}</td><td class="cell st-${r.status}">${SYMBOL[r.status]} ${LABEL[r.status]}</td>${cells}</tr>`);
        }
        out.push(`</tbody></table></div>`);
    }
    out.push(`</section>`);
    // Requirements in detail
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
            const sources = (req?.sources ?? []).map((s) => seedOf(engine, s)).filter((s) => s !== undefined);
            if (sources.length)
                out.push(`<p class="muted">Source: ${sources.map((s) => `${link(s.url, s.title)}, section “${esc(s.section)}”`).join("; ")}</p>`);
            // Collapsed: the decisive line above says what the evidence table details.
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
    // Findings
    at.findings = out.length;
    out.push(`<section id="findings"><h2>Findings</h2>`);
    if (!input.findings.length)
        out.push(`<p class="muted">No findings.</p>`);
    for (const [file, findings] of groupByFile(input.findings)) {
        out.push(`<h3 class="mono">${esc(displayPath(file, cwd))}</h3>`);
        for (const f of findings) {
            const rule = rules.get(f.ruleId);
            const help = ruleHelpUri(rule, f.ruleId, options);
            out.push(`<div class="finding edge-${f.severity}">`, `<p><span class="sev-${f.severity}">${esc(f.severity)}</span>${f.status === "unknown" ? ` ${badge("unknown")} cannot verify` : ""} · <span class="mono">${esc(where(f.location, cwd))}</span> · ${link(help, f.ruleId)}${f.requirement ? ` · requirement <a href="#req-${esc(f.requirement)}"><code>${esc(f.requirement)}</code></a>` : ""}${f.resource ? ` · resource <code>${esc(f.resource)}</code>` : ""}</p>`, `<p>${esc(f.message)}</p>`);
            if (f.parts)
                out.push(`<ul>${partLines(f)
                    .map((p) => `<li>${esc(p)}</li>`)
                    .join("")}</ul>`);
            if (f.scenarios)
                out.push(`<p class="muted">When ${f.scenarios.map((s) => esc(scenarioText(s))).join(" | ")}</p>`);
            if (rule?.remediation)
                out.push(`<p><strong>Remediation:</strong> ${esc(rule.remediation)}</p>`);
            out.push(frameFor(f, frames), `</div>`);
        }
    }
    out.push(`</section>`);
    // Waivers
    at.waivers = out.length;
    if (input.suppressed?.length) {
        out.push(`<section id="waivers"><h2>Waived findings</h2><table><thead><tr><th>Location</th><th>Rule</th><th>Requirement</th><th>Message</th><th>Justification</th><th>Expires</th><th>Waived in</th></tr></thead><tbody>`);
        for (const f of input.suppressed) {
            const s = f.suppression;
            out.push(`<tr><td class="mono">${esc(where(f.location, cwd))}</td><td><code>${esc(f.ruleId)}</code></td><td><code>${esc(f.requirement)}</code></td><td>${esc(f.message)}</td><td>${esc(s.justification)}</td><td>${esc(s.expires ?? "never")}</td><td>${esc(s.source)}${s.location ? ` <span class="mono">${esc(where(s.location, cwd))}</span>` : ""}</td></tr>`);
        }
        out.push(`</tbody></table></section>`);
    }
    // Scope: what was judged as the runner's, what was not evaluated
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
    // Inputs
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
    // What to act on first: the findings, then the matrix and the scope decision, then the evidence.
    const part = (from, to) => out.slice(from, to);
    return ([
        ...part(0, at.matrix),
        ...part(at.findings, at.waivers),
        ...part(at.matrix, at.requirements),
        ...part(at.scope, at.inputs),
        ...part(at.requirements, at.findings),
        ...part(at.waivers, at.scope),
        ...part(at.inputs, out.length),
    ].join("\n") + "\n");
}
//# sourceMappingURL=html.js.map