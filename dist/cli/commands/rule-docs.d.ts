import type { Catalogue, RuleMeta } from "../../engine/types.js";
export interface DocsEngine {
    readonly rules: readonly (RuleMeta & {
        file?: string;
    })[];
    readonly catalogue: Catalogue;
}
export declare const BEGIN = "<!-- generated:begin (npm run docs, from the rule's # METADATA: edit the .rego, not this block) -->";
export declare const END = "<!-- generated:end -->";
/** The generated header of a rule's page. `depth`: how many folders below the repository root the page is. */
export declare function ruleHeader(rule: DocsEngine["rules"][number], engine: DocsEngine, depth?: number): string;
/** One example of a rule's examples.yaml, as the docs show it. */
export interface DocExample {
    name: string;
    file: string;
    config?: string;
    input: string;
}
/** The generated footer: the first bad and good examples, remediation and message templates. */
export declare function ruleFooter(rule: RuleMeta, examples?: {
    bad: DocExample[];
    good: DocExample[];
}): string;
/** The starting body of a page that does not exist yet (people own it from then on). */
export declare function initialBody(rule: RuleMeta): string;
/**
 * The hand-written body of an existing page. With markers: what lies between the two generated
 * blocks. Without (a page written before generation): everything but the parts generation now
 * owns (the title lines, the first table, ## Avoid, ## Prefer, ## Remediation, ## Messages).
 */
export declare function handWrittenBody(existing: string): string;
/** The whole page: generated header, the body, generated footer. */
export declare function rulePage(rule: DocsEngine["rules"][number], engine: DocsEngine, existing?: string, examples?: {
    bad: DocExample[];
    good: DocExample[];
}): string;
/** The generated blocks of a page, for the staleness check. */
export declare function generatedBlocks(page: string): string[];
/** The rules table: `runnerlint rules --format markdown` and docs/rules/README.md. */
export declare function rulesMarkdown(engine: DocsEngine, options?: {
    linkBase?: string;
}): string;
/** docs/rules/README.md. */
export declare function rulesIndex(engine: DocsEngine): string;
