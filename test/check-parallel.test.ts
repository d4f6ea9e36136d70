// checkParallel (`check --jobs N`): files checked on worker threads give the very report check()
// gives in one thread — same findings, evidence, errors and order. The workers run the built
// module (dist/check-worker.js), so this test imports the built library, as a user would.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { check, defaultEngine } from "../dist/check.js";
import { loadTerraformParser } from "../dist/inputs/terraform/hcl/runtime.js";
import { checkParallel } from "../dist/check-parallel.js";
import { renderJson } from "../dist/report/json.js";

const BIN = join(process.cwd(), "bin", "runnerlint.js");
const config = { runner: "standard" as const, region: "eu-west-1" };

// check() reads fixtures/terraform/source's .tf files once the parser is loaded (checkParallel loads it).
beforeAll(() => loadTerraformParser());

describe("checkParallel", () => {
  it("checks fixtures/ on 2 and 3 workers with the single-thread result (merged exports, waivers, errors)", async () => {
    const serial = renderJson(check(["fixtures"], { config }), defaultEngine());
    for (const jobs of [2, 3]) {
      const parallel = await checkParallel(["fixtures"], { config, jobs, minFiles: 0 });
      expect(parallel.errors.length).toBeGreaterThan(0); // fixtures/ holds broken files on purpose
      expect(renderJson(parallel, defaultEngine())).toBe(serial);
    }
  }, 60_000);

  it("keeps in-memory sources first and judges them in a worker too", async () => {
    const sources = [
      { path: "mem.yaml", text: "Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n" },
      "fixtures/cloudformation",
    ];
    const serial = check(sources, { config });
    const parallel = await checkParallel(sources, { config, jobs: 2, minFiles: 0 });
    expect(parallel.inputs[0]!.file).toBe("mem.yaml");
    expect(renderJson(parallel, defaultEngine())).toBe(renderJson(serial, defaultEngine()));
  }, 60_000);

  it("the CLI: --jobs 1 and --jobs 2 write the same report and exit with the same code; --jobs is validated", () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-jobs-"));
    mkdirSync(join(dir, "t"));
    for (let i = 0; i < 24; i++) {
      const text =
        i === 7
          ? "Resources:\n  G: [unclosed\n"
          : `Resources:\n  G${i}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}\n`;
      writeFileSync(join(dir, "t", `f${String(i).padStart(2, "0")}.yaml`), text);
    }
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, "check", join(dir, "t"), "--format", "json", ...args], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const one = run("--jobs", "1");
    const two = run("--jobs", "2");
    expect(one.status).toBe(2);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/f07\.yaml:\d+:\d+: .+\[YAML_PARSE\]/);
    for (const bad of ["0", "two", "1.5"]) {
      const r = run("--jobs", bad);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs must be a positive integer/);
    }
  }, 60_000);
});
