#!/usr/bin/env node
// Node >= 22.1 caches the compiled code of runnerlint's modules between runs (a third of a
// single-file check's start-up); Node 20 has no compile cache and just runs.
import module from "node:module";

module.enableCompileCache?.();
const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
