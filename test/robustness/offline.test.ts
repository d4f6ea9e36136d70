// `check` makes no network connection: the CLI runs with a preloaded module that makes every
// connect, DNS lookup and fetch throw and report itself (fixtures/no-network.mjs), over every
// kind of input in fixtures/ (templates, SCPs, exports, .env files), several report formats, on
// worker threads and in one thread.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

  it("the guard catches a connection attempt from a worker thread (control)", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-offline-"));
    writeFileSync(join(dir, "worker.mjs"), "fetch('http://127.0.0.1:9/').catch(() => {});\n");
    writeFileSync(
      join(dir, "main.mjs"),
      'import { Worker } from "node:worker_threads";\nnew Worker(new URL("./worker.mjs", import.meta.url));\n',
    );
    const r = guarded([join(dir, "main.mjs")]);
    expect(r.stderr).toMatch(/NETWORK-ATTEMPT fetch/);
  });

  // fixtures/ holds more than 16 files: --jobs 2 checks them on worker threads, --jobs 1 in one.
  it.each([
    ["text", "2"],
    ["json", "2"],
    ["sarif", "1"],
  ])("runnerlint check fixtures/ --format %s --jobs %s opens no connection", (format, jobs) => {
    const r = guarded([BIN, "check", "fixtures", "--format", format, "--fail-on", "never", "--jobs", jobs]);
    expect(r.stderr).not.toMatch(/NETWORK-ATTEMPT/);
    expect([0, 2]).toContain(r.status);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});
