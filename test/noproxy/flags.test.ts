// --https-proxy / --http-proxy / --no-proxy: one proxy input at "<command line>", in the library
// and through the CLI.
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { main, type Io } from "../../src/cli/main.js";
import { proxyFromFlags } from "../../src/inputs/proxy/flags.js";

async function runCli(args: string[]) {
  let out = "";
  let err = "";
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe("proxy flags", () => {
  it("makes no input without flags", () => {
    expect(proxyFromFlags({ runner: "enterprise" })).toBeUndefined();
    expect(proxyFromFlags({ runner: "enterprise", proxy: {} })).toBeUndefined();
  });

  it("builds one environment located at <command line>, labelled with the flags", () => {
    const doc = proxyFromFlags({ runner: "enterprise", proxy: { httpsProxy: "http://p:3128", noProxy: ".internal" } })!;
    expect(doc).toEqual({
      kind: "proxy",
      file: "<command line>",
      input: {
        kind: "proxy",
        config: { runner: "enterprise" },
        environments: [
          {
            source: "command-line",
            name: "the command line",
            location: { file: "<command line>", line: 1, column: 1 },
            variables: [
              {
                name: "HTTPS_PROXY",
                value: "http://p:3128",
                location: { file: "<command line>", line: 1, column: 1 },
                label: "--https-proxy",
              },
              { name: "NO_PROXY", value: ".internal", location: { file: "<command line>", line: 1, column: 1 }, label: "--no-proxy" },
            ],
          },
        ],
      },
    });
  });

  it("judges --no-proxy alone as if a proxy were configured", () => {
    const r = check([], { config: { runner: "enterprise", proxy: { noProxy: "localhost,.internal" } } });
    expect(r.inputs).toEqual([{ file: "<command line>", loader: "command-line", kind: "proxy", scenarios: 1 }]);
    const f = r.findings.find((x) => x.ruleId === "noproxy/amazonaws")!;
    expect(f.location).toEqual({ file: "<command line>", line: 1, column: 1 });
    expect(f.message).toBe(
      "--no-proxy in the command line has no entry that makes the runner bypass the proxy for AWS APIs (hosts under .amazonaws.com): add `.amazonaws.com`.",
    );
    expect(r.requirements.find((q) => q.id === "noproxy.internal")!.status).toBe("satisfied");
  });

  it("runs from the CLI without any file (exit 1 on a violation, 0 when compliant)", async () => {
    const bad = await runCli([
      "check",
      "--runner",
      "enterprise",
      "--https-proxy",
      "http://p:3128",
      "--no-proxy",
      ".internal,169.254.169.254",
      "--format",
      "json",
    ]);
    expect(bad.err).toBe("");
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.out);
    const status = Object.fromEntries(
      report.requirements
        .filter((q: { id: string }) => q.id.startsWith("noproxy."))
        .map((q: { id: string; status: string }) => [q.id, q.status]),
    );
    expect(status).toEqual({
      "noproxy.amazonaws": "violated",
      "noproxy.internal": "satisfied",
      "noproxy.link-local": "violated",
      "noproxy.management": "violated",
    });

    const good = await runCli([
      "check",
      "--runner",
      "enterprise",
      "--https-proxy",
      "http://p:3128",
      "--no-proxy",
      ".internal,169.254.0.0/16,app.gitpod.io,.amazonaws.com",
    ]);
    expect(good.code).toBe(0);
  });

  it("still needs a path when no proxy flag is given", async () => {
    const r = await runCli(["check", "--runner", "enterprise"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/at least one file or folder/);
  });
});
