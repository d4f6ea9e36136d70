// scope.include / scope.exclude of the config: globs over paths relative to the config file's folder.
// `**` matches any run of folders (none too), `*` any characters but `/`, `?` one of them; a pattern
// without `/` matches a file name in any folder (as in .gitignore), and a folder's pattern what it holds.
import { relative, resolve, sep } from "node:path";
import type { PathScope } from "../config/types.js";

const cache = new Map<string, RegExp>();

export function globRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  const pattern = glob.replace(/^\.\//, "").replace(/\/$/, "/**");
  let out = pattern.includes("/") ? "^" : "^(?:.*/)?";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") {
      // "**/" any folders; a trailing "**" anything below
      if (pattern[i + 2] === "/") {
        out += "(?:.*/)?";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  re = new RegExp(out + "(?:/.*)?$");
  cache.set(glob, re);
  return re;
}

/** Why a file is left out of the run by the config's paths, or undefined when it is in. */
export function excludedBy(file: string, paths: PathScope, cwd: string): string | undefined {
  const rel = relative(resolve(cwd, paths.base), resolve(cwd, file)).split(sep).join("/");
  if (rel.startsWith("../")) return paths.include.length ? "outside the config's folder (scope.include)" : undefined;
  if (paths.include.length && !paths.include.some((g) => globRegExp(g).test(rel))) return "not in scope.include";
  const hit = paths.exclude.find((g) => globRegExp(g).test(rel));
  return hit === undefined ? undefined : `scope.exclude: ${hit}`;
}
