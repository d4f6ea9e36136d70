import type { Loader } from "../types.js";
export declare const terraformLoader: Loader, terraformOrganizationsLoader: Loader, terraformProxyLoader: Loader;
export declare const terraformSourceLoader: Loader, terraformSourceOrganizationsLoader: Loader, terraformSourceProxyLoader: Loader;
