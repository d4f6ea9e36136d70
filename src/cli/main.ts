// The runnerlint command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error or
// unreadable input. Bad input never prints a stack trace (only with --debug).
import { isRunnerlintError } from "../errors.js";
import { VERSION } from "../version.js";
import { runCheck, CHECK_USAGE } from "./commands/check.js";
import { runRules, RULES_USAGE } from "./commands/rules.js";
import { runExplain, EXPLAIN_USAGE } from "./commands/explain.js";
import { runRequirements, REQUIREMENTS_USAGE } from "./commands/requirements.js";
// org-audit is imported when it runs: it loads the AWS SDK, which `check` must not pay for at start.
import type * as OrgAudit from "./commands/org-audit.js";

const USAGE = `runnerlint ${VERSION}: Gitpod AWS runner requirements, checked before you merge.

Usage: runnerlint <command> [options]

Commands:
  check <paths...>        check templates and exports (runnerlint check --help)
  org-audit --account ID  check an account's SCPs live from AWS Organizations (--help)
  rules [--format json|markdown]   list the rules
  explain <id>            show a rule or a requirement
  requirements            what a runner needs, and artifacts that provide it (--help)
  --version               print the version
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [command, ...rest] = args;
  let orgAudit: typeof OrgAudit | undefined;
  try {
    switch (command) {
      case "check":
        return runCheck(rest, io);
      case "org-audit":
        orgAudit = await import("./commands/org-audit.js");
        return await orgAudit.runOrgAudit(rest, io);
      case "rules":
        return runRules(rest, io);
      case "explain":
        return runExplain(rest, io);
      case "requirements":
        return runRequirements(rest, io);
      case "--version":
      case "version":
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
      case "--help":
      case "help":
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`runnerlint: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (isRunnerlintError(e)) {
      // A ConfigError holds several problems, one per line: each gets the prefix.
      io.stderr(`${e.format().split("\n").map((line) => `runnerlint: ${line}`).join("\n")}\n`);
      if (e.code === "USAGE" && command === "check") io.stderr(`\n${CHECK_USAGE}`);
      if (e.code === "USAGE" && command === "rules") io.stderr(`\n${RULES_USAGE}`);
      if (e.code === "USAGE" && command === "explain") io.stderr(`\n${EXPLAIN_USAGE}`);
      if (e.code === "USAGE" && command === "requirements") io.stderr(`\n${REQUIREMENTS_USAGE}`);
      if (e.code === "USAGE" && command === "org-audit" && orgAudit) io.stderr(`\n${orgAudit.ORG_AUDIT_USAGE}`);
      if (debug && e.stack) io.stderr(e.stack + "\n");
      return 2;
    }
    io.stderr(`runnerlint: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (debug && (e as Error)?.stack) io.stderr((e as Error).stack + "\n");
    else io.stderr("(run with --debug for details, and please report it)\n");
    return 3;
  }
}
