// Which ids a waiver (or a severity override) may name: the rules (and their aliases) and the
// requirements of the catalogue, including instances of user-declared templates (scm.github for
// scm.<name>).
import { didYouMean } from "../config/errors.js";
const NAME = "[a-z0-9]+(?:-[a-z0-9]+)*";
/** The rule an id names (its own id or an alias), if any. */
export function ruleFor(engine, id) {
    return engine.rules.find((r) => r.id === id) ?? engine.rules.find((r) => r.aliases.includes(id));
}
/** True for a catalogue requirement id, or an instance of a user-declared template. */
export function isRequirementId(engine, id) {
    if (engine.catalogue.requirements[id] && !id.includes("<"))
        return true;
    return templateOf(engine, id) !== undefined;
}
/** The user-declared template an instance id belongs to (`scm.github` → `scm.<name>`). */
export function templateOf(engine, id) {
    for (const t of Object.keys(engine.catalogue.requirements)) {
        if (!t.includes("<name>"))
            continue;
        const re = new RegExp(`^${t.split("<name>").map(escapeRe).join(NAME)}$`);
        if (re.test(id))
            return t;
    }
    return undefined;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/** A message for an id that is neither a rule nor a requirement, with a suggestion. */
export function unknownIdMessage(engine, id, what = "rule or requirement") {
    const candidates = [...engine.rules.map((r) => r.id), ...Object.keys(engine.catalogue.requirements).filter((k) => !k.includes("<"))];
    const guess = didYouMean(id, candidates);
    return `"${id}" is not a known ${what}${guess ? ` (did you mean "${guess}"?)` : " (see `runnerlint rules` and `runnerlint explain`)"}`;
}
//# sourceMappingURL=ids.js.map