// `check` makes no network connection: the CLI runs with a preloaded module that makes every
// connect, DNS lookup and fetch throw and report itself (fixtures/no-network.mjs), over every
// kind of input in fixtures/ (templates, SCPs, exports, .env files) and every report format.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = join(process.cwd(), "bin", "runnerlint.js");
const GUARD = pathToFileURL(join(process.cwd(), "test", "robustness", "fixtures", "no-network.mjs")).href;

function guarded(args: string[]) {
  // No AWS credentials or endpoints either: nothing to tempt an SDK.
  const env = { ...process.env, NO_COLOR: "1", AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", AWS_ENDPOINT_URL: "" };
  return spawnSync(process.execPath, ["--import", GUARD, ...args], { encoding: "utf8", env, maxBuffer: 64 << 20 });
}

describe("offline by default", () => {
  it("the guard catches a connection attempt (control)", () => {
    const r = guarded(["-e", "fetch('http://127.0.0.1:9/').catch(() => {})"]);
    expect(r.stderr).toMatch(/NETWORK-ATTEMPT fetch/);
  });

  it.each([["text"], ["json"], ["sarif"]])("runnerlint check fixtures/ --format %s opens no connection", (format) => {
    const r = guarded([BIN, "check", "fixtures", "--format", format, "--fail-on", "never"]);
    expect(r.stderr).not.toMatch(/NETWORK-ATTEMPT/);
    expect([0, 2]).toContain(r.status);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});
