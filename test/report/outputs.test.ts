// `--format` (repeatable) and `--output` (per format) on `runnerlint check`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { planOutputs } from "../../src/cli/report-outputs.js";
import type { FlagSpec } from "../../src/cli/args.js";
import { PolicyEngine } from "../../src/engine/policy.js";
import { RunnerlintError } from "../../src/errors.js";

const SPEC: Record<string, FlagSpec> = {
  format: { type: "list" },
  output: { type: "list" },
  parameter: { type: "list" },
  "no-color": { type: "boolean" },
};

function usageError(argv: string[]): string {
  try {
    planOutputs(argv, SPEC);
  } catch (e) {
    expect(e).toBeInstanceOf(RunnerlintError);
    expect((e as RunnerlintError).code).toBe("USAGE");
    return (e as RunnerlintError).message;
  }
  throw new Error(`expected a usage error for ${argv.join(" ")}`);
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe("planOutputs", () => {
  it("defaults to text on stdout", () => {
    expect(planOutputs(["x.yaml"], SPEC)).toEqual([{ format: "text", file: undefined }]);
  });

  it("pairs each --output with the --format just before it; a format without one prints to stdout", () => {
    expect(planOutputs(["--format", "sarif", "--output", "r.sarif", "--format", "text", "x.yaml"], SPEC)).toEqual([
      { format: "sarif", file: "r.sarif" },
      { format: "text", file: undefined },
    ]);
    expect(planOutputs(["--format=junit", "--output=j.xml", "--format=html", "--output=r.html", "--format=github"], SPEC)).toEqual([
      { format: "junit", file: "j.xml" },
      { format: "html", file: "r.html" },
      { format: "github", file: undefined },
    ]);
  });

  it("with a single --format the order does not matter; an --output alone writes text", () => {
    expect(planOutputs(["--output", "r.json", "--format", "json"], SPEC)).toEqual([{ format: "json", file: "r.json" }]);
    expect(planOutputs(["--output", "r.txt"], SPEC)).toEqual([{ format: "text", file: "r.txt" }]);
  });

  it("reads the command line the way the parser does (values of other flags are not flags)", () => {
    expect(planOutputs(["--parameter", "--format", "--format", "markdown", "--", "--output", "x"], SPEC)).toEqual([
      { format: "markdown", file: undefined },
    ]);
  });

  it("rejects two formats on stdout, an orphan --output, a repeated file and an unknown format", () => {
    expect(usageError(["--format", "sarif", "--format", "text"])).toMatch(/only one --format can print to stdout \(sarif, text\)/);
    expect(usageError(["--output", "a", "--format", "sarif", "--format", "text"])).toMatch(
      /--output a must come right after the --format it writes/,
    );
    expect(usageError(["--format", "sarif", "--output", "a", "--output", "b", "--format", "text"])).toMatch(
      /--output b must come right after/,
    );
    expect(usageError(["--format", "sarif", "--output", "r", "--format", "json", "--output", "r"])).toMatch(/--output r is given twice/);
    expect(usageError(["--format", "pdf"])).toMatch(/--format must be one of text, json, sarif, junit, markdown, github, html/);
  });
});

describe("runnerlint check --format/--output", () => {
  it("documents the pairing rule in --help", async () => {
    const { code, stdout } = await run(["check", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("text|json|sarif|junit|markdown|github|html");
    expect(stdout).toContain("--format sarif --output r.sarif --format text");
  });

  it("exits 2 with a clear message when two formats would share stdout", async () => {
    const { code, stderr } = await run(["check", "fixtures/securitygroup", "--format", "sarif", "--format", "github"]);
    expect(code).toBe(2);
    expect(stderr).toContain("only one --format can print to stdout (sarif, github)");
  });

  const engineLoads = (() => {
    try {
      new PolicyEngine();
      return true;
    } catch {
      return false;
    }
  })();
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-outputs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!engineLoads)("writes SARIF and JUnit to their files and text to stdout in one run", async () => {
    const sarif = join(dir, "r.sarif");
    const junit = join(dir, "r.xml");
    const { code, stdout } = await run([
      "check",
      "fixtures/securitygroup",
      "--format",
      "sarif",
      "--output",
      sarif,
      "--format",
      "junit",
      "--output",
      junit,
      "--format",
      "text",
      "--fail-on",
      "never",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(sarif, "utf8")).version).toBe("2.1.0");
    expect(readFileSync(junit, "utf8")).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="runnerlint"/);
    expect(stdout).toMatch(/files? checked/);
    expect(stdout).not.toContain("\u001b[");
  });

  it.skipIf(!engineLoads)("reports an unwritable --output as a usage error, not a crash", async () => {
    const { code, stderr } = await run([
      "check",
      "fixtures/securitygroup",
      "--format",
      "sarif",
      "--output",
      join(dir, "missing", "r.sarif"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write the sarif report to --output .*r\.sarif \(ENOENT\)/);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });
});
