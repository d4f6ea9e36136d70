// The same inputs judged under the seed catalogue (2026-11-01, the default) and the latest, with
// the differences the vendor's newer requirements make; the drift note; the settings that pick a
// version or pin gateway regions; artifacts generated for every version, round-tripped.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { check, defaultEngine, type CheckResult } from "../../src/check.js";
// Worker threads run the built module (dist/check-worker.js): that test uses the built library.
import * as built from "../../dist/index.js";
import { checkParallel } from "../../dist/check-parallel.js";
import { ConfigError, parseConfigText, resolveConfig } from "../../src/config/index.js";
import type { RunConfig } from "../../src/model/config.js";
import { renderJson } from "../../src/report/json.js";
import { renderSarif } from "../../src/report/sarif.js";
import { renderText } from "../../src/report/text.js";
import { generate, type RequirementFormat } from "../../src/requirements-gen/index.js";

const SEED = "2026-11-01";
const seed = defaultEngine();
const latest = defaultEngine("latest");
const fixture = (p: string) => fileURLToPath(new URL(`../../fixtures/${p}`, import.meta.url));
const status = (r: CheckResult, id: string) => r.requirements.find((q) => q.id === id)?.status;
const statuses = (r: CheckResult, ids: string[]) => Object.fromEntries(ids.map((id) => [id, status(r, id)]));
const GATEWAY = ["gitpod.gateway-https", "gitpod.gateway-udp", "gitpod.management"];

/** A Standard runner's environment group: TCP 443/8443 anywhere, UDP 4242 to `udp` only. */
function securityGroup(udp: string[]): string {
  const rules = [
    ...[443, 8443].map((p) => `        - {IpProtocol: tcp, FromPort: ${p}, ToPort: ${p}, CidrIp: 0.0.0.0/0}`),
    ...udp.map((c) => `        - {IpProtocol: udp, FromPort: 4242, ToPort: 4242, CidrIp: ${c}}`),
  ];
  return [
    "Resources:",
    "  Env:",
    "    Type: AWS::EC2::SecurityGroup",
    "    Properties:",
    "      GroupDescription: environments",
    "      VpcId: vpc-1",
    "      Tags: [{Key: runnerlint:role, Value: environment}]",
    "      SecurityGroupEgress:",
    ...rules,
    "",
  ].join("\n");
}
const FIVE_IPS = ["35.171.240.32", "13.216.138.24", "44.223.157.13", "54.163.142.39", "35.171.31.215"].map((ip) => `${ip}/32`);

describe("the same inputs under the seed catalogue and the latest", () => {
  const config: RunConfig = { runner: "standard", region: "eu-west-1" };

  it("versions: the seed is the default, latest is newer", () => {
    expect(seed.catalogue.version).toBe(SEED);
    expect(latest.catalogue.version).toBe(seed.catalogues.latest);
    expect(latest.catalogue.version > SEED).toBe(true);
    expect(defaultEngine(SEED)).toBe(seed);
    expect(() => defaultEngine("2019-01-01")).toThrow(
      /unknown requirement catalogue version "2019-01-01": use latest or one of 2026-11-01/,
    );
  });

  it("a US-only Network Firewall allowlist with the five UDP addresses: satisfied, then violated (eu01, app.ona.com) and unknown (UDP)", () => {
    const files = [fixture("network-firewall/compliant")];
    expect(statuses(check(files, { config, engine: seed }), GATEWAY)).toEqual({
      "gitpod.gateway-https": "satisfied",
      "gitpod.gateway-udp": "satisfied",
      "gitpod.management": "satisfied",
    });
    const after = check(files, { config, engine: latest });
    expect(statuses(after, GATEWAY)).toEqual({
      "gitpod.gateway-https": "violated",
      "gitpod.gateway-udp": "unknown",
      "gitpod.management": "violated",
    });
    const messages = after.findings.flatMap((f) => [f.message, ...(f.parts ?? []).map((p) => p.message)]).join("\n");
    expect(messages).toMatch(/drops TCP 8443 to eu01\.gitpod\.dev/);
    expect(messages).toMatch(/drops TCP 443 to app\.ona\.com/);
    expect(messages).toMatch(/UDP 4242 to lighthouse\.eu01\.gitpod\.dev, lighthouse\.us01\.gitpod\.dev/);
  });

  it("a runner pinned to us01 needs only us01's gateway under the latest catalogue", () => {
    const pinned = check([fixture("network-firewall/compliant")], { config: { ...config, gatewayRegions: ["us01"] }, engine: latest });
    expect(status(pinned, "gitpod.gateway-https")).toBe("satisfied");
    // Still names without fixed addresses: the five addresses cannot be shown to hold them.
    expect(status(pinned, "gitpod.gateway-udp")).toBe("unknown");
  });

  it("security-group UDP 4242 to the five addresses: satisfied, then unknown; to anywhere: satisfied under both", () => {
    const pinned = [{ path: "sg.yaml", text: securityGroup(FIVE_IPS) }];
    expect(status(check(pinned, { config, engine: seed }), "sg.egress")).toBe("satisfied");
    const after = check(pinned, { config, engine: latest });
    expect(status(after, "sg.egress")).toBe("unknown");
    expect(after.findings.map((f) => f.message).join("\n")).toMatch(
      /Cannot verify that security group Env allows UDP 4242 outbound to lighthouse\.(us|eu)01\.gitpod\.dev.*addresses of host names are not known offline/,
    );
    const open = [{ path: "sg.yaml", text: securityGroup(["0.0.0.0/0"]) }];
    expect(status(check(open, { config, engine: seed }), "sg.egress")).toBe("satisfied");
    expect(status(check(open, { config, engine: latest }), "sg.egress")).toBe("satisfied");
    // One of the addresses missing: violated under the seed, still unknown under the latest.
    const four = [{ path: "sg.yaml", text: securityGroup(FIVE_IPS.slice(1)) }];
    expect(status(check(four, { config, engine: seed }), "sg.egress")).toBe("violated");
    expect(status(check(four, { config, engine: latest }), "sg.egress")).toBe("unknown");
  });

  it("behind squid, the AWS endpoints the latest catalogue marks direct no longer go through the proxy", () => {
    const enterprise: RunConfig = {
      runner: "enterprise",
      region: "eu-west-1",
      proxy: { httpsProxy: "http://proxy.example:3128", noProxy: ".internal,169.254.0.0/16" },
    };
    const files = [fixture("squid/compliant/squid.conf")];
    const ids = ["aws.s3", "aws.secretsmanager", "aws.ec2"];
    expect(statuses(check(files, { config: enterprise, engine: seed }), ids)).toEqual({
      "aws.s3": "violated",
      "aws.secretsmanager": "violated",
      "aws.ec2": "violated",
    });
    const after = check(files, { config: enterprise, engine: latest });
    // Direct endpoints are not squid's to judge; EC2 (not direct) still goes through it.
    expect(statuses(after, ids)).toEqual({ "aws.s3": "not-applicable", "aws.secretsmanager": "not-applicable", "aws.ec2": "violated" });
  });
});

describe("the drift note", () => {
  const config: RunConfig = { runner: "standard", region: "eu-west-1" };
  const files = [fixture("network-firewall/compliant")];

  it("lists the requirements whose status differs under the latest version, in every report", () => {
    const r = check(files, { config, engine: seed, drift: true });
    expect(r.catalogue?.version).toBe(SEED);
    expect(r.catalogue?.drift?.version).toBe(latest.catalogue.version);
    const changes = Object.fromEntries(r.catalogue!.drift!.changes.map((c) => [c.requirement, `${c.status} → ${c.latest}`]));
    expect(changes).toMatchObject({
      "gitpod.gateway-https": "satisfied → violated",
      "gitpod.gateway-udp": "satisfied → unknown",
      "gitpod.management": "satisfied → violated",
    });
    // Only differences: the requirements whose status is the same are not listed.
    expect(changes["gitpod.releases"]).toBeUndefined();
    // The run's own table is the seed version's.
    expect(status(r, "gitpod.gateway-https")).toBe("satisfied");

    expect(renderText(r, { color: false })).toMatch(
      /Catalogue drift: Under requirement catalogue 2026-12-05, the latest .*gitpod\.gateway-https satisfied → violated/,
    );
    const json = JSON.parse(renderJson(r, seed));
    expect(json.catalogue).toEqual(r.catalogue);
    const schema = (name: string) =>
      JSON.parse(readFileSync(fileURLToPath(new URL(`../../schemas/output/${name}`, import.meta.url)), "utf8")) as object;
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addSchema(schema("baseline.v1.schema.json"));
    expect(ajv.validate(schema("report.v1.schema.json"), json), ajv.errorsText(ajv.errors)).toBe(true);
    const sarif = JSON.parse(renderSarif(r, seed));
    expect(sarif.runs[0].properties.catalogue).toEqual(r.catalogue);
    expect(
      sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text).join("\n"),
    ).toMatch(/gitpod\.gateway-udp satisfied → unknown/);
  });

  it("is absent without drift, and under the latest version itself", () => {
    expect(check(files, { config, engine: seed }).catalogue).toEqual({ version: SEED, latest: latest.catalogue.version });
    const r = check(files, { config, engine: latest, drift: true });
    expect(r.catalogue?.drift).toBeUndefined();
    expect(renderText(r, { color: false })).not.toMatch(/Catalogue drift/);
  });

  it("is the same from worker threads, which judge under the run's version", async () => {
    const one = check(files, { config, engine: seed, drift: true });
    const builtSeed = built.defaultEngine();
    const many = await checkParallel(files, { config, engine: builtSeed, drift: true, jobs: 2, minFiles: 1 });
    expect(many.catalogue).toEqual(one.catalogue);
    const underLatest = await checkParallel(files, { config, engine: built.defaultEngine("latest"), jobs: 2, minFiles: 1 });
    expect(status(underLatest, "gitpod.gateway-https")).toBe("violated");
  });
});

describe("picking a version and pinning gateway regions in the config", () => {
  const engineFor = (v: string | undefined) => defaultEngine(v);

  it("catalogue: latest or a date; the run's version is reported", () => {
    expect(resolveConfig({ file: parseConfigText("c.yaml", "catalogue: latest\n"), engine: engineFor }).catalogue).toBe(
      latest.catalogue.version,
    );
    expect(resolveConfig({ file: parseConfigText("c.yaml", `catalogue: "${SEED}"\n`), engine: engineFor }).catalogue).toBe(SEED);
    expect(resolveConfig({ engine: engineFor }).catalogue).toBe(SEED);
    expect(resolveConfig({ env: { catalogue: "latest" }, engine: engineFor }).catalogue).toBe(latest.catalogue.version);
  });

  it("an unknown version or gateway region is an error at its line", () => {
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ConfigError).format();
      }
      return "no error";
    };
    expect(
      problem(() => resolveConfig({ file: parseConfigText("c.yaml", "runner: standard\ncatalogue: 2019-01-01\n"), engine: engineFor })),
    ).toMatch(/^c\.yaml:2:1: catalogue: unknown requirement catalogue version "2019-01-01"/);
    expect(
      problem(() =>
        resolveConfig({ file: parseConfigText("c.yaml", "catalogue: latest\ngatewayRegions: [us01, ap01]\n"), engine: engineFor }),
      ),
    ).toMatch(/^c\.yaml:2:24: gatewayRegions: catalogue 2026-12-05 has no gateway region "ap01" \(it has us01, eu01\)/);
    expect(problem(() => resolveConfig({ env: { catalogue: "soon" }, engine: engineFor }))).toMatch(
      /^RUNNERLINT_CATALOGUE: catalogue: unknown/,
    );
  });

  it("gatewayRegions reach the rules; a version with one, untagged gateway ignores them", () => {
    const r = resolveConfig({ file: parseConfigText("c.yaml", "gatewayRegions: [eu01]\n"), engine: engineFor });
    expect(r.run.gatewayRegions).toEqual(["eu01"]);
    // Under the seed version the gateway has no region: us01's hosts stay required.
    const s = check([fixture("network-firewall/compliant")], { config: r.run, engine: seed });
    expect(status(s, "gitpod.gateway-https")).toBe("satisfied");
  });
});

describe("round trips under every catalogue version", () => {
  const formats: RequirementFormat[] = ["security-group", "no-proxy", "scp", "network-firewall", "network-firewall-cfn", "squid"];
  const cases = Object.keys(seed.catalogues.versions).flatMap((v) =>
    (["standard", "enterprise"] as const).flatMap((runner) =>
      formats.filter((f) => f !== "no-proxy" || runner === "enterprise").map((format) => [v, runner, format] as const),
    ),
  );

  it.each(cases)("%s, %s runner, --format %s: fully satisfied under that version", (version, runner, format) => {
    const engine = defaultEngine(version);
    const config: RunConfig = { runner, region: "eu-west-1", accountId: "111122223333" };
    const text = generate(format, engine.catalogue, { ...config, usersCidr: "198.51.100.0/24" });
    const sources =
      format === "no-proxy"
        ? []
        : [{ path: format === "squid" ? "squid.conf" : format === "security-group" ? "sg.yaml" : "artifact.json", text }];
    const run = format === "no-proxy" ? { ...config, proxy: { noProxy: text.trim() } } : config;
    const r = check(sources, { config: run, engine });
    expect(r.errors).toEqual([]);
    expect(r.findings).toEqual([]);
    const open = r.requirements.filter((q) => q.status !== "satisfied" && q.status !== "not-applicable");
    expect(open.map((q) => `${q.id}: ${q.status}`)).toEqual([]);
    expect(r.requirements.some((q) => q.status === "satisfied")).toBe(true);
  });

  it("a runner pinned to eu01 gets no us01 gateway hosts", () => {
    const text = generate("network-firewall", latest.catalogue, { runner: "standard", region: "eu-west-1", gatewayRegions: ["eu01"] });
    expect(text).toMatch(/\.eu01\.gitpod\.dev/);
    expect(text).not.toMatch(/us01/);
  });
});

describe("the CLI", () => {
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, ["bin/runnerlint.js", ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it("check --catalogue latest judges by it; the default run notes the drift; --no-drift does not", () => {
    const under = cli("check", "fixtures/network-firewall/compliant", "--no-config", "--catalogue", "latest");
    expect(under.code).toBe(1);
    expect(under.out).toMatch(/gitpod\.gateway-https\s+violated/);
    expect(under.out).not.toMatch(/Catalogue drift/);
    const seedRun = cli("check", "fixtures/network-firewall/compliant", "--no-config");
    expect(seedRun.code).toBe(0);
    expect(seedRun.out).toMatch(/Catalogue drift: .*gitpod\.gateway-https satisfied → violated/);
    expect(cli("check", "fixtures/network-firewall/compliant", "--no-config", "--no-drift").out).not.toMatch(/Catalogue drift/);
    const pinned = cli("check", "fixtures/network-firewall/compliant", "--no-config", "--catalogue", "latest", "--gateway-region", "us01");
    expect(pinned.out).toMatch(/gitpod\.gateway-https\s+satisfied/);
    const bad = cli("check", "fixtures/network-firewall/compliant", "--no-config", "--catalogue", "2019-01-01");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown requirement catalogue version "2019-01-01"/);
    expect(bad.err).not.toMatch(/\n\s+at /);
  });

  it("explain shows a requirement as each version states it, or as one version does", () => {
    const both = cli("explain", "gitpod.gateway-udp");
    expect(both.out).toMatch(
      /── catalogue 2026-11-01 \(default\)[\s\S]*35\.171\.240\.32 UDP 4242[\s\S]*── catalogue 2026-12-05 \(latest\)[\s\S]*lighthouse\.eu01\.gitpod\.dev UDP 4242 \[gateway region eu01\]/,
    );
    expect(cli("explain", "aws.ec2").out).toMatch(/── catalogue 2026-12-05 \(latest\): as 2026-11-01 states it/);
    const one = cli("explain", "aws.s3", "--catalogue", "latest");
    expect(one.out).toMatch(/s3\.<region>\.amazonaws\.com TCP 443 \(https\) \[direct TCP, never through a proxy\]/);
    expect(one.out).not.toMatch(/── catalogue/);
    const json = JSON.parse(cli("explain", "gitpod.management", "--format", "json").out);
    expect(Object.keys(json.versions)).toEqual(["2026-11-01", "2026-12-05"]);
    expect(json.versions["2026-12-05"].destinations.map((d: { host: string }) => d.host)).toContain("app.ona.com");
  });

  it("requirements --list-catalogues and --catalogue", () => {
    const list = JSON.parse(cli("requirements", "--list-catalogues", "--format", "json").out);
    expect(list.default).toBe(SEED);
    expect(list.versions.map((v: { version: string }) => v.version)).toEqual(["2026-11-01", "2026-12-05"]);
    const nfw = cli("requirements", "--catalogue", "latest", "--format", "network-firewall", "--region", "eu-west-1", "--no-config");
    expect(nfw.code).toBe(0);
    expect(nfw.out).toMatch(/app\.ona\.com/);
    expect(cli("requirements", "--format", "network-firewall", "--region", "eu-west-1", "--no-config").out).not.toMatch(/app\.ona\.com/);
  });
});
