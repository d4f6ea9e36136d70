// Resolution: flags > RUNNERLINT_* > config file, key by key; user-declared requirements; severity
// overrides checked against the rules.
import { describe, expect, it } from "vitest";
import { type ConfigError, loadConfig, parseConfigText, resolveConfig } from "../../src/config/index.js";
import { defaultEngine } from "../../src/check.js";

const engine = defaultEngine();
const file = (text: string) => parseConfigText("cfg/.runnerlint.yaml", text);

describe("config precedence", () => {
  const FILE = file(`runner: enterprise
region: eu-west-1
accountId: "111122223333"
securityGroupRoles: {EnvSg: environment, RunnerSg: runner}
features: {logs: true}
failOn: warning
`);

  it("the file alone", () => {
    const r = resolveConfig({ file: FILE, engine });
    expect(r.run).toEqual({
      runner: "enterprise",
      region: "eu-west-1",
      accountId: "111122223333",
      securityGroupRoles: { EnvSg: "environment", RunnerSg: "runner" },
      features: { logs: true },
    });
    expect(r.failOn).toBe("warning");
    expect(r.failOnUnknown).toBe(false);
    expect(r.origins).toMatchObject({ runner: "file", region: "file", failOn: "file" });
  });

  it("the environment overrides the file, the flags override both, key by key", () => {
    const r = resolveConfig({
      file: FILE,
      env: { region: "us-east-1", failOn: "error", features: { logs: false } },
      flags: { region: "ap-southeast-2", failOnUnknown: true, securityGroupRoles: { EnvSg: "runner", Other: "environment" } },
      engine,
    });
    expect(r.run.runner).toBe("enterprise"); // only the file says
    expect(r.run.region).toBe("ap-southeast-2"); // flag > env > file
    expect(r.failOn).toBe("error"); // env > file
    expect(r.run.features).toEqual({ logs: false });
    expect(r.failOnUnknown).toBe(true);
    // Maps merge by key, the higher layer winning.
    expect(r.run.securityGroupRoles).toEqual({ EnvSg: "runner", RunnerSg: "runner", Other: "environment" });
    expect(r.origins).toMatchObject({
      runner: "file",
      region: "flag",
      failOn: "env",
      failOnUnknown: "flag",
      "features.logs": "env",
      securityGroupRoles: "flag",
    });
  });

  it("defaults without any layer: a standard runner, fail on errors", () => {
    const r = resolveConfig({ engine });
    expect(r.run).toEqual({ runner: "standard" });
    expect(r).toMatchObject({ failOn: "error", failOnUnknown: false, severity: {}, waivers: [] });
    expect(r.origins.runner).toBe("default");
  });

  it("loadConfig: RUNNERLINT_CONFIG names the file, --config beats it, --no-config drops it", () => {
    const cfg = "fixtures/config/full.runnerlint.yaml";
    expect(loadConfig({ engine, env: { RUNNERLINT_CONFIG: cfg } }).file).toBe(cfg);
    expect(loadConfig({ engine, env: { RUNNERLINT_CONFIG: "nope.yaml" }, configPath: cfg }).file).toBe(cfg);
    const none = loadConfig({ engine, env: { RUNNERLINT_CONFIG: cfg }, noConfig: true });
    expect(none.file).toBeUndefined();
    expect(none.run).toEqual({ runner: "standard" });
  });

  it("loadConfig: a flag with a bad value is reported against the flag", () => {
    expect(() =>
      loadConfig({ engine, env: {}, noConfig: true, flags: { region: "Ireland" }, flagNames: { "/region": "--region" } }),
    ).toThrow(expect.objectContaining({ problems: [{ file: "--region", message: "is not an AWS region name (e.g. eu-west-1)" }] }));
  });
});

describe("user-declared requirements", () => {
  it("become concrete requirements from the catalogue's templates", () => {
    const r = resolveConfig({
      file: file(
        'scm:\n  github: github.com\n  gitlab: [gitlab.example.com, "https://git.example.com:8443/"]\nsso:\n  okta: https://Example.okta.com\nregistries:\n  internal: 10.1.2.3\nfeatures:\n  prometheus: https://prom.example.com/api/v1/write\n',
      ),
      engine,
    });
    const d = r.run.declared!;
    expect(d.map((x) => x.id)).toEqual(["scm.github", "scm.gitlab", "sso.okta", "registry.internal", "metrics.prometheus"]);
    expect(d[0]).toEqual({
      id: "scm.github",
      template: "scm.<name>",
      name: "github",
      title: "SCM provider: github",
      feature: "scm",
      optional: false,
      destinations: [{ host: "github.com", protocol: "tcp", ports: [443], scheme: "https", declared: "github.com" }],
      location: { file: "cfg/.runnerlint.yaml", line: 2, column: 3, pointer: "/scm/github" },
    });
    // A URL's port replaces the template's; its host is lower-cased.
    expect(d[1]!.destinations).toEqual([
      { host: "gitlab.example.com", protocol: "tcp", ports: [443], scheme: "https", declared: "gitlab.example.com" },
      { host: "git.example.com", protocol: "tcp", ports: [8443], scheme: "https", declared: "https://git.example.com:8443/" },
    ]);
    expect(d[2]!.destinations[0]!.host).toBe("example.okta.com");
    expect(d[3]).toMatchObject({ id: "registry.internal", optional: true, destinations: [{ ip: "10.1.2.3", ports: [443] }] });
    // A path-filtering proxy needs the path.
    expect(d[4]).toMatchObject({
      id: "metrics.prometheus",
      template: "metrics.prometheus",
      optional: true,
      destinations: [{ host: "prom.example.com", paths: ["/api/v1/write"] }],
    });
  });

  it("none declared: no `declared` key at all", () => {
    expect(resolveConfig({ file: file("runner: standard\n"), engine }).run.declared).toBeUndefined();
  });

  it("the Prometheus endpoint may come from the environment (no file location then)", () => {
    const r = resolveConfig({ env: { features: { prometheus: "prom.example.com" } }, engine });
    expect(r.run.declared).toEqual([
      expect.objectContaining({
        id: "metrics.prometheus",
        destinations: [expect.objectContaining({ host: "prom.example.com", ports: [443] })],
      }),
    ]);
    expect(r.run.declared![0]!.location).toBeUndefined();
  });
});

describe("severity overrides", () => {
  it("name rules (aliases resolve to the rule)", () => {
    const r = resolveConfig({
      file: file("severity:\n  securitygroup/ssh-world-open: error\n  securitygroup/healthcheck-exposed: ignore\n"),
      engine,
    });
    expect(r.severity).toEqual({ "securitygroup/ssh-world-open": "error", "securitygroup/healthcheck-exposed": "ignore" });
  });

  it("an unknown rule is an error at its key, with a suggestion", () => {
    let err: ConfigError | undefined;
    try {
      resolveConfig({ file: file("runner: standard\nseverity:\n  securitygroup/ssh-world-opn: ignore\n"), engine });
    } catch (e) {
      err = e as ConfigError;
    }
    expect(err?.problems).toEqual([
      {
        file: "cfg/.runnerlint.yaml",
        pos: { line: 3, column: 3 },
        message: 'severity: "securitygroup/ssh-world-opn" is not a known rule (did you mean "securitygroup/ssh-world-open"?)',
      },
    ]);
  });
});

describe("config waivers", () => {
  it("are normalized with their location, and the glob base is the config file's folder", () => {
    const r = resolveConfig({
      file: file(
        "waivers:\n  - rule: securitygroup/egress\n    file: 'infra/**/*.yaml'\n    reason: ' sandbox '\n    expires: 2030-01-01\n",
      ),
      engine,
    });
    expect(r.waivers).toEqual([
      {
        source: "config",
        rule: "securitygroup/egress",
        fileGlob: "infra/**/*.yaml",
        baseDir: expect.stringMatching(/cfg$/),
        reason: "sandbox",
        expires: "2030-01-01",
        location: { file: "cfg/.runnerlint.yaml", line: 2, column: 5, pointer: "/waivers/0" },
      },
    ]);
  });

  it("unknown rule and requirement ids are errors at their line", () => {
    let err: ConfigError | undefined;
    try {
      resolveConfig({
        file: file(
          "waivers:\n  - rule: securitygroup/egres\n    reason: x\n  - requirement: sg.egres\n    reason: y\n  - requirement: scm.github\n    reason: declared templates are known\n",
        ),
        engine,
      });
    } catch (e) {
      err = e as ConfigError;
    }
    expect(err?.problems.map((p) => `${p.pos?.line}:${p.pos?.column} ${p.message}`)).toEqual([
      '2:5 waivers[0].rule: "securitygroup/egres" is not a known rule (did you mean "securitygroup/egress"?)',
      '4:5 waivers[1].requirement: "sg.egres" is not a known requirement (did you mean "sg.egress"?)',
    ]);
  });
});
