import { readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { renderJunit, xmlEscape } from "../../src/report/junit.js";
import { CFN, ENGINE, HOSTILE, SG, UNRESOLVABLE, VPCS, realisticResult, resultWithError } from "./fixtures.js";

// Jenkins' junit-10.xsd (the schema the Jenkins xUnit plugin validates JUnit reports against),
// vendored verbatim in test/schemas, checked by libxml2 (xmllint compiled to Wasm).
const XSD = readFileSync(new URL("../schemas/junit-10.xsd", import.meta.url), "utf8");

async function expectValid(xml: string): Promise<void> {
  const r = await validateXML({ xml: [{ fileName: "report.xml", contents: xml }], schema: [{ fileName: "junit-10.xsd", contents: XSD }] });
  expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(r.valid).toBe(true);
}

/** The <testcase> element for one input and requirement. */
function testcase(xml: string, file: string, requirement: string): string {
  const m = new RegExp(
    `<testcase classname="${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" name="${requirement.replace(/\./g, "\\.")}"[\\s\\S]*?</testcase>`,
  ).exec(xml);
  expect(m, `${file} ${requirement}`).not.toBeNull();
  return m![0];
}

describe("junit", () => {
  it("validates against Jenkins' junit-10.xsd", async () => {
    await expectValid(renderJunit(realisticResult(), ENGINE));
    await expectValid(renderJunit(resultWithError(), ENGINE));
  });

  it("the schema rejects what it should (the validator is live)", async () => {
    const r = await validateXML({
      xml: [{ fileName: "bad.xml", contents: `<testsuites><testsuite><testcase/></testsuite></testsuites>` }],
      schema: [{ fileName: "junit-10.xsd", contents: XSD }],
    });
    expect(r.valid).toBe(false);
  });

  it("has one suite per input and one test case per requirement the input's kind speaks to", () => {
    const xml = renderJunit(realisticResult(), ENGINE);
    for (const f of [CFN, UNRESOLVABLE, SG, VPCS]) expect(xml).toContain(`<testsuite name="${f}" tests="5"`);
    expect(xml).toMatch(/<testsuites name="runnerlint" tests="20" failures="\d+" errors="0"/);
  });

  it("maps violated to <failure> with the evidence and its location", () => {
    const tc = testcase(renderJunit(realisticResult(), ENGINE), CFN, "sg.runner-port-exposed");
    expect(tc).toContain(`file="${CFN}" line="20"`);
    expect(tc).toMatch(
      /<failure message="TCP 22999 is open to 0\.0\.0\.0\/0, beyond the VPC \(10\.0\.0\.0\/16\) \(fixtures\/cloudformation\/exposed-noncompliant\.yaml:20:11\)" type="securitygroup\/runner-port-exposed">/,
    );
    expect(tc).toContain("resource EnvironmentSecurityGroup");
  });

  it("maps unknown and not-applicable to <skipped>, satisfied to a pass", () => {
    const xml = renderJunit(realisticResult(), ENGINE);
    expect(testcase(xml, UNRESOLVABLE, "sg.ssh-ingress")).toMatch(
      /<skipped message="Cannot verify: the user CIDR comes from an SSM parameter/,
    );
    expect(testcase(xml, CFN, "sg.ssh-world-open")).toMatch(/<skipped message="not applicable: no ingress on TCP 29222/);
    // The VPC export holds no verdict of its own: the security groups in the other export decided.
    expect(testcase(xml, VPCS, "sg.runner-ingress")).toMatch(/<skipped message="not applicable: no verdict located in this input/);
    const pass = testcase(xml, CFN, "sg.runner-ingress");
    expect(pass).not.toMatch(/<failure|<skipped|<error/);
    expect(pass).toContain("<system-out>");
  });

  it("reports an unreadable input as an <error> test case at its position", () => {
    const xml = renderJunit(resultWithError(), ENGINE);
    expect(xml).toContain(`<testsuite name="infra/broken.yaml" tests="1" failures="0" errors="1"`);
    expect(xml).toContain(`<testcase classname="infra/broken.yaml" name="load" time="0" file="infra/broken.yaml" line="7">`);
    expect(xml).toContain(`<error message="infra/broken.yaml:7:3: bad indentation of a mapping entry [YAML_PARSE]" type="YAML_PARSE">`);
  });

  it("escapes hostile text and characters XML cannot carry", async () => {
    const r = realisticResult();
    r.requirements.find((x) => x.id === "sg.runner-port-exposed")!.evidence[0]!.message = `${HOSTILE}\u0000\u001b[31m`;
    const xml = renderJunit(r, ENGINE);
    await expectValid(xml);
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;");
    expect(xmlEscape("a\u0001b")).toBe("a\uFFFDb");
  });
});
