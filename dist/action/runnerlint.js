#!/usr/bin/env node
import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);

// bin/runnerlint.js
import module from "node:module";
module.enableCompileCache?.();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
}
var { main } = await import("./main-OYD25OOD.js");
process.exitCode = await main(process.argv.slice(2));
