// Code frames for findings: the lines around a position, cut to a fixed width around the column.
// A report shows thousands of them for one account export, so each file is read and its line
// starts indexed once per report (not once per finding), and a frame never prints more than
// MAX_WIDTH characters of a line: single-line JSON of megabytes stays a few lines of text.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { lineStarts } from "../text-position.js";
/** Characters of a line shown around the column (the rest is elided with …). */
export const MAX_WIDTH = 160;
/** The sources one report reads, each read and indexed once. */
export class CodeFrames {
    options;
    sources = new Map();
    /**
     * `cwd`: what relative paths are relative to; `texts`: inputs that are no file (org-audit's
     * snapshot when it is not saved), by the name findings give them.
     */
    constructor(options = {}) {
        this.options = options;
    }
    source(file) {
        let s = this.sources.get(file);
        if (s === undefined) {
            try {
                const text = this.options.texts?.get(file) ?? readFileSync(resolve(this.options.cwd ?? ".", file), "utf8");
                s = { text, starts: lineStarts(text) };
            }
            catch {
                s = null; // an unreadable file has no frame
            }
            this.sources.set(file, s);
        }
        return s;
    }
    /** Line n (1-based) without its line break; undefined past the end. */
    line(s, n) {
        if (n < 1 || n > s.starts.length)
            return undefined;
        const start = s.starts[n - 1];
        const end = n < s.starts.length ? s.starts[n] : s.text.length;
        return s.text.slice(start, end).replace(/\r?\n$/, "");
    }
    /** `context` lines either side of `line`, a caret under `column`; "" when the file cannot be read. */
    frame(file, line, column, paint = (s) => s, context = 1) {
        const s = this.source(file);
        if (!s)
            return "";
        const from = Math.max(1, line - context);
        const to = Math.min(s.starts.length, line + context);
        const width = String(to).length;
        // One window for every line of the frame, so the lines stay aligned with the caret.
        const offset = column - 1 > MAX_WIDTH / 2 ? column - 1 - MAX_WIDTH / 2 : 0;
        const out = [];
        for (let n = from; n <= to; n++) {
            const text = this.line(s, n) ?? "";
            const shown = (offset > 0 && text.length > offset ? "…" : "") +
                text.slice(offset, offset + MAX_WIDTH) +
                (text.length > offset + MAX_WIDTH ? "…" : "");
            out.push(`  ${n === line ? ">" : " "} ${String(n).padStart(width)} | ${shown}`);
            if (n === line)
                out.push(`    ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1 - offset + (offset > 0 ? 1 : 0)))}${paint("^")}`);
        }
        return out.join("\n");
    }
}
//# sourceMappingURL=code-frame.js.map