// Variable assignments in a shell script (EC2 UserData), line by line: `NAME=VALUE` and
// `export NAME=VALUE [NAME2=VALUE2 ...]` at the start of a line (heredoc bodies that write an
// environment file are such lines too). Values follow shell word rules: single quotes are literal,
// double quotes take \\ \" \$ \` escapes, `$NAME` / `${NAME}` expand from assignments earlier in
// the script. Anything the script computes at run time (`$(...)`, backticks, `${X:-y}`, a
// variable it never assigned) makes the value unknown: runnerlint does not run the script.
import { unknown } from "../../model/location.js";
/** Marks a part of the line that could not be resolved: \u0000<index into reasons>\u0000. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL cannot occur in a shell line, so it delimits the mark.
export const UNKNOWN_MARK = /\u0000(\d+)\u0000/;
const ASSIGN = /([A-Za-z_][A-Za-z0-9_]*)=/y;
/**
 * The assignments a line makes. `vars` holds the script's variables so far (it is updated);
 * `reasons` explains the UNKNOWN_MARKs the caller put into the line.
 */
export function lineAssignments(line, vars, reasons = []) {
    const out = [];
    let i = skipBlanks(line, 0);
    const exp = /(export|declare[ \t]+-x|readonly)[ \t]+/y;
    exp.lastIndex = i;
    const m = exp.exec(line);
    if (m)
        i += m[0].length;
    for (;;) {
        ASSIGN.lastIndex = i;
        const a = ASSIGN.exec(line);
        if (!a)
            break;
        const name = a[1];
        const word = readWord(line, i + a[0].length, vars, reasons);
        out.push({ name, value: word.value, offset: i });
        vars.set(name, word.value);
        i = skipBlanks(line, word.end);
        if (i >= line.length || line[i] === ";" || line[i] === "#" || line[i] === "&")
            break;
    }
    return out;
}
function skipBlanks(s, i) {
    while (i < s.length && (s[i] === " " || s[i] === "\t"))
        i++;
    return i;
}
function readWord(s, start, vars, reasons) {
    let out = "";
    let problem;
    const fail = (reason) => {
        problem ??= reason;
    };
    const expand = (i) => {
        // s[i] === "$"
        const braced = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/y;
        const bare = /\$([A-Za-z_][A-Za-z0-9_]*)/y;
        for (const re of [braced, bare]) {
            re.lastIndex = i;
            const m = re.exec(s);
            if (m) {
                const v = vars.get(m[1]);
                if (v === undefined)
                    fail(`$${m[1]} is not assigned earlier in the script`);
                else if (typeof v !== "string")
                    fail(`$${m[1]} is unknown (${v.$unknown})`);
                else
                    out += v;
                return i + m[0].length;
            }
        }
        if (s[i + 1] === "(" || s[i + 1] === "{") {
            fail(`${s.slice(i, i + 2)}...: the script computes the value at run time`);
            return skipExpression(s, i);
        }
        out += "$";
        return i + 1;
    };
    let i = start;
    while (i < s.length) {
        const ch = s[i];
        if (ch === " " || ch === "\t" || ch === ";" || ch === "&" || ch === "|" || ch === ")" || ch === "<" || ch === ">")
            break;
        if (ch === "'") {
            const end = s.indexOf("'", i + 1);
            if (end < 0) {
                fail("unterminated single quote");
                i = s.length;
                break;
            }
            out += s.slice(i + 1, end);
            i = end + 1;
            continue;
        }
        if (ch === '"') {
            i++;
            let closed = false;
            while (i < s.length) {
                const c = s[i];
                if (c === '"') {
                    closed = true;
                    i++;
                    break;
                }
                if (c === "\\" && i + 1 < s.length && '\\"$`'.includes(s[i + 1])) {
                    out += s[i + 1];
                    i += 2;
                    continue;
                }
                if (c === "$") {
                    i = expand(i);
                    continue;
                }
                if (c === "`") {
                    fail("`...`: the script computes the value at run time");
                    i++;
                    continue;
                }
                out += c;
                i++;
            }
            if (!closed)
                fail("unterminated double quote");
            continue;
        }
        if (ch === "\\" && i + 1 < s.length) {
            out += s[i + 1];
            i += 2;
            continue;
        }
        if (ch === "$") {
            i = expand(i);
            continue;
        }
        if (ch === "`") {
            fail("`...`: the script computes the value at run time");
            const end = s.indexOf("`", i + 1);
            i = end < 0 ? s.length : end + 1;
            continue;
        }
        out += ch;
        i++;
    }
    const mark = UNKNOWN_MARK.exec(out);
    if (mark)
        problem ??= reasons[Number(mark[1])] ?? "a part of the value is unknown";
    return { value: problem !== undefined ? unknown(problem) : out, end: i };
}
/** Skips `$(...)` or `${...}` with nesting; returns the index after it. */
function skipExpression(s, i) {
    const open = s[i + 1];
    const close = open === "(" ? ")" : "}";
    let depth = 0;
    for (let j = i + 1; j < s.length; j++) {
        if (s[j] === open)
            depth++;
        else if (s[j] === close && --depth === 0)
            return j + 1;
    }
    return s.length;
}
//# sourceMappingURL=shell.js.map