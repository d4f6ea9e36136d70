import type { Loader } from "../types.js";
export declare const dotenvLoader: Loader;
