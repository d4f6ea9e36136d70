// Several layers of one path (exports of one account are one input): violated when any layer
// blocks, satisfied only when every layer present allows.
import { describe, expect, it } from "vitest";
import { STANDARD_EGRESS, expectAll, run } from "./helpers.js";

const sg = [
  "fixtures/securitygroup/environment-compliant.describe-security-groups.json",
  "fixtures/securitygroup/environment-compliant.describe-vpcs.json",
];
const nfw = "fixtures/network-firewall/compliant";

describe("layers together", () => {
  it("security groups, network ACLs and Network Firewall that all allow: satisfied, with evidence from each", () => {
    const r = run([...sg, nfw, "fixtures/nacls/compliant.describe-network-acls.json"]);
    expectAll(r, STANDARD_EGRESS, "satisfied");
    const layers = new Set(r.evidence("gitpod.management").map((e) => e.message.split(" ")[0]));
    expect(layers).toEqual(new Set(["Security", "Network"]));
    expect(r.evidence("gitpod.management").some((e) => e.message.startsWith("Network ACL"))).toBe(true);
    expect(r.evidence("gitpod.management").some((e) => e.message.startsWith("Network Firewall"))).toBe(true);
  });

  it("one layer that blocks is enough: the firewall allows 8443, the network ACL does not", () => {
    const r = run([...sg, nfw, "fixtures/nacls/rule-order.describe-network-acls.json"]);
    expect(r.status["gitpod.gateway-https"]).toBe("violated");
    expect(r.evidence("gitpod.gateway-https").every((e) => e.message.startsWith("Network ACL acl-0a1b2c3d4e5f60718 blocks TCP 8443"))).toBe(
      true,
    );
    expect(
      r
        .evidence("gitpod.gateway-https", "satisfied")
        .some((e) => /^Network Firewall policy runner-egress passes TCP (443, )?8443 /.test(e.message)),
    ).toBe(true);
    expect(r.status["gitpod.management"]).toBe("satisfied");
  });

  it("a CloudFormation template and exports are judged separately and combined per requirement", () => {
    const r = run(["fixtures/cloudformation/gitpod-default.yaml", "fixtures/network-firewall/drop-established-no-udp"]);
    // the template's security group allows everything; the firewall drops the UDP tunnels
    expect(r.status["gitpod.gateway-udp"]).toBe("violated");
    expect(r.evidence("gitpod.gateway-udp", "satisfied").some((e) => e.message.includes("default allow-all egress"))).toBe(true);
    expect(r.status["gitpod.management"]).toBe("satisfied");
  });
});
