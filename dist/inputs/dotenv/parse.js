// A dotenv parser that keeps positions: `KEY=VALUE`, `export KEY=VALUE`, single quotes (literal),
// double quotes (with backslash escapes), `#` comments on their own line or after an unquoted or
// quoted value, blank lines. Quoted values may span lines. `$NAME` / `${NAME}` in unquoted and
// double-quoted values expand from variables defined earlier in the file; a reference to
// anything else makes the value unknown (the process that loads the file decides it).
// Anything else is a DOTENV_PARSE error with the line and column.
import { RunnerlintError } from "../../errors.js";
import { unknown } from "../../model/location.js";
const NAME = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const BLANK = /[ \t]*/y;
class Cursor {
    text;
    file;
    pos = 0;
    lineStarts = [0];
    constructor(text, file) {
        this.text = text;
        this.file = file;
        for (let i = 0; i < text.length; i++)
            if (text[i] === "\n")
                this.lineStarts.push(i + 1);
    }
    position(offset = this.pos) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    get eof() {
        return this.pos >= this.text.length;
    }
    peek() {
        return this.text[this.pos] ?? "";
    }
    match(re) {
        re.lastIndex = this.pos;
        const m = re.exec(this.text);
        if (!m)
            return undefined;
        this.pos += m[0].length;
        return m[0];
    }
    skipBlanks() {
        this.match(BLANK);
    }
    /** Skips to the start of the next line (or the end). */
    endOfLine() {
        if (this.peek() === "\r" && this.text[this.pos + 1] === "\n")
            this.pos++;
        if (this.peek() === "\n")
            this.pos++;
    }
    atLineEnd() {
        return this.eof || this.peek() === "\n" || (this.peek() === "\r" && this.text[this.pos + 1] === "\n");
    }
    fail(message, offset = this.pos) {
        throw new RunnerlintError("DOTENV_PARSE", message, this.file, this.position(offset));
    }
}
export function parseDotenv(file, text) {
    const c = new Cursor(text, file);
    const out = [];
    const defined = new Map();
    while (!c.eof) {
        c.skipBlanks();
        if (c.atLineEnd()) {
            c.endOfLine();
            continue;
        }
        if (c.peek() === "#") {
            skipComment(c);
            continue;
        }
        const lineStart = c.pos;
        let exported = false;
        const word = c.match(/export[ \t]+/y);
        if (word) {
            exported = true;
            // `export` alone is a name only when followed by `=`.
            if (c.peek() === "=" || c.atLineEnd()) {
                c.pos = lineStart;
                exported = false;
            }
        }
        const nameAt = c.pos;
        const name = c.match(NAME);
        if (!name)
            c.fail(`expected a variable name, found ${describe(c.peek())}`);
        c.skipBlanks();
        if (c.peek() !== "=") {
            if (exported && c.atLineEnd())
                c.fail(`\`export ${name}\` without a value is not supported: write export ${name}=VALUE`, nameAt);
            c.fail(`expected "=" after ${name}, found ${describe(c.peek())}`);
        }
        c.pos++;
        c.skipBlanks();
        const value = readValue(c, defined);
        const { line, column } = c.position(nameAt);
        out.push({ name, value, line, column, exported });
        defined.set(name, value);
    }
    return out;
}
function describe(ch) {
    if (ch === "" || ch === "\n" || ch === "\r")
        return "the end of the line";
    return JSON.stringify(ch);
}
function skipComment(c) {
    while (!c.atLineEnd())
        c.pos++;
    c.endOfLine();
}
/** After a value: blanks, an optional comment, the end of the line. */
function finishLine(c, what) {
    c.skipBlanks();
    if (c.atLineEnd())
        return c.endOfLine();
    if (c.peek() === "#")
        return skipComment(c);
    c.fail(`unexpected ${describe(c.peek())} after ${what} (quote the whole value, or start a comment with " #")`);
}
function readValue(c, defined) {
    const q = c.peek();
    if (q === "'") {
        const open = c.pos++;
        const end = c.text.indexOf("'", c.pos);
        if (end < 0)
            c.fail("unterminated single-quoted value", open);
        const value = c.text.slice(c.pos, end);
        c.pos = end + 1;
        finishLine(c, "the closing quote");
        return value;
    }
    if (q === '"') {
        const open = c.pos++;
        const parts = [];
        let lit = "";
        for (;;) {
            if (c.eof)
                c.fail("unterminated double-quoted value", open);
            const ch = c.text[c.pos];
            if (ch === '"') {
                c.pos++;
                break;
            }
            if (ch === "\\") {
                const next = c.text[c.pos + 1];
                if (next === undefined)
                    c.fail("unterminated double-quoted value", open);
                const esc = ESCAPES[next];
                if (esc !== undefined) {
                    lit += esc;
                    c.pos += 2;
                    continue;
                }
                if (next === "\n") {
                    // A backslash-newline continues the line.
                    c.pos += 2;
                    continue;
                }
                lit += ch + next;
                c.pos += 2;
                continue;
            }
            if (ch === "$") {
                const ref = readReference(c);
                if (ref) {
                    parts.push(lit, { ref });
                    lit = "";
                    continue;
                }
            }
            lit += ch;
            c.pos++;
        }
        parts.push(lit);
        finishLine(c, "the closing quote");
        return expand(parts, defined);
    }
    // Unquoted: up to the end of the line, or a "#" after a blank (a comment); trailing blanks trimmed.
    const parts = [];
    let lit = "";
    while (!c.atLineEnd()) {
        const ch = c.peek();
        if (ch === "#" && /[ \t]/.test(c.text[c.pos - 1] ?? ""))
            break;
        if (ch === "$") {
            const ref = readReference(c);
            if (ref) {
                parts.push(lit, { ref });
                lit = "";
                continue;
            }
        }
        lit += ch;
        c.pos++;
    }
    parts.push(lit.replace(/[ \t]+$/, ""));
    if (c.peek() === "#")
        skipComment(c);
    else
        c.endOfLine();
    return expand(parts, defined);
}
const ESCAPES = { n: "\n", r: "\r", t: "\t", "\\": "\\", '"': '"', $: "$", "`": "`" };
/** `$NAME` or `${NAME}` at the cursor (which is on the `$`); undefined when it is a plain `$`. */
function readReference(c) {
    const braced = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/y;
    const bare = /\$([A-Za-z_][A-Za-z0-9_]*)/y;
    for (const re of [braced, bare]) {
        re.lastIndex = c.pos;
        const m = re.exec(c.text);
        if (m) {
            c.pos += m[0].length;
            return m[1];
        }
    }
    if (c.text[c.pos + 1] === "{")
        c.fail("unsupported ${...} expression: only ${NAME} is expanded");
    return undefined;
}
function expand(parts, defined) {
    let out = "";
    for (const p of parts) {
        if (typeof p === "string") {
            out += p;
            continue;
        }
        const v = defined.get(p.ref);
        if (v === undefined)
            return unknown(`references $${p.ref}, which is not defined earlier in the file`);
        if (typeof v !== "string")
            return unknown(`references $${p.ref}, which is unknown (${v.$unknown})`);
        out += v;
    }
    return out;
}
//# sourceMappingURL=parse.js.map