// A worker thread of checkParallel: checks the files it is sent with its own policy engine and
// sends each FileResult back (errors as plain data: structured clone keeps no classes).
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, defaultEngine, fileContext } from "./check.js";
import { isRunnerlintError } from "./errors.js";
import { loadTerraformParser } from "./inputs/terraform/hcl/runtime.js";
const wire = (e) => ({
    code: e.code,
    message: e.message,
    ...(e.file !== undefined ? { file: e.file } : {}),
    ...(e.pos ? { pos: e.pos } : {}),
});
if (parentPort) {
    const port = parentPort;
    const setup = workerData;
    const ctx = fileContext({
        engine: defaultEngine(setup.catalogue),
        config: setup.load.config,
        parameters: setup.load.parameters,
        skipUnrecognized: setup.skipUnrecognized,
        inlineWaivers: setup.inlineWaivers,
        drift: setup.drift,
        ...(setup.load.maxScenarios !== undefined ? { maxScenarios: setup.load.maxScenarios } : {}),
        ...(setup.load.maxFileBytes !== undefined ? { maxFileBytes: setup.load.maxFileBytes } : {}),
    });
    // Messages wait for the parser; they are answered in the order they come, by index.
    const ready = setup.terraform ? loadTerraformParser() : Promise.resolve();
    port.on("message", async ({ i, file }) => {
        await ready;
        let reply;
        try {
            const r = checkFile(file, ctx);
            reply = { i, result: { ...r, errors: r.errors.map(wire) } };
        }
        catch (e) {
            reply = isRunnerlintError(e)
                ? { i, thrown: wire(e) }
                : { i, crash: { message: e?.message ?? String(e), ...(e?.stack ? { stack: e.stack } : {}) } };
        }
        port.postMessage(reply);
    });
}
//# sourceMappingURL=check-worker.js.map