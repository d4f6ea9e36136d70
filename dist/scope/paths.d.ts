import type { PathScope } from "../config/types.js";
/** Why a file is left out of the run by the config's paths, or undefined when it is in. */
export declare function excludedBy(file: string, paths: PathScope, cwd: string): string | undefined;
