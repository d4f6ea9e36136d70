/** The config JSON Schema, as shipped. */
export declare function configSchema(): Record<string, unknown>;
export interface SchemaProblem {
    /** JSON pointer of the offending value (or of the key, for unknown keys and bad names). */
    pointer: string;
    /** The pointer names a map key rather than a value. */
    key: boolean;
    message: string;
}
/** Validates data against the config schema; [] when valid. */
export declare function validateConfigData(data: unknown): SchemaProblem[];
