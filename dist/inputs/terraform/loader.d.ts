import type { Loader } from "../types.js";
export declare const terraformLoader: Loader;
export declare const terraformOrganizationsLoader: Loader;
export declare const terraformProxyLoader: Loader;
export declare const terraformSourceLoader: Loader;
export declare const terraformSourceOrganizationsLoader: Loader;
export declare const terraformSourceProxyLoader: Loader;
