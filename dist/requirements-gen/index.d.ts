export { applicableRequirements } from "./applicable.js";
export type { ConcreteRequirement, Destination, GenOptions } from "./applicable.js";
export { generate, noProxy, securityGroups, scp, REQUIREMENT_FORMATS, PENDING_FORMATS } from "./artifacts.js";
export type { GenerateOptions, RequirementFormat } from "./artifacts.js";
