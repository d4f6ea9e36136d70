import { type Document, type Tags } from "yaml";
/** Every short form on scalars, sequences and mappings; validate.ts judges the argument shapes. */
export declare const cfnTags: Tags;
export declare function expandShortForms(doc: Document.Parsed, text: string): void;
/**
 * For a template with tags that are not CloudFormation's (a preprocessor's, such as `!Rain::Embed`):
 * the short forms as above, and every other tagged node replaced by {$unknown: reason}, the tag
 * named and located, so the rest of the template is still judged. YAML's own `!!` tags are kept.
 */
export declare function expandAndMarkUnknownTags(doc: Document.Parsed, text: string): void;
