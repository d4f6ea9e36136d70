// Inline waivers in YAML comments:
//
//   # runnerlint:ignore <rule-or-requirement-id> reason=<text> [expires=YYYY-MM-DD]
//
// Where one applies, precisely:
// - a comment after something on its line (a trailing comment) covers the findings located on that
//   line;
// - a comment alone on its line covers the findings located on the next line that is neither blank
//   nor only a comment (so several directives stacked above a line all cover it).
// A finding's line is the one every report prints (file:line:column).
//
// Values: `reason=` runs to the next ` key=` or to the end of the comment, or is quoted ("..." or
// '...', to contain ` key=`); keys are reason and expires, each at most once. A comment that starts
// with `runnerlint:` (or a near miss such as `runnerlint ignore`) but is not a well-formed directive
// is an error, never ignored. Only real YAML comments count (the yaml lexer finds them), not `#` in
// strings or block scalars.
import { Lexer } from "yaml";
import { RunnerlintError } from "../errors.js";
import { isRealDate } from "../config/file.js";
import { isRequirementId, ruleFor, unknownIdMessage, type IdCatalogue } from "./ids.js";
import type { Waiver } from "./types.js";
import { lineStarts, positionAt } from "../text-position.js";

const CONTROL = new Set(["\x02", "\x18", "\x1f"]);
const DIRECTIVE = /^#\s*runnerlint:ignore(?=\s|$)/;
// `runnerlint:role` is the tag name, which a comment may well start with.
const NEAR_MISS =
  /^#\s*(?:runnerlint\s*[:_-](?!role\b)|runnerlint\s+(?:ignore|disable|skip|suppress|waive)\b)|^#\s*runner-?lint:(?!role\b)/i;
const KEYS = new Set(["reason", "expires"]);

export interface CommentWaiverOptions {
  engine: IdCatalogue;
}

/** The `# runnerlint:ignore` waivers of a YAML file. Throws a RunnerlintError at the first malformed one. */
export function commentWaivers(file: string, text: string, { engine }: CommentWaiverOptions): Waiver[] {
  if (!/runner-?lint/i.test(text)) return [];
  const starts = lineStarts(text);
  const posOf = (offset: number) => positionAt(starts, offset);
  const lines = text.split("\n");
  const out: Waiver[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith("#") && (DIRECTIVE.test(token) || NEAR_MISS.test(token))) {
      const at = posOf(offset);
      const fail = (message: string, delta = 0): never => {
        throw new RunnerlintError("CONFIG_INVALID", `waiver comment: ${message}`, file, { line: at.line, column: at.column + delta });
      };
      if (!DIRECTIVE.test(token))
        fail("malformed directive; write `# runnerlint:ignore <rule-or-requirement-id> reason=... [expires=YYYY-MM-DD]`");
      const parsed = parseDirective(token, fail);
      const rule = ruleFor(engine, parsed.id);
      if (!rule && !isRequirementId(engine, parsed.id)) fail(unknownIdMessage(engine, parsed.id), parsed.idAt);
      const before = lines[at.line - 1]!.slice(0, at.column - 1);
      let target = at.line;
      if (!before.trim()) {
        target = nextContentLine(lines, at.line);
        if (target === 0) fail("covers no line: nothing but comments and blank lines follow it");
      }
      out.push({
        source: "comment",
        id: rule && rule.id !== parsed.id ? rule.id : parsed.id,
        file,
        line: target,
        reason: parsed.reason,
        ...(parsed.expires ? { expires: parsed.expires } : {}),
        location: { file, line: at.line, column: at.column },
      });
    }
    if (!CONTROL.has(token)) offset += token.length;
  }
  return out;
}

/** The 1-based number of the first line after `line` that is neither blank nor only a comment; 0 if none. */
function nextContentLine(lines: string[], line: number): number {
  for (let n = line + 1; n <= lines.length; n++) {
    const t = lines[n - 1]!.trim();
    if (t && !t.startsWith("#")) return n;
  }
  return 0;
}

interface Directive {
  id: string;
  idAt: number;
  reason: string;
  expires?: string;
}

/** Parses `# runnerlint:ignore id key=value ...`; `fail(message, columnDelta)` throws. */
export function parseDirective(comment: string, fail: (message: string, delta?: number) => never): Directive {
  const head = DIRECTIVE.exec(comment)!;
  let i = head[0].length;
  const rest = comment.slice(i);
  const idMatch = /^\s+([^\s=]+)(?=\s|$)/.exec(rest);
  if (!idMatch) fail("missing the rule or requirement id after runnerlint:ignore", i);
  const id = idMatch![1]!;
  const idAt = i + idMatch![0].length - id.length;
  i += idMatch![0].length;
  const values: Record<string, string> = {};
  const pair = /\s+([A-Za-z][\w-]*)=("([^"]*)"|'([^']*)'|(.*?))(?=\s+[A-Za-z][\w-]*=|\s*$)/y;
  while (i < comment.length) {
    if (/^\s*$/.test(comment.slice(i))) break;
    pair.lastIndex = i;
    const m = pair.exec(comment);
    if (!m) {
      const junk = comment.slice(i).trim();
      fail(
        `expected key=value, found "${junk.split(/\s+/)[0]}" (quote a reason that contains spaces followed by key=)`,
        i + comment.slice(i).indexOf(junk),
      );
    }
    const key = m![1]!;
    const keyAt = i + m![0].indexOf(key);
    if (!KEYS.has(key)) fail(`unknown key "${key}" (expected reason= and optionally expires=)`, keyAt);
    if (key in values) fail(`"${key}" given twice`, keyAt);
    if (m![5] !== undefined && /^["']/.test(m![5])) fail(`${key}=: unterminated quote, or text after the closing quote`, keyAt);
    values[key] = (m![3] ?? m![4] ?? m![5] ?? "").trim();
    i = pair.lastIndex;
  }
  if (values.reason === undefined) fail("every waiver needs a reason: add reason=...");
  if (!values.reason) fail("the reason is empty", comment.indexOf("reason="));
  if (values.expires !== undefined && !isRealDate(values.expires))
    fail(`expires=${values.expires} is not a date (YYYY-MM-DD)`, comment.indexOf("expires="));
  return { id, idAt, reason: values.reason!, ...(values.expires !== undefined ? { expires: values.expires } : {}) };
}
