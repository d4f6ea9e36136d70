// A public member added here is added to CheckError too: CheckResult.errors are RunnerlintErrors.
export class RunnerlintError extends Error {
    name = "RunnerlintError";
    code;
    file;
    pos;
    constructor(code, message, file, pos, options) {
        super(message, options);
        this.code = code;
        this.file = file;
        this.pos = pos;
    }
    /** `file:line:column: message`, the one line the CLI prints. */
    format() {
        const where = this.file ? `${this.file}${this.pos ? `:${this.pos.line}:${this.pos.column}` : ""}: ` : "";
        return `${where}${this.message} [${this.code}]`;
    }
}
export function isRunnerlintError(e) {
    return e instanceof RunnerlintError;
}
//# sourceMappingURL=errors.js.map