// The .tf parser's WebAssembly (web-tree-sitter and the Terraform grammar, copied into dist/hcl by
// the build), loaded on demand: once per process or worker, before .tf files are read (the CLI and
// checkParallel do it when a run has .tf files; callers of the synchronous check() await it). Not a
// top-level await: Node 22's V8 aborted evaluating the package's module graph with one. This module's
// declarations name no web-tree-sitter type, so a consumer's type check never reads its typings.
import { fileURLToPath } from "node:url";
import { Language, Parser } from "web-tree-sitter";
import { packageFile } from "../../../package-root.js";
let parser;
let loading;
/** Loads the .tf parser (idempotent). */
export function loadTerraformParser() {
    loading ??= (async () => {
        const dir = fileURLToPath(packageFile("dist/hcl/"));
        await Parser.init({ locateFile: (name) => dir + name });
        const p = new Parser();
        p.setLanguage(await Language.load(dir + "tree-sitter-terraform.wasm"));
        parser = p;
    })();
    return loading;
}
/** The loaded parser (a web-tree-sitter Parser), or undefined before loadTerraformParser() resolved. */
export function loadedParser() {
    return parser;
}
//# sourceMappingURL=runtime.js.map