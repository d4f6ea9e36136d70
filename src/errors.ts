// Typed errors (modelled on eemeli/yaml's YAMLError): a closed set of codes, the file and a
// position. The CLI maps every RunnerlintError to exit code 2 and a one-line message.
export type ErrorCode =
  | "YAML_PARSE"
  /** A YAML stream of several documents (a Kubernetes manifest): no template is one. */
  | "MULTI_DOCUMENT"
  | "JSON_PARSE"
  | "DOTENV_PARSE"
  | "UNKNOWN_TAG"
  | "BAD_INTRINSIC"
  | "ALIAS_LIMIT"
  | "DEPTH_LIMIT"
  | "SIZE_LIMIT"
  | "FILE_NOT_FOUND"
  | "CONFIG_INVALID"
  | "UNSUPPORTED_INPUT"
  | "USAGE"
  | "WASM_LOAD"
  | "WASM_EVAL"
  | "AWS_API";

export interface Position {
  line: number;
  column: number;
}

export class RunnerlintError extends Error {
  override name = "RunnerlintError";
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly pos: Position | undefined;

  constructor(code: ErrorCode, message: string, file?: string, pos?: Position, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.file = file;
    this.pos = pos;
  }

  /** `file:line:column: message`, the one line the CLI prints. */
  format(): string {
    const where = this.file ? `${this.file}${this.pos ? `:${this.pos.line}:${this.pos.column}` : ""}: ` : "";
    return `${where}${this.message} [${this.code}]`;
  }
}

export function isRunnerlintError(e: unknown): e is RunnerlintError {
  return e instanceof RunnerlintError;
}
