import type { ConfigLayer } from "./types.js";
type Kind = "string" | "list" | "boolean";
/** Variable → [config key (a JSON pointer into the layer), kind]. */
export declare const ENV_VARS: Readonly<Record<string, readonly [string, Kind]>>;
/** Variables that are not settings: where the config file and the baseline are. */
export declare const ENV_PATHS: {
    readonly config: "RUNNERLINT_CONFIG";
    readonly baseline: "RUNNERLINT_BASELINE";
};
export interface EnvSettings {
    layer: ConfigLayer;
    /** Which variable set each pointer, for messages. */
    names: Record<string, string>;
    config?: string;
    baseline?: string;
}
export declare function readEnv(env?: Record<string, string | undefined>): EnvSettings;
/** The variable that set a pointer (or the nearest ancestor pointer: /vpcCidrs/1 → RUNNERLINT_VPC_CIDRS). */
export declare function nameFor(pointer: string, names: Record<string, string>): string | undefined;
export declare function setPointer(target: Record<string, unknown>, pointer: string, value: unknown): void;
export {};
