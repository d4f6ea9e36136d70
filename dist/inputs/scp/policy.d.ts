import type { DeclarativePolicy, ScpPolicy } from "../../model/organization.js";
import type { Location } from "../../model/location.js";
type Json = Record<string, unknown>;
/** A CloudFormation intrinsic (`{"Ref": x}`, `{"Fn::Sub": x}`) or a loader's `{$unknown}`: not a literal value. */
export declare function unresolvedReason(v: unknown): string | undefined;
/** The first unresolvable value anywhere inside v. */
export declare function findUnresolved(v: unknown): string | undefined;
export interface PolicySource {
    id: string;
    name: string;
    awsManaged?: boolean;
    /** Where the policy is (its Content, its file). */
    location: Location;
    /** Positions of parts of the content, by JSON pointer relative to the content; undefined: the policy's location. */
    locate?: (pointer: string) => Location;
    /** The stored text's length, when the policy is stored as text (a file, a Content string). */
    rawLength?: number;
}
/** Looks like an IAM policy document: a Statement, and at most Version/Id beside it. */
export declare function isPolicyDocument(v: unknown): v is Json;
export declare function isDeclarativeDocument(v: unknown): v is Json;
export declare function scpPolicy(content: unknown, src: PolicySource): ScpPolicy;
export declare function declarativePolicy(content: unknown, src: PolicySource): DeclarativePolicy;
/** AWS's default SCP, attached to every root, OU and account unless replaced. */
export declare function fullAwsAccess(location: Location): ScpPolicy;
export {};
