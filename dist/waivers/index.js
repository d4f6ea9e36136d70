// Waivers: resource Metadata, inline comments, the config file's list; applied after the verdicts.
export { applyWaivers, matches, suppressionOf, relativeTo, UNUSED_WAIVER_RULE } from "./apply.js";
export { commentWaivers, parseDirective } from "./comments.js";
export { metadataWaivers } from "./metadata.js";
export { configWaivers, globToRegExp } from "./config.js";
export { isRequirementId, ruleFor, templateOf } from "./ids.js";
export { today, isExpired, describeWaiver } from "./types.js";
//# sourceMappingURL=index.js.map