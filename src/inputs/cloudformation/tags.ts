// CloudFormation's YAML short forms (!Ref, !GetAtt, !If, ...). The yaml tags keep each node as
// written; expandShortForms then wraps every tagged node in its long form ({"Fn::If": [...]}) in
// the AST itself, so a JSON pointer such as /…/Fn::If/1 still locates the text it came from.
import { Pair, Scalar, YAMLMap, YAMLSeq, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Tags } from "yaml";
import { lineStarts, positionAt } from "../../text-position.js";
import { SHORT_FORMS } from "./intrinsics.js";

/** Every short form on scalars, sequences and mappings; validate.ts judges the argument shapes. */
export const cfnTags: Tags = Object.keys(SHORT_FORMS).flatMap((tag) => [
  { tag, resolve: (value: string) => value },
  { tag, collection: "seq" as const },
  { tag, collection: "map" as const },
]);

/**
 * Replaces tagged value nodes (never keys, never aliases) by what `replace` returns, then walks
 * into the replacement. yaml's own `visit` freezes a copy of the path at every node: several
 * times slower on a large template, for a path this rewrite never reads.
 */
function rewriteTagged(
  doc: Document.Parsed,
  replace: (node: Node, tag: string, range: [number, number, number]) => Node | undefined,
): void {
  const at = (node: unknown): unknown => {
    if (isAlias(node) || !node || typeof node !== "object") return node;
    const n = node as Node;
    const next = n.tag && n.range ? (replace(n, n.tag, n.range) ?? n) : n;
    if (isMap(next) || isSeq(next)) {
      const items = next.items as unknown[];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (isPair(item)) item.value = at(item.value);
        else items[i] = at(item);
      }
    }
    return next;
  };
  doc.contents = at(doc.contents) as Document.Parsed["contents"];
}

export function expandShortForms(doc: Document.Parsed, text: string): void {
  if (!text.includes("!")) return; // no tag at all
  rewriteTagged(doc, (node, tag, range) => {
    const long = SHORT_FORMS[tag];
    if (!long) return undefined;
    const start = tagStart(text, tag, range[0]);
    const end = start + tag.length;
    node.tag = undefined;
    const name = new Scalar(long);
    name.range = [start, end, end];
    const value = long === "Fn::GetAtt" && isScalar(node) ? splitGetAtt(node) : node;
    const wrapper = new YAMLMap();
    wrapper.items.push(new Pair(name, value));
    wrapper.range = [start, range[1], range[2]];
    if (node.anchor) {
      wrapper.anchor = node.anchor;
      node.anchor = undefined;
    }
    return wrapper;
  });
}

/**
 * For a template with tags that are not CloudFormation's (a preprocessor's, such as `!Rain::Embed`):
 * the short forms as above, and every other tagged node replaced by {$unknown: reason}, the tag
 * named and located, so the rest of the template is still judged. YAML's own `!!` tags are kept.
 */
export function expandAndMarkUnknownTags(doc: Document.Parsed, text: string): void {
  expandShortForms(doc, text);
  let starts: number[] | undefined;
  rewriteTagged(doc, (_node, tag, range) => {
    if (tag.startsWith("tag:yaml.org,2002:")) return undefined;
    const start = tagStart(text, tag, range[0]);
    const at = positionAt((starts ??= lineStarts(text)), start);
    const name = new Scalar("$unknown");
    name.range = [start, start + tag.length, start + tag.length];
    const reason = new Scalar(
      `YAML tag ${tag} is not CloudFormation's (a preprocessor's?): its value is not read (line ${at.line}, column ${at.column})`,
    );
    reason.range = range;
    const wrapper = new YAMLMap();
    wrapper.items.push(new Pair(name, reason));
    wrapper.range = [start, range[1], range[2]];
    return wrapper;
  });
}

/** Offset of the tag before a node: only blanks, comments and an anchor may sit between them. */
function tagStart(text: string, tag: string, valueStart: number): number {
  const at = text.lastIndexOf(tag, valueStart - tag.length);
  if (at >= 0 && /^(?:\s|&\S+|#[^\n]*)*$/.test(text.slice(at + tag.length, valueStart))) return at;
  return valueStart;
}

/** `!GetAtt A.B.C` → [A, B.C]: the first dot separates the resource from the attribute. */
function splitGetAtt(node: Scalar): Node {
  const value = node.value;
  const dot = typeof value === "string" ? value.indexOf(".") : -1;
  if (typeof value !== "string" || dot < 0 || !node.range) return node; // validate.ts reports it
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  const s = node.range[0] + (quoted ? 1 : 0);
  const resource = new Scalar(value.slice(0, dot));
  resource.range = [s, s + dot, s + dot];
  const attribute = new Scalar(value.slice(dot + 1));
  attribute.range = [s + dot + 1, s + value.length, s + value.length];
  const seq = new YAMLSeq();
  seq.items.push(resource, attribute);
  seq.range = node.range;
  return seq;
}
