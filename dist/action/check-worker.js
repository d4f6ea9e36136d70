import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  checkFile,
  defaultEngine,
  fileContext,
  loadTerraformParser
} from "./chunk-HXJZ7RNY.js";
import {
  isRunnerlintError
} from "./chunk-BHJUSEQA.js";
import "./chunk-JY4JQPIG.js";

// dist/check-worker.js
import { parentPort, workerData } from "node:worker_threads";
var wire = (e) => ({
  code: e.code,
  message: e.message,
  ...e.file !== void 0 ? { file: e.file } : {},
  ...e.pos ? { pos: e.pos } : {}
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
    ...setup.load.maxScenarios !== void 0 ? { maxScenarios: setup.load.maxScenarios } : {},
    ...setup.load.maxFileBytes !== void 0 ? { maxFileBytes: setup.load.maxFileBytes } : {}
  });
  const ready = setup.terraform ? loadTerraformParser() : Promise.resolve();
  port.on("message", async ({ i, file }) => {
    await ready;
    let reply;
    try {
      const r = checkFile(file, ctx);
      reply = { i, result: { ...r, errors: r.errors.map(wire) } };
    } catch (e) {
      reply = isRunnerlintError(e) ? { i, thrown: wire(e) } : { i, crash: { message: e?.message ?? String(e), ...e?.stack ? { stack: e.stack } : {} } };
    }
    port.postMessage(reply);
  });
}
