// The module graph of src/ is acyclic, type-only imports included (a type cycle is still two
// modules that cannot be read, moved or tested apart), and src/model/ is its bottom layer.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
const MODEL = join(SRC, "model");

/** Every specifier of a file: import, export … from, import type, import(). */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier as the file it names: "./x.js" is ./x.ts in the sources. */
function resolveSpecifier(from: string, spec: string): string {
  const target = resolve(dirname(from), spec);
  const source = target.replace(/\.js$/, ".ts");
  if (existsSync(source)) return source;
  if (existsSync(target)) return target;
  throw new Error(`${relative(SRC, from)}: cannot resolve ${spec}`);
}

const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(SRC, f))
  .sort();
const graph = new Map(
  files.map((f) => [
    f,
    specifiers(f)
      .filter((s) => s.startsWith("."))
      .map((s) => resolveSpecifier(f, s)),
  ]),
);
const name = (f: string) => relative(SRC, f).split(sep).join("/");

/** The cycles a depth-first walk meets (at least one through every tangle), each once. */
function cycles(): string[][] {
  const found = new Map<string, string[]>();
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (f: string) => {
    path.push(f);
    for (const to of graph.get(f) ?? []) {
      const at = path.indexOf(to);
      if (at >= 0) {
        const cycle = path.slice(at).map(name);
        // One key per cycle, whichever module the walk entered it at.
        const first = cycle.indexOf([...cycle].sort()[0]!);
        found.set([...cycle.slice(first), ...cycle.slice(0, first)].join(" → "), [...cycle, name(to)]);
      } else if (!done.has(to)) visit(to);
    }
    path.pop();
    done.add(f);
  };
  for (const f of files) if (!done.has(f)) visit(f);
  return [...found.values()];
}

describe("import graph of src/", () => {
  it("reads the sources", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get(join(SRC, "check.ts"))).toContain(join(MODEL, "result.ts"));
  });

  it("has no cycle", () => {
    // The assertion's diff prints each cycle: a → b → a.
    expect(cycles().map((c) => c.join(" → "))).toEqual([]);
  });

  it("src/model/ imports nothing outside src/model/", () => {
    const outside = files
      .filter((f) => f.startsWith(MODEL + sep))
      .flatMap((f) => specifiers(f).map((s) => ({ f, s, to: s.startsWith(".") ? resolveSpecifier(f, s) : s })))
      .filter(({ to }) => !to.startsWith(MODEL + sep))
      .map(({ f, s }) => `${name(f)} imports ${s}`);
    expect(outside).toEqual([]);
  });
});
