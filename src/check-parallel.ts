// check() with the files spread over worker threads (`--jobs`): each worker loads the policy once
// and checks whole files (read, parse, normalize, evaluate); the main thread assembles their
// results in file order, so the CheckResult is the one check() returns, byte for byte.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  assemble,
  check,
  checkFile,
  defaultEngine,
  fileContext,
  listFiles,
  type CheckOptions,
  type CheckResult,
  type CheckSource,
  type FileEntry,
  type FileResult,
} from "./check.js";
import { RunnerlintError } from "./errors.js";
import { loadTerraformParser } from "./inputs/terraform/hcl/runtime.js";
import type { WireError, WireResult, WorkerReply, WorkerSetup } from "./check-worker.js";

export interface ParallelOptions {
  /** Worker threads (default: the available cores, at most 8). 1 checks in this thread. */
  jobs?: number;
  /** Fewer files than this are checked in this thread: a worker costs ~100 ms to start. */
  minFiles?: number;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** check(), on `jobs` worker threads when there are enough files; the same result either way. */
export async function checkParallel(sources: CheckSource[], options: CheckOptions & ParallelOptions): Promise<CheckResult> {
  const { files, errors } = listFiles(sources, options.cwd, options.paths);
  // The .tf parser's WebAssembly loads only for runs that read .tf files.
  const terraform = files.some((f) => /\.tf$/i.test(f.path));
  if (terraform) await loadTerraformParser();
  // Workers load the bundled policy and loaders: custom ones live in this thread only.
  const catalogue = options.engine?.catalogue.version;
  if ((options.engine && options.engine !== defaultEngine(catalogue)) || options.loaders || options.companions)
    return check(sources, options);
  const jobs = Math.min(options.jobs ?? defaultJobs(), files.length);
  const ctx = fileContext(options);
  if (jobs <= 1 || files.length < (options.minFiles ?? 16))
    return assemble(
      files.map((f) => checkFile(f, ctx)),
      errors,
      ctx,
      options,
    );
  const setup: WorkerSetup = {
    load: ctx.load,
    skipUnrecognized: ctx.skipUnrecognized,
    inlineWaivers: ctx.inlineWaivers,
    catalogue: ctx.engine.catalogue.version,
    drift: options.drift === true,
    terraform,
  };
  const results = await runWorkers(files, jobs, setup);
  return assemble(results, errors, ctx, options);
}

/** Hands the files out one at a time to whichever worker is free; results land at their index. */
function runWorkers(files: FileEntry[], jobs: number, setup: WorkerSetup): Promise<FileResult[]> {
  const results = new Array<FileResult>(files.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<FileResult[]>((resolve, reject) => {
    const stop = (e?: Error) => {
      for (const w of workers) void w.terminate();
      if (e) reject(e);
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next < files.length) {
        const i = next++;
        w.postMessage({ i, file: files[i] });
      }
    };
    for (let j = 0; j < jobs; j++) {
      const w = new Worker(new URL("./check-worker.js", import.meta.url), { workerData: setup });
      workers.push(w);
      w.on("message", (m: WorkerReply) => {
        if ("crash" in m) {
          // The CLI prints the message; the worker's stack only with --debug.
          const e = new Error(`checking ${files[m.i]!.path} failed: ${m.crash.message}`);
          if (m.crash.stack) e.stack = m.crash.stack;
          return stop(e);
        }
        if ("thrown" in m) return stop(fromWire(m.thrown));
        results[m.i] = revive(m.result);
        if (++done === files.length) return stop();
        feed(w);
      });
      w.on("error", (e) => stop(e));
      w.on("exit", (code) => {
        if (done < files.length && code !== 0) stop(new Error(`a check worker exited with code ${code}`));
      });
      // Two files in flight per worker: the next one is there when the current one is done.
      feed(w);
      feed(w);
    }
  });
}

/** A worker's result with its errors made RunnerlintErrors again (structured clone drops classes). */
function revive(r: WireResult): FileResult {
  return { ...r, errors: r.errors.map(fromWire) };
}

const fromWire = (e: WireError) => new RunnerlintError(e.code, e.message, e.file, e.pos);
