import type { Catalogue } from "../engine/types.js";
import type { RunConfig } from "../model/config.js";
export interface Destination {
    host?: string;
    ip?: string;
    cidr?: string;
    protocol: "tcp" | "udp";
    ports: number[];
    scheme?: string;
    paths?: string[];
    /** The gateway region it belongs to (catalogue versions with several). */
    gatewayRegion?: string;
    /** Reached by direct TCP, never through a proxy. */
    direct?: boolean;
}
export interface ConcreteRequirement {
    id: string;
    title: string;
    kind: string;
    category?: string;
    optional: boolean;
    feature: string | null;
    /** Instantiated from a user-declared template in the config. */
    declared: boolean;
    linkLocal: boolean;
    destinations: Destination[];
    noProxy?: {
        entry: string;
        covers: Record<string, unknown>;
    };
    securityGroup?: Record<string, unknown>;
    ami?: Record<string, unknown>;
    sources: {
        document: string;
        section: string;
    }[];
}
export type GenOptions = Pick<RunConfig, "runner" | "region" | "accountId" | "ides" | "features" | "declared" | "gatewayRegions">;
/** Every requirement that applies, in catalogue order, the declared instances in place of their templates. */
export declare function applicableRequirements(catalogue: Catalogue, o: GenOptions): ConcreteRequirement[];
