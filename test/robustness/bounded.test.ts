// Bounded: hostile and oversized inputs each complete within a stated time, or stop with a clear
// error or an "analysis truncated" unknown; never a hang, an out-of-memory crash or a stack trace.
// The CLI cases run the built CLI (bin/runnerlint.js) as a user would, under a small heap.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";

const BIN = join(process.cwd(), "bin", "runnerlint.js");
const STACK = /\n\s+at .+:\d+:\d+/;
const dir = mkdtempSync(join(tmpdir(), "runnerlint-bounded-"));
const config = { runner: "standard" as const };

/** The CLI under a 256 MiB heap: a memory blow-up crashes instead of swapping. */
function cli(args: string[], { heapMiB = 256 } = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 256 << 20,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

function write(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** Exit 2, one `file:line:col: message [CODE]` line for the file, no stack trace. */
function expectInputError(r: ReturnType<typeof cli>, path: string, code: string) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: .+ \\[${code}\\]`));
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/internal error/);
}

const template = (resources: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources}`;

describe("bounded inputs (CLI: exit 2 with file:line:col, no stack trace)", () => {
  it("a YAML alias bomb stops at the alias limit in < 10 s", () => {
    let y = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 12; i++)
      y += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(", ")}]\n`;
    const p = write("bomb.yaml", template("  Vpc:\n    Type: AWS::EC2::VPC\n") + "Metadata:\n" + y.replace(/^/gm, "  "));
    const r = cli(["check", p]);
    expectInputError(r, p, "ALIAS_LIMIT");
    expect(r.ms).toBeLessThan(10_000);
  });

  it.each([
    ["deep-flow.yaml", `Resources: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`],
    ["deep.json", `{"Resources": ${"[".repeat(50_000)}${"]".repeat(50_000)}}\n`],
    ["deep-map.json", `{"Resources": ${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}\n`],
  ])("a document nested 50,000 levels deep (%s) stops with DEPTH_LIMIT in < 10 s", (name, text) => {
    const p = write(name, text);
    const r = cli(["check", p]);
    expectInputError(r, p, "DEPTH_LIMIT");
    expect(r.ms).toBeLessThan(10_000);
  });

  it("a 50 MB file stops with SIZE_LIMIT before it is read, in < 5 s", () => {
    const p = join(dir, "huge.json");
    const fd = openSync(p, "w");
    const chunk = Buffer.from(`{"GroupId":"sg-1","IpPermissions":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443}]},`.repeat(1000));
    writeSync(fd, '{"SecurityGroups":[');
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    writeSync(fd, '{"GroupId":"sg-2"}]}');
    closeSync(fd);
    const r = cli(["check", p]);
    expectInputError(r, p, "SIZE_LIMIT");
    expect(r.ms).toBeLessThan(5_000);
  });

  it("a binary file and a non-UTF-8 file are unreadable inputs, not crashes", () => {
    const bin = write("blob.yaml", Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0xff, 0xfe, 0x01]));
    const latin1 = write(
      "latin1.yaml",
      Buffer.concat([Buffer.from("Resources:\n  Caf"), Buffer.from([0xe9]), Buffer.from(":\n    Type: AWS::EC2::VPC\n")]),
    );
    for (const p of [bin, latin1]) expectInputError(cli(["check", p]), p, "UNSUPPORTED_INPUT");
  });

  it.each([
    ["bad.yaml", "Resources:\n  A:\n    Type: [unclosed\n", "YAML_PARSE"],
    ["bad.json", '{"Resources": {"A": [}}', "JSON_PARSE"],
    [
      "cycle.yaml",
      `Conditions:\n  A: !Not [!Condition B]\n  B: !Not [!Condition A]\n${template("  A:\n    Type: AWS::EC2::VPC\n")}`,
      "BAD_INTRINSIC",
    ],
    ["trailing.json", '{"Resources": {"A": {"Type": "AWS::EC2::VPC"},}}', "JSON_PARSE"],
  ])("%s: exit 2 with %s at file:line:col", (name, text, code) => {
    const p = write(name, text);
    expectInputError(cli(["check", p]), p, code);
  });
});

describe("bounded analysis (library)", () => {
  it("a template with 10,000 resources (9,000 subnets, 1,000 ingress rules) completes in < 60 s", () => {
    let resources = "  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n";
    for (let i = 0; i < 9_000; i++)
      resources += `  Subnet${i}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: !Select [${i % 256}, !Cidr [!GetAtt Vpc.CidrBlock, 256, 8]]\n`;
    for (let i = 0; i < 998; i++) {
      resources += `  Rule${i}:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: !Ref Group\n      IpProtocol: tcp\n      FromPort: ${1000 + (i % 5000)}\n      ToPort: ${1000 + (i % 5000)}\n      CidrIp: 10.${i % 250}.0.0/24\n`;
    }
    resources += "  Group:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      VpcId: !Ref Vpc\n";
    const started = Date.now();
    const result = check([{ path: "big.yaml", text: template(resources) }], { config });
    expect(result.errors).toEqual([]);
    expect(result.inputs[0]).toMatchObject({ file: "big.yaml", kind: "network" });
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it("Fn::If and GetAtt chains that would double at every link stop with 'analysis truncated' in < 15 s", () => {
    // S_i's CidrBlock joins S_(i-1)'s twice: 2^40 resolutions, and a string of 11 TB, if followed.
    let resources = "  S0:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-1\n      CidrBlock: 10.0.0.0/24\n";
    for (let i = 1; i <= 40; i++) {
      resources += `  S${i}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-1\n      CidrBlock: !If [Wide, !Join ["", [!GetAtt S${i - 1}.CidrBlock, !GetAtt S${i - 1}.CidrBlock]], !GetAtt S${i - 1}.CidrBlock]\n`;
    }
    resources +=
      "  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      VpcId: vpc-1\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22999\n          ToPort: 22999\n          CidrIp: !GetAtt S40.CidrBlock\n";
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Mode:\n    Type: String\nConditions:\n  Wide: !Equals [!Ref Mode, wide]\nResources:\n${resources}`;
    const started = Date.now();
    const result = check([{ path: "chain.yaml", text }], { config });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.errors).toEqual([]);
    expect(result.inputs[0]!.truncated).toMatch(/analysis truncated/);
    expect(result.requirements.some((r) => r.evidence.some((e) => /analysis truncated/.test(e.message)))).toBe(true);
    expect(result.requirements.every((r) => r.status !== "satisfied")).toBe(true);
  }, 30_000);

  /** 20 parameters of 4 AllowedValues each, all read by one group's rules; `tags` makes it the runner's. */
  const manyParameters = (tags: string) => {
    let params = "";
    let rules = "";
    for (let i = 0; i < 20; i++) {
      params += `  P${i}:\n    Type: String\n    AllowedValues: [a, b, c, d]\n    Default: a\n`;
      rules += `        - IpProtocol: tcp\n          FromPort: ${2000 + i}\n          ToPort: ${2000 + i}\n          CidrIp: !Sub "10.\${P${i}}.0.0/24"\n`;
    }
    return `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n${params}Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n${tags}      SecurityGroupIngress:\n${rules}`;
  };

  it("many parameters with AllowedValues (4^20 combinations) stop at the scenario cap with 'analysis truncated' in < 15 s", () => {
    // The runner's group (tagged): an unrelated one would be out of scope, its scenarios never expanded.
    const text = manyParameters('      Tags: [{Key: "runnerlint:role", Value: environment}]\n');
    const started = Date.now();
    const result = check([{ path: "params.yaml", text }], { config });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.inputs[0]!.truncated).toMatch(/more than 64 distinct condition scenarios/);
    expect(result.requirements.some((r) => r.evidence.some((e) => /analysis truncated/.test(e.message)))).toBe(true);
  }, 30_000);

  it("the same template without anything of the runner's is out of scope: no expansion, no truncation", () => {
    const result = check([{ path: "params.yaml", text: manyParameters("") }], { config });
    expect(result.inputs).toEqual([
      {
        file: "params.yaml",
        loader: "cloudformation",
        kind: "network",
        scenarios: 0,
        outOfScope: "no runner resources",
        groupsOutOfScope: 1,
      },
    ]);
    expect(result.requirements.every((r) => r.status === "not-applicable")).toBe(true);
    expect(result.findings).toEqual([]);
  });
});

describe("many files", () => {
  // The bound: parse trees and normalized documents are dropped file by file, but the report is
  // linear in the inputs by design (every requirement keeps its evidence per file for the audit
  // matrix: 5,000 files make a 54 MB JSON report). Measured: it completes under a 320 MiB heap on
  // Node 20 and 22, and failed at 192 MiB on Node 22; 384 MiB leaves room for GC differences.
  it("checks a folder of 5,000 files under a 384 MiB heap; one broken file does not stop the others and exits 2", () => {
    const folder = join(dir, "many");
    mkdirSync(folder);
    for (let i = 0; i < 5000; i++) {
      const sg = `  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: group ${i}\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: ${1024 + (i % 20000)}\n          ToPort: ${1024 + (i % 20000)}\n          CidrIp: 10.${i % 250}.0.0/24\n`;
      writeFileSync(join(folder, `t${String(i).padStart(4, "0")}.yaml`), i === 2500 ? "Resources:\n  G: [unclosed\n" : template(sg));
    }
    const r = cli(["check", folder, "--format", "json", "--fail-on", "never"], { heapMiB: 384 });
    expect(r.code, r.stderr.slice(0, 500)).toBe(2);
    expect(r.stderr).toMatch(/t2500\.yaml:\d+:\d+: .+\[YAML_PARSE\]/);
    expect(r.stderr).not.toMatch(STACK);
    const report = JSON.parse(r.stdout);
    expect(report.summary.files).toBe(4999);
    expect(report.summary.errors).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
