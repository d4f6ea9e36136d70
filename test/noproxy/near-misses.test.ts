// Every near-miss of issue 4 as a fixture, through the real dotenv/CloudFormation loaders and the
// compiled Wasm module (check()): the requirement's status, the finding's message and its line.
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import type { CheckResult, Finding } from "../../src/model/result.js";

const dir = "fixtures/noproxy/dotenv/";
const enterprise = { runner: "enterprise" as const };
const REQUIREMENTS = ["noproxy.amazonaws", "noproxy.internal", "noproxy.link-local", "noproxy.management"];

function run(fixture: string, runner: "standard" | "enterprise" = "enterprise"): CheckResult {
  const r = check([fixture], { config: { runner } });
  expect(r.errors).toEqual([]);
  return r;
}

function statuses(r: CheckResult): Record<string, string> {
  return Object.fromEntries(r.requirements.filter((q) => q.id.startsWith("noproxy.")).map((q) => [q.id, q.status]));
}

const only = (r: CheckResult, ruleId: string): Finding[] => r.findings.filter((f) => f.ruleId === ruleId);

const all = (status: string) => Object.fromEntries(REQUIREMENTS.map((id) => [id, status]));

describe("NO_PROXY near-misses (Go semantics, through the Wasm module)", () => {
  it("a compliant list satisfies every requirement", () => {
    const r = run(dir + "compliant.env");
    expect(statuses(r)).toEqual(all("satisfied"));
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.line])).toEqual([["noproxy/client-divergence", "note", 4]]);
  });

  it("a single IP (169.254.169.254) instead of 169.254.0.0/16 leaves the ECS endpoint proxied", () => {
    const r = run(dir + "single-ip.env");
    expect(statuses(r)).toEqual({ ...all("satisfied"), "noproxy.link-local": "violated" });
    const [f] = only(r, "noproxy/link-local");
    expect(f).toMatchObject({
      severity: "error",
      status: "violated",
      requirement: "noproxy.link-local",
      location: { file: dir + "single-ip.env", line: 3, column: 1 },
    });
    expect(f!.message).toBe(
      "NO_PROXY in fixtures/noproxy/dotenv/single-ip.env: `169.254.169.254` covers only part of 169.254.0.0/16; the runner still proxies 169.254.170.2. Add `169.254.0.0/16`.",
    );
  });

  it("a /24 around the metadata address covers only part of the range", () => {
    const r = run(dir + "slash-24.env");
    expect(statuses(r)["noproxy.link-local"]).toBe("violated");
    const [f] = only(r, "noproxy/link-local");
    expect(f!.location.line).toBe(2);
    expect(f!.message).toBe(
      "NO_PROXY in fixtures/noproxy/dotenv/slash-24.env: `169.254.169.0/24` covers only part of 169.254.0.0/16; the runner still proxies 169.254.170.2. Add `169.254.0.0/16`.",
    );
  });

  it(".app.gitpod.io matches subdomains only", () => {
    const r = run(dir + "dot-app.env");
    expect(statuses(r)).toEqual({ ...all("satisfied"), "noproxy.management": "violated" });
    const [f] = only(r, "noproxy/management");
    expect(f!.location.line).toBe(2);
    expect(f!.message).toBe(
      "NO_PROXY in fixtures/noproxy/dotenv/dot-app.env: `.app.gitpod.io` matches only subdomains of app.gitpod.io in Go, not app.gitpod.io itself; add `app.gitpod.io` without the leading dot.",
    );
    expect(only(r, "noproxy/client-divergence").map((n) => n.messageId)).toContain("leading_dot");
  });

  it("app.gitpod.io:8443 does not cover port 443", () => {
    const r = run(dir + "port-8443.env");
    expect(statuses(r)["noproxy.management"]).toBe("violated");
    const [f] = only(r, "noproxy/management");
    expect(f!.location.line).toBe(2);
    expect(f!.message).toBe(
      "NO_PROXY in fixtures/noproxy/dotenv/port-8443.env: `app.gitpod.io:8443` matches app.gitpod.io only on port 8443, and the runner connects on port 443; add `app.gitpod.io`.",
    );
    expect(only(r, "noproxy/client-divergence").map((n) => n.messageId)).toContain("port");
  });

  it("s3.amazonaws.com instead of .amazonaws.com covers one service", () => {
    const r = run(dir + "s3-only.env");
    expect(statuses(r)).toEqual({ ...all("satisfied"), "noproxy.amazonaws": "violated" });
    const [f] = only(r, "noproxy/amazonaws");
    expect(f!.location.line).toBe(2);
    expect(f!.message).toBe(
      "NO_PROXY in fixtures/noproxy/dotenv/s3-only.env: `s3.amazonaws.com` covers only some AWS endpoints under .amazonaws.com; add `.amazonaws.com` to cover all of them.",
    );
  });

  it("a semicolon-separated list is one entry to Go", () => {
    const r = run(dir + "semicolons.env");
    expect(statuses(r)).toEqual(all("violated"));
    const entry = "`.internal;169.254.0.0/16;app.gitpod.io;.amazonaws.com`";
    expect(only(r, "noproxy/internal")[0]!.message).toBe(
      `NO_PROXY in fixtures/noproxy/dotenv/semicolons.env: ${entry} is a single entry to Go, which splits NO_PROXY on commas only, so it matches nothing; separate the entries with commas and include \`.internal\`.`,
    );
    const [w] = only(r, "noproxy/list-syntax");
    expect(w).toMatchObject({ severity: "warning", requirement: "", location: { line: 2 } });
  });

  it("lowercase no_proxy complete but uppercase NO_PROXY incomplete: Go reads NO_PROXY", () => {
    const r = run(dir + "lower-complete-upper-incomplete.env");
    expect(statuses(r)).toEqual({ ...all("violated"), "noproxy.internal": "satisfied" });
    const [f] = only(r, "noproxy/amazonaws");
    expect(f!.location.line).toBe(3);
    expect(f!.message).toBe(
      "NO_PROXY in fixtures/noproxy/dotenv/lower-complete-upper-incomplete.env has no entry for hosts under .amazonaws.com; no_proxy has `.amazonaws.com`, but the runner (Go) reads NO_PROXY whenever it is set and ignores no_proxy. Add `.amazonaws.com` to NO_PROXY.",
    );
    expect(only(r, "noproxy/client-divergence").find((n) => n.messageId === "precedence")).toMatchObject({
      severity: "note",
      location: { line: 3 },
    });
  });

  it("uppercase complete, lowercase incomplete: the runner is fine, other clients are not (note)", () => {
    const r = run(dir + "upper-complete-lower-incomplete.env");
    expect(statuses(r)).toEqual(all("satisfied"));
    const n = only(r, "noproxy/client-divergence").find((x) => x.messageId === "precedence");
    expect(n!.message).toBe(
      "NO_PROXY and no_proxy in fixtures/noproxy/dotenv/upper-complete-lower-incomplete.env differ: the runner (Go) reads NO_PROXY, but curl, Python urllib/requests, Node proxy-from-env and undici EnvHttpProxyAgent read no_proxy first. Give both the same value.",
    );
    expect(n!.location.line).toBe(2);
  });

  it("quotes (the file's) and blanks around entries are fine", () => {
    const r = run(dir + "quotes-and-spaces.env");
    expect(statuses(r)).toEqual(all("satisfied"));
    const ev = r.requirements.find((q) => q.id === "noproxy.management")!.evidence[0]!;
    expect(ev.location).toMatchObject({ line: 4, column: 8 });
    expect(ev.message).toBe(
      "NO_PROXY in fixtures/noproxy/dotenv/quotes-and-spaces.env: `app.gitpod.io` makes the runner bypass the proxy for app.gitpod.io on port 443.",
    );
  });

  it("*.internal satisfies Go, with a note for curl and Python", () => {
    const r = run(dir + "star-dot-internal.env");
    expect(statuses(r)).toEqual(all("satisfied"));
    const n = only(r, "noproxy/client-divergence").find((x) => x.messageId === "wildcard_label");
    expect(n!.message).toBe(
      "NO_PROXY in fixtures/noproxy/dotenv/star-dot-internal.env lists *.internal: Go reads a leading `*.` like `.`, but curl (whose only wildcard is a lone `*`) and Python urllib/requests 2.x compare it literally and never match, so they still use the proxy for these hosts. Prefer the `.domain` form.",
    );
  });

  it("amazonaws.com without a dot satisfies Go, with a note for Node proxy-from-env", () => {
    const r = run(dir + "amazonaws-no-dot.env");
    expect(statuses(r)).toEqual(all("satisfied"));
    const n = only(r, "noproxy/client-divergence").find((x) => x.messageId === "bare_domain");
    expect(n).toMatchObject({ location: { line: 2 } });
    expect(n!.message).toContain("lists amazonaws.com without a leading dot");
    expect(n!.message).toContain("Node proxy-from-env 1.1.0 (axios) matches it only exactly");
  });

  it("* satisfies every requirement but turns the proxy off: a warning", () => {
    const r = run(dir + "star.env");
    expect(statuses(r)).toEqual(all("satisfied"));
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.line, f.message])).toEqual([
      [
        "noproxy/wildcard",
        "warning",
        2,
        "NO_PROXY in fixtures/noproxy/dotenv/star.env is `*`: the runner (Go) bypasses the proxy for every host, so the configured proxy is never used.",
      ],
    ]);
  });

  it("no proxy configured at all: not applicable", () => {
    const r = run(dir + "no-proxy-configured.env");
    expect(statuses(r)).toEqual(all("not-applicable"));
    expect(r.findings).toEqual([]);
    expect(r.requirements.find((q) => q.id === "noproxy.internal")!.evidence[0]!.message).toBe(
      "No proxy is configured in fixtures/noproxy/dotenv/no-proxy-configured.env (no HTTPS_PROXY or HTTP_PROXY), so NO_PROXY is not needed.",
    );
  });

  it("HTTP_PROXY without NO_PROXY: the plain-http requirements are violated at the proxy variable; https ones go direct", () => {
    const r = run(dir + "no-no-proxy.env");
    // Go sends https requests through HTTPS_PROXY only: the management plane and the AWS APIs are not proxied.
    expect(statuses(r)).toEqual({ ...all("violated"), "noproxy.management": "not-applicable", "noproxy.amazonaws": "not-applicable" });
    expect(r.requirements.find((q) => q.id === "noproxy.management")!.evidence[0]!.message).toMatch(
      /sets HTTP_PROXY but not HTTPS_PROXY: the runner \(Go\) sends https requests through HTTPS_PROXY only/,
    );
    expect(new Set(r.findings.map((f) => f.location.line))).toEqual(new Set([1]));
    expect(only(r, "noproxy/link-local")[0]!.message).toBe(
      "HTTP_PROXY is set in fixtures/noproxy/dotenv/no-no-proxy.env but NO_PROXY is not: the runner sends instance metadata and ECS credential requests (169.254.169.254, 169.254.170.2) through the proxy. Set NO_PROXY and include `169.254.0.0/16`.",
    );
  });

  it("a Standard runner: not applicable, and no notes", () => {
    const r = run(dir + "semicolons.env", "standard");
    expect(statuses(r)).toEqual(all("not-applicable"));
    expect(r.findings).toEqual([]);
  });

  it("a folder walk picks up every .env fixture", () => {
    const r = check(["fixtures/noproxy/dotenv"], { config: enterprise });
    expect(r.inputs.filter((i) => i.loader === "dotenv")).toHaveLength(15);
    expect(r.errors).toEqual([]);
  });
});
