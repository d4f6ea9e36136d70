import { describe, expect, it } from "vitest";
import { mdCell, mdCode, renderMarkdown } from "../../src/report/markdown.js";
import { CFN, ENGINE, HOSTILE, SG, finding, realisticResult, resultWithError, suppressedFindings } from "./fixtures.js";

/** The cells of a GFM table row, split the way GitHub does (unescaped pipes only). */
function cells(row: string): string[] {
  return row
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe("markdown", () => {
  it("starts with a header line of counts", () => {
    const md = renderMarkdown(realisticResult(), ENGINE);
    const lines = md.split("\n");
    expect(lines[0]).toBe("## Gitpod runner requirements");
    expect(lines[2]).toBe(
      "❌ **runnerlint**: 2 errors, 3 warnings, 0 notes · requirements: 1 satisfied, 3 violated, 1 unknown, 0 not applicable · 4 files checked",
    );
  });

  it("has the per-requirement table, worst first, with status, title and decisive evidence at file:line", () => {
    const md = renderMarkdown(realisticResult(), ENGINE);
    const table = md.split("\n").filter((l) => l.startsWith("| ") && l.includes("`sg."));
    const rows = table.filter((l) => /^\| (❌|⚠️|✅|➖) /.test(l)).map(cells);
    expect(rows.map((r) => r[1])).toEqual([
      "`sg.healthcheck-exposed`",
      "`sg.runner-port-exposed`",
      "`sg.ssh-world-open`",
      "`sg.ssh-ingress`",
      "`sg.runner-ingress`",
    ]);
    expect(rows[0]).toEqual([
      "❌ violated",
      "`sg.healthcheck-exposed`",
      "TCP 9090 not open beyond the VPC",
      `TCP 9000-9100 (includes 9090) is open to ::/0 — \`${CFN}:35\``,
    ]);
    expect(rows[3]![0]).toBe("⚠️ unknown");
    expect(rows[4]![0]).toBe("✅ satisfied");
    expect(md).toContain("| Status | Requirement | Title | Decisive evidence |\n|---|---|---|---|");
  });

  it("groups findings by file, each with line:column, severity and the rule", () => {
    const md = renderMarkdown(realisticResult(), ENGINE);
    const sgSection = md.slice(md.indexOf(`#### \`${SG}\``));
    expect(sgSection).toContain(
      "| 🔴 error | `10:9` | TCP 22000-30000 (includes 22999) is open to 0.0.0.0/0 and ::/0 · resource `sg-0a1b2c3d4e5f60002` | `securitygroup/runner-port-exposed`<br>`sg.runner-port-exposed` |",
    );
    expect(md).toContain("*(cannot verify)*");
  });

  it("escapes pipes and newlines in cells so a message cannot break the table or add markup", () => {
    const r = realisticResult();
    r.requirements[0]!.evidence[0]!.message = HOSTILE;
    r.findings[1]!.message = HOSTILE;
    const md = renderMarkdown(r, ENGINE);
    const reqRow = md.split("\n").find((l) => l.startsWith("| ❌ violated | `sg.healthcheck-exposed`"))!;
    expect(cells(reqRow)).toHaveLength(4);
    expect(reqRow).not.toContain("<script>");
    expect(reqRow).toContain("\\<script\\>");
    expect(reqRow).toContain("a:b<br>::error::pwned");
    const findingRow = md.split("\n").find((l) => l.startsWith("| 🟡 warning | `35:7`"))!;
    expect(cells(findingRow)).toHaveLength(4);
    expect(mdCell("a|b\nc")).toBe("a\\|b<br>c");
    expect(mdCode("a`b|c")).toBe("``a`b\\|c``");
    expect(mdCode("`x`")).toBe("`` `x` ``");
  });

  it("keeps a file name with a pipe or backtick inside its code span", () => {
    const r = realisticResult();
    r.findings = [
      finding({
        ruleId: "securitygroup/ssh-ingress",
        requirement: "sg.ssh-ingress",
        location: { file: "infra/a|b`c.yaml", line: 1, column: 1 },
      }),
    ];
    expect(renderMarkdown(r, ENGINE)).toContain("#### ``infra/a\\|b`c.yaml``");
  });

  it("lists waived findings and unreadable inputs", () => {
    const md = renderMarkdown({ ...resultWithError(), suppressed: suppressedFindings() }, ENGINE);
    expect(md).toContain("<details><summary>2 suppressed findings</summary>");
    expect(md).toContain("| sandbox account, users connect from anywhere | 2027-03-31 |");
    expect(md).toContain("- `infra/broken.yaml:7:3` bad indentation of a mapping entry (`YAML_PARSE`)");
    expect(md.split("\n")[2]).toContain("2 suppressed · 1 unreadable input");
  });

  it("stops listing findings before the comment size limit and says how many it left out", () => {
    const r = realisticResult();
    r.findings = Array.from({ length: 2000 }, (_, i) =>
      finding({
        ruleId: "securitygroup/runner-port-exposed",
        requirement: "sg.runner-port-exposed",
        message: `TCP 22999 open to 0.0.0.0/0 on rule ${i}`,
        location: { file: CFN, line: i + 1, column: 1 },
      }),
    );
    const md = renderMarkdown(r, ENGINE, { maxChars: 20_000 });
    expect(md.length).toBeLessThan(21_000);
    expect(md).toMatch(/\*\d+ more findings are not listed here/);
  });
});
