/** Loads the .tf parser (idempotent). */
export declare function loadTerraformParser(): Promise<void>;
/** The loaded parser (a web-tree-sitter Parser), or undefined before loadTerraformParser() resolved. */
export declare function loadedParser(): unknown;
