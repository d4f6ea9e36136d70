// Parses YAML or JSON text into plain data plus a locator from JSON pointer to line and column.
// JSON is parsed with the same YAML 1.2 parser so every value keeps its position.
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Tags, type Node, type Pair } from "yaml";
import { RunnerlintError, type ErrorCode } from "../errors.js";
import type { Location } from "../model/location.js";

export interface SourceDocument {
  file: string;
  data: unknown;
  /** Position of the value (or of the key, for a map entry) a JSON pointer names; the nearest ancestor if absent. */
  locate(pointer: string): Location;
}

export interface ParseOptions {
  customTags?: Tags;
  /** Fail on tags that are not in customTags (CloudFormation) instead of keeping them as strings. */
  strictTags?: boolean;
  maxAliasCount?: number;
  /**
   * Rewrites the parsed AST before it becomes plain data (CloudFormation turns short-form tags into
   * long-form maps here, so positions survive). May throw a RunnerlintError.
   */
  transform?: (doc: Document.Parsed, text: string) => void;
}

export const MAX_ALIAS_COUNT = 100;

export function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => "/" + escapePointer(s)).join("");
}

export function parseSource(file: string, text: string, options: ParseOptions = {}): SourceDocument {
  const isJson = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
  const parseCode: ErrorCode = isJson ? "JSON_PARSE" : "YAML_PARSE";
  const lineCounter = new LineCounter();
  const pos = (offset: number) => lineCounter.linePos(offset);
  if (text.includes("\u0000")) {
    throw new RunnerlintError("UNSUPPORTED_INPUT", "binary file (contains NUL bytes)", file, { line: 1, column: 1 });
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
  } catch (e) {
    throw new RunnerlintError("DEPTH_LIMIT", `document too deeply nested to parse (${(e as Error).message})`, file, { line: 1, column: 1 }, { cause: e });
  }
  const first = doc.errors[0];
  if (first) {
    const p = pos(first.pos[0]);
    // The parser reports its own stack overflow (a document nested thousands of levels deep) as
    // a parse error at the level where it gave up: say what it is.
    if (first.message.includes("Maximum call stack size exceeded")) {
      throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested to parse", file, { line: p.line, column: p.col });
    }
    throw new RunnerlintError(parseCode, firstLine(first.message), file, { line: p.line, column: p.col });
  }
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
    } catch (e) {
      if (e instanceof RunnerlintError) throw e;
      if (e instanceof RangeError) throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested", file, { line: 1, column: 1 });
      throw e;
    }
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (e instanceof RunnerlintError) throw e;
    if (/alias/i.test(msg)) throw new RunnerlintError("ALIAS_LIMIT", `too many YAML alias expansions (limit ${options.maxAliasCount ?? MAX_ALIAS_COUNT})`, file, { line: 1, column: 1 });
    if (e instanceof RangeError) throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested", file, { line: 1, column: 1 });
    throw new RunnerlintError(parseCode, firstLine(msg), file, { line: 1, column: 1 });
  }

  const locate = (pointer: string): Location => {
    const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let node: Node | Pair | null | undefined = doc.contents;
    let offset = doc.contents?.range?.[0] ?? 0;
    for (const seg of segments) {
      const current: unknown = isPair(node) ? node.value : node;
      let next: Node | Pair | undefined;
      if (isMap(current)) {
        next = current.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
        if (next && isScalar(next.key) && next.key.range) offset = next.key.range[0];
      } else if (isSeq(current)) {
        const item = current.items[Number(seg)];
        if (item && (item as Node).range) offset = (item as Node).range![0];
        next = item as Node | undefined;
      }
      if (!next) break;
      node = next;
    }
    const p = pos(offset);
    return { file, line: p.line, column: p.col, pointer };
  };
  return { file, data, locate };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
