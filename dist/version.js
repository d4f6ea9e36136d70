import { PACKAGE_JSON } from "./package-root.js";
/** The package version (also the rule pack's: rules ship inside the package). */
export const VERSION = PACKAGE_JSON.version;
//# sourceMappingURL=version.js.map