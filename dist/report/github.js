import { summaryLine } from "./text.js";
import { bySeverityThenPlace, cannotVerify, displayPath, endOf, partLines, } from "./shared.js";
const COMMAND = { error: "error", warning: "warning", note: "notice" };
/** Escapes a command's message (GitHub toolkit `escapeData`). */
export function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Escapes a command property value (GitHub toolkit `escapeProperty`). */
export function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
export function workflowCommand(command, props, message) {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== "")
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(",");
    return `::${command}${p ? ` ${p}` : ""}::${escapeData(message)}`;
}
function annotation(f, cwd) {
    const end = endOf(f.location);
    const text = [
        `${f.status === "unknown" ? cannotVerify(f.message) : f.message}${f.requirement ? ` [${f.requirement}]` : ""}${f.resource ? ` (resource ${f.resource})` : ""}`,
        ...partLines(f).map((p) => `- ${p}`),
    ].join("\n");
    return workflowCommand(COMMAND[f.severity], {
        file: displayPath(f.location.file, cwd),
        line: f.location.line,
        ...(end.endLine ? { endLine: end.endLine } : {}),
        col: f.location.column,
        ...(end.endColumn ? { endColumn: end.endColumn } : {}),
        title: f.ruleId,
    }, text);
}
export function renderGithub(input, engine, options = {}) {
    void engine;
    const cwd = options.cwd ?? process.cwd();
    const out = [];
    for (const e of input.errors) {
        out.push(workflowCommand("error", {
            ...(e.file ? { file: displayPath(e.file, cwd) } : {}),
            ...(e.pos ? { line: e.pos.line, col: e.pos.column } : {}),
            title: `runnerlint ${e.code}`,
        }, e.message));
    }
    for (const f of [...input.findings].sort(bySeverityThenPlace))
        out.push(annotation(f, cwd));
    if (input.scope?.note)
        out.push(workflowCommand("notice", { title: "runnerlint scope" }, input.scope.note));
    // A plain log line (not a command) with the totals.
    out.push(summaryLine(input));
    return out.join("\n") + "\n";
}
//# sourceMappingURL=github.js.map