import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  VERSION
} from "./chunk-ISPFJHXW.js";
import {
  isRunnerlintError
} from "./chunk-BHJUSEQA.js";
import "./chunk-JY4JQPIG.js";

// dist/cli/main.js
var COMMANDS = {
  check: async () => {
    const m = await import("./check-2QZIJOTK.js");
    return { run: m.runCheck, usage: m.CHECK_USAGE };
  },
  "org-audit": async () => {
    const m = await import("./org-audit-DFNIHIU5.js");
    return { run: m.runOrgAudit, usage: m.ORG_AUDIT_USAGE };
  },
  rules: async () => {
    const m = await import("./rules-JJE33XRC.js");
    return { run: m.runRules, usage: m.RULES_USAGE };
  },
  explain: async () => {
    const m = await import("./explain-LSK7277W.js");
    return { run: m.runExplain, usage: m.EXPLAIN_USAGE };
  },
  requirements: async () => {
    const m = await import("./requirements-QF2JXMJM.js");
    return { run: m.runRequirements, usage: m.REQUIREMENTS_USAGE };
  }
};
var USAGE = `runnerlint ${VERSION}: Gitpod AWS runner requirements, checked before you merge.

Usage: runnerlint <command> [options]

Commands:
  check <paths...>        check templates and exports (runnerlint check --help)
  org-audit --account ID  check an account's SCPs live from AWS Organizations (--help)
  rules [--format json|markdown]   list the rules
  explain <id>            show a rule or a requirement
  requirements            what a runner needs, and artifacts that provide it (--help)
  --version               print the version
`;
var processIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY)
};
async function main(argv, io = processIo) {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [command, ...rest] = args;
  let loaded;
  try {
    const load = command === void 0 ? void 0 : COMMANDS[command];
    if (load) {
      loaded = await load();
      return await loaded.run(rest, io);
    }
    switch (command) {
      case "--version":
      case "version":
        io.stdout(`${VERSION}
`);
        return 0;
      case void 0:
      case "--help":
      case "help":
        io.stdout(USAGE);
        return command === void 0 ? 2 : 0;
      default:
        io.stderr(`runnerlint: unknown command "${command}"

${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (isRunnerlintError(e)) {
      io.stderr(`${e.format().split("\n").map((line) => `runnerlint: ${line}`).join("\n")}
`);
      if (e.code === "USAGE" && loaded)
        io.stderr(`
${loaded.usage}`);
      if (debug && e.stack)
        io.stderr(e.stack + "\n");
      return 2;
    }
    io.stderr(`runnerlint: internal error: ${e?.message ?? String(e)}
`);
    if (debug && e?.stack)
      io.stderr(e.stack + "\n");
    else
      io.stderr("(run with --debug for details, and please report it)\n");
    return 3;
  }
}
export {
  main
};
