// Reports at audit scale (issue: one cause one finding, bounded code frames, every format on an
// account's export of thousands of groups under a fixed heap).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { securityGroupsExport } from "../../bench/generate.mjs";
import { createBaseline } from "../../src/baseline/index.js";
import { check, defaultEngine } from "../../src/check.js";
import { CodeFrames, MAX_WIDTH } from "../../src/report/code-frame.js";
import { REPORT_FORMATS } from "../../src/report/index.js";

const BIN = join(process.cwd(), "bin", "runnerlint.js");
const config = { runner: "standard" as const, vpcCidrs: ["10.0.0.0/16"] };
const engine = defaultEngine();

describe("one cause, one finding", () => {
  const file = "fixtures/cloudformation/findings/only-https-egress.yaml";
  const r = check([file], { config, engine });

  it("a group that allows only TCP 443 out: one finding per rule, at its SecurityGroupEgress", () => {
    expect(r.findings.map((f) => [f.ruleId, f.requirement, f.location.line, f.location.column, f.parts?.length])).toEqual([
      ["egress/allowlist", "gitpod.gateway-https", 14, 7, 2],
      ["securitygroup/egress", "sg.egress", 14, 7, 6],
    ]);
    const egress = r.findings[1]!;
    expect(egress.message).toMatch(
      /^Security group Env \(environment role: tag\) allows no TCP 8443 outbound to 0\.0\.0\.0\/0, .* \(and 5 more of this rule at this place\)$/,
    );
    expect(egress.parts!.map((p) => p.message).sort()).toEqual(
      [
        ...["13.216.138.24", "35.171.240.32", "35.171.31.215", "44.223.157.13", "54.163.142.39"].map(
          (ip) => `Security group Env (environment role: tag) allows no UDP 4242 outbound to ${ip} (gitpod.gateway-udp).`,
        ),
        "Security group Env (environment role: tag) allows no TCP 8443 outbound to 0.0.0.0/0, which gitpod.gateway-https need: their host names (*.us01.gitpod.dev, us01.gitpod.dev) have no fixed addresses.",
      ].sort(),
    );
    expect(r.findings[0]!.message).toMatch(/\(and 1 more of this rule at this place, for gitpod\.gateway-https, gitpod\.gateway-udp\)$/);
  });

  it("the requirement table keeps every verdict", () => {
    const sg = r.requirements.find((q) => q.id === "sg.egress")!;
    expect(sg.evidence.filter((e) => e.status === "violated")).toHaveLength(6);
  });

  it("a baseline written from grouped findings accepts each part", () => {
    const b = createBaseline(r.findings, "baseline.json");
    expect(b.findings.map((e) => [e.ruleId, e.requirement, e.count])).toEqual([
      ["egress/allowlist", "gitpod.gateway-https", 1],
      ["egress/allowlist", "gitpod.gateway-udp", 1],
      ["securitygroup/egress", "sg.egress", 6],
    ]);
    const again = check([file], { config, engine, baseline: { dir: process.cwd(), entries: b.findings } });
    expect(again.findings).toEqual([]);
    expect(again.baseline!.baselined).toHaveLength(8);
  });

  it("UDP 4242 to exactly the five gateway addresses satisfies gitpod.gateway-udp and sg.egress, with no warning", () => {
    const ok = check(["fixtures/cloudformation/findings/udp-to-the-gateway-addresses.yaml"], { config, engine });
    expect(ok.findings).toEqual([]);
    const by = Object.fromEntries(ok.requirements.map((q) => [q.id, q.status]));
    expect(by).toMatchObject({ "gitpod.gateway-udp": "satisfied", "sg.egress": "satisfied" });
    const cli = spawnSync(
      process.execPath,
      [
        BIN,
        "check",
        "--no-config",
        "--vpc-cidr",
        "10.0.0.0/16",
        "--fail-on-unknown",
        "fixtures/cloudformation/findings/udp-to-the-gateway-addresses.yaml",
      ],
      { encoding: "utf8" },
    );
    expect(cli.status).toBe(0);
  });
});

describe("code frames", () => {
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-frames-"));

  it("cut a long line to a window around the column, the caret under it", () => {
    const file = join(dir, "one-line.json");
    const line = `{"a":"${"x".repeat(5000)}","needle":1,"b":"${"y".repeat(5000)}"}`;
    writeFileSync(file, line + "\n");
    const column = line.indexOf('"needle"') + 1;
    const frame = new CodeFrames().frame(file, 1, column);
    const [shown, caret] = frame.split("\n");
    expect(shown!.length).toBeLessThan(MAX_WIDTH + 20);
    const at = caret!.indexOf("^");
    expect(shown!.slice(at, at + 8)).toBe('"needle"');
  });

  it("read each file once per report", () => {
    const file = join(dir, "changing.yaml");
    writeFileSync(file, "a: 1\nb: 2\n");
    const frames = new CodeFrames();
    expect(frames.frame(file, 2, 1)).toContain("b: 2");
    writeFileSync(file, "a: 1\nb: 3\n");
    expect(frames.frame(file, 2, 1)).toContain("b: 2");
    expect(new CodeFrames().frame(join(dir, "missing.yaml"), 1, 1)).toBe("");
  });
});

describe("an account's export of 3,000 groups on one line", () => {
  const dir = mkdtempSync(join(tmpdir(), "runnerlint-scale-"));
  const file = join(dir, "account.describe-security-groups.json");
  writeFileSync(file, securityGroupsExport(1, 3000, { oneLine: true }));

  it.each(REPORT_FORMATS)(
    "renders --format %s under a 256 MiB heap",
    (format) => {
      const r = spawnSync(
        process.execPath,
        ["--max-old-space-size=256", BIN, "check", "--no-config", file, "--format", format, "--output", join(dir, `report.${format}`)],
        {
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1" },
        },
      );
      expect([r.status, r.stderr]).toEqual([1, ""]);
    },
    60_000,
  );
});
