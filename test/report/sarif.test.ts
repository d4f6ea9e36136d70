import { readFileSync } from "node:fs";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { renderSarif, toSarif, SECURITY_SEVERITY, FINGERPRINT_KEY } from "../../src/report/sarif.js";
import { VERSION } from "../../src/version.js";
import { ENGINE, CFN, HOSTILE, SG, RULES, finding, realisticResult, resultWithError, suppressedFindings } from "./fixtures.js";

// The official OASIS SARIF 2.1.0 (errata 01) schema, vendored verbatim (see test/schemas/README.md).
// It is a draft-04 schema, hence Ajv's draft-04 class; ajv-formats checks "uri", "uri-reference"
// and "date-time". Both are CommonJS: under NodeNext the default import is module.exports, whose
// `default` is the class / plugin.
const schema = JSON.parse(readFileSync(new URL("../schemas/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object;
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validateSchema = ajv.compile(schema);

function valid(log: unknown): void {
  const ok = validateSchema(log);
  expect(validateSchema.errors ?? [], JSON.stringify(validateSchema.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

type Log = {
  runs: [
    {
      tool: { driver: { rules: Record<string, any>[]; informationUri?: string } };
      results: Record<string, any>[];
      invocations: Record<string, any>[];
      properties: Record<string, any>;
    },
  ];
};
const sarif = (...a: Parameters<typeof toSarif>) => toSarif(...a) as unknown as Log;

describe("sarif", () => {
  it("the vendored schema is the official OASIS 2.1.0 errata 01 schema", () => {
    expect((schema as { id: string }).id).toBe(
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
    );
  });

  it("a realistic report validates against the official schema", () => {
    const text = renderSarif(realisticResult(), ENGINE, { cwd: process.cwd() });
    const log = JSON.parse(text);
    valid(log);
    expect(log.version).toBe("2.1.0");
  });

  it("the schema rejects what it should (the validator is live)", () => {
    const log = sarif(realisticResult(), ENGINE);
    (log.runs[0].results[0] as { level: string }).level = "fatal";
    expect(validateSchema(log)).toBe(false);
  });

  it("describes every rule of the engine, derived from its METADATA", () => {
    const { rules } = sarif(realisticResult(), ENGINE).runs[0].tool.driver;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id).sort());
    const exposed = rules.find((r) => r.id === "securitygroup/runner-port-exposed")!;
    expect(exposed).toMatchObject({
      name: "RunnerPortExposed",
      shortDescription: { text: "Runner port not exposed beyond the VPC" },
      fullDescription: { text: expect.stringContaining("TCP 22999 is the runner's control port") },
      defaultConfiguration: { level: "error" },
      properties: { "security-severity": "8.0", tags: expect.arrayContaining(["security", "securitygroup", "sg.runner-port-exposed"]) },
    });
    expect(exposed.help.text).toContain("Remediation: Restrict the TCP 22999 ingress rule");
    expect(exposed.help.markdown).toContain("## Remediation");
    expect(exposed.help.markdown).toContain('section "Network requirements"');
    expect(exposed.help.markdown).toContain("`sg.runner-port-exposed`: TCP 22999 not open beyond the VPC");
    // The rule's page in the repository, at the tag of this version; the tool's page is the README.
    expect(exposed.helpUri).toBe(
      `https://github.com/runnerlint/runnerlint/blob/v${VERSION}/docs/rules/securitygroup/runner-port-exposed.md`,
    );
    expect(sarif(realisticResult(), ENGINE).runs[0].tool.driver.informationUri).toBe("https://github.com/runnerlint/runnerlint#readme");
    const warning = rules.find((r) => r.defaultConfiguration.level === "warning")!;
    expect(warning.properties["security-severity"]).toBe(SECURITY_SEVERITY.warning);
  });

  it("points helpUri at docs/rules/<area>/<name>.md when the docs are browsable", () => {
    const { rules } = sarif(realisticResult(), ENGINE, { docsBaseUrl: "https://github.com/example/runnerlint/blob/v1.0.0/" }).runs[0].tool
      .driver;
    expect(rules.find((r) => r.id === "securitygroup/ssh-ingress")!.helpUri).toBe(
      "https://github.com/example/runnerlint/blob/v1.0.0/docs/rules/securitygroup/ssh-ingress.md",
    );
  });

  it("picks up a rule added to the engine without any change to the reporter", () => {
    const extra = { ...RULES[0]!, id: "ami/owner-amazon", requirements: ["ami.owner-amazon"], severity: "note" as const };
    const { rules } = sarif(realisticResult(), { ...ENGINE, rules: [...RULES, extra] }).runs[0].tool.driver;
    expect(rules.find((r) => r.id === "ami/owner-amazon")).toMatchObject({
      defaultConfiguration: { level: "note" },
      properties: { "security-severity": "2.0" },
    });
  });

  it("maps violated to kind fail at its severity, unknown to kind review (level none, severity kept)", () => {
    const log = sarif(realisticResult(), ENGINE);
    const { results, tool } = log.runs[0];
    const fail = results.find(
      (r) => r.properties.resource === "EnvironmentSecurityGroup" && r.ruleId === "securitygroup/runner-port-exposed",
    )!;
    expect(fail).toMatchObject({
      kind: "fail",
      level: "error",
      properties: { requirement: "sg.runner-port-exposed", status: "violated", severity: "error" },
    });
    expect(tool.driver.rules[fail.ruleIndex]!.id).toBe(fail.ruleId);
    const review = results.find((r) => r.properties.status === "unknown")!;
    expect(review).toMatchObject({ kind: "review", level: "none", properties: { severity: "warning" } });
    expect(review.message.text).toMatch(/^Cannot verify: /);
    // Rule messages that already say so are not prefixed twice.
    const r = realisticResult();
    r.findings[4]!.message = "Cannot verify that the group keeps TCP 9090 inside its VPC";
    const again = sarif(r, ENGINE).runs[0].results.find((x) => x.properties.status === "unknown")!;
    expect(again.message.text).toBe("Cannot verify that the group keeps TCP 9090 inside its VPC");
  });

  it("gives relative forward-slash URIs under %SRCROOT% and only the positions it knows", () => {
    const log = sarif(realisticResult(), ENGINE);
    const loc = log.runs[0].results.find((r) => r.properties.resource === "EnvironmentSecurityGroup")!.locations[0];
    expect(loc.physicalLocation).toEqual({
      artifactLocation: { uri: CFN, uriBaseId: "%SRCROOT%" },
      region: { startLine: 20, startColumn: 11 },
    });
    expect(loc.logicalLocations).toEqual([{ name: "EnvironmentSecurityGroup", kind: "resource" }]);

    const withEnd = realisticResult();
    Object.assign(withEnd.findings[0]!.location, { endLine: 23, endColumn: 28 });
    const region = sarif(withEnd, ENGINE).runs[0].results.find((r) => r.properties.pointer === withEnd.findings[0]!.location.pointer)!
      .locations[0].physicalLocation.region;
    expect(region).toEqual({ startLine: 20, startColumn: 11, endLine: 23, endColumn: 28 });
  });

  it("encodes odd characters in paths as a valid URI reference", () => {
    const r = realisticResult();
    r.findings = [
      finding({
        ruleId: "securitygroup/ssh-ingress",
        requirement: "sg.ssh-ingress",
        location: { file: "infra/my stack#1.yaml", line: 3, column: 1 },
      }),
    ];
    const log = sarif(r, ENGINE);
    valid(log);
    expect(log.runs[0].results[0]!.locations[0].physicalLocation.artifactLocation.uri).toBe("infra/my%20stack%231.yaml");
  });

  it("keeps partialFingerprints stable when the finding moves to another line", () => {
    const fp = (line: number, resource = "EnvironmentSecurityGroup") => {
      const r = realisticResult();
      r.findings = [
        finding({
          ruleId: "securitygroup/runner-port-exposed",
          requirement: "sg.runner-port-exposed",
          location: { file: CFN, line, column: 11 },
          resource,
        }),
      ];
      return sarif(r, ENGINE).runs[0].results[0]!.partialFingerprints[FINGERPRINT_KEY] as string;
    };
    expect(fp(20)).toBe(fp(57));
    expect(fp(20)).not.toBe(fp(20, "RunnerSecurityGroup"));
    expect(fp(20)).toMatch(/^[0-9a-f]{32}:1$/);
  });

  it("tells apart two identical problems on one resource by occurrence", () => {
    const r = realisticResult();
    const base = {
      ruleId: "securitygroup/runner-port-exposed",
      requirement: "sg.runner-port-exposed",
      resource: "EnvironmentSecurityGroup",
    };
    r.findings = [
      finding({ ...base, location: { file: CFN, line: 20, column: 11 } }),
      finding({ ...base, location: { file: CFN, line: 40, column: 11 } }),
    ];
    const fps = sarif(r, ENGINE).runs[0].results.map((x) => x.partialFingerprints[FINGERPRINT_KEY] as string);
    expect(fps[0]!.split(":")[0]).toBe(fps[1]!.split(":")[0]);
    expect(fps.map((f) => f.split(":")[1])).toEqual(["1", "2"]);
    // Fingerprints differ per file even for the same rule and resource name.
    const other = realisticResult();
    other.findings = [finding({ ...base, location: { file: SG, line: 20, column: 11 } })];
    expect(sarif(other, ENGINE).runs[0].results[0]!.partialFingerprints[FINGERPRINT_KEY]).not.toBe(fps[0]);
  });

  it("reports unreadable inputs as tool execution notifications with their position", () => {
    const log = sarif(resultWithError(), ENGINE);
    valid(log);
    const [inv] = log.runs[0].invocations;
    expect(inv!.executionSuccessful).toBe(false);
    expect(inv!.toolExecutionNotifications[0]).toEqual({
      level: "error",
      message: { text: "bad indentation of a mapping entry" },
      descriptor: { id: "YAML_PARSE" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "infra/broken.yaml", uriBaseId: "%SRCROOT%" },
            region: { startLine: 7, startColumn: 3 },
          },
        },
      ],
    });
    expect(inv!.toolExecutionNotifications[1]).toMatchObject({
      level: "note",
      locations: [{ physicalLocation: { artifactLocation: { uri: "infra/README.json" } } }],
    });
    expect(sarif(realisticResult(), ENGINE).runs[0].invocations[0]!.executionSuccessful).toBe(true);
  });

  it("reports waived findings as results with suppressions and their justification", () => {
    const log = sarif({ ...realisticResult(), suppressed: suppressedFindings() }, ENGINE);
    valid(log);
    const suppressed = log.runs[0].results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.suppressions[0])).toEqual([
      {
        kind: "inSource",
        status: "accepted",
        justification: "sandbox account, users connect from anywhere",
        location: {
          physicalLocation: { artifactLocation: { uri: CFN, uriBaseId: "%SRCROOT%" }, region: { startLine: 12, startColumn: 5 } },
        },
        properties: { source: "metadata", expires: "2027-03-31" },
      },
      { kind: "external", status: "accepted", justification: "scanner range 203.0.113.0/24 is ours", properties: { source: "config" } },
    ]);
  });

  it("stays valid with hostile text in messages", () => {
    const r = realisticResult();
    r.findings[0]!.message = HOSTILE;
    const log = JSON.parse(renderSarif(r, ENGINE));
    valid(log);
    expect(log.runs[0].results.some((x: { message: { text: string } }) => x.message.text === HOSTILE)).toBe(true);
  });

  it("lists every requirement's status for audits", () => {
    const props = sarif(realisticResult(), ENGINE).runs[0].properties;
    expect(props.requirements).toContainEqual({
      id: "sg.runner-ingress",
      title: "TCP 22999 from the VPC to environments",
      status: "satisfied",
    });
  });
});
