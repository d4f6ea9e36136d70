import type { CfnTemplate } from "./template.js";
export type { CfnTemplate };
/** A template has a Resources mapping or an AWSTemplateFormatVersion. */
export declare function isCloudFormation(data: unknown): boolean;
/**
 * Parses YAML or JSON with CloudFormation's short-form tags and checks every intrinsic function
 * (a malformed one, or a tag that is not CloudFormation's, becomes an unknown value: validate.ts).
 * Throws a RunnerlintError (YAML_PARSE, JSON_PARSE, BAD_INTRINSIC for a condition cycle,
 * ALIAS_LIMIT, DEPTH_LIMIT) with the file, line and column.
 *
 * Any structured file goes through here (src/inputs/files.ts), so a document that is not a
 * template is returned as parsed, without template checks; YAML with other custom tags is kept
 * (tags dropped) unless it is a template. For such a document `data` holds whatever the top level
 * is, despite its type: check isCloudFormation(data) before treating it as a template.
 */
export declare function parseTemplate(file: string, text: string): CfnTemplate;
