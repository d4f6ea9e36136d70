// The config file's `waivers:` list → Waiver objects, each checked against the rules and the
// requirement catalogue (an unknown id is an error at its line and column, never ignored).
import type { LoadedConfigFile } from "../config/file.js";
import { Problems } from "../config/errors.js";
import { isRequirementId, ruleFor, unknownIdMessage, type IdCatalogue } from "./ids.js";
import type { Waiver } from "./types.js";

export function configWaivers(file: LoadedConfigFile, engine: IdCatalogue): Waiver[] {
  const problems = new Problems();
  const out: Waiver[] = [];
  const at = (pointer: string) => {
    const l = file.locate(pointer);
    return { line: l.line, column: l.column };
  };
  (file.data.waivers ?? []).forEach((w, i) => {
    const base = `/waivers/${i}`;
    let rule: string | undefined;
    if (w.rule !== undefined) {
      const r = ruleFor(engine, w.rule);
      if (!r) problems.add(`waivers[${i}].rule: ${unknownIdMessage(engine, w.rule, "rule")}`, file.path, at(`${base}/rule`));
      rule = r?.id;
    }
    if (w.requirement !== undefined && !isRequirementId(engine, w.requirement)) {
      problems.add(`waivers[${i}].requirement: ${unknownIdMessage(engine, w.requirement, "requirement")}`, file.path, at(`${base}/requirement`));
    }
    if (w.file !== undefined) {
      try {
        globToRegExp(w.file);
      } catch (e) {
        problems.add(`waivers[${i}].file: ${(e as Error).message}`, file.path, at(`${base}/file`));
      }
    }
    out.push({
      source: "config",
      ...(rule ? { rule } : {}),
      ...(w.requirement ? { requirement: w.requirement } : {}),
      ...(w.file ? { fileGlob: w.file, baseDir: file.dir } : {}),
      ...(w.resource ? { resource: w.resource } : {}),
      reason: w.reason.trim(),
      ...(w.expires ? { expires: w.expires } : {}),
      location: file.locate(base),
    });
  });
  problems.throwIfAny();
  return out;
}

/**
 * A path glob as a RegExp over forward-slashed relative paths: `*` any run of characters but `/`,
 * `**` any number of folders (`**\/` may match none), `?` one character but `/`, `{a,b}`
 * alternatives, `[...]` a character class. A pattern without `/` matches the file name in any
 * folder, as in .gitignore.
 */
export function globToRegExp(glob: string): RegExp {
  let g = glob.replace(/\\/g, "/").replace(/^\.\//, "");
  if (!g.includes("/")) g = `**/${g}`;
  let re = "";
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === "*") {
      if (g[i + 1] === "*") {
        const slash = g[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else if (c === "[") {
      const end = g.indexOf("]", i + 1);
      if (end === -1) throw new Error(`unclosed "[" in glob "${glob}"`);
      const body = g.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
      re += `[${body}]`;
      i = end;
    } else re += c.replace(/[.+^$()|\\\]]/g, "\\$&");
  }
  if (braces) throw new Error(`unclosed "{" in glob "${glob}"`);
  return new RegExp(`^${re}$`);
}
