import type { Catalogue, Requirement } from "../engine/types.js";
import type { DeclaredDestination, DeclaredRequirement } from "../model/config.js";
import type { Location } from "../model/location.js";
/** Config key → the catalogue feature of the template it instantiates. */
export declare const DECLARING_KEYS: {
    readonly scm: "scm";
    readonly sso: "sso";
    readonly registries: "registries";
    readonly prometheus: "prometheus";
};
export interface DeclaredInput {
    scm?: Record<string, string | string[]>;
    sso?: Record<string, string | string[]>;
    registries?: Record<string, string | string[]>;
    prometheus?: string;
}
interface Template extends Requirement {
    declaredDestination?: {
        protocol: "tcp" | "udp";
        ports: number[];
        scheme?: "https" | "http";
    };
}
export declare function templateForFeature(catalogue: Catalogue, feature: string): Template | undefined;
/**
 * Builds the declared requirements. `locate` gives the config position of a pointer
 * (`/scm/github`, `/features/prometheus`); `file` names the config for errors.
 */
export declare function declaredRequirements(input: DeclaredInput, catalogue: Catalogue, locate?: (pointer: string) => Location | undefined, file?: string): DeclaredRequirement[];
/** A host, IPv4 address or URL → a destination with the template's protocol, ports and scheme. */
export declare function destinationOf(value: string, template: Template): DeclaredDestination;
export {};
