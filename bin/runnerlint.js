#!/usr/bin/env node
// Node >= 22.1 caches the compiled code of runnerlint's modules between runs (a third of a
// single-file check's start-up); Node 20 has no compile cache and just runs.
import module from "node:module";

module.enableCompileCache?.();
// A reader that stops early (`runnerlint check . --format json | head`) closes the pipe: the run
// did not fail, and no stack trace is printed.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
}
const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
