// Parses YAML or JSON text into plain data plus a locator from JSON pointer to line and column.
// JSON is read with JSON.parse and its positions indexed by a scan of the text (~20× the YAML
// parser's speed on dense describe-* exports); whatever that path does not take as it is (a syntax
// error, a duplicate key, deep nesting) goes through the YAML 1.2 parser, which reports it.
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar } from "yaml";
import { RunnerlintError } from "../errors.js";
import { lineStarts, positionAt } from "../text-position.js";
export const MAX_ALIAS_COUNT = 100;
export function escapePointer(segment) {
    const s = String(segment);
    return s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s;
}
export function joinPointer(base, ...segments) {
    let out = base;
    for (const s of segments)
        out += "/" + escapePointer(s);
    return out;
}
export function parseSource(file, text, options = {}) {
    const isJson = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
    const parseCode = isJson ? "JSON_PARSE" : "YAML_PARSE";
    const lineCounter = new LineCounter();
    const pos = (offset) => lineCounter.linePos(offset);
    if (text.includes("\u0000")) {
        throw new RunnerlintError("UNSUPPORTED_INPUT", "binary file (contains NUL bytes)", file, { line: 1, column: 1 });
    }
    if (isJson && !options.yamlOnly) {
        const fast = parseJsonSource(file, text);
        if (fast)
            return fast;
    }
    let doc;
    try {
        doc = parseDocument(text, {
            lineCounter,
            customTags: options.customTags ?? [],
            prettyErrors: false,
            uniqueKeys: true,
            strict: true,
        });
    }
    catch (e) {
        throw new RunnerlintError("DEPTH_LIMIT", `document too deeply nested to parse (${e.message})`, file, { line: 1, column: 1 }, { cause: e });
    }
    const first = doc.errors[0];
    if (first) {
        const p = pos(first.pos[0]);
        // The parser reports its own stack overflow (a document nested thousands of levels deep) as
        // a parse error at the level where it gave up: say what it is.
        if (first.code === "MULTIPLE_DOCS") {
            throw new RunnerlintError("MULTI_DOCUMENT", "a YAML stream of several documents (a Kubernetes manifest?): no input runnerlint reads is one", file, { line: p.line, column: p.col });
        }
        if (first.message.includes("Maximum call stack size exceeded")) {
            throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested to parse", file, { line: p.line, column: p.col });
        }
        throw new RunnerlintError(parseCode, firstLine(first.message), file, { line: p.line, column: p.col });
    }
    // YAML reads more than JSON (a trailing comma, comments, single quotes): a .json file YAML
    // accepted but JSON.parse did not is not JSON, and CloudFormation would reject it.
    if (/\.json$/i.test(file) && !options.yamlOnly)
        notJson(file, text, pos);
    if (options.strictTags) {
        for (const w of doc.warnings) {
            if (w.code === "TAG_RESOLVE_FAILED") {
                const p = pos(w.pos[0]);
                throw new RunnerlintError("UNKNOWN_TAG", firstLine(w.message), file, { line: p.line, column: p.col });
            }
        }
    }
    if (options.transform) {
        try {
            options.transform(doc, text);
        }
        catch (e) {
            if (e instanceof RunnerlintError)
                throw e;
            if (e instanceof RangeError)
                throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested", file, { line: 1, column: 1 });
            throw e;
        }
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? MAX_ALIAS_COUNT });
    }
    catch (e) {
        const msg = e.message ?? String(e);
        if (e instanceof RunnerlintError)
            throw e;
        if (/alias/i.test(msg))
            throw new RunnerlintError("ALIAS_LIMIT", `too many YAML alias expansions (limit ${options.maxAliasCount ?? MAX_ALIAS_COUNT})`, file, {
                line: 1,
                column: 1,
            });
        if (e instanceof RangeError)
            throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested", file, { line: 1, column: 1 });
        throw new RunnerlintError(parseCode, firstLine(msg), file, { line: 1, column: 1 });
    }
    const locate = (pointer) => {
        const segments = pointer === ""
            ? []
            : pointer
                .slice(1)
                .split("/")
                .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
        let node = doc.contents;
        let offset = doc.contents?.range?.[0] ?? 0;
        for (const seg of segments) {
            const current = isPair(node) ? node.value : node;
            let next;
            if (isMap(current)) {
                next = current.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
                if (next && isScalar(next.key) && next.key.range)
                    offset = next.key.range[0];
            }
            else if (isSeq(current)) {
                const item = current.items[Number(seg)];
                if (item && item.range)
                    offset = item.range[0];
                next = item;
            }
            if (!next)
                break;
            node = next;
        }
        const p = pos(offset);
        return { file, line: p.line, column: p.col, pointer };
    };
    return { file, data, locate };
}
/** Throws JSON_PARSE at JSON.parse's position when the text is not JSON. */
function notJson(file, text, pos) {
    const body = text.replace(/^\ufeff/, "");
    if (body.trim() === "")
        return; // empty: nothing to read, not a template
    try {
        JSON.parse(body);
    }
    catch (e) {
        if (!(e instanceof SyntaxError))
            return;
        const offset = jsonErrorOffset(body) + text.length - body.length;
        const p = pos(offset);
        throw new RunnerlintError("JSON_PARSE", firstLine(e.message.replace(/ \(line \d+ column \d+\)$/, "")), file, {
            line: p.line,
            column: p.col,
        });
    }
}
/**
 * Where JSON.parse gives up on `text` (V8's messages name the position for some errors only): a
 * recursive-descent scan of JSON's grammar, iterative over nesting.
 */
export function jsonErrorOffset(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && " \t\n\r".includes(text[i]))
            i++;
    };
    const literal = () => {
        if (text[i] === '"') {
            i++;
            while (i < text.length && text[i] !== '"') {
                if (text.charCodeAt(i) < 0x20)
                    return false;
                if (text[i] !== "\\") {
                    i++;
                    continue;
                }
                i++;
                if (text[i] === "u") {
                    i++;
                    for (let k = 0; k < 4; k++, i++)
                        if (!/[0-9a-fA-F]/.test(text[i] ?? ""))
                            return false;
                }
                else if ('"\\/bfnrt'.includes(text[i] ?? "x"))
                    i++;
                else
                    return false;
            }
            if (text[i] !== '"')
                return false;
            i++;
            return true;
        }
        const word = { t: "true", f: "false", n: "null" }[text[i]];
        if (word) {
            for (const c of word) {
                if (text[i] !== c)
                    return false;
                i++;
            }
            return true;
        }
        // A number, consumed as far as it is one (V8 names the position where it stops being one).
        const digits = () => {
            const start = i;
            while (i < text.length && text[i] >= "0" && text[i] <= "9")
                i++;
            return i > start;
        };
        if (text[i] === "-")
            i++;
        if (text[i] === "0")
            i++;
        else if (!digits())
            return false;
        if (text[i] === ".") {
            i++;
            if (!digits())
                return false;
        }
        if (text[i] === "e" || text[i] === "E") {
            i++;
            if (text[i] === "+" || text[i] === "-")
                i++;
            if (!digits())
                return false;
        }
        return true;
    };
    // Containers still open ("{" or "["), and whether the current one expects a value next.
    const open = [];
    ws();
    for (;;) {
        // a value
        if (text[i] === "{" || text[i] === "[") {
            open.push(text[i]);
            i++;
            ws();
            if (text[i] === (open.at(-1) === "{" ? "}" : "]")) {
                i++;
                open.pop();
            }
            else if (open.at(-1) === "{") {
                if (text[i] !== '"' || !literal())
                    return i;
                ws();
                if (text[i++] !== ":")
                    return i - 1;
                ws();
                continue;
            }
            else
                continue;
        }
        else if (!literal())
            return i;
        // after a value: a separator or the end of containers
        for (;;) {
            ws();
            if (open.length === 0)
                return Math.min(i, text.length);
            const close = open.at(-1) === "{" ? "}" : "]";
            if (text[i] === close) {
                i++;
                open.pop();
                continue;
            }
            if (text[i] !== ",")
                return i;
            i++;
            ws();
            if (open.at(-1) === "{") {
                if (text[i] !== '"' || !literal())
                    return i;
                ws();
                if (text[i++] !== ":")
                    return i - 1;
                ws();
            }
            break;
        }
    }
}
/** JSON nested more levels than this goes to the YAML parser, which decides (DEPTH_LIMIT) as for YAML. */
const MAX_JSON_DEPTH = 1000;
/** JSON.parse and an index of positions; undefined when the YAML parser must decide instead. */
export function parseJsonSource(file, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const offsets = jsonOffsets(text);
    if (!offsets)
        return undefined;
    let starts;
    const locate = (pointer) => {
        let p = pointer;
        let offset = offsets.get(p);
        // Absent: the nearest ancestor that exists.
        while (offset === undefined && p !== "") {
            p = p.slice(0, p.lastIndexOf("/"));
            offset = offsets.get(p);
        }
        starts ??= lineStarts(text);
        return { file, ...positionAt(starts, offset ?? 0), pointer };
    };
    return { file, data, locate };
}
/**
 * The offset of every value of valid JSON text by JSON pointer, as the YAML path reports them: a map
 * entry at its key, a list item and the root at the value. Undefined for a duplicate key (the YAML
 * parser rejects it; JSON.parse keeps the last) or more than MAX_JSON_DEPTH levels of nesting.
 */
function jsonOffsets(text) {
    const offsets = new Map();
    let i = 0;
    const blank = () => {
        for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i))
            ;
    };
    /** Past the blanks and the comma after an entry or item, if there is one. */
    const separator = () => {
        blank();
        if (text.charCodeAt(i) === 44) {
            i++;
            blank();
        }
    };
    const stringEnd = (from) => {
        let j = from + 1;
        for (let c = text.charCodeAt(j); c !== 34; c = text.charCodeAt(j))
            j += c === 92 ? 2 : 1;
        return j + 1;
    };
    const value = (pointer, depth) => {
        if (depth >= MAX_JSON_DEPTH)
            return false;
        const c = text.charCodeAt(i);
        if (c === 123 /* { */) {
            i++;
            blank();
            const keys = new Set();
            while (text.charCodeAt(i) !== 125) {
                const keyStart = i;
                i = stringEnd(i);
                const raw = text.slice(keyStart + 1, i - 1);
                const key = raw.includes("\\") ? JSON.parse(text.slice(keyStart, i)) : raw;
                if (keys.has(key))
                    return false;
                keys.add(key);
                const child = `${pointer}/${key.includes("~") || key.includes("/") ? escapePointer(key) : key}`;
                offsets.set(child, keyStart);
                blank();
                i++; // :
                blank();
                if (!value(child, depth + 1))
                    return false;
                separator();
            }
            i++;
        }
        else if (c === 91 /* [ */) {
            i++;
            blank();
            for (let n = 0; text.charCodeAt(i) !== 93; n++) {
                const child = `${pointer}/${n}`;
                offsets.set(child, i);
                if (!value(child, depth + 1))
                    return false;
                separator();
            }
            i++;
        }
        else if (c === 34) {
            i = stringEnd(i);
        }
        else {
            while (i < text.length && !/[\s,\]}]/.test(text[i]))
                i++;
        }
        return true;
    };
    blank();
    offsets.set("", i);
    return value("", 0) ? offsets : undefined;
}
function firstLine(message) {
    return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
//# sourceMappingURL=source.js.map