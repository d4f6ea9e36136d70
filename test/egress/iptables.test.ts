// iptables-save output, end to end: policies, user chains, RETURN, REJECT, and the instance
// metadata service, which only a host firewall filters.
import { describe, expect, it } from "vitest";
import { STANDARD_EGRESS, expectAll, lineOf, run } from "./helpers.js";

describe("iptables", () => {
  it("OUTPUT DROP with accepts through a user chain, replies through INPUT ESTABLISHED", () => {
    const file = "fixtures/iptables/compliant.rules";
    const r = run(file);
    expectAll(r, [...STANDARD_EGRESS, "aws.imds"], "satisfied");
    expect(r.result.findings).toEqual([]);
    expect(r.evidence("aws.imds").map((e) => e.location?.line)).toContain(lineOf(file, "-d 169.254.169.254/32"));
    expect(r.evidence("gitpod.gateway-udp").map((e) => e.location?.line)).toContain(lineOf(file, "--dport 4242"));
    expect(r.evidence("gitpod.management").map((e) => e.location?.line)).toEqual(
      expect.arrayContaining([lineOf(file, "--dports 443,8443"), lineOf(file, "-A INPUT -m conntrack")]),
    );
  });

  it("a REJECT and a DROP reached through a user chain block; a RETURN skips the chain's rest", () => {
    const file = "fixtures/iptables/blocked.rules";
    const r = run(file);
    expect(r.status["gitpod.gateway-udp"]).toBe("violated");
    expect(r.evidence("gitpod.gateway-udp")[0]!.location).toMatchObject({ file, line: lineOf(file, "-j REJECT") });
    expect(r.status["aws.imds"]).toBe("violated");
    expect(r.evidence("aws.imds")[0]).toMatchObject({
      message:
        "iptables (fixtures/iptables/blocked.rules) chain OUTPUT blocks TCP 80 to 169.254.169.254 (aws.imds): -A HARDENING -d 169.254.169.254/32 -j DROP",
      location: { file, line: lineOf(file, "-A HARDENING -d 169.254.169.254/32 -j DROP") },
    });
    expect(r.status["gitpod.management"]).toBe("satisfied");
  });
});
