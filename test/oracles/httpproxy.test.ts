// Oracle: runnerlint's NO_PROXY model (policies/lib/noproxy_go.rego) against the runner's own
// logic, Go's golang.org/x/net/http/httpproxy (pinned by tools/go.mod, built by
// scripts/setup-oracles.mjs). Thousands of generated NO_PROXY values × request URLs, each decided
// by both: proxy or direct. Counts and any disagreement go to test-output/oracles/httpproxy.json.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { httpproxyOracle } from "../../scripts/setup-oracles.mjs";
import { evalModel, picker, prng, writeReport } from "./oracle.js";

const CASES = 6000;

// Entry forms Go's Config.init tells apart: *, domains with and without a leading dot or "*.",
// ports, IPs (v4, v6, bracketed), CIDRs, empty and ignored entries, spaces and case.
const ENTRIES = [
  "*",
  "example.com",
  ".example.com",
  "*.example.com",
  "a.example.com",
  "example.com:443",
  ".example.com:8443",
  "EXAMPLE.com",
  " example.com ",
  "com",
  ".com",
  "example.com.",
  "ample.com",
  "10.0.0.0/8",
  "10.1.2.3",
  "10.1.2.3:80",
  "10.1.2.3:443",
  "169.254.0.0/16",
  "169.254.169.254",
  "::1",
  "[::1]",
  "2001:db8::/32",
  "2001:db8::5",
  "[2001:db8::5]:443",
  ":443",
  "",
  "localhost",
  "internal",
  ".internal",
  "app.gitpod.io",
  ".amazonaws.com",
  "s3.amazonaws.com:443",
  "0.0.0.0/0",
  "::/0",
  "foo.bar:8443",
  "*.internal:443",
  "127.0.0.0/8",
  "exa*mple.com",
];
const HOSTS = [
  "example.com",
  "a.example.com",
  "b.a.example.com",
  "EXAMPLE.COM",
  "A.Example.Com",
  "notexample.com",
  "example.com.",
  "com",
  "10.1.2.3",
  "10.200.0.1",
  "11.0.0.1",
  "169.254.169.254",
  "169.254.170.2",
  "2001:db8::5",
  "2001:db9::1",
  "::1",
  "127.0.0.1",
  "127.8.8.8",
  "localhost",
  "LOCALHOST",
  "x.internal",
  "internal",
  "app.gitpod.io",
  "sts.amazonaws.com",
  "s3.amazonaws.com",
  "foo.bar",
  "ample.com",
];
const SCHEMES = ["https", "http"];
const PORTS = ["", "443", "80", "8443"];

interface Case {
  noProxy: string;
  url: string;
  host: string;
  port: string;
}

function generate(n: number): Case[] {
  const rnd = prng(20261205);
  const pick = picker(rnd);
  const out: Case[] = [];
  for (let i = 0; i < n; i++) {
    const count = 1 + Math.floor(rnd() * 4);
    const noProxy = Array.from({ length: count }, () => pick(ENTRIES)).join(pick([",", ",", ", "]));
    const scheme = pick(SCHEMES);
    const host = pick(HOSTS);
    const explicit = pick(PORTS);
    const port = explicit || (scheme === "https" ? "443" : "80");
    const authority = host.includes(":") ? `[${host}]` : host;
    out.push({ noProxy, url: `${scheme}://${authority}${explicit ? `:${explicit}` : ""}/`, host, port });
  }
  return out;
}

const MODEL = `package oracle

import data.runnerlint.lib.noproxy_go as go

decision(c) := "direct" if {
	go.bypass(go.entries(c.noProxy), c.host, c.port)
} else := "proxy"

results := [decision(c) | some c in input.cases]
`;

describe("NO_PROXY: the Rego model against Go's httpproxy", () => {
  it(`decides ${CASES} generated cases as Go does`, () => {
    const cases = generate(CASES);
    const go = execFileSync(httpproxyOracle(), {
      input: cases.map((c) => JSON.stringify({ noProxy: c.noProxy, url: c.url })).join("\n") + "\n",
      encoding: "utf8",
      maxBuffer: 64 << 20,
    })
      .trim()
      .split("\n");
    const rego = evalModel<string>(MODEL, { cases });
    expect(go.length).toBe(cases.length);
    expect(
      go.filter((d) => d.startsWith("error")),
      "the oracle failed on some cases",
    ).toEqual([]);
    const disagreements = cases.flatMap((c, i) => (go[i] === rego[i] ? [] : [{ ...c, go: go[i], runnerlint: rego[i] }]));
    const direct = go.filter((d) => d === "direct").length;
    writeReport("httpproxy", {
      oracle: "golang.org/x/net/http/httpproxy (tools/go.mod)",
      cases: cases.length,
      direct,
      proxy: cases.length - direct,
      disagreements,
    });
    // Both outcomes are well represented, so agreement is not agreement on one answer.
    expect(direct).toBeGreaterThan(cases.length / 5);
    expect(cases.length - direct).toBeGreaterThan(cases.length / 5);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
