import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { RunnerlintError } from "./errors.js";

/**
 * Reads a settings file (config, baseline) as UTF-8, or throws FILE_NOT_FOUND naming it:
 * `missing` when it does not exist, "cannot read the <what> (<code>)" otherwise.
 */
export function readTextFile(path: string, cwd: string, missing: string, what: string): string {
  try {
    return readFileSync(resolve(cwd, path), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RunnerlintError(
      "FILE_NOT_FOUND",
      code === "ENOENT" ? missing : `cannot read the ${what} (${code ?? (e as Error).message})`,
      path,
    );
  }
}
