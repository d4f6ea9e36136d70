// CloudFormation templates (YAML or JSON) → plain data in long form, with positions.
import { isRunnerlintError } from "../../errors.js";
import { parseSource, type SourceDocument } from "../source.js";
import { isObj } from "./intrinsics.js";
import { cfnTags, expandAndMarkUnknownTags, expandShortForms } from "./tags.js";
import type { CfnTemplate } from "./template.js";
import { validateTemplate } from "./validate.js";

export type { CfnTemplate };

/** A template has a Resources mapping or an AWSTemplateFormatVersion. */
export function isCloudFormation(data: unknown): boolean {
  return isObj(data) && (isObj(data.Resources) || data.AWSTemplateFormatVersion !== undefined);
}

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
export function parseTemplate(file: string, text: string): CfnTemplate {
  let doc: SourceDocument;
  try {
    doc = parseSource(file, text, { customTags: cfnTags, strictTags: true, transform: expandShortForms });
  } catch (e) {
    if (!isRunnerlintError(e) || e.code !== "UNKNOWN_TAG") throw e;
    // Not CloudFormation's tags: in a template, each tagged value is unknown (named and located)
    // and the rest is judged; in any other YAML the tags are dropped.
    const marked = parseSource(file, text, { customTags: cfnTags, transform: expandAndMarkUnknownTags });
    if (!isCloudFormation(marked.data)) return asTemplate(parseSource(file, text, { customTags: cfnTags, transform: expandShortForms }));
    doc = marked;
  }
  const t = asTemplate(doc);
  if (isCloudFormation(t.data)) validateTemplate(t);
  return t;
}

function asTemplate(doc: SourceDocument): CfnTemplate {
  return { file: doc.file, data: doc.data as Record<string, unknown>, locate: doc.locate };
}
