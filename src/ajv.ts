// ajv takes ~25 ms to load, and only runs that read a config file or a baseline need it: it is
// required on first use instead of imported at start (the CLI's cold start is a product feature).
import { createRequire } from "node:module";
import type { Ajv, Options } from "ajv";

export function newAjv(options: Options): Ajv {
  const { Ajv: AjvClass } = createRequire(import.meta.url)("ajv") as typeof import("ajv");
  return new AjvClass(options);
}
