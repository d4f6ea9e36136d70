// The JSON Schemas runnerlint validates its own settings files with (config, baseline). Each is
// compiled by the build into standalone code with ajv's runtime helpers bundled in
// (dist/validators/<name>.cjs), so a run neither loads ajv (~25 ms) nor compiles a schema
// (~50 ms) — the CLI's cold start is a product feature — and the Action's bundle needs no
// node_modules. Before a build, they are compiled on first use instead.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Ajv, Options, ValidateFunction } from "ajv";
import { packageFile } from "./package-root.js";

export const VALIDATORS = {
  config: {
    schema: "config.schema.json",
    options: { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true },
  },
  baseline: { schema: "output/baseline.v1.schema.json", options: { allErrors: false, strict: true } },
} satisfies Record<string, { schema: string; options: Options }>;

export type ValidatorName = keyof typeof VALIDATORS;

const require = createRequire(import.meta.url);
const cache = new Map<ValidatorName, ValidateFunction>();

/** The schema file of a validator, as shipped in the package. */
export function schemaUrl(name: ValidatorName): URL {
  return packageFile(`schemas/${VALIDATORS[name].schema}`);
}

/** The validator of one of runnerlint's schemas: precompiled when built, else compiled now. */
export function validator(name: ValidatorName): ValidateFunction {
  let v = cache.get(name);
  if (!v) {
    v = precompiled(name) ?? newAjv(VALIDATORS[name].options).compile(JSON.parse(readFileSync(schemaUrl(name), "utf8")));
    cache.set(name, v);
  }
  return v;
}

function precompiled(name: ValidatorName): ValidateFunction | undefined {
  try {
    return require(fileURLToPath(packageFile(`dist/validators/${name}.cjs`))) as ValidateFunction;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") return undefined;
    throw e;
  }
}

/** An ajv instance, required on first use (only the build and the fallback above need one). */
export function newAjv(options: Options): Ajv {
  const { Ajv: AjvClass } = require("ajv") as typeof import("ajv");
  return new AjvClass(options);
}
