import type { PolicyEngine } from "../engine/policy.js";
import type { NormalizedInput } from "../inputs/types.js";
import type { RunConfig } from "../model/config.js";
import type { InputSummary, RequirementResult } from "../model/result.js";
import { type InputKind } from "../model/vocabulary.js";
import { type DocVerdict } from "./findings.js";
/** The evidence rule of requirements the engine itself could not judge (unjudged, truncated analysis). */
export declare const ENGINE_RULE = "runnerlint/engine";
/** The rule id of the network entrypoint's scope record (policies/main/network.rego). */
export declare const SCOPE_RULE = "runnerlint/scope";
export declare function toRequirements(engine: PolicyEngine, verdicts: DocVerdict[], kinds: Set<InputKind>, docs: NormalizedInput[], config: RunConfig, inputs: InputSummary[]): RequirementResult[];
