// `# runnerlint:ignore` comments: the grammar, exactly which line one covers, and errors for every
// malformed or near-miss directive.
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../src/check.js";
import { commentWaivers } from "../../src/waivers/index.js";

const engine = defaultEngine();
const parse = (text: string) => commentWaivers("t.yaml", text, { engine });
const errorOf = (text: string) => {
  try {
    parse(text);
  } catch (e) {
    const err = e as { message: string; pos: { line: number; column: number }; code: string };
    return `${err.pos.line}:${err.pos.column} ${err.message} [${err.code}]`;
  }
  return "no error";
};

describe("waiver comments: grammar", () => {
  it("id, reason and expiry; a quoted reason may hold `key=`", () => {
    const [w] = parse('a: 1 # runnerlint:ignore sg.egress reason="proxy handles it; see a=b" expires=2030-01-31\n');
    expect(w).toEqual({
      source: "comment",
      id: "sg.egress",
      file: "t.yaml",
      line: 1,
      reason: "proxy handles it; see a=b",
      expires: "2030-01-31",
      location: { file: "t.yaml", line: 1, column: 6 },
    });
  });

  it("an unquoted reason runs to the next key or the end, in any order", () => {
    expect(
      parse("a: 1 # runnerlint:ignore securitygroup/egress expires=2030-01-31 reason=the NAT gateway filters egress\n")[0],
    ).toMatchObject({
      id: "securitygroup/egress",
      reason: "the NAT gateway filters egress",
      expires: "2030-01-31",
    });
    expect(parse("a: 1 #runnerlint:ignore sg.egress reason='single quotes'\n")[0]).toMatchObject({ reason: "single quotes" });
  });

  it("a rule alias is kept as the rule's id; a user-declared requirement id is accepted", () => {
    expect(parse("a: 1 # runnerlint:ignore scm.github reason=declared in the config\n")[0]!.id).toBe("scm.github");
  });

  it("malformed directives are errors at the comment, never ignored", () => {
    expect(errorOf("a: 1 # runnerlint:ignore sg.egress\n")).toBe(
      "1:6 waiver comment: every waiver needs a reason: add reason=... [CONFIG_INVALID]",
    );
    expect(errorOf("a: 1 # runnerlint:ignore sg.egress reason=\n")).toMatch(/^1:\d+ waiver comment: the reason is empty/);
    expect(errorOf("a: 1 # runnerlint:ignore reason=x\n")).toMatch(/^1:25 waiver comment: missing the rule or requirement id/);
    expect(errorOf("a: 1 # runnerlint:ignore\n")).toMatch(/missing the rule or requirement id/);
    expect(errorOf("a: 1 # runnerlint:ignore sg.egress reason=x expires=2030-02-30\n")).toMatch(/expires=2030-02-30 is not a date/);
    expect(errorOf("a: 1 # runnerlint:ignore sg.egress reason=x expires=31.12.2030\n")).toMatch(/expires=31.12.2030 is not a date/);
    expect(errorOf("a: 1 # runnerlint:ignore sg.egress reason=x until=2030-01-01\n")).toMatch(/unknown key "until"/);
    expect(errorOf("a: 1 # runnerlint:ignore sg.egress reason=x reason=y\n")).toMatch(/"reason" given twice/);
    expect(errorOf('a: 1 # runnerlint:ignore sg.egress reason="unterminated\n')).toMatch(/unterminated quote/);
    expect(errorOf("a: 1 # runnerlint:ignore sg.egres reason=x\n")).toBe(
      '1:26 waiver comment: "sg.egres" is not a known rule or requirement (did you mean "sg.egress"?) [CONFIG_INVALID]',
    );
  });

  it("near misses of the directive are errors too", () => {
    for (const c of [
      "# runnerlint: ignore sg.egress reason=x",
      "# runnerlint-ignore sg.egress reason=x",
      "# runnerlint:disable sg.egress",
      "# RunnerLint:ignore sg.egress reason=x",
      "# runnerlint ignore sg.egress reason=x",
    ]) {
      expect(errorOf(`a: 1 ${c}\n`), c).toMatch(/^1:6 waiver comment: malformed directive/);
    }
    // A comment that merely mentions the tool is not a directive.
    expect(parse("# checked by runnerlint in CI\na: 1\n")).toEqual([]);
    // Nor is one that starts with the role tag's name; its near miss still is an error.
    expect(parse("# runnerlint:role environment marks the group\na: 1\n")).toEqual([]);
    expect(errorOf("a: 1 # runnerlint:roles x\n")).toMatch(/^1:6 waiver comment: malformed directive/);
  });

  it("`#` inside a string or a block scalar is not a comment", () => {
    expect(parse('a: "x # runnerlint:ignore nonsense"\nb: |\n  # runnerlint:ignore nonsense\n')).toEqual([]);
  });
});

describe("waiver comments: the line they cover", () => {
  const lines = (text: string) => parse(text).map((w) => [w.location.line, w.line]);

  it("a trailing comment covers its own line", () => {
    expect(lines("a: 1\nb: 2 # runnerlint:ignore sg.egress reason=x\nc: 3\n")).toEqual([[2, 2]]);
  });

  it("a comment alone on its line covers the next line with content", () => {
    expect(lines("a: 1\n# runnerlint:ignore sg.egress reason=x\nb: 2\n")).toEqual([[2, 3]]);
  });

  it("skips blank lines and other comments; stacked directives cover the same line", () => {
    expect(
      lines("  # runnerlint:ignore sg.egress reason=x\n\n  # an ordinary comment\n  # runnerlint:ignore sg.ssh-ingress reason=y\n  b: 2\n"),
    ).toEqual([
      [1, 5],
      [4, 5],
    ]);
  });

  it("a directive with nothing after it is an error", () => {
    expect(errorOf("a: 1\n# runnerlint:ignore sg.egress reason=x\n\n# end\n")).toBe(
      "2:1 waiver comment: covers no line: nothing but comments and blank lines follow it [CONFIG_INVALID]",
    );
  });
});
