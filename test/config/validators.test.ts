// The build compiles the settings-file schemas into standalone validators (dist/validators), so a
// run loads no ajv; they must answer exactly as the schemas compiled at run time do.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { newAjv, schemaUrl, VALIDATORS, type ValidatorName } from "../../src/ajv.js";

const require = createRequire(import.meta.url);

const samples: Record<ValidatorName, unknown[]> = {
  config: [
    {},
    { runner: "enterprise", region: "eu-west-1", vpcCidrs: ["10.0.0.0/16"] },
    { runner: "tiny", region: "mars", vpcCidrs: ["10.0.0.0/33"], unknownKey: 1 },
    { waivers: [{ reason: "" }, { rule: "not a rule", reason: "x", expires: "tomorrow" }] },
    { securityGroupRoles: { "bad id!": "environment" }, features: { logs: "yes" } },
    [],
  ],
  baseline: [
    { version: 1, findings: [] },
    { version: 1, findings: [{ file: "a.yaml", ruleId: "securitygroup/ssh-ingress", requirement: "sg.ssh-ingress", count: 1 }] },
    { version: 2, findings: [{ file: 1 }], extra: true },
    "not a baseline",
  ],
};

describe("precompiled settings validators (dist/validators)", () => {
  for (const name of Object.keys(VALIDATORS) as ValidatorName[]) {
    it(`${name}: the same verdict and errors as the schema compiled at run time`, () => {
      const built = require(`../../dist/validators/${name}.cjs`) as ValidateFunction;
      const runtime = newAjv(VALIDATORS[name].options).compile(JSON.parse(readFileSync(schemaUrl(name), "utf8")));
      let valid = 0;
      for (const data of samples[name]) {
        const ok = built(data);
        expect(ok, JSON.stringify(data)).toBe(runtime(data));
        expect(built.errors ?? null).toEqual(runtime.errors ?? null);
        if (ok) valid++;
      }
      // both outcomes are exercised
      expect(valid).toBeGreaterThan(0);
      expect(valid).toBeLessThan(samples[name].length);
    });
  }
});
