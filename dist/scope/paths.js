// scope.include / scope.exclude of the config: globs (src/glob.ts) over paths relative to the config
// file's folder. A pattern that matches a folder covers what it holds.
import { relative, resolve, sep } from "node:path";
import { globToRegExp } from "../glob.js";
/** The path, or one of the folders it is in, matches the glob ("legacy/" names a folder too). */
function covers(glob, rel) {
    const re = globToRegExp(glob.replace(/\/+$/, ""));
    const parts = rel.split("/");
    for (let n = parts.length; n > 0; n--)
        if (re.test(parts.slice(0, n).join("/")))
            return true;
    return false;
}
/** Why a file is left out of the run by the config's paths, or undefined when it is in. */
export function excludedBy(file, paths, cwd) {
    const rel = relative(resolve(cwd, paths.base), resolve(cwd, file)).split(sep).join("/");
    const outside = rel.startsWith("../") || rel === "..";
    if (paths.include.length && (outside || !paths.include.some((g) => covers(g, rel))))
        return "not in scope.include";
    const hit = outside ? undefined : paths.exclude.find((g) => covers(g, rel));
    return hit === undefined ? undefined : `scope.exclude: ${hit}`;
}
//# sourceMappingURL=paths.js.map