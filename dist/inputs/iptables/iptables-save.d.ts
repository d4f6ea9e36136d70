import type { Loader } from "../types.js";
import type { HostFirewall } from "../../model/network.js";
export declare const iptablesSaveLoader: Loader;
export declare function parseIptablesSave(path: string, text: string): HostFirewall;
