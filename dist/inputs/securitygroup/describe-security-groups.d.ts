import type { Loader } from "../types.js";
export declare const describeSecurityGroupsLoader: Loader;
export declare const describeVpcsLoader: Loader;
