// The config file's `waivers:` list → Waiver objects, each checked against the rules and the
// requirement catalogue (an unknown id is an error at its line and column, never ignored).
import type { LoadedConfigFile } from "../config/file.js";
import { Problems } from "../config/errors.js";
import { isRequirementId, ruleFor, unknownIdMessage, type IdCatalogue } from "./ids.js";
import type { Waiver } from "./types.js";
import { globToRegExp } from "../glob.js";

export { globToRegExp };

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
      problems.add(
        `waivers[${i}].requirement: ${unknownIdMessage(engine, w.requirement, "requirement")}`,
        file.path,
        at(`${base}/requirement`),
      );
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
