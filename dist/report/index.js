// The report formats: one registry from format name to renderer, used by the CLI (`--format`) and
// exported for library users. Every renderer takes the same inputs (a CheckResult, optionally with
// waived findings, and the engine's rule and requirement catalogues) and returns the whole report.
import { renderGithub } from "./github.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";
export const REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown", "github", "html"];
export const renderers = {
    text: {
        format: "text",
        description: "human-readable, grouped by file, with code frames",
        extension: "txt",
        render: (r, _e, o) => renderText(r, { color: o?.color ?? false, ...(o?.texts ? { texts: o.texts } : {}) }),
    },
    json: { format: "json", description: "the versioned JSON report", extension: "json", render: (r, e) => renderJson(r, e) },
    sarif: { format: "sarif", description: "SARIF 2.1.0 for code scanning", extension: "sarif", render: renderSarif },
    junit: { format: "junit", description: "JUnit XML: a test case per requirement per input", extension: "xml", render: renderJunit },
    markdown: { format: "markdown", description: "a PR comment / $GITHUB_STEP_SUMMARY", extension: "md", render: renderMarkdown },
    github: { format: "github", description: "GitHub Actions annotations (workflow commands)", extension: "txt", render: renderGithub },
    html: { format: "html", description: "a self-contained audit report", extension: "html", render: renderHtml },
};
export function isReportFormat(s) {
    return REPORT_FORMATS.includes(s);
}
/** Renders one format. */
export function renderReport(format, input, engine, options = {}) {
    return renderers[format].render(input, engine, options);
}
//# sourceMappingURL=index.js.map