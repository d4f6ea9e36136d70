// The dotenv parser and loader: values, quotes, comments, positions, and errors with line:column.
import { describe, expect, it } from "vitest";
import { RunnerlintError } from "../../src/errors.js";
import { dotenvLoader } from "../../src/inputs/dotenv/loader.js";
import { parseDotenv } from "../../src/inputs/dotenv/parse.js";
import { fileFromText } from "../../src/inputs/files.js";

const parse = (text: string) =>
  parseDotenv("t.env", text).map(({ name, value, line, column }) => ({ name, value, at: `${line}:${column}` }));

function errorOf(text: string): RunnerlintError {
  try {
    parseDotenv("t.env", text);
  } catch (e) {
    expect(e).toBeInstanceOf(RunnerlintError);
    return e as RunnerlintError;
  }
  throw new Error("expected a DOTENV_PARSE error");
}

describe("parseDotenv", () => {
  it.each([
    ["KEY=value", "value"],
    ["KEY=", ""],
    ["KEY = value", "value"],
    ["export KEY=value", "value"],
    ["  export   KEY=value", "value"],
    ["KEY=a b  ", "a b"],
    ["KEY=a #comment", "a"],
    ["KEY=a#b", "a#b"],
    ["KEY= #comment", ""],
    ["KEY='single $x \\n'", "single $x \\n"],
    ["KEY='a' # comment", "a"],
    ['KEY="double \\"q\\" \\n \\t \\\\ \\$x"', 'double "q" \n \t \\ $x'],
    ['KEY="keeps \\q"', "keeps \\q"],
    ['KEY=" .internal , app.gitpod.io "', " .internal , app.gitpod.io "],
    ["KEY=$", "$"],
    ["KEY=a$", "a$"],
    ["KEY.with-dots=1", "1"],
    ["export=1", "1"],
  ])("%s", (line, value) => {
    expect(parse(line)[0]!.value).toEqual(value);
  });

  it("skips blank lines and comments and keeps every variable's line and column", () => {
    const text = "# header\n\n  A=1\r\nexport B='x'\n\t# indented comment\n   C=\"y\" # trailing\n";
    expect(parse(text)).toEqual([
      { name: "A", value: "1", at: "3:3" },
      { name: "B", value: "x", at: "4:8" },
      { name: "C", value: "y", at: "6:4" },
    ]);
  });

  it("reads quoted values over several lines", () => {
    expect(parse("A=\"line1\nline2\"\nB='x\ny'\nC=3")).toEqual([
      { name: "A", value: "line1\nline2", at: "1:1" },
      { name: "B", value: "x\ny", at: "3:1" },
      { name: "C", value: "3", at: "5:1" },
    ]);
  });

  it("expands $NAME and ${NAME} from earlier variables; anything else is unknown", () => {
    const vars = parse("P=http://p:1\nHTTPS_PROXY=$P\nHTTP_PROXY=\"${P}\"\nNO_PROXY=$MISSING,x\nL='$P'");
    expect(vars.map((v) => v.value)).toEqual([
      "http://p:1",
      "http://p:1",
      "http://p:1",
      { $unknown: "references $MISSING, which is not defined earlier in the file" },
      "$P",
    ]);
  });

  it.each([
    ["KEY", "1:4", /expected "=" after KEY/],
    ["1KEY=x", "1:1", /expected a variable name/],
    ["A=1\nKEY WITH SPACE=x", "2:5", /expected "=" after KEY/],
    ['A="open', "1:3", /unterminated double-quoted value/],
    ["A='open\n", "1:3", /unterminated single-quoted value/],
    ['A="x" y', "1:7", /unexpected "y" after the closing quote/],
    ["export A", "1:8", /without a value/],
    ["A=${X:-y}", "1:3", /unsupported \$\{\.\.\.\} expression/],
  ])("rejects %j at %s", (text, at, message) => {
    const e = errorOf(text);
    expect(e.code).toBe("DOTENV_PARSE");
    expect(`${e.pos!.line}:${e.pos!.column}`).toBe(at);
    expect(e.message).toMatch(message);
    expect(e.file).toBe("t.env");
  });
});

describe("dotenvLoader", () => {
  it.each([
    [".env", true],
    ["deploy/.env", true],
    ["runner.env", true],
    ["deploy/.env.production", true],
    ["env.yaml", false],
    ["environment", false],
  ])("detects %s: %s", (path, detected) => {
    expect(dotenvLoader.detect(fileFromText(path, "A=1"))).toBe(detected);
  });

  it("keeps only proxy variables, every spelling, in order, with positions", () => {
    const file = fileFromText("r.env", "APP=1\nno_proxy=a\nNO_PROXY=b\nHttps_Proxy=c\nALL_PROXY=d\nNO_PROXY_EXTRA=e\n");
    const [doc] = dotenvLoader.load(file, { config: { runner: "enterprise" }, parameters: {} });
    expect(doc!.kind).toBe("proxy");
    expect(doc!.input).toEqual({
      kind: "proxy",
      config: { runner: "enterprise" },
      environments: [
        {
          source: "dotenv",
          name: "r.env",
          location: { file: "r.env", line: 1, column: 1 },
          variables: [
            { name: "no_proxy", value: "a", location: { file: "r.env", line: 2, column: 1 } },
            { name: "NO_PROXY", value: "b", location: { file: "r.env", line: 3, column: 1 } },
            { name: "Https_Proxy", value: "c", location: { file: "r.env", line: 4, column: 1 } },
            { name: "ALL_PROXY", value: "d", location: { file: "r.env", line: 5, column: 1 } },
          ],
        },
      ],
    });
  });
});
