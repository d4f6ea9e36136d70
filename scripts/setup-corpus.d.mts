export declare const CFN_LINT_VERSION: string;
export declare function corpusTemplates(): string;
export declare function ensureCorpus(options?: { quiet?: boolean }): string;
