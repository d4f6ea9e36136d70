// Typed errors (modelled on eemeli/yaml's YAMLError): a closed set of codes, the file and a
// position. The CLI maps every RunnerlintError to exit code 2 and a one-line message.
import type { Position } from "./model/location.js";
import type { CheckError } from "./model/result.js";
import type { ErrorCode } from "./model/vocabulary.js";

export type { ErrorCode, Position };

// A public member added here is added to CheckError too: CheckResult.errors are RunnerlintErrors.
export class RunnerlintError extends Error implements CheckError {
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
