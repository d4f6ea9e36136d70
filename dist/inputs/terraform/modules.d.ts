/** For each .tf path that another file stands for: that file (the module's reader). */
export declare function moduleReaders(paths: readonly string[]): Map<string, string>;
