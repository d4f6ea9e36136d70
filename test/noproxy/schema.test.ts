// Every proxy input the loaders produce matches schemas/input/proxy.schema.json (the Rego contract).
import { readdirSync, readFileSync } from "node:fs";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { dotenvLoader } from "../../src/inputs/dotenv/loader.js";
import { fileFromText } from "../../src/inputs/files.js";
import { cloudFormationProxyLoader } from "../../src/inputs/proxy/cloudformation.js";
import { proxyFromFlags } from "../../src/inputs/proxy/flags.js";
import type { NormalizedInput } from "../../src/inputs/types.js";

const schema = JSON.parse(readFileSync("schemas/input/proxy.schema.json", "utf8"));
const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);
const ctx = { config: { runner: "enterprise" as const }, parameters: {} };

function docs(): [string, NormalizedInput][] {
  const out: [string, NormalizedInput][] = [];
  for (const name of readdirSync("fixtures/noproxy/dotenv")) {
    const path = `fixtures/noproxy/dotenv/${name}`;
    for (const d of dotenvLoader.load(fileFromText(path, readFileSync(path, "utf8")), ctx)) out.push([path, d]);
  }
  for (const name of readdirSync("fixtures/noproxy/cloudformation")) {
    const path = `fixtures/noproxy/cloudformation/${name}`;
    for (const d of cloudFormationProxyLoader.load(fileFromText(path, readFileSync(path, "utf8")), ctx)) out.push([path, d]);
  }
  out.push(["<command line>", proxyFromFlags({ runner: "enterprise", proxy: { noProxy: "x" } })!]);
  return out;
}

describe("proxy input schema", () => {
  it.each(docs())("%s", (_path, doc) => {
    expect(doc.kind).toBe("proxy");
    const ok = validate(doc.input);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
