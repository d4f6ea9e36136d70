import type { CatalogueDrift, RequirementResult } from "./model/result.js";
/** The requirements whose status differs between the run's table (`from`) and the latest version's (`to`). */
export declare function catalogueDrift(from: RequirementResult[], to: RequirementResult[], version: string): CatalogueDrift;
