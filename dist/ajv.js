// The JSON Schemas runnerlint validates its own settings files with (config, baseline). Each is
// compiled by the build into standalone code with ajv's runtime helpers bundled in
// (dist/validators/<name>.cjs), so a run neither loads ajv (~25 ms) nor compiles a schema
// (~50 ms) — the CLI's cold start is a product feature — and the Action's bundle needs no
// node_modules. Before a build, they are compiled on first use instead.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { packageFile } from "./package-root.js";
export const VALIDATORS = {
    config: {
        schema: "config.schema.json",
        options: { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true },
    },
    baseline: { schema: "output/baseline.v1.schema.json", options: { allErrors: false, strict: true } },
};
const require = createRequire(import.meta.url);
const cache = new Map();
/** The schema file of a validator, as shipped in the package. */
export function schemaUrl(name) {
    return packageFile(`schemas/${VALIDATORS[name].schema}`);
}
/** The validator of one of runnerlint's schemas: precompiled when built, else compiled now. */
export function validator(name) {
    let v = cache.get(name);
    if (!v) {
        v = precompiled(name) ?? newAjv(VALIDATORS[name].options).compile(JSON.parse(readFileSync(schemaUrl(name), "utf8")));
        cache.set(name, v);
    }
    return v;
}
function precompiled(name) {
    try {
        return require(fileURLToPath(packageFile(`dist/validators/${name}.cjs`)));
    }
    catch (e) {
        if (e.code === "MODULE_NOT_FOUND")
            return undefined;
        throw e;
    }
}
/** An ajv instance, required on first use (only the build and the fallback above need one). */
export function newAjv(options) {
    const { Ajv: AjvClass } = require("ajv");
    return new AjvClass(options);
}
//# sourceMappingURL=ajv.js.map