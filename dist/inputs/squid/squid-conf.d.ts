import type { Loader } from "../types.js";
import type { SquidProxy } from "../../model/network.js";
export declare const squidLoader: Loader;
export declare function parseSquid(path: string, text: string): SquidProxy;
