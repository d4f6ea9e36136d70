// A worker thread of checkParallel: checks the files it is sent with its own policy engine and
// sends each FileResult back (errors as plain data: structured clone keeps no classes).
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, defaultEngine, fileContext, type FileEntry, type FileResult } from "./check.js";
import { isRunnerlintError, type ErrorCode, type Position, type RunnerlintError } from "./errors.js";
import { loadTerraformParser } from "./inputs/terraform/hcl/runtime.js";
import type { LoadContext } from "./inputs/types.js";

export interface WorkerSetup {
  load: LoadContext;
  skipUnrecognized: boolean;
  inlineWaivers: boolean;
  /** The catalogue version the run judges against. */
  catalogue: string;
  /** Evaluate under the latest catalogue version too (CheckOptions.drift). */
  drift: boolean;
  /** The run reads .tf files: load their parser first. */
  terraform: boolean;
}

export interface WireError {
  code: ErrorCode;
  message: string;
  file?: string;
  pos?: Position;
}

export type WireResult = Omit<FileResult, "errors"> & { errors: WireError[] };

/** A file's result; or the RunnerlintError checking it threw (as check() would throw it); or a crash. */
export type WorkerReply =
  | { i: number; result: WireResult }
  | { i: number; thrown: WireError }
  | { i: number; crash: { message: string; stack?: string } };

const wire = (e: RunnerlintError): WireError => ({
  code: e.code,
  message: e.message,
  ...(e.file !== undefined ? { file: e.file } : {}),
  ...(e.pos ? { pos: e.pos } : {}),
});

if (parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
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
  port.on("message", async ({ i, file }: { i: number; file: FileEntry }) => {
    await ready;
    let reply: WorkerReply;
    try {
      const r = checkFile(file, ctx);
      reply = { i, result: { ...r, errors: r.errors.map(wire) } };
    } catch (e) {
      reply = isRunnerlintError(e)
        ? { i, thrown: wire(e) }
        : { i, crash: { message: (e as Error)?.message ?? String(e), ...((e as Error)?.stack ? { stack: (e as Error).stack } : {}) } };
    }
    port.postMessage(reply);
  });
}
