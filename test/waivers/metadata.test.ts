// Metadata.runnerlint.suppress on CloudFormation resources (and CDK's cfnOptions.metadata).
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../src/check.js";
import { parseTemplate } from "../../src/inputs/cloudformation/parse.js";
import { metadataWaivers } from "../../src/waivers/index.js";

const engine = defaultEngine();
const waivers = (text: string, file = "t.yaml") => metadataWaivers(parseTemplate(file, text), { engine });
const errorOf = (text: string) => {
  try {
    waivers(text);
  } catch (e) {
    const err = e as { message: string; pos: { line: number; column: number } };
    return `${err.pos.line}:${err.pos.column} ${err.message}`;
  }
  return "no error";
};
const T = (meta: string) =>
  `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Metadata:\n${meta}    Properties: {GroupDescription: x}\n`;

describe("Metadata.runnerlint.suppress", () => {
  it("reads id, reason and expiry, scoped to the resource and the file", () => {
    const w = waivers(
      T(
        "      runnerlint:\n        suppress:\n          - id: securitygroup/ssh-world-open\n            reason: trial\n            expires: 2030-06-30\n",
      ),
    );
    expect(w).toEqual([
      {
        source: "metadata",
        id: "securitygroup/ssh-world-open",
        file: "t.yaml",
        resource: "Sg",
        reason: "trial",
        expires: "2030-06-30",
        location: { file: "t.yaml", line: 7, column: 13, pointer: "/Resources/Sg/Metadata/runnerlint/suppress/0" },
      },
    ]);
  });

  it("reads CDK's JSON output (aws:cdk:path beside it is left alone)", () => {
    const w = metadataWaivers(
      parseTemplate(
        "fixtures/waivers/cdk.template.json",
        JSON.stringify({
          Resources: {
            Sg: {
              Type: "AWS::EC2::SecurityGroup",
              Metadata: { "aws:cdk:path": "S/Sg", runnerlint: { suppress: [{ id: "sg.egress", reason: "r" }] } },
            },
          },
        }),
      ),
      { engine },
    );
    expect(w).toEqual([expect.objectContaining({ id: "sg.egress", resource: "Sg", reason: "r" })]);
  });

  it("other metadata and resources without it are not waivers", () => {
    expect(waivers(T("      cfn-lint: {config: {ignore_checks: [W1]}}\n"))).toEqual([]);
  });

  it("malformed entries and unknown keys are errors at their position", () => {
    expect(
      errorOf(T("      runnerlint:\n        suppress:\n          - id: securitygroup/ssh-world-open\n            reasn: typo\n")),
    ).toBe('8:13 Metadata.runnerlint of Sg: unknown key "reasn" in suppress[0] (expected id, reason, expires)');
    expect(errorOf(T("      runnerlint:\n        suppress:\n          - id: securitygroup/ssh-world-open\n"))).toBe(
      "7:13 Metadata.runnerlint of Sg: suppress[0] needs a reason",
    );
    expect(
      errorOf(T("      runnerlint:\n        suppress:\n          - id: securitygroup/ssh-world-open\n            reason: '  '\n")),
    ).toMatch(/^8:13 .*needs a reason/);
    expect(errorOf(T("      runnerlint:\n        suppress:\n          - reason: no id\n"))).toBe(
      "7:13 Metadata.runnerlint of Sg: suppress[0] needs an id: a rule or requirement id",
    );
    expect(errorOf(T("      runnerlint:\n        suppress:\n          - {id: sg.nope, reason: x}\n"))).toMatch(
      /^7:\d+ Metadata.runnerlint of Sg: "sg.nope" is not a known rule or requirement/,
    );
    expect(errorOf(T("      runnerlint:\n        suppress:\n          - {id: sg.egress, reason: x, expires: 2030-13-01}\n"))).toMatch(
      /expires must be a date, YYYY-MM-DD \(got "2030-13-01"\)/,
    );
    expect(errorOf(T("      runnerlint:\n        supress: []\n"))).toBe(
      '6:9 Metadata.runnerlint of Sg: unknown key "supress" (expected suppress)',
    );
    expect(errorOf(T("      runnerlint:\n        suppress: {id: sg.egress}\n"))).toMatch(/^6:9 .*suppress must be a list/);
    expect(errorOf(T("      runnerlint: true\n"))).toMatch(/^5:7 .*must be a map with a `suppress` list/);
  });
});
