import type { LoadedConfigFile } from "../config/file.js";
import { type IdCatalogue } from "./ids.js";
import type { Waiver } from "./types.js";
import { globToRegExp } from "../glob.js";
export { globToRegExp };
export declare function configWaivers(file: LoadedConfigFile, engine: IdCatalogue): Waiver[];
