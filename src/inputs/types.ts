import type { SourceDocument } from "./source.js";
import type { RunConfig } from "../model/config.js";
import type { InputKind } from "../engine/types.js";

/** A file handed to the loaders: its text, and its YAML/JSON parse, made once on first use. */
export interface InputFile {
  path: string;
  text: string;
  /** Parsed as YAML/JSON with CloudFormation's tags; throws a RunnerlintError for bad syntax. */
  document(): SourceDocument;
  /** True for .yaml/.yml/.json/.template files (and text that looks like JSON). */
  structured: boolean;
}

export interface LoadContext {
  config: RunConfig;
  /** CloudFormation parameter overrides (--parameter, --parameters). */
  parameters: Record<string, string>;
  maxScenarios?: number;
}

/** One document for one Wasm entrypoint. */
export interface NormalizedInput {
  kind: InputKind;
  file: string;
  input: object & { scenario?: Record<string, string>; truncated?: string };
  /**
   * Exports of live state (describe-* JSON) describe one account: documents with `merge` set are
   * combined into a single input of their kind, so a security group sees the VPC from another file.
   */
  merge?: boolean;
}

export interface Loader {
  /** Short name shown in reports, e.g. "cloudformation". */
  name: string;
  detect(file: InputFile): boolean;
  load(file: InputFile, ctx: LoadContext): NormalizedInput[];
}
