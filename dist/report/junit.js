import { TOOL_NAME, cannotVerify, displayPath, requirementMatrix, scenarioText, where, } from "./shared.js";
/** XML 1.0 text/attribute escaping; characters XML cannot carry at all are replaced. */
export function xmlEscape(s) {
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
function xmlText(s) {
    return xmlEscape(s).replace(/&#10;/g, "\n").replace(/&#9;/g, "\t");
}
const attrs = (a) => Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join("");
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
/**
 * The waived findings behind a violated or unknown cell, when every piece of evidence that made it
 * so is a waived finding: such a cell is reported as skipped ("waived: <reason>"), not as a failure.
 */
function waiversOf(cell, requirement, suppressed) {
    if (!suppressed.length || (cell.status !== "violated" && cell.status !== "unknown"))
        return undefined;
    const out = [];
    for (const e of cell.evidence.filter((x) => x.status === cell.status)) {
        const f = suppressed.find((s) => s.ruleId === e.rule &&
            s.requirement === requirement &&
            e.location !== undefined &&
            s.location.file === e.location.file &&
            s.location.line === e.location.line &&
            s.location.column === e.location.column &&
            (s.resource ?? "") === (e.resource ?? ""));
        if (!f)
            return undefined;
        if (!out.includes(f))
            out.push(f);
    }
    return out.length ? out : undefined;
}
function testcase(file, requirement, title, cell, cwd, waived) {
    const decisive = cell.evidence.find((e) => e.status === cell.status) ?? cell.evidence[0];
    const loc = decisive?.location;
    const head = `    <testcase${attrs({ classname: displayPath(file, cwd), name: requirement, time: "0", ...(loc ? { file: displayPath(loc.file, cwd), line: loc.line } : {}) })}>`;
    const detail = [`${requirement}: ${title}`, ...cell.evidence.map((e) => evidenceLine(e, cwd))].join("\n");
    let body;
    if (waived) {
        const reasons = waived.map((f) => `${f.suppression.justification} (${f.suppression.source}${f.suppression.expires ? `, until ${f.suppression.expires}` : ""})`);
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
function errorCase(e, cwd) {
    const file = e.file ? displayPath(e.file, cwd) : TOOL_NAME;
    return [
        `    <testcase${attrs({ classname: file, name: "load", time: "0", ...(e.file ? { file } : {}), ...(e.pos ? { line: e.pos.line } : {}) })}>`,
        `      <error${attrs({ message: e.format(), type: e.code })}>${xmlText(e.format())}</error>`,
        `    </testcase>`,
    ].join("\n");
}
export function renderJunit(input, engine, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const matrix = requirementMatrix(input, engine);
    const suites = [];
    const suiteOf = (file, account) => {
        const name = `${displayPath(file, cwd)}${account ? ` (account ${account})` : ""}`;
        let s = suites.find((x) => x.name === name);
        if (!s)
            suites.push((s = { name, cases: [], tests: 0, failures: 0, errors: 0, skipped: 0 }));
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
        `<testsuites${attrs({ name: TOOL_NAME, tests: total("tests"), failures: total("failures"), errors: total("errors"), time: "0" })}>`,
    ];
    for (const s of suites) {
        out.push(`  <testsuite${attrs({ name: s.name, tests: s.tests, failures: s.failures, errors: s.errors, skipped: s.skipped, time: "0" })}>`);
        out.push(...s.cases);
        out.push(`  </testsuite>`);
    }
    out.push(`</testsuites>`);
    return out.join("\n") + "\n";
}
//# sourceMappingURL=junit.js.map