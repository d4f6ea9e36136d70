// Waived findings in the reports this change owns: text lists them with the reason, JUnit turns a
// requirement that fails only through waived findings into a skipped test case (valid JUnit), JSON
// has suppressed[] (its schema is checked in test/integration/report-schema.test.ts).
import { readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { check, defaultEngine } from "../../src/check.js";
import { renderJunit } from "../../src/report/junit.js";
import { renderText, summaryLine } from "../../src/report/text.js";
import { toJsonReport } from "../../src/report/json.js";

const engine = defaultEngine();
const now = () => new Date("2026-11-23T00:00:00Z");
const result = check(["fixtures/waivers/metadata.yaml", "fixtures/waivers/inline-comments.yaml"], {
  config: { runner: "standard" },
  engine,
  now,
});

describe("waived findings in the reports", () => {
  it("text: a Waived section with reason, source, place and expiry; the summary counts them", () => {
    const text = renderText(result, { color: false });
    expect(text).toMatch(/^Waived \(3\)$/m);
    expect(text).toMatch(
      /^ {2}fixtures\/waivers\/metadata\.yaml:\d+:\d+ {2}securitygroup\/ssh-world-open \[sg\.ssh-world-open\] {2}"Trial account; users connect from changing home IPs" \(metadata at fixtures\/waivers\/metadata\.yaml:17, until 2030-06-30\)$/m,
    );
    expect(text).toMatch(/\(comment at fixtures\/waivers\/inline-comments\.yaml:22, until 2030-12-31\)$/m);
    expect(summaryLine(result)).toMatch(/; 3 waived$/);
  });

  it("JUnit: requirements violated only through waived findings are skipped as waived, and the XML is valid", async () => {
    const xml = renderJunit(result, engine);
    expect(xml).toMatch(
      /<testcase classname="fixtures\/waivers\/metadata\.yaml" name="sg\.ssh-world-open"[^>]*>\n\s+<skipped message="waived: Trial account; users connect from changing home IPs \(metadata, until 2030-06-30\)"\/>/,
    );
    // Violated through a finding nobody waived: still a failure.
    expect(xml).toMatch(/<testcase classname="fixtures\/waivers\/inline-comments\.yaml" name="sg\.egress"[^>]*>\n\s+<failure /);
    const XSD = readFileSync("test/schemas/junit-10.xsd", "utf8");
    const v = await validateXML({
      xml: [{ fileName: "report.xml", contents: xml }],
      schema: [{ fileName: "junit-10.xsd", contents: XSD }],
    });
    expect(v.errors).toEqual([]);
    expect(v.valid).toBe(true);
  });

  it("JSON: suppressed[] with each waiver, and the count in the summary", () => {
    const json = toJsonReport(result, engine) as {
      suppressed: { ruleId: string; suppression: { source: string } }[];
      summary: { suppressed: number };
    };
    expect(json.suppressed.map((s) => [s.ruleId, s.suppression.source])).toEqual([
      ["securitygroup/runner-port-exposed", "comment"],
      ["securitygroup/healthcheck-exposed", "comment"],
      ["securitygroup/ssh-world-open", "metadata"],
    ]);
    expect(json.summary.suppressed).toBe(3);
  });
});
