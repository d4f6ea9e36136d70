import type { IdCatalogue } from "../waivers/ids.js";
import { type LoadedConfigFile } from "./file.js";
import type { ConfigLayer, ResolvedConfig } from "./types.js";
export interface LoadConfigOptions {
    /** Where discovery starts (default: process.cwd()). */
    cwd?: string;
    /** --config: this file, no discovery. */
    configPath?: string;
    /** --no-config: no file at all (RUNNERLINT_CONFIG and discovery are skipped too). */
    noConfig?: boolean;
    /** The environment (default: process.env). */
    env?: Record<string, string | undefined>;
    /** The settings given as flags, and the flag that gave each pointer (for messages). */
    flags?: ConfigLayer;
    flagNames?: Record<string, string>;
    /**
     * The rules and the catalogue: waiver and override ids are checked against them. A function is
     * given the catalogue version the settings ask for (`catalogue:`; undefined when none does) and
     * returns the engine for it.
     */
    engine: EngineFor;
}
export type EngineFor = IdCatalogue | ((catalogue: string | undefined) => IdCatalogue);
export interface LoadedConfig extends ResolvedConfig {
    /** RUNNERLINT_BASELINE, when set. */
    baselineFromEnv?: string;
}
/** Finds, reads and resolves the configuration. Throws a ConfigError (exit 2) for any problem. */
export declare function loadConfig(options: LoadConfigOptions): LoadedConfig;
export interface ResolveInput {
    file?: LoadedConfigFile | undefined;
    env?: ConfigLayer;
    flags?: ConfigLayer;
    engine: EngineFor;
}
/** Merges the layers (flags > env > file) and checks what depends on the rules and the catalogue. */
export declare function resolveConfig({ file, env, flags, engine: engineFor }: ResolveInput): ResolvedConfig;
