export { applyWaivers, matches, suppressionOf, relativeTo, UNUSED_WAIVER_RULE } from "./apply.js";
export type { AppliedWaivers, ApplyWaiversOptions } from "./apply.js";
export { commentWaivers, parseDirective } from "./comments.js";
export { metadataWaivers } from "./metadata.js";
export { configWaivers, globToRegExp } from "./config.js";
export { isRequirementId, ruleFor, templateOf } from "./ids.js";
export type { IdCatalogue } from "./ids.js";
export { today, isExpired, describeWaiver } from "./types.js";
export type { Clock, Waiver, WaiverSource } from "./types.js";
