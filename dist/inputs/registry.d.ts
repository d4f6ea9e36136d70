import type { Loader } from "./types.js";
export declare const loaders: readonly Loader[];
export declare const companionLoaders: readonly Loader[];
