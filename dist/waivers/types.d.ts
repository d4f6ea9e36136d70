import type { Location } from "../model/location.js";
import type { SuppressionSource } from "../model/vocabulary.js";
export type WaiverSource = SuppressionSource;
export interface Waiver {
    source: WaiverSource;
    /** Metadata and comment waivers name one id: a rule (or one of its aliases) or a requirement. */
    id?: string;
    /** Config waivers: the rule (aliases resolved to the rule's id) and/or the requirement. */
    rule?: string;
    requirement?: string;
    /** Metadata and comment waivers: the file they are written in (only its findings match). */
    file?: string;
    /** Config waivers: a glob over the finding's path relative to `baseDir`. */
    fileGlob?: string;
    baseDir?: string;
    /** Metadata: the resource's logical id. Config: the finding's resource. */
    resource?: string;
    /** Comment waivers: the line they cover. */
    line?: number;
    reason: string;
    /** YYYY-MM-DD: the last day (UTC) the waiver applies. */
    expires?: string;
    /** Where the waiver itself is written. */
    location: Location;
}
/** A clock, injectable so tests are deterministic. */
export type Clock = () => Date;
/** Today as YYYY-MM-DD in UTC. */
export declare function today(clock?: Clock): string;
/** A waiver that expires on day D still applies on D and is expired from D+1 (UTC). */
export declare function isExpired(w: Pick<Waiver, "expires">, todayUtc: string): boolean;
/** How a waiver reads in messages: its target, its reason. */
export declare function describeWaiver(w: Waiver): string;
