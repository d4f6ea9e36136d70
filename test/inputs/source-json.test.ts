// JSON is read with JSON.parse plus a scan for positions; the YAML parser is the reference: the same
// data and the same line and column for every pointer, and the YAML parser's answer (an error, a
// DEPTH_LIMIT) wherever the JSON path steps aside.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinPointer, jsonErrorOffset, parseJsonSource, parseSource, type SourceDocument } from "../../src/inputs/source.js";
import { isRunnerlintError } from "../../src/errors.js";

function pointers(v: unknown, at = ""): string[] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => pointers(x, joinPointer(at, i)))];
  if (v && typeof v === "object") return [at, ...Object.entries(v).flatMap(([k, x]) => pointers(x, joinPointer(at, k)))];
  return [at];
}

function outcome(parse: () => SourceDocument, probes: string[] = []) {
  try {
    const d = parse();
    return { data: d.data, at: [...pointers(d.data), ...probes].map((p) => d.locate(p)) };
  } catch (e) {
    if (!isRunnerlintError(e)) throw e;
    // Where the YAML parser runs out of stack depends on the stack in use (Node 24 stops sooner,
    // at a different column from call to call): for DEPTH_LIMIT only the verdict is compared.
    return { error: e.code === "DEPTH_LIMIT" ? e.code : e.format() };
  }
}

function expectSame(file: string, text: string, probes: string[] = []) {
  const fast = outcome(() => parseSource(file, text), probes);
  const reference = outcome(() => parseSource(file, text, { yamlOnly: true }), probes);
  expect(fast, `${file}: ${text.slice(0, 80)}`).toEqual(reference);
}

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? jsonFiles(p) : n.endsWith(".json") ? [p] : [];
  });

describe("JSON positions", () => {
  it("match the YAML parser's on every JSON file in fixtures/", () => {
    const files = jsonFiles("fixtures");
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expectSame(f, readFileSync(f, "utf8"), ["/nope", "/Resources/Nope/Properties"]);
    // and they were read by the JSON path, not handed to the YAML parser
    const taken = files.filter((f) => parseJsonSource(f, readFileSync(f, "utf8")));
    expect(taken.length).toBeGreaterThan(files.length - 3); // the few broken ones on purpose
  });

  it("steps aside for what the YAML parser must report", () => {
    expect(parseJsonSource("a.json", '{"a": 1}')).toBeDefined();
    expect(parseJsonSource("a.json", '{"a": 1, "a": 2}')).toBeUndefined();
    expect(parseJsonSource("a.json", '{"a": [1,]}')).toBeUndefined();
    expect(parseJsonSource("a.json", `${"[".repeat(1001)}${"]".repeat(1001)}`)).toBeUndefined();
    expect(parseJsonSource("a.json", `${"[".repeat(1000)}${"]".repeat(1000)}`)).toBeDefined();
  });

  it.each([
    ["CRLF, tabs, escapes in keys", '{\r\n\t"a/b": {"c~d": [1, {"e\\"f": null}]},\r\n\t"\\u00e9": "x"\r\n}\r\n'],
    ["a top-level list", '[ {"a": 1}, [], "s", 2.5e3, true ]'],
    ["a scalar document", '  "just a string"  '],
    ["empty containers", '{"a": {}, "b": [], "c": [{}]}'],
    ["a duplicate key (the YAML parser's error)", '{"Resources": {"A": 1, "A": 2}}'],
    ["a syntax error", '{"Resources": {"A": }'],
    ["a byte-order mark", '\ufeff{"a": 1}'],
    // Just past the JSON path's limit (1,000): the YAML parser's recursion depends on how much
    // stack the test worker has left (1,500, then 1,100 overflowed on Node 24 in CI runs).
    ["deep nesting past the JSON path's limit", `{"a": ${"[".repeat(1010)}${"]".repeat(1010)}}`],
    ["empty text", ""],
  ])("%s", (_, text) => {
    expectSame("input.json", text, ["/a/0", "/a/x"]);
  });

  it.each([
    ["a trailing comma", '{"a": [1, 2,]}', { line: 1, column: 13 }],
    ["a comment", '{"a": 1 # note\n}', { line: 1, column: 9 }],
    ["single quotes", "{'a': 1}", { line: 1, column: 2 }],
  ])("JSON that only YAML reads is not JSON: %s is a JSON_PARSE error at JSON.parse's position", (_, text, pos) => {
    expect(outcome(() => parseSource("input.json", text), []).error).toMatch(
      new RegExp(`^input\\.json:${pos.line}:${pos.column}: .+ \\[JSON_PARSE\\]$`),
    );
    // The same text as YAML is fine.
    expect(outcome(() => parseSource("input.yaml", text), []).error).toBeUndefined();
  });

  it("match on random JSON (fast-check)", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), fc.constantFrom("", " ", "\n", "\r\n", "\t"), (json, ws) => {
        const text = ws
          ? JSON.stringify(JSON.parse(json), null, ws === "\t" ? "\t" : 1).replace(/\n/g, ws === "\r\n" ? "\r\n" : "\n")
          : json;
        expectSame("random.json", text);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});

describe("jsonErrorOffset", () => {
  it("agrees with JSON.parse on what is JSON, and with V8's position where it names one (fast-check)", () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "]", "}", '"', ":", " ", "x", "\\", "0", "{", "["))
      .map(([json, at, ch]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + ch + json.slice(i + (ch === "" ? 1 : 0));
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let error: Error | undefined;
        try {
          JSON.parse(text);
        } catch (e) {
          error = e as Error;
        }
        const offset = jsonErrorOffset(text);
        if (!error) expect(offset).toBe(text.length);
        else {
          expect(offset).toBeLessThanOrEqual(text.length);
          const v8 = /at position (\d+)/.exec(error.message);
          if (v8) expect(offset).toBe(Number(v8[1]));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
