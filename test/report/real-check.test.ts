// Every format on a real check() of the bundled fixtures, through the compiled Wasm policy: the
// reporters must cope with whatever rules and requirements the engine has today, with no rule id
// named here. SARIF and JUnit are validated against their schemas.
// When the policy module cannot be loaded at all (WASM_LOAD: test/engine reports that failure), this
// suite is skipped rather than failing twice; any other error fails it.
import { existsSync, readFileSync } from "node:fs";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { PolicyEngine } from "../../src/engine/policy.js";
import { isRunnerlintError } from "../../src/errors.js";
import { REPORT_FORMATS, renderReport } from "../../src/report/index.js";

const SOURCES = ["fixtures/securitygroup", "fixtures/cloudformation"].filter((p) => existsSync(p));
function loadEngine(): PolicyEngine | undefined {
  try {
    return new PolicyEngine();
  } catch (e) {
    if (isRunnerlintError(e) && e.code === "WASM_LOAD") {
      console.warn(`real-check reports skipped: ${e.message}`);
      return undefined;
    }
    throw e;
  }
}
const loaded = loadEngine();
const engine = loaded!;
const result = loaded ? check(SOURCES, { config: { runner: "standard", region: "us-east-1" }, engine }) : undefined!;

const sarifSchema = JSON.parse(readFileSync(new URL("../schemas/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object;
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);
const XSD = readFileSync(new URL("../schemas/junit-10.xsd", import.meta.url), "utf8");

describe.skipIf(!loaded)("reports of a real check of the fixtures", () => {
  it("checked the fixtures and judged requirements", () => {
    expect(result.inputs.length).toBeGreaterThan(0);
    expect(result.requirements.length).toBeGreaterThan(0);
  });

  it.each(REPORT_FORMATS)("%s renders", (format) => {
    const out = renderReport(format, result, engine, { generatedAt: new Date(0) });
    expect(out.length).toBeGreaterThan(0);
  });

  it("sarif is valid and describes every rule of the engine", () => {
    const log = JSON.parse(renderReport("sarif", result, engine));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual(engine.rules.map((r) => r.id).sort());
    expect(log.runs[0].results).toHaveLength(result.findings.length);
  });

  it("junit is valid and has a test case per requirement per input", async () => {
    const xml = renderReport("junit", result, engine);
    const r = await validateXML({
      xml: [{ fileName: "report.xml", contents: xml }],
      schema: [{ fileName: "junit-10.xsd", contents: XSD }],
    });
    expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
    expect((xml.match(/<testcase /g) ?? []).length).toBeGreaterThanOrEqual(result.inputs.length);
  });

  it("github annotates every finding at its own line", () => {
    const lines = renderReport("github", result, engine)
      .split("\n")
      .filter((l) => l.startsWith("::"));
    expect(lines).toHaveLength(result.findings.length + result.errors.length);
    for (const f of result.findings)
      expect(lines.some((l) => l.includes(`line=${f.location.line},`) && l.includes(`title=${f.ruleId}`))).toBe(true);
  });

  it("html has the matrix with a row per requirement", () => {
    const html = renderReport("html", result, engine);
    const matrix = html.slice(html.indexOf(`<table class="matrix"`), html.indexOf("</table>", html.indexOf(`<table class="matrix"`)));
    expect((matrix.match(/<tr>/g) ?? []).length).toBe(1 + result.requirements.length);
  });
});
