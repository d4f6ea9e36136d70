export interface PackageJson {
    name?: string;
    version: string;
    homepage?: string;
    repository?: string | {
        url?: string;
    };
}
/** The package's root folder, as a file: URL ending in "/". */
export declare const PACKAGE_ROOT: URL;
/** runnerlint's package.json. */
export declare const PACKAGE_JSON: Readonly<PackageJson>;
/** A file of the package, by its path from the root (e.g. "dist/policy/"). */
export declare function packageFile(path: string): URL;
