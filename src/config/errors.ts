// Configuration problems: every one with its place (file:line:column, or the environment variable
// or flag that holds the value), all reported at once. A RunnerlintError, so the CLI exits 2.
import { RunnerlintError, type Position } from "../errors.js";

export interface ConfigProblem {
  message: string;
  /** A file, or where a value came from when not a file ("RUNNERLINT_REGION", "--region"). */
  file?: string;
  pos?: Position;
}

export class ConfigError extends RunnerlintError {
  override name = "ConfigError";
  readonly problems: readonly ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    const first = problems[0] ?? { message: "invalid configuration" };
    super("CONFIG_INVALID", first.message, first.file, first.pos);
    this.problems = problems;
  }

  /** One line per problem: `file:line:column: message [CONFIG_INVALID]`. */
  override format(): string {
    return this.problems
      .map((p) => `${p.file ? `${p.file}${p.pos ? `:${p.pos.line}:${p.pos.column}` : ""}: ` : ""}${p.message} [${this.code}]`)
      .join("\n");
  }
}

/** Collects problems and throws them together. */
export class Problems {
  readonly list: ConfigProblem[] = [];
  add(message: string, file?: string, pos?: Position): void {
    this.list.push({ message, ...(file !== undefined ? { file } : {}), ...(pos ? { pos } : {}) });
  }
  throwIfAny(): void {
    if (!this.list.length) return;
    // In reading order: by file, line, column.
    const sorted = [...this.list].sort(
      (a, b) =>
        (a.file ?? "").localeCompare(b.file ?? "") ||
        (a.pos?.line ?? 0) - (b.pos?.line ?? 0) ||
        (a.pos?.column ?? 0) - (b.pos?.column ?? 0),
    );
    throw new ConfigError(sorted);
  }
}

/** The closest candidate by edit distance, when close enough to be a typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
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

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
