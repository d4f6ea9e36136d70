import type { PolicyEngine } from "../engine/policy.js";
import type { RunConfig } from "../model/config.js";
import type { InputSummary, RequirementResult, ScopeSummary } from "../model/result.js";
/**
 * The run's scope: the groups taken as the runner's, the files left out, and one note for the run
 * when security groups were read but none is the runner's, or none is the environments' (the
 * requirements on environment groups are then not applicable in every input: said once, here).
 */
export declare function scopeSummary(mode: ScopeSummary["mode"], inputs: InputSummary[], runnerGroups: ScopeSummary["runnerGroups"], controls: NonNullable<ScopeSummary["controlsOutOfScope"]>, exportGroups: {
    outOfScope: number;
    files: number;
}, needEnvironment: string[]): ScopeSummary;
/** The requirements judged on environment groups (the catalogue's securityGroup.appliesTo) for this runner kind. */
export declare function environmentRequirements(engine: PolicyEngine, config: RunConfig, judged: RequirementResult[]): string[];
