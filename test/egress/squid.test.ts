// squid.conf, end to end: http_access order, negation, the implicit final rule, SSL_ports, and the
// traffic that does not go through the proxy.
import { describe, expect, it } from "vitest";
import { ENTERPRISE, ENTERPRISE_EGRESS, STANDARD, expectAll, lineOf, run } from "./helpers.js";

const f = (name: string) => `fixtures/squid/${name}/squid.conf`;
const PROXIED = [
  "gitpod.releases",
  "vscode.update",
  "vscode.unpkg",
  "vscode.marketplace",
  "vscode.assets",
  "jetbrains.download",
  "jetbrains.services",
  "registry.ecr-public",
  "registry.mcr",
];

describe("squid", () => {
  it("an allow list before the final deny lets the Enterprise runner's proxied traffic through", () => {
    const file = f("compliant");
    const r = run(file, ENTERPRISE);
    expectAll(r, PROXIED, "satisfied");
    expect(r.evidence("vscode.unpkg")[0]).toMatchObject({
      message:
        "squid (fixtures/squid/compliant/squid.conf) allows *.vscode-unpkg.net:443 (vscode.unpkg): http_access allow localnet, gitpod is the first line that matches.",
      location: { file, line: lineOf(file, "http_access allow localnet gitpod") },
    });
    expect(r.result.findings).toEqual([]);
  });

  it("traffic that NO_PROXY sends direct, and UDP, is not squid's to judge", () => {
    const r = run(f("compliant"), ENTERPRISE);
    for (const id of ["gitpod.management", "aws.ec2", "aws.acm", "aws.elasticloadbalancing"]) {
      expect(r.status[id], id).toBe("not-applicable");
      expect(r.evidence(id)[0]!.message, id).toMatch(/does not go through squid/);
    }
    expect(ENTERPRISE_EGRESS.every((id) => r.status[id] !== "unknown")).toBe(true);
    const std = run(f("compliant"), STANDARD);
    expect(std.status["gitpod.gateway-udp"]).toBe("not-applicable");
  });

  it("the stock deny CONNECT !SSL_ports blocks the gateway's 8443", () => {
    const file = f("ssl-ports");
    const r = run(file, STANDARD);
    expect(r.status["gitpod.gateway-https"]).toBe("violated");
    const evs = r.evidence("gitpod.gateway-https");
    expect(evs.map((e) => e.message)).toEqual([
      "squid (fixtures/squid/ssl-ports/squid.conf) denies *.us01.gitpod.dev, us01.gitpod.dev:8443 (gitpod.gateway-https): http_access deny CONNECT, !SSL_ports matches before any line allows it.",
    ]);
    expect(evs[0]!.location).toMatchObject({ file, line: lineOf(file, "http_access deny CONNECT !SSL_ports") });
    // 443 is fine
    expect(r.evidence("gitpod.gateway-https", "satisfied").length).toBeGreaterThan(0);
  });

  it("first match wins, and names without a dot are only themselves", () => {
    const file = f("rule-order");
    const r = run(file, ENTERPRISE);
    expect(r.status["jetbrains.download"]).toBe("violated");
    expect(r.evidence("jetbrains.download")[0]!.location).toMatchObject({ file, line: lineOf(file, "http_access deny blocked") });
    for (const id of ["vscode.unpkg", "vscode.assets"]) {
      expect(r.status[id], id).toBe("violated");
      const [ev] = r.evidence(id);
      // the last line allows, so the implicit final rule denies
      expect(ev!.message).toContain("the implicit final rule denies (the opposite of the last line, allow)");
    }
    expect(r.status["gitpod.releases"]).toBe("satisfied");
  });

  it("with --no-proxy, a known host is routed by the runner's own NO_PROXY (Go's rules)", () => {
    const direct = run(f("ssl-ports"), { runner: "enterprise", proxy: { noProxy: ".internal,app.gitpod.io,.amazonaws.com" } });
    expect(direct.evidence("gitpod.management")[0]!.message).toMatch(/does not go through squid/);
    // app.gitpod.io left out of NO_PROXY: squid judges it (and allows .gitpod.io)
    const proxied = run(f("ssl-ports"), { runner: "enterprise", proxy: { noProxy: ".internal,.amazonaws.com" } });
    expect(proxied.status["gitpod.management"]).toBe("satisfied");
    expect(
      proxied
        .evidence("gitpod.management")
        .some((e) => e.message.startsWith("squid (fixtures/squid/ssl-ports/squid.conf) allows app.gitpod.io:443")),
    ).toBe(true);
  });
});
