import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { RunnerlintError } from "../../src/errors.js";

const spec = {
  runner: { type: "string", choices: ["standard", "enterprise"] },
  parameter: { type: "list" },
  "no-color": { type: "boolean" },
} as const;

describe("parseArgs", () => {
  it("reads values in both spellings, repeatable lists and positionals", () => {
    const r = parseArgs(["a.yaml", "--runner", "enterprise", "--parameter=A=1", "--parameter", "B=2", "--no-color", "dir"], spec);
    expect(r).toEqual({ positionals: ["a.yaml", "dir"], flags: { runner: "enterprise", parameter: ["A=1", "B=2"], "no-color": true } });
  });

  it("treats everything after -- as positional", () => {
    expect(parseArgs(["--", "--runner"], spec).positionals).toEqual(["--runner"]);
  });

  it.each([
    [["--nope"], /unknown option --nope/],
    [["-x"], /unknown option -x/],
    [["--runner"], /--runner needs a value/],
    [["--runner", "both"], /must be one of standard, enterprise/],
    [["--no-color=1"], /takes no value/],
  ])("rejects %j as a usage error", (argv, message) => {
    let err: unknown;
    try {
      parseArgs(argv, spec);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RunnerlintError);
    expect((err as RunnerlintError).code).toBe("USAGE");
    expect((err as RunnerlintError).message).toMatch(message);
  });
});
