/**
 * Reads a settings file (config, baseline) as UTF-8, or throws FILE_NOT_FOUND naming it:
 * `missing` when it does not exist, "cannot read the <what> (<code>)" otherwise.
 */
export declare function readTextFile(path: string, cwd: string, missing: string, what: string): string;
