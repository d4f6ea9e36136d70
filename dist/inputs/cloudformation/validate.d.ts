import type { CfnTemplate } from "./template.js";
/** Deeper than any real template; beyond it the walkers stop with DEPTH_LIMIT instead of overflowing. */
export declare const MAX_DEPTH = 200;
/** Checks the template and replaces each malformed function with an unknown (see above). */
export declare function validateTemplate(t: CfnTemplate): void;
