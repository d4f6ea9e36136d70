import { RunnerlintError } from "../../../errors.js";
import { loadedParser } from "./runtime.js";
/** The body node of a .tf file; a syntax error is an HCL_PARSE error at its line and column. */
export function parseTerraform(file, text) {
    const parser = loadedParser();
    if (!parser)
        throw new RunnerlintError("UNSUPPORTED_INPUT", "the .tf parser is not loaded: `await loadTerraformParser()` before check(), or use checkParallel() (the CLI does it)", file, { line: 1, column: 1 });
    const tree = parser.parse(text);
    const root = tree?.rootNode;
    if (!root)
        throw new RunnerlintError("HCL_PARSE", "cannot parse the file", file, { line: 1, column: 1 });
    if (root.hasError) {
        const bad = firstError(root) ?? root;
        const what = bad.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify(bad.text.slice(0, 20))}`;
        throw new RunnerlintError("HCL_PARSE", `syntax error: ${what}`, file, {
            line: bad.startPosition.row + 1,
            column: bad.startPosition.column + 1,
        });
    }
    return root.namedChildren.find((c) => c.type === "body") ?? root;
}
function firstError(n) {
    if (n.type === "ERROR" || n.isMissing)
        return n;
    for (const c of n.children) {
        if (!c)
            continue;
        const e = firstError(c);
        if (e)
            return e;
    }
    return undefined;
}
//# sourceMappingURL=parse.js.map