// Finds input files under the given paths and wraps them for the loaders.
import { readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { join, relative, isAbsolute } from "node:path";
import { RunnerlintError } from "../errors.js";
import { parseTemplate } from "./cloudformation/parse.js";
import type { SourceDocument } from "./source.js";
import type { InputFile } from "./types.js";

/**
 * Larger files stop with SIZE_LIMIT before they are read. The YAML parser that keeps positions
 * needs about 1 s and 100 MiB of memory per MiB of dense JSON/YAML (bench/RESULTS.md), so 64 MiB
 * meant minutes and an out-of-memory crash; a CloudFormation template is at most 1 MB, and a
 * 16 MiB describe-security-groups export holds some 90,000 groups.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
const STRUCTURED = /\.(ya?ml|json|template)$/i;
/** Files a folder walk considers; anything else is only read when named explicitly. */
/** The files a folder walk reads; the pre-commit hooks' `files` pattern is the same (tested). */
export const CANDIDATE =
  /\.(ya?ml|json|template|env|tf)$|(^|\/)\.env$|(^|\/)squid[^/]*\.conf$|\.rules$|(^|\/)rules\.v[46]$|(^|\/)iptables[^/]*$/i;
const SKIP_DIRS = new Set(["node_modules", ".git", "cdk.out", ".terraform"]);

export interface FoundFile {
  path: string;
  /** Named on the command line (an unrecognized one is an error, not a skip). */
  explicit: boolean;
}

export function findFiles(paths: string[], cwd = process.cwd()): FoundFile[] {
  const out: FoundFile[] = [];
  const display = (p: string) => (isAbsolute(p) ? p : relative(cwd, join(cwd, p)) || p);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(p);
      } else if (entry.isFile() && CANDIDATE.test(entry.name)) {
        out.push({ path: display(p), explicit: false });
      }
    }
  };
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch {
      throw new RunnerlintError("FILE_NOT_FOUND", "no such file or directory", p);
    }
    if (st.isDirectory()) walk(p);
    else out.push({ path: display(p), explicit: true });
  }
  return out;
}

export function readInputFile(path: string, maxBytes: number = MAX_FILE_BYTES): InputFile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new RunnerlintError("FILE_NOT_FOUND", "no such file or directory", path);
  }
  if (size > maxBytes) {
    const mib = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MiB`;
    throw new RunnerlintError(
      "SIZE_LIMIT",
      `file is ${mib(size)}; the limit is ${mib(maxBytes)} (raise it with --max-file-size MIB)`,
      path,
      { line: 1, column: 1 },
    );
  }
  const bytes = readFileSync(path);
  // UTF-16 with a byte-order mark is what Windows PowerShell 5 writes for `terraform show -json
  // plan > plan.json` or `aws ... > export.json`; the decoder drops the mark.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new RunnerlintError("UNSUPPORTED_INPUT", `not ${encoding === "utf-8" ? "UTF-8" : encoding.toUpperCase()} text`, path, {
      line: 1,
      column: 1,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return fileFromText(path, text);
}

export function fileFromText(path: string, text: string): InputFile {
  let doc: SourceDocument | undefined;
  return {
    path,
    text,
    structured: STRUCTURED.test(path) || /^\s*[{[]/.test(text),
    document() {
      doc ??= parseTemplate(path, text);
      return doc;
    },
  };
}
