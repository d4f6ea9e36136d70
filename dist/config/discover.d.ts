export declare const CONFIG_FILE_NAMES: readonly [".runnerlint.yaml", ".runnerlint.yml"];
/**
 * The nearest config file at or above `startDir`, or undefined when no folder up to the filesystem
 * root has one. Two names in the same folder are ambiguous, and an error.
 * `exists` is injectable for tests (it sees absolute paths).
 */
export declare function findConfigFile(startDir?: string, exists?: (path: string) => boolean): string | undefined;
