// Waivers applied by check(): what they cover and what they do not, expiry by an injected clock,
// stale waivers reported, malformed ones failing the run.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, defaultEngine, type CheckOptions } from "../../src/check.js";
import type { CheckResult } from "../../src/model/result.js";
import { parseConfigText, resolveConfig } from "../../src/config/index.js";
import { UNUSED_WAIVER_RULE } from "../../src/waivers/index.js";

const engine = defaultEngine();
const on = (day: string) => () => new Date(`${day}T12:00:00Z`);
const run = (sources: Parameters<typeof check>[0], more: Partial<CheckOptions> = {}): CheckResult =>
  check(sources, { config: { runner: "standard" }, engine, now: on("2026-11-23"), ...more });
// Only the security-group rules (and the waiver notes): other areas' rules may judge these templates too.
const ids = (fs: { ruleId: string }[]) =>
  fs.map((f) => f.ruleId).filter((id) => id.startsWith("securitygroup/") || id === UNUSED_WAIVER_RULE);
const EXPOSED = readFileSync("fixtures/cloudformation/exposed-noncompliant.yaml", "utf8");
const DEFAULT = readFileSync("fixtures/cloudformation/gitpod-default.yaml", "utf8");

/** gitpod-default.yaml with `meta` as the environment group's Metadata. */
const withMeta = (meta: string, resource = "EnvironmentSecurityGroup", type = "AWS::EC2::SecurityGroup") => {
  const head = `  ${resource}:\n    Type: ${type}\n`;
  if (!DEFAULT.includes(head)) throw new Error(`no ${resource} in the fixture`);
  return DEFAULT.replace(head, `${head}    Metadata:\n      runnerlint:\n        suppress:\n${meta}`);
};
const entry = (id: string, extra = "") => `          - id: ${id}\n            reason: accepted for the trial\n${extra}`;

describe("resource Metadata waivers", () => {
  it("the fixture: the SSH warning moves to suppressed, with its reason, expiry, source and place", () => {
    const r = run(["fixtures/waivers/metadata.yaml"]);
    expect(r.errors).toEqual([]);
    expect(ids(r.findings)).toEqual([]);
    expect(r.suppressed).toEqual([
      expect.objectContaining({
        ruleId: "securitygroup/ssh-world-open",
        requirement: "sg.ssh-world-open",
        resource: "EnvironmentSecurityGroup",
        suppression: {
          justification: "Trial account; users connect from changing home IPs",
          expires: "2030-06-30",
          source: "metadata",
          location: {
            file: "fixtures/waivers/metadata.yaml",
            line: 17,
            column: 13,
            pointer: "/Resources/EnvironmentSecurityGroup/Metadata/runnerlint/suppress/0",
          },
        },
      }),
    ]);
    // Rego's verdict is untouched: the requirement is still violated in the audit table.
    expect(r.requirements.find((q) => q.id === "sg.ssh-world-open")!.status).toBe("violated");
  });

  it("CDK's synthesized JSON works the same way", () => {
    const r = run(["fixtures/waivers/cdk.template.json"]);
    expect(r.errors).toEqual([]);
    expect(ids(r.findings)).toEqual([]);
    expect(r.suppressed.map((f) => [f.ruleId, f.suppression.source])).toEqual([["securitygroup/ssh-world-open", "metadata"]]);
  });

  it("a waiver by requirement id and one by rule id both match; a different rule does not", () => {
    expect(run([{ path: "t.yaml", text: withMeta(entry("sg.ssh-world-open")) }]).suppressed).toHaveLength(1);
    expect(run([{ path: "t.yaml", text: withMeta(entry("securitygroup/ssh-world-open")) }]).suppressed).toHaveLength(1);
    const other = run([{ path: "t.yaml", text: withMeta(entry("securitygroup/ssh-ingress")) }]);
    expect(other.suppressed).toEqual([]);
    expect(new Set(ids(other.findings))).toEqual(new Set(["securitygroup/ssh-world-open", UNUSED_WAIVER_RULE]));
  });

  it("a waiver on another resource does not cover this one (and is reported as unused)", () => {
    const r = run([{ path: "t.yaml", text: withMeta(entry("securitygroup/ssh-world-open"), "Vpc", "AWS::EC2::VPC") }]);
    expect(r.suppressed).toEqual([]);
    expect(new Set(ids(r.findings))).toEqual(new Set(["securitygroup/ssh-world-open", UNUSED_WAIVER_RULE]));
  });

  it("covers findings located inside the resource even when they name another resource", () => {
    // healthcheck-exposed names the group but is located at the HealthcheckFromEverywhere ingress.
    const text = EXPOSED.replace(
      "  HealthcheckFromEverywhere:\n    Type: AWS::EC2::SecurityGroupIngress\n",
      "  HealthcheckFromEverywhere:\n    Type: AWS::EC2::SecurityGroupIngress\n    Metadata:\n      runnerlint:\n        suppress:\n          - {id: sg.healthcheck-exposed, reason: vendor probes}\n",
    );
    const r = run([{ path: "x.yaml", text }]);
    expect(r.suppressed.map((f) => [f.ruleId, f.resource])).toEqual([["securitygroup/healthcheck-exposed", "EnvironmentSecurityGroup"]]);
  });
});

describe("expiry (the clock is injected)", () => {
  const text = withMeta(entry("securitygroup/ssh-world-open", "            expires: 2026-11-23\n"));
  it("a waiver expiring today still applies", () => {
    expect(run([{ path: "t.yaml", text }], { now: on("2026-11-23") }).suppressed).toHaveLength(1);
  });

  it("the day after, it is a finding again and says it expired", () => {
    const r = run([{ path: "t.yaml", text }], { now: on("2026-11-24") });
    expect(r.suppressed).toEqual([]);
    const f = r.findings.find((x) => x.ruleId === "securitygroup/ssh-world-open")!;
    expect(f.message).toMatch(/\(The metadata waiver at t\.yaml:\d+ expired on 2026-11-23: "accepted for the trial"\.\)$/);
    expect(f.expiredWaiver).toMatchObject({ expires: "2026-11-23", source: "metadata", justification: "accepted for the trial" });
    // An expired waiver that matched is not also reported as unused.
    expect(ids(r.findings)).not.toContain(UNUSED_WAIVER_RULE);
  });

  it("the expiry day is judged in UTC", () => {
    // 23:30 on the 23rd in UTC-5 is already the 24th in UTC.
    expect(run([{ path: "t.yaml", text }], { now: () => new Date("2026-11-23T23:30:00-05:00") }).suppressed).toEqual([]);
  });

  it("the expired fixture comes back as a finding", () => {
    const r = run(["fixtures/waivers/expired.yaml"]);
    expect(r.findings.filter((f) => f.expiredWaiver).map((f) => [f.ruleId, f.expiredWaiver?.expires])).toEqual([
      ["securitygroup/ssh-world-open", "2020-01-31"],
    ]);
  });
});

describe("inline comment waivers", () => {
  it("the fixture: the commented findings are suppressed, the others are not", () => {
    const r = run(["fixtures/waivers/inline-comments.yaml"]);
    expect(r.errors).toEqual([]);
    expect(r.suppressed.map((f) => [f.ruleId, f.location.line, f.suppression.source, f.suppression.location?.line])).toEqual([
      ["securitygroup/runner-port-exposed", 23, "comment", 22],
      ["securitygroup/healthcheck-exposed", 36, "comment", 36],
    ]);
    expect(new Set(ids(r.findings))).toEqual(new Set(["securitygroup/egress"]));
  });

  it("a comment one line too high covers nothing (and is reported as unused)", () => {
    const text = EXPOSED.replace(
      "        - IpProtocol: tcp\n          FromPort: 22999",
      "        # runnerlint:ignore securitygroup/runner-port-exposed reason=x\n\n        - IpProtocol: tcp\n          FromPort: 22999",
    ).replace(
      "        # runnerlint:ignore securitygroup/runner-port-exposed reason=x\n\n        - IpProtocol",
      "        # runnerlint:ignore securitygroup/runner-port-exposed reason=x\n        - Description: pad\n          IpProtocol: udp\n          FromPort: 1\n          ToPort: 1\n          CidrIp: 10.0.0.0/8\n        - IpProtocol",
    );
    const r = run([{ path: "x.yaml", text }]);
    expect(r.suppressed).toEqual([]);
    expect(r.findings.find((f) => f.ruleId === UNUSED_WAIVER_RULE)).toMatchObject({
      severity: "note",
      location: { file: "x.yaml", line: 20, column: 9 },
    });
  });

  it("comments in JSON files are not a thing, and `inlineWaivers: false` turns both in-file sources off", () => {
    const r = run(["fixtures/waivers/inline-comments.yaml", "fixtures/waivers/metadata.yaml"], { inlineWaivers: false });
    expect(r.suppressed).toEqual([]);
    expect(ids(r.findings)).toContain("securitygroup/runner-port-exposed");
  });

  it("a malformed waiver fails the run (an error with its position), and the file is still checked", () => {
    const r = run(["fixtures/waivers/malformed-comment.yaml", "fixtures/waivers/malformed-metadata.yaml"]);
    expect(r.errors.map((e) => e.format())).toEqual([
      "fixtures/waivers/malformed-comment.yaml:13:9: waiver comment: every waiver needs a reason: add reason=... [CONFIG_INVALID]",
      'fixtures/waivers/malformed-metadata.yaml:13:13: Metadata.runnerlint of EnvironmentSecurityGroup: unknown key "reasn" in suppress[0] (expected id, reason, expires) [CONFIG_INVALID]',
    ]);
    expect(r.findings.filter((f) => f.ruleId === "securitygroup/ssh-world-open")).toHaveLength(2);
  });
});

describe("config waivers", () => {
  const cfg = (text: string) => resolveConfig({ file: parseConfigText("repo/.runnerlint.yaml", text), engine });

  it("match by rule, requirement, file glob (relative to the config's folder) and resource", () => {
    const w = cfg(`waivers:
  - rule: securitygroup/runner-port-exposed
    file: "fixtures/**/exposed-*.yaml"
    reason: lab
  - requirement: sg.healthcheck-exposed
    resource: EnvironmentSecurityGroup
    reason: vendor
  - rule: securitygroup/egress
    file: "fixtures/other/*.yaml"
    reason: wrong folder
`).waivers.map((x) => ({ ...x, baseDir: process.cwd() }));
    const r = run(["fixtures/cloudformation/exposed-noncompliant.yaml"], { waivers: w });
    expect(r.suppressed.map((f) => [f.ruleId, f.suppression.source, f.suppression.justification])).toEqual([
      ["securitygroup/runner-port-exposed", "config", "lab"],
      ["securitygroup/healthcheck-exposed", "config", "vendor"],
    ]);
    expect(new Set(ids(r.findings))).toEqual(new Set(["securitygroup/egress"]));
  });

  it("a waiver for another resource does not apply; one for files not checked in this run is not called stale", () => {
    const w = cfg(`waivers:
  - rule: securitygroup/runner-port-exposed
    resource: SomeOtherGroup
    reason: not this one
  - rule: securitygroup/egress
    file: "elsewhere/*.yaml"
    reason: not checked now
`).waivers.map((x) => ({ ...x, baseDir: process.cwd() }));
    const r = run(["fixtures/cloudformation/exposed-noncompliant.yaml"], { waivers: w });
    expect(r.suppressed).toEqual([]);
    const unused = r.findings.filter((f) => f.ruleId === UNUSED_WAIVER_RULE);
    expect(unused.map((f) => f.location.line)).toEqual([2]);
    expect(unused[0]!.message).toMatch(
      /^This waiver for securitygroup\/runner-port-exposed \(resource SomeOtherGroup\) matched no finding/,
    );
  });

  it("a config waiver whose rule reads no input kind of this run is not called stale", () => {
    const w = cfg("waivers:\n  - rule: scp/policy-size\n    reason: SCPs are checked in another job\n").waivers;
    expect(ids(run(["fixtures/cloudformation/exposed-noncompliant.yaml"], { waivers: w }).findings)).not.toContain(UNUSED_WAIVER_RULE);
  });
});

describe("severity overrides", () => {
  it("change the level, or drop the rule's findings; the requirement table keeps Rego's verdict", () => {
    const up = run(["fixtures/cloudformation/gitpod-default.yaml"], { severity: { "securitygroup/ssh-world-open": "error" } });
    expect(up.findings.filter((f) => f.ruleId === "securitygroup/ssh-world-open").map((f) => f.severity)).toEqual(["error"]);
    const off = run(["fixtures/cloudformation/gitpod-default.yaml"], { severity: { "securitygroup/ssh-world-open": "ignore" } });
    expect(ids(off.findings)).toEqual([]);
    expect(off.suppressed).toEqual([]);
    expect(off.requirements.find((q) => q.id === "sg.ssh-world-open")!.status).toBe("violated");
  });

  it("an unknown stays at most a warning unless overridden... and even then: only --fail-on-unknown fails on it", () => {
    const r = run(["fixtures/cloudformation/unresolvable.yaml"], { severity: { "securitygroup/ssh-ingress": "error" } });
    expect(
      r.findings.filter((f) => f.ruleId === "securitygroup/ssh-ingress").every((f) => f.status === "unknown" && f.severity === "warning"),
    ).toBe(true);
  });
});
