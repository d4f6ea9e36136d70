import { readFileSync } from "node:fs";

/** The package version (also the rule pack's: rules ship inside the package). */
export const VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
