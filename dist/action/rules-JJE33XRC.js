import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  VERSION
} from "./chunk-ISPFJHXW.js";
import {
  parseArgs
} from "./chunk-YFQMUYMY.js";
import {
  defaultEngine
} from "./chunk-HXJZ7RNY.js";
import "./chunk-BHJUSEQA.js";
import "./chunk-JY4JQPIG.js";

// dist/cli/commands/rule-docs.js
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\n+/g, " ");
}
function rulesMarkdown(engine, options = {}) {
  const link = (id) => options.linkBase !== void 0 ? `[\`${id}\`](${options.linkBase}${id}.md)` : `\`${id}\``;
  const areas = [...new Set(engine.rules.map((r) => r.id.split("/")[0]))].sort();
  const out = [];
  for (const area of areas) {
    out.push(`## ${area}`, "", "| Rule | Severity | Title | Requirements | Input |", "|---|---|---|---|---|");
    for (const r of engine.rules.filter((x) => x.id.split("/")[0] === area).sort((a, b) => a.id.localeCompare(b.id))) {
      out.push(`| ${link(r.id)} | ${r.severity} | ${cell(r.title)} | ${r.requirements.length ? r.requirements.map((q) => `\`${q}\``).join(", ") : "\u2014"} | ${r.kinds.join(", ")} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

// dist/cli/commands/rules.js
var RULES_USAGE = `Usage: runnerlint rules [--format text|json|markdown]

Lists every rule: id, default severity, title and the requirements it judges.
  --format json       the rules with all their metadata (messages, remediation, source, inputs)
  --format markdown   a table per area (the same as docs/rules/README.md)
`;
function runRules(argv, io) {
  const { flags } = parseArgs(argv, { format: { type: "string", choices: ["text", "json", "markdown"] }, help: { type: "boolean" } });
  if (flags.help) {
    io.stdout(RULES_USAGE);
    return 0;
  }
  const engine = defaultEngine();
  if (flags.format === "json") {
    io.stdout(JSON.stringify({ version: 1, tool: { name: "runnerlint", version: VERSION, catalogueVersion: engine.catalogue.version }, rules: engine.rules }, null, 2) + "\n");
    return 0;
  }
  if (flags.format === "markdown") {
    io.stdout(`# runnerlint rules

${rulesMarkdown(engine)}`);
    return 0;
  }
  const width = Math.max(0, ...engine.rules.map((r) => r.id.length));
  for (const r of engine.rules)
    io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}  [${r.requirements.join(", ")}]
`);
  return 0;
}
export {
  RULES_USAGE,
  runRules
};
