// The runnerlint command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error or
// unreadable input. Bad input never prints a stack trace (only with --debug).
import { isRunnerlintError } from "../errors.js";
import { VERSION } from "../version.js";
// Each command is imported when it runs: a single-file `check` starts without loading the others
// (org-audit loads the AWS SDK, ~130 ms), and start-up time is a product feature.
const COMMANDS = {
    check: async () => {
        const m = await import("./commands/check.js");
        return { run: m.runCheck, usage: m.CHECK_USAGE };
    },
    "org-audit": async () => {
        const m = await import("./commands/org-audit.js");
        return { run: m.runOrgAudit, usage: m.ORG_AUDIT_USAGE };
    },
    rules: async () => {
        const m = await import("./commands/rules.js");
        return { run: m.runRules, usage: m.RULES_USAGE };
    },
    explain: async () => {
        const m = await import("./commands/explain.js");
        return { run: m.runExplain, usage: m.EXPLAIN_USAGE };
    },
    requirements: async () => {
        const m = await import("./commands/requirements.js");
        return { run: m.runRequirements, usage: m.REQUIREMENTS_USAGE };
    },
};
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
const processIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
};
export async function main(argv, io = processIo) {
    const debug = argv.includes("--debug");
    const args = argv.filter((a) => a !== "--debug");
    const [command, ...rest] = args;
    let loaded;
    try {
        const load = command === undefined ? undefined : COMMANDS[command];
        if (load) {
            loaded = await load();
            return await loaded.run(rest, io);
        }
        switch (command) {
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
    }
    catch (e) {
        if (isRunnerlintError(e)) {
            // A ConfigError holds several problems, one per line: each gets the prefix.
            io.stderr(`${e
                .format()
                .split("\n")
                .map((line) => `runnerlint: ${line}`)
                .join("\n")}\n`);
            if (e.code === "USAGE" && loaded)
                io.stderr(`\n${loaded.usage}`);
            if (debug && e.stack)
                io.stderr(e.stack + "\n");
            return 2;
        }
        io.stderr(`runnerlint: internal error: ${e?.message ?? String(e)}\n`);
        if (debug && e?.stack)
            io.stderr(e.stack + "\n");
        else
            io.stderr("(run with --debug for details, and please report it)\n");
        return 3;
    }
}
//# sourceMappingURL=main.js.map