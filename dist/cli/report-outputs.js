// `--format` (repeatable) and `--output` (one per format): which report goes where.
//
// The rule (also in `runnerlint check --help`): an --output belongs to the --format just before it;
// a --format with no --output after it prints to stdout, and only one format can. With a single
// --format the order does not matter, and an --output with no --format writes the text report.
//   --format sarif --output r.sarif --format text   → SARIF to r.sarif, text to stdout
import { RunnerlintError } from "../errors.js";
import { isReportFormat, renderReport, REPORT_FORMATS } from "../report/index.js";
import { writeAtomic } from "./output.js";
export const OUTPUT_USAGE = `  --format FORMAT                report format, repeatable: ${REPORT_FORMATS.join("|")} (default text)
  --output FILE                  write the report of the --format just before it to FILE; a --format
                                 with no --output prints to stdout (only one may). With one --format
                                 the order does not matter. Example:
                                   --format sarif --output r.sarif --format text
`;
/** The --format/--output occurrences in command-line order, tokenized exactly as parseArgs does. */
function occurrences(argv, spec) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--")
            break;
        if (!arg.startsWith("--"))
            continue;
        const eq = arg.indexOf("=");
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        const s = spec[name];
        if (!s || s.type === "boolean")
            continue;
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value !== undefined && (name === "format" || name === "output"))
            out.push({ flag: name, value });
    }
    return out;
}
export function planOutputs(argv, spec) {
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
    }
    else {
        plan = [];
        for (const o of seq) {
            if (o.flag === "format") {
                plan.push({ format: o.value, file: undefined });
                continue;
            }
            const last = plan[plan.length - 1];
            if (!last || last.file !== undefined) {
                throw new RunnerlintError("USAGE", `--output ${o.value} must come right after the --format it writes (e.g. --format sarif --output ${o.value})`);
            }
            last.file = o.value;
        }
    }
    const toStdout = plan.filter((p) => p.file === undefined);
    if (toStdout.length > 1) {
        throw new RunnerlintError("USAGE", `only one --format can print to stdout (${toStdout.map((p) => p.format).join(", ")}); give the others an --output FILE`);
    }
    const seen = new Set();
    for (const p of plan) {
        if (p.file === undefined)
            continue;
        if (seen.has(p.file))
            throw new RunnerlintError("USAGE", `--output ${p.file} is given twice`);
        seen.add(p.file);
    }
    return plan;
}
/** Renders every planned report, writes the files (atomically), then prints the stdout one. */
export function writeReports(plan, input, engine, io, options) {
    const rendered = plan.map((p) => ({
        ...p,
        text: renderReport(p.format, input, engine, { ...options, color: p.file === undefined && options.colorOnStdout }),
    }));
    for (const r of rendered) {
        if (r.file === undefined)
            continue;
        try {
            writeAtomic(r.file, r.text);
        }
        catch (e) {
            const reason = e.code ?? e.message;
            throw new RunnerlintError("USAGE", `cannot write the ${r.format} report to --output ${r.file} (${reason})`);
        }
    }
    for (const r of rendered)
        if (r.file === undefined)
            io.stdout(r.text);
}
//# sourceMappingURL=report-outputs.js.map