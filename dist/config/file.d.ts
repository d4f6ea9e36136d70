import type { Location } from "../model/location.js";
import type { ConfigFileData } from "./types.js";
export interface LoadedConfigFile {
    /** As given or found (relative paths stay relative, for messages). */
    path: string;
    /** The folder waiver `file` globs are relative to (absolute). */
    dir: string;
    data: ConfigFileData;
    /** The position of the value (or key) a JSON pointer names. */
    locate(pointer: string): Location;
}
export declare function readConfigFile(path: string, cwd?: string): LoadedConfigFile;
export declare function parseConfigText(path: string, text: string, cwd?: string): LoadedConfigFile;
/** YYYY-MM-DD naming a day that exists. */
export declare function isRealDate(s: string): boolean;
