import type { RunConfig } from "./config.js";
import type { Location } from "./location.js";
/**
 * The normalized organization model: what the SCP loaders (policy files, describe-policy output,
 * AWS::Organizations::Policy in CloudFormation, org-audit snapshots) produce and what the
 * `runnerlint/main/organization` entrypoint reads as `input`.
 * schemas/input/organization.schema.json is the same contract as JSON Schema.
 */
export interface OrganizationInput {
    kind: "organization";
    config: RunConfig;
    scenario?: Record<string, string>;
    truncated?: string;
    /** Where the model came from. */
    source: "policy-file" | "cloudformation" | "snapshot";
    /** The account the runner runs in. `management`: SCPs do not apply to it. */
    account: {
        id?: string;
        name?: string;
        management: boolean;
    };
    organization?: {
        id?: string;
        managementAccountId?: string;
    };
    /** Whether the SERVICE_CONTROL_POLICY type is enabled at the root (a lone file assumes so). */
    scpEnabled: boolean;
    /** Root → OUs → account, each with the SCPs attached there. */
    levels: Level[];
    /** Whether the DECLARATIVE_POLICY_EC2 type is enabled at the root. */
    declarativeEnabled: boolean;
    /** EC2 declarative policies, root → account. */
    declarative: DeclarativeLevel[];
}
export type LevelKind = "root" | "ou" | "account";
export interface Level {
    kind: LevelKind;
    id: string;
    name?: string;
    location?: Location;
    policies: ScpPolicy[];
}
export interface ScpPolicy {
    id: string;
    name: string;
    awsManaged: boolean;
    location: Location;
    /** Characters as stored (raw) and without whitespace outside strings (minified). */
    size: {
        raw: number;
        minified: number;
    } | null;
    /** Set when the content could not be resolved (an intrinsic function, a parse error): the policy may allow or deny anything. */
    unresolved?: string;
    statements: Statement[];
}
export interface Statement {
    /** Position in the Statement list. */
    index: number;
    sid?: string;
    effect: string;
    action?: string[];
    notAction?: string[];
    resource?: string[];
    notResource?: string[];
    condition: ConditionBlock[];
    location: Location;
    /** Set when part of the statement could not be resolved. */
    unresolved?: string;
}
/** One operator/key pair of a Condition element; values as strings (IAM compares strings). */
export interface ConditionBlock {
    operator: string;
    key: string;
    values: string[];
    location: Location;
}
export interface DeclarativeLevel {
    kind: LevelKind;
    id: string;
    name?: string;
    policies: DeclarativePolicy[];
}
export interface DeclarativePolicy {
    id: string;
    name: string;
    location: Location;
    /** ec2_attributes.allowed_images_settings as written (with @@assign / @@append / @@remove). */
    settings?: Record<string, unknown>;
    unresolved?: string;
}
