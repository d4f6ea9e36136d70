// Finding .runnerlint.yaml: the working directory, then each parent, up to the filesystem root.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { RunnerlintError } from "../errors.js";

export const CONFIG_FILE_NAMES = [".runnerlint.yaml", ".runnerlint.yml"] as const;

/**
 * The nearest config file at or above `startDir`, or undefined when no folder up to the filesystem
 * root has one. Two names in the same folder are ambiguous, and an error.
 * `exists` is injectable for tests (it sees absolute paths).
 */
export function findConfigFile(startDir: string = process.cwd(), exists: (path: string) => boolean = existsSync): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const found = CONFIG_FILE_NAMES.map((n) => join(dir, n)).filter((p) => exists(p));
    if (found.length > 1)
      throw new RunnerlintError("CONFIG_INVALID", `two config files in one folder: ${found.join(" and ")}; keep one`, found[1]);
    if (found[0]) return found[0];
    const parent = dirname(dir);
    if (parent === dir) return undefined; // the filesystem root
    dir = parent;
  }
}
