import type { LoadContext, Loader, NormalizedInput } from "../types.js";
import { type SourceDocument } from "../source.js";
export declare const SNAPSHOT_VERSION = 1;
export interface SnapshotTarget {
    Type: "ROOT" | "ORGANIZATIONAL_UNIT" | "ACCOUNT";
    Id: string;
    Name?: string;
    /** Policy ids attached to this target, by policy type. */
    Policies: Record<string, string[]>;
}
export interface SnapshotAccount {
    Id: string;
    Name?: string;
    Arn?: string;
    Status?: string;
    /** Root first, the account last. */
    Path: SnapshotTarget[];
}
export interface Snapshot {
    runnerlintSnapshot: typeof SNAPSHOT_VERSION;
    capturedAt: string;
    organization: {
        Id?: string;
        Arn?: string;
        FeatureSet?: string;
        MasterAccountId?: string;
    };
    roots: {
        Id: string;
        Name?: string;
        PolicyTypes?: {
            Type?: string;
            Status?: string;
        }[];
    }[];
    accounts: SnapshotAccount[];
    /** Every policy read, once, by id: describe-policy's Policy object. */
    policies: Record<string, {
        PolicySummary: {
            Id: string;
            Name?: string;
            Type?: string;
            AwsManaged?: boolean;
            Arn?: string;
            Description?: string;
        };
        Content: string;
        /** Content parsed (org-audit writes it): what is judged, and where findings point, statement by statement. */
        Document?: object;
    }>;
    /** What could not be read, and why. */
    notes: string[];
}
export declare function isSnapshot(v: unknown): v is Snapshot;
export declare function policyTypeEnabled(s: Snapshot, type: string): boolean;
/**
 * The organization inputs of a snapshot, one per account. Scope: when the config names the
 * runner's account (accountId), the snapshot's other accounts are not the runner's and are not
 * judged; a snapshot without it is out of scope.
 */
export declare function snapshotInputs(s: Snapshot, doc: SourceDocument, ctx: LoadContext): NormalizedInput[];
export declare const snapshotLoader: Loader;
