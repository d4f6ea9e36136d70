/** The package version (also the rule pack's: rules ship inside the package). */
export declare const VERSION: string;
