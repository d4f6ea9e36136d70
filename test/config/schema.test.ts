// The published config schema: valid JSON Schema, documented, and its errors reported with the line
// and column of .runnerlint.yaml and a message a person can act on.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { ConfigError, configSchema, parseConfigText, readConfigFile, validateConfigData } from "../../src/config/index.js";

function problems(text: string, path = ".runnerlint.yaml"): string[] {
  try {
    parseConfigText(path, text);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.pos?.line}:${p.pos?.column} ${p.message}`);
    throw e;
  }
  return [];
}

describe("config schema", () => {
  it("is a strict, valid draft-07 schema, and every setting is documented for editors", () => {
    const schema = configSchema();
    const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
    expect(() => ajv.compile(schema)).not.toThrow();
    const props = (schema as { properties: Record<string, { description?: string }> }).properties;
    for (const [k, v] of Object.entries(props)) expect(v.description?.length, k).toBeGreaterThan(20);
  });

  it("accepts the complete example (fixtures/config/full.runnerlint.yaml)", () => {
    const loaded = readConfigFile("fixtures/config/full.runnerlint.yaml");
    expect(loaded.data.runner).toBe("enterprise");
    expect(loaded.data.scm).toEqual({ github: "github.com", gitlab: ["gitlab.example.com", "https://git.example.com:8443"] });
    expect(validateConfigData(loaded.data)).toEqual([]);
  });

  it("an empty file, or one with only comments, is an empty config", () => {
    expect(parseConfigText(".runnerlint.yaml", "").data).toEqual({});
    expect(parseConfigText(".runnerlint.yaml", "# nothing yet\n").data).toEqual({});
  });

  it("reports every problem of fixtures/config/invalid.runnerlint.yaml with its line and column, in order", () => {
    let err: ConfigError | undefined;
    try {
      readConfigFile("fixtures/config/invalid.runnerlint.yaml");
    } catch (e) {
      err = e as ConfigError;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.code).toBe("CONFIG_INVALID");
    expect(err!.problems.map((p) => `${p.pos!.line}:${p.pos!.column} ${p.message}`)).toEqual([
      '1:1 runner: must be one of "standard", "enterprise"',
      '3:1 accountId: must be a string (quote it in YAML: "123456789012")',
      '4:16 ides[1]: must be one of "vscode", "jetbrains"',
      '6:3 scm: "GitHub" is not a valid name (lower-case letters, digits and dashes)',
      "9:5 waivers[0].reason: must not be empty: every waiver needs a reason",
      '10:5 waivers[1]: a waiver needs a "rule", a "requirement" or a "file"',
      '17:5 unknown key "expire" (did you mean "expires"?)',
    ]);
    // Every line of the CLI message names the file, line and column.
    for (const line of err!.format().split("\n"))
      expect(line).toMatch(/^fixtures\/config\/invalid\.runnerlint\.yaml:\d+:\d+: .+ \[CONFIG_INVALID\]$/);
  });

  it("near misses: a date that does not exist, an unquoted date is fine, a bad region, a CIDR, an endpoint", () => {
    expect(problems("waivers:\n  - rule: securitygroup/egress\n    reason: x\n    expires: 2030-02-30\n")).toEqual([
      "4:5 waivers[0].expires: 2030-02-30 is not a real date",
    ]);
    expect(problems("waivers:\n  - rule: securitygroup/egress\n    reason: x\n    expires: 2028-02-29\n")).toEqual([]);
    expect(problems('waivers:\n  - rule: securitygroup/egress\n    reason: x\n    expires: "2030-1-1"\n')).toEqual([
      "4:5 waivers[0].expires: is not a date (YYYY-MM-DD)",
    ]);
    expect(problems("region: Europe\n")).toEqual(["1:1 region: is not an AWS region name (e.g. eu-west-1)"]);
    expect(problems("region: us-gov-west-1\n")).toEqual([]);
    expect(problems("vpcCidrs: [10.0.0.0]\n")).toEqual(["1:12 vpcCidrs[0]: is not a CIDR block (e.g. 10.0.0.0/16)"]);
    expect(problems("scm:\n  github: github.com/org\n")).toEqual(["2:3 scm.github: is not a host name, an IPv4 address or an http(s) URL"]);
    expect(problems("scm:\n  github: []\n")).toEqual(["2:3 scm.github: must not be an empty list"]);
    expect(problems("severity:\n  securitygroup/ssh-world-open: off\n")).toEqual([
      '2:3 severity.securitygroup/ssh-world-open: must be one of "error", "warning", "note", "ignore"',
    ]);
    expect(problems("severity:\n  SshWorldOpen: warning\n")).toEqual([
      '2:3 severity: "SshWorldOpen" is not a rule id (<area>/<name>, see `runnerlint rules`)',
    ]);
    expect(problems("version: 2\n")).toEqual(["1:1 version: must be 1"]);
    expect(problems("failOnUnknown: yes\n")).toEqual(["1:1 failOnUnknown: must be true or false"]);
  });

  it("YAML syntax errors and duplicate keys keep their position", () => {
    expect(() => parseConfigText(".runnerlint.yaml", "runner: standard\nrunner: enterprise\n")).toThrow(
      expect.objectContaining({ code: "YAML_PARSE", pos: { line: 2, column: 1 } }),
    );
    expect(() => parseConfigText(".runnerlint.yaml", "runner: [standard\n")).toThrow(expect.objectContaining({ code: "YAML_PARSE" }));
  });

  it("a missing --config file is an error naming it", () => {
    expect(() => readConfigFile("no/such/.runnerlint.yaml")).toThrow(
      expect.objectContaining({ code: "FILE_NOT_FOUND", file: "no/such/.runnerlint.yaml" }),
    );
  });

  it("the package ships the schema (package.json files and exports)", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain("schemas/");
    expect(pkg.exports["./schemas/*"]).toBe("./schemas/*");
  });
});
