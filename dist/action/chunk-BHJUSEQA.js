import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);

// dist/errors.js
var RunnerlintError = class extends Error {
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
};
function isRunnerlintError(e) {
  return e instanceof RunnerlintError;
}

// dist/package-root.js
import { existsSync, readFileSync } from "node:fs";
function find() {
  for (let dir = new URL("./", import.meta.url); ; ) {
    const file = new URL("package.json", dir);
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8"));
      if (pkg.name === "runnerlint")
        return { root: dir, pkg };
    }
    const up = new URL("../", dir);
    if (up.href === dir.href)
      throw new Error(`runnerlint's package.json was not found above ${import.meta.url}`);
    dir = up;
  }
}
var found = find();
var PACKAGE_ROOT = found.root;
var PACKAGE_JSON = found.pkg;
function packageFile(path) {
  return new URL(path, PACKAGE_ROOT);
}

export {
  RunnerlintError,
  isRunnerlintError,
  PACKAGE_JSON,
  packageFile
};
