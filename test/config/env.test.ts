// RUNNERLINT_* variables: parsed, validated against the same schema, unknown ones rejected.
import { describe, expect, it } from "vitest";
import { ConfigError, readEnv } from "../../src/config/index.js";

function problems(env: Record<string, string>): string[] {
  try {
    readEnv(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.file}: ${p.message}`);
    throw e;
  }
  return [];
}

describe("RUNNERLINT_* environment", () => {
  it("parses strings, comma lists and booleans into the config's keys", () => {
    const r = readEnv({
      RUNNERLINT_RUNNER: "enterprise",
      RUNNERLINT_REGION: " eu-central-1 ",
      RUNNERLINT_ACCOUNT_ID: "111122223333",
      RUNNERLINT_RUNNER_ROLE_ARN: "arn:aws:iam::111122223333:role/GitpodRunner",
      RUNNERLINT_VPC_CIDRS: "10.0.0.0/16, 10.1.0.0/16,",
      RUNNERLINT_IDES: "jetbrains",
      RUNNERLINT_LOGS: "TRUE",
      RUNNERLINT_PROMETHEUS: "https://prom.example.com/api/v1/write",
      RUNNERLINT_FAIL_ON: "warning",
      RUNNERLINT_FAIL_ON_UNKNOWN: "0",
      RUNNERLINT_CONFIG: "ci/.runnerlint.yaml",
      RUNNERLINT_BASELINE: "runnerlint-baseline.json",
      PATH: "/usr/bin",
    });
    expect(r.layer).toEqual({
      runner: "enterprise",
      region: "eu-central-1",
      accountId: "111122223333",
      runnerRoleArn: "arn:aws:iam::111122223333:role/GitpodRunner",
      vpcCidrs: ["10.0.0.0/16", "10.1.0.0/16"],
      ides: ["jetbrains"],
      features: { logs: true, prometheus: "https://prom.example.com/api/v1/write" },
      failOn: "warning",
      failOnUnknown: false,
    });
    expect(r.config).toBe("ci/.runnerlint.yaml");
    expect(r.baseline).toBe("runnerlint-baseline.json");
  });

  it("accepts yes/no/on/off/1/0 for booleans, and nothing else", () => {
    for (const [v, want] of [
      ["yes", true],
      ["on", true],
      ["1", true],
      ["no", false],
      ["off", false],
      ["False", false],
    ] as const) {
      expect(readEnv({ RUNNERLINT_FAIL_ON_UNKNOWN: v }).layer.failOnUnknown).toBe(want);
    }
    expect(problems({ RUNNERLINT_FAIL_ON_UNKNOWN: "sometimes" })).toEqual([
      'RUNNERLINT_FAIL_ON_UNKNOWN: must be true or false (got "sometimes")',
    ]);
  });

  it("an empty variable is unset (CI templates expand missing inputs to empty strings)", () => {
    expect(readEnv({ RUNNERLINT_REGION: "", RUNNERLINT_CONFIG: " ", RUNNERLINT_IDES: "" }).layer).toEqual({});
  });

  it("names the variable that holds a bad value", () => {
    expect(problems({ RUNNERLINT_RUNNER: "big" })).toEqual(['RUNNERLINT_RUNNER: must be one of "standard", "enterprise" (got "big")']);
    expect(problems({ RUNNERLINT_ACCOUNT_ID: "1234" })).toEqual(['RUNNERLINT_ACCOUNT_ID: must be 12 digits (got "1234")']);
    expect(problems({ RUNNERLINT_VPC_CIDRS: "10.0.0.0/16,10.1.0.0" })).toEqual([
      'RUNNERLINT_VPC_CIDRS: is not a CIDR block (e.g. 10.0.0.0/16) (got "10.0.0.0/16,10.1.0.0")',
    ]);
    expect(problems({ RUNNERLINT_IDES: "vscode,vim" })).toEqual([
      'RUNNERLINT_IDES: must be one of "vscode", "jetbrains" (got "vscode,vim")',
    ]);
  });

  it("an unknown RUNNERLINT_ variable is an error with a suggestion, never ignored", () => {
    expect(problems({ RUNNERLINT_REGOIN: "eu-west-1" })).toEqual([
      "RUNNERLINT_REGOIN: unknown environment variable (did you mean RUNNERLINT_REGION?)",
    ]);
    expect(problems({ RUNNERLINT_TOKEN: "x" })[0]).toMatch(/^RUNNERLINT_TOKEN: unknown environment variable \(known: RUNNERLINT_RUNNER, /);
    // Other variables are none of runnerlint's business.
    expect(problems({ RUNNER_TEMP: "/tmp", NO_COLOR: "1" })).toEqual([]);
  });
});
