import type { Loader } from "../types.js";
export declare const describeNetworkAclsLoader: Loader;
