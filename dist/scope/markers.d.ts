import type { Catalogue } from "../engine/types.js";
export interface MarkerPort {
    protocol: string;
    port: number;
}
export declare function markerPorts(catalogue: Catalogue): MarkerPort[];
