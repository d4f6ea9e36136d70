// Network ACLs from describe-network-acls exports and CloudFormation, end to end.
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { STANDARD_EGRESS, engine, expectAll, lineOf, objectLine, run } from "./helpers.js";

const f = (name: string) => `fixtures/nacls/${name}`;

describe("network ACLs", () => {
  it("outbound 443/8443/4242 and the ephemeral ports inbound satisfy every requirement", () => {
    const r = run(f("compliant.describe-network-acls.json"));
    expectAll(r, STANDARD_EGRESS, "satisfied");
    expect(r.result.findings).toEqual([]);
    const msgs = r.evidence("gitpod.management").map((e) => e.message);
    expect(msgs).toContain(
      "Network ACL acl-0a1b2c3d4e5f60718 allows TCP 443 to app.gitpod.io (gitpod.management): outbound entry 100 (allow 0.0.0.0/0) is the first that matches.",
    );
    expect(msgs).toContain(
      "Network ACL acl-0a1b2c3d4e5f60718 lets the replies of TCP 443 from app.gitpod.io (gitpod.management) back in on ports 1024-65535: inbound entries 100.",
    );
  });

  it("stateless: replies to ephemeral ports below 32768 hit the final deny", () => {
    const file = f("ephemeral-missing.describe-network-acls.json");
    const r = run(file);
    expect(r.status["gitpod.management"]).toBe("violated");
    const [ev] = r.evidence("gitpod.management");
    expect(ev!.message).toContain(
      "blocks the replies of TCP 443 from app.gitpod.io (gitpod.management): inbound entry 32767 denies ports 1024-32767",
    );
    // the inbound "*" entry, the second RuleNumber 32767 of the file
    expect(ev!.location).toMatchObject({ file, line: objectLine(file, '"RuleNumber": 32767', 1) });
    // UDP replies are allowed on the whole range
    expect(r.status["gitpod.gateway-udp"]).toBe("satisfied");
  });

  it("entries are read by rule number, not by their place in the file", () => {
    const file = f("rule-order.describe-network-acls.json");
    const r = run(file);
    expect(r.status["gitpod.gateway-https"]).toBe("violated");
    for (const ev of r.evidence("gitpod.gateway-https")) {
      expect(ev.message).toContain("outbound entry 90 denies 0.0.0.0/0 before any entry allows it");
      expect(ev.location!.line).toBe(objectLine(file, '"RuleNumber": 90'));
    }
    expect(r.status["gitpod.management"]).toBe("satisfied");
  });

  it("CloudFormation: entries, their ACL and its subnet association", () => {
    const file = f("cloudformation/runner-subnet-acl.yaml");
    const r = run(file);
    expect(r.status["gitpod.gateway-udp"]).toBe("violated");
    const [ev] = r.evidence("gitpod.gateway-udp");
    expect(ev!.message).toContain(
      "Network ACL RunnerAcl blocks UDP 4242 to 13.216.138.24, 35.171.240.32, 35.171.31.215, 44.223.157.13, 54.163.142.39 (gitpod.gateway-udp): no outbound entry allows it",
    );
    expect(ev!.location).toMatchObject({ file, line: lineOf(file, "RunnerAcl:") });
    expect(r.status["gitpod.gateway-https"]).toBe("satisfied");
    expect(r.evidence("gitpod.gateway-https").some((e) => e.location?.line === lineOf(file, "OutboundGatewayHttps:"))).toBe(true);
  });

  it("an ACL associated with no subnet filters nothing", () => {
    const text = [
      "Resources:",
      "  Acl:",
      "    Type: AWS::EC2::NetworkAcl",
      "    Properties: {VpcId: vpc-1}",
      "  Deny:",
      "    Type: AWS::EC2::NetworkAclEntry",
      "    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 1, Protocol: -1, RuleAction: deny, Egress: true, CidrBlock: 0.0.0.0/0}",
    ].join("\n");
    const result = check([{ path: "acl.yaml", text }], { config: { runner: "standard" }, engine });
    const mgmt = result.requirements.find((x) => x.id === "gitpod.management")!;
    expect(mgmt.status).toBe("not-applicable");
    expect(mgmt.evidence[0]!.message).toContain("describe no egress filtering layer");
  });

  it("entries of an ACL outside the template: its other entries are unknown, so is the verdict", () => {
    const text =
      "Resources:\n  Extra:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties: {NetworkAclId: acl-123, RuleNumber: 90, Protocol: -1, RuleAction: deny, Egress: true, CidrBlock: 0.0.0.0/0}\n";
    const result = check([{ path: "extra.yaml", text }], { config: { runner: "standard" }, engine });
    const mgmt = result.requirements.find((x) => x.id === "gitpod.management")!;
    expect(mgmt.status).toBe("unknown");
    expect(mgmt.evidence[0]!.message).toContain("network ACL acl-123 is not defined in the template");
    expect(mgmt.evidence[0]!.location).toMatchObject({ file: "extra.yaml", line: 2 });
  });
});
