import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, renderGithub, workflowCommand } from "../../src/report/github.js";
import { CFN, ENGINE, HOSTILE, finding, realisticResult, resultWithError, suppressedFindings } from "./fixtures.js";

/** Reads a workflow command back the way the Actions runner does (its unescaping of data/properties). */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } | undefined {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) return undefined;
  const unData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  const unProp = (s: string) => unData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));
  const props = Object.fromEntries(
    (m[2] ?? "")
      .split(",")
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf("=")), unProp(kv.slice(kv.indexOf("=") + 1))]),
  );
  return { command: m[1]!, props, message: unData(m[3]!) };
}

describe("github", () => {
  it("annotates each finding at its real file, line and column with the rule id as title", () => {
    const lines = renderGithub(realisticResult(), ENGINE).trimEnd().split("\n");
    expect(lines[0]).toBe(
      `::error file=${CFN},line=20,col=11,title=securitygroup/runner-port-exposed::TCP 22999 is open to 0.0.0.0/0, beyond the VPC (10.0.0.0/16) [sg.runner-port-exposed] (resource EnvironmentSecurityGroup)`,
    );
    const parsed = lines.map(parseCommand).filter((c) => c !== undefined);
    expect(parsed).toHaveLength(5);
    expect(parsed.map((c) => c.command)).toEqual(["error", "error", "warning", "warning", "warning"]);
    expect(parsed.every((c) => Number(c.props.line) > 1)).toBe(true);
    expect(parsed.find((c) => c.props.title === "securitygroup/ssh-ingress")!.message).toMatch(/^Cannot verify: /);
    // The last line is a plain summary, not a command.
    expect(lines.at(-1)).toMatch(/^4 files checked; 2 errors, 3 warnings, 0 notes/);
  });

  it("uses ::notice for notes and carries end positions when known", () => {
    const r = realisticResult();
    r.findings = [
      finding({
        ruleId: "securitygroup/ssh-ingress",
        requirement: "sg.ssh-ingress",
        severity: "note",
        location: Object.assign({ file: CFN, line: 16, column: 11 }, { endLine: 19, endColumn: 34 }),
      }),
    ];
    expect(renderGithub(r, ENGINE).split("\n")[0]).toBe(
      `::notice file=${CFN},line=16,endLine=19,col=11,endColumn=34,title=securitygroup/ssh-ingress::securitygroup/ssh-ingress failed [sg.ssh-ingress]`,
    );
  });

  it("escapes %, CR, LF in messages and also : and , in properties, so nothing can forge a command", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    const r = realisticResult();
    r.findings = [
      finding({
        ruleId: "securitygroup/ssh-ingress",
        requirement: "sg.ssh-ingress",
        message: HOSTILE,
        location: { file: "infra/a,b:c.yaml", line: 3, column: 5 },
      }),
    ];
    const out = renderGithub(r, ENGINE).split("\n");
    expect(out[0]).toBe(
      '::error file=infra/a%2Cb%3Ac.yaml,line=3,col=5,title=securitygroup/ssh-ingress::<script>alert("x")</script> | 100%25 done, a:b%0D%0A::error::pwned & <b>bold</b> `tick` [sg.ssh-ingress]',
    );
    // One command, one line: the injected "::error::" stays inside the message.
    expect(out.filter((l) => l.startsWith("::"))).toHaveLength(1);
    expect(parseCommand(out[0]!)).toEqual({
      command: "error",
      props: { file: "infra/a,b:c.yaml", line: "3", col: "5", title: "securitygroup/ssh-ingress" },
      message: `${HOSTILE} [sg.ssh-ingress]`,
    });
  });

  it("annotates unreadable inputs at their position and leaves waived findings out", () => {
    const out = renderGithub({ ...resultWithError(), suppressed: suppressedFindings() }, ENGINE).split("\n");
    expect(out[0]).toBe("::error file=infra/broken.yaml,line=7,col=3,title=runnerlint YAML_PARSE::bad indentation of a mapping entry");
    expect(out.join("\n")).not.toContain("sandbox account");
    expect(workflowCommand("warning", {}, "x")).toBe("::warning::x");
  });
});
