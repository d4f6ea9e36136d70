// `runnerlint requirements`: what a runner needs, and artifacts that satisfy it.
export { applicableRequirements } from "./applicable.js";
export { generate, noProxy, securityGroups, scp, REQUIREMENT_FORMATS, PENDING_FORMATS } from "./artifacts.js";
//# sourceMappingURL=index.js.map