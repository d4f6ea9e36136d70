// Terraform's unit is the module, a folder of .tf files: of the .tf files a run is given, the first
// of each folder reads the module, and a folder another one of the run calls as a local module
// (`source = "./modules/x"`) is read by its caller, with the arguments the call gives it.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

const LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm;

/** For each .tf path that another file stands for: that file (the module's reader). */
export function moduleReaders(paths: readonly string[]): Map<string, string> {
  const tf = paths.filter((p) => /\.tf$/i.test(p));
  const first = new Map<string, string>();
  for (const p of tf) if (!first.has(dirname(p))) first.set(dirname(p), p);
  // Folders called as local modules by another folder of the run, followed down the calls.
  const calledBy = new Map<string, string>();
  for (const [dir, reader] of first) {
    for (const called of localCalls(dir)) if (first.has(called) && called !== dir && !calledBy.has(called)) calledBy.set(called, reader);
  }
  const readerOf = (dir: string, seen = new Set<string>()): string => {
    const caller = calledBy.get(dir);
    if (!caller || seen.has(dir)) return first.get(dir)!;
    seen.add(dir);
    return readerOf(dirname(caller), seen);
  };
  const out = new Map<string, string>();
  for (const p of tf) {
    const reader = readerOf(dirname(p));
    if (reader !== p) out.set(p, reader);
  }
  return out;
}

function localCalls(dir: string): string[] {
  const out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".tf"));
  } catch {
    return out;
  }
  for (const n of names) {
    let text = "";
    try {
      text = readFileSync(join(dir, n), "utf8");
    } catch {
      continue;
    }
    for (const m of text.matchAll(LOCAL_SOURCE)) out.push(normalize(join(dir, m[1]!)).replace(/\/$/, ""));
  }
  return out;
}
