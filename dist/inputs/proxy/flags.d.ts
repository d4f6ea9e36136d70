import type { RunConfig } from "../../model/config.js";
import type { NormalizedInput } from "../types.js";
export declare const COMMAND_LINE = "<command line>";
/** The proxy input for config.proxy, or undefined when no proxy flag was given. */
export declare function proxyFromFlags(config: RunConfig): NormalizedInput | undefined;
