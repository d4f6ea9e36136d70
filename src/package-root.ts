// Where runnerlint's own files are (package.json, the compiled policy, the schemas): the nearest
// folder upward from this module whose package.json is runnerlint's. Found rather than fixed at a
// depth, so the same code runs from src/ (tests), dist/ (the package) and dist/action/ (the
// GitHub Action's single bundle, where every module shares one import.meta.url).
import { existsSync, readFileSync } from "node:fs";

export interface PackageJson {
  name?: string;
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

function find(): { root: URL; pkg: PackageJson } {
  for (let dir = new URL("./", import.meta.url); ; ) {
    const file = new URL("package.json", dir);
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as PackageJson;
      if (pkg.name === "runnerlint") return { root: dir, pkg };
    }
    const up = new URL("../", dir);
    if (up.href === dir.href) throw new Error(`runnerlint's package.json was not found above ${import.meta.url}`);
    dir = up;
  }
}

const found = find();

/** The package's root folder, as a file: URL ending in "/". */
export const PACKAGE_ROOT: URL = found.root;

/** runnerlint's package.json. */
export const PACKAGE_JSON: Readonly<PackageJson> = found.pkg;

/** A file of the package, by its path from the root (e.g. "dist/policy/"). */
export function packageFile(path: string): URL {
  return new URL(path, PACKAGE_ROOT);
}
