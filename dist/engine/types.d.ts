import type { Location } from "../model/location.js";
import type { InputKind, Severity, Status } from "../model/vocabulary.js";
export type { InputKind, Severity, Status };
/** What a rule returns (policies/lib/result.rego). */
export interface Verdict {
    rule: string;
    requirement: string;
    status: Status;
    messageId: string;
    params: Record<string, unknown>;
    location: Location | null;
    resource?: string;
}
/** A rule's # METADATA, as extracted into dist/policy/rules.json at build time. */
export interface RuleMeta {
    id: string;
    package: string;
    title: string;
    description: string;
    severity: Severity;
    requirements: string[];
    kinds: InputKind[];
    remediation: string;
    source: {
        document: string;
        section: string;
    } | undefined;
    messages: Record<string, string>;
    relatedResources: string[];
    aliases: string[];
}
export interface Requirement {
    id: string;
    kind: string;
    title: string;
    description?: string;
    runners: ("standard" | "enterprise")[];
    optional?: boolean;
    feature?: string;
    sources: {
        document: string;
        section: string;
    }[];
    [key: string]: unknown;
}
export interface Catalogue {
    version: string;
    /** Newer versions: the version this one was written as changes to. */
    base?: string;
    /** The gateway regions a Standard runner may pick; absent in versions with one, untagged gateway. */
    gatewayRegions?: string[];
    documents?: Record<string, {
        file: string;
        title: string;
        url?: string;
    }>;
    /** Newer versions: statements of the base's documents that their own documents replace. */
    supersedes?: {
        document: string;
        section: string;
        endpoints?: string[];
        by: string;
        why: string;
    }[];
    requirements: Record<string, Requirement>;
}
/** Every catalogue version (dist/policy/catalogues.json): the seed version is the default. */
export interface Catalogues {
    default: string;
    latest: string;
    versions: Record<string, Catalogue>;
}
