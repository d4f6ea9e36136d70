// `runnerlint rules [--format text|json|markdown]`: the rule catalogue, from the rules' # METADATA.
import { parseArgs } from "../args.js";
import { defaultEngine } from "../../check.js";
import { VERSION } from "../../version.js";
import { rulesMarkdown } from "./rule-docs.js";

export const RULES_USAGE = `Usage: runnerlint rules [--format text|json|markdown]

Lists every rule: id, default severity, title and the requirements it judges.
  --format json       the rules with all their metadata (messages, remediation, source, inputs)
  --format markdown   a table per area (the same as docs/rules/README.md)
`;

export function runRules(argv: string[], io: { stdout: (s: string) => void }): number {
  const { flags } = parseArgs(argv, { format: { type: "string", choices: ["text", "json", "markdown"] }, help: { type: "boolean" } });
  if (flags.help) {
    io.stdout(RULES_USAGE);
    return 0;
  }
  const engine = defaultEngine();
  if (flags.format === "json") {
    io.stdout(
      JSON.stringify(
        { version: 1, tool: { name: "runnerlint", version: VERSION, catalogueVersion: engine.catalogue.version }, rules: engine.rules },
        null,
        2,
      ) + "\n",
    );
    return 0;
  }
  if (flags.format === "markdown") {
    io.stdout(`# runnerlint rules\n\n${rulesMarkdown(engine)}`);
    return 0;
  }
  const width = Math.max(0, ...engine.rules.map((r) => r.id.length));
  for (const r of engine.rules) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}  [${r.requirements.join(", ")}]\n`);
  return 0;
}
