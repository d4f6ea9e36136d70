import type { Catalogue, RuleMeta } from "../engine/types.js";
export interface IdCatalogue {
    readonly rules: readonly RuleMeta[];
    readonly catalogue: Catalogue;
}
/** The rule an id names (its own id or an alias), if any. */
export declare function ruleFor(engine: IdCatalogue, id: string): RuleMeta | undefined;
/** True for a catalogue requirement id, or an instance of a user-declared template. */
export declare function isRequirementId(engine: IdCatalogue, id: string): boolean;
/** The user-declared template an instance id belongs to (`scm.github` → `scm.<name>`). */
export declare function templateOf(engine: IdCatalogue, id: string): string | undefined;
/** A message for an id that is neither a rule nor a requirement, with a suggestion. */
export declare function unknownIdMessage(engine: IdCatalogue, id: string, what?: string): string;
