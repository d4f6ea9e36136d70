import { Problems } from "../config/errors.js";
import { isRequirementId, ruleFor, unknownIdMessage } from "./ids.js";
import { globToRegExp } from "../glob.js";
export { globToRegExp };
export function configWaivers(file, engine) {
    const problems = new Problems();
    const out = [];
    const at = (pointer) => {
        const l = file.locate(pointer);
        return { line: l.line, column: l.column };
    };
    (file.data.waivers ?? []).forEach((w, i) => {
        const base = `/waivers/${i}`;
        let rule;
        if (w.rule !== undefined) {
            const r = ruleFor(engine, w.rule);
            if (!r)
                problems.add(`waivers[${i}].rule: ${unknownIdMessage(engine, w.rule, "rule")}`, file.path, at(`${base}/rule`));
            rule = r?.id;
        }
        if (w.requirement !== undefined && !isRequirementId(engine, w.requirement)) {
            problems.add(`waivers[${i}].requirement: ${unknownIdMessage(engine, w.requirement, "requirement")}`, file.path, at(`${base}/requirement`));
        }
        if (w.file !== undefined) {
            try {
                globToRegExp(w.file);
            }
            catch (e) {
                problems.add(`waivers[${i}].file: ${e.message}`, file.path, at(`${base}/file`));
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
//# sourceMappingURL=config.js.map