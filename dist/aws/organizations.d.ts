import { OrganizationsClient, type OrganizationsClientConfig } from "@aws-sdk/client-organizations";
import { type Snapshot } from "../inputs/scp/snapshot.js";
export interface OrganizationsOptions {
    /** Organizations is a global service; its API lives in us-east-1 (default). */
    region?: string;
    /** A different API endpoint (tests, proxies): --endpoint-url. */
    endpoint?: string;
    /** Explicit credentials; otherwise the standard credential chain. */
    credentials?: OrganizationsClientConfig["credentials"];
    /** Attempts per call, retries included (throttling is retried with backoff). Default 8. */
    maxAttempts?: number;
}
export declare function createOrganizationsClient(options?: OrganizationsOptions): OrganizationsClient;
/** Reads the organization as seen from each account, into one snapshot. */
export declare class OrganizationReader {
    private readonly client;
    private readonly parents;
    private readonly names;
    private readonly attached;
    private readonly policies;
    private readonly notes;
    constructor(client: OrganizationsClient);
    read(accountIds: string[]): Promise<Snapshot>;
    private account;
    private parent;
    private nameOf;
    private attachedTo;
    private policy;
}
/** Reads the organization for the given accounts. */
export declare function readOrganization(accountIds: string[], options?: OrganizationsOptions & {
    client?: OrganizationsClient;
}): Promise<Snapshot>;
