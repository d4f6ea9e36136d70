// Configuration problems: every one with its place (file:line:column, or the environment variable
// or flag that holds the value), all reported at once. A RunnerlintError, so the CLI exits 2.
import { RunnerlintError } from "../errors.js";
export class ConfigError extends RunnerlintError {
    name = "ConfigError";
    problems;
    constructor(problems) {
        const first = problems[0] ?? { message: "invalid configuration" };
        super("CONFIG_INVALID", first.message, first.file, first.pos);
        this.problems = problems;
    }
    /** One line per problem: `file:line:column: message [CONFIG_INVALID]`. */
    format() {
        return this.problems
            .map((p) => `${p.file ? `${p.file}${p.pos ? `:${p.pos.line}:${p.pos.column}` : ""}: ` : ""}${p.message} [${this.code}]`)
            .join("\n");
    }
}
/** Collects problems and throws them together. */
export class Problems {
    list = [];
    add(message, file, pos) {
        this.list.push({ message, ...(file !== undefined ? { file } : {}), ...(pos ? { pos } : {}) });
    }
    throwIfAny() {
        if (!this.list.length)
            return;
        // In reading order: by file, line, column.
        const sorted = [...this.list].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") ||
            (a.pos?.line ?? 0) - (b.pos?.line ?? 0) ||
            (a.pos?.column ?? 0) - (b.pos?.column ?? 0));
        throw new ConfigError(sorted);
    }
}
/** The closest candidate by edit distance, when close enough to be a typo. */
export function didYouMean(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
//# sourceMappingURL=errors.js.map