import type { LoadContext, Loader } from "../types.js";
import type { OrganizationInput } from "../../model/organization.js";
export declare const SCP_TYPE = "SERVICE_CONTROL_POLICY";
export declare const DECLARATIVE_EC2_TYPE = "DECLARATIVE_POLICY_EC2";
export declare const ORG_POLICY_RESOURCE = "AWS::Organizations::Policy";
export declare function emptyOrganization(ctx: LoadContext, source: OrganizationInput["source"], file: string): OrganizationInput;
export declare const scpFileLoader: Loader;
export declare const cloudFormationOrganizationsLoader: Loader;
