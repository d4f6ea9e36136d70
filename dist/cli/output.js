import { renameSync, writeFileSync } from "node:fs";
/** Writes via a temporary file and a rename, so a failed run never leaves a half-written report. */
export function writeAtomic(path, content) {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, path);
}
//# sourceMappingURL=output.js.map