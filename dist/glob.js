// Path globs, as waivers' `file` and the config's scope.include / scope.exclude write them.
/**
 * A path glob as a RegExp over forward-slashed relative paths: `*` any run of characters but `/`,
 * `**` any number of folders (`**\/` may match none), `?` one character but `/`, `{a,b}`
 * alternatives, `[...]` a character class. A pattern without `/` matches the file name in any
 * folder, as in .gitignore.
 */
export function globToRegExp(glob) {
    let g = glob.replace(/\\/g, "/").replace(/^\.\//, "");
    if (!g.includes("/"))
        g = `**/${g}`;
    let re = "";
    let braces = 0;
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === "*") {
            if (g[i + 1] === "*") {
                const slash = g[i + 2] === "/";
                re += slash ? "(?:.*/)?" : ".*";
                i += slash ? 2 : 1;
            }
            else
                re += "[^/]*";
        }
        else if (c === "?")
            re += "[^/]";
        else if (c === "{") {
            braces++;
            re += "(?:";
        }
        else if (c === "}" && braces > 0) {
            braces--;
            re += ")";
        }
        else if (c === "," && braces > 0)
            re += "|";
        else if (c === "[") {
            const end = g.indexOf("]", i + 1);
            if (end === -1)
                throw new Error(`unclosed "[" in glob "${glob}"`);
            const body = g
                .slice(i + 1, end)
                .replace(/^!/, "^")
                .replace(/\\/g, "\\\\");
            re += `[${body}]`;
            i = end;
        }
        else
            re += c.replace(/[.+^$()|\\\]]/g, "\\$&");
    }
    if (braces)
        throw new Error(`unclosed "{" in glob "${glob}"`);
    return new RegExp(`^${re}$`);
}
//# sourceMappingURL=glob.js.map