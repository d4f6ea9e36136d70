// The contract with the rule authors: what the config puts in input.config (docs/config.md,
// "For rule authors"), and that it matches the published input schema.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { check, defaultEngine } from "../../src/check.js";
import { parseConfigText, resolveConfig } from "../../src/config/index.js";
import { loaders } from "../../src/inputs/registry.js";
import type { Loader, NormalizedInput } from "../../src/inputs/types.js";

const engine = defaultEngine();

describe("input.config", () => {
  const resolved = resolveConfig({
    file: parseConfigText(
      ".runnerlint.yaml",
      "runner: standard\nregion: eu-west-1\nides: [jetbrains]\nfeatures: {logs: true, prometheus: prom.example.com}\nscm: {github: [github.com, api.github.com]}\nsso: {okta: example.okta.com}\nregistries: {ghcr: ghcr.io}\n",
    ),
    engine,
  });

  it("carries the IDEs, the features and the declared requirements to every loader", () => {
    const seen: unknown[] = [];
    const spy: Loader = { name: "spy", detect: () => true, load: (_f, ctx) => (seen.push(ctx.config), []) };
    check([{ path: "x.yaml", text: "a: 1" }], { config: resolved.run, engine, loaders: [spy], companions: [] });
    expect(seen).toEqual([resolved.run]);
    expect(resolved.run).toMatchObject({ ides: ["jetbrains"], features: { logs: true } });
    expect(resolved.run.declared!.map((d) => `${d.id} ${d.destinations.map((x) => `${x.host}:${x.ports.join("/")}`).join(",")}`)).toEqual([
      "scm.github github.com:443,api.github.com:443",
      "sso.okta example.okta.com:443",
      "registry.ghcr ghcr.io:443",
      "metrics.prometheus prom.example.com:443",
    ]);
  });

  it("a real network input with it validates against schemas/input/network.schema.json", () => {
    const loader = loaders.find((l) => l.name === "cloudformation")!;
    const text = readFileSync("fixtures/cloudformation/runner-compliant.yaml", "utf8");
    const inputs: NormalizedInput[] = [];
    const spy: Loader = { name: "spy", detect: (f) => loader.detect(f), load: (f, ctx) => (inputs.push(...loader.load(f, ctx)), []) };
    check([{ path: "t.yaml", text }], { config: resolved.run, engine, loaders: [spy], companions: [] });
    const schema = JSON.parse(readFileSync("schemas/input/network.schema.json", "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(inputs.length).toBeGreaterThan(0);
    for (const i of inputs) expect(validate(i.input), JSON.stringify(validate.errors)).toBe(true);
  });

  it("requirement rows expand a user-declared template into the declared instances", () => {
    // No rule judges scm.<name> yet (the egress rules will); the expansion is ready for them.
    const r = check(["fixtures/cloudformation/runner-compliant.yaml"], { config: resolved.run, engine });
    expect(r.requirements.some((q) => q.id.includes("<name>"))).toBe(false);
  });
});
