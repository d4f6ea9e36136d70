import { parseArgs } from "../args.js";
import { defaultEngine } from "../../check.js";
import { RunnerlintError } from "../../errors.js";

export function runRules(argv: string[], io: { stdout: (s: string) => void }): number {
  const { flags } = parseArgs(argv, { format: { type: "string", choices: ["text", "json"] } });
  const engine = defaultEngine();
  if (flags.format === "json") {
    io.stdout(JSON.stringify({ rules: engine.rules }, null, 2) + "\n");
    return 0;
  }
  const width = Math.max(0, ...engine.rules.map((r) => r.id.length));
  for (const r of engine.rules) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}  [${r.requirements.join(", ")}]\n`);
  return 0;
}

export function runExplain(argv: string[], io: { stdout: (s: string) => void }): number {
  const { positionals } = parseArgs(argv, {});
  const id = positionals[0];
  if (!id) throw new RunnerlintError("USAGE", "explain needs a rule id or a requirement id");
  const engine = defaultEngine();
  const rule = engine.rules.find((r) => r.id === id || r.aliases.includes(id));
  if (rule) {
    io.stdout(`${rule.id} (${rule.severity}): ${rule.title}\n\n${rule.description.trim()}\n\nRequirements: ${rule.requirements.join(", ")}\nRemediation: ${rule.remediation}\n`);
    if (rule.source) io.stdout(`Source: ${describeSource(engine, rule.source)}\n`);
    return 0;
  }
  const req = engine.catalogue.requirements[id];
  if (req) {
    io.stdout(`${req.id}: ${req.title}\n\n${(req.description ?? "").trim()}\n\nRunners: ${req.runners.join(", ")}\n`);
    for (const s of req.sources) io.stdout(`Source: ${describeSource(engine, s)}\n`);
    const rules = engine.rules.filter((r) => r.requirements.includes(id)).map((r) => r.id);
    io.stdout(`Judged by: ${rules.length ? rules.join(", ") : "(no rule yet)"}\n`);
    return 0;
  }
  throw new RunnerlintError("USAGE", `no rule or requirement "${id}" (see \`runnerlint rules\`)`);
}

function describeSource(engine: ReturnType<typeof defaultEngine>, s: { document: string; section: string }): string {
  const doc = engine.catalogue.documents?.[s.document];
  return `${doc?.title ?? s.document}, section "${s.section}"${doc?.url ? ` (${doc.url})` : ""}`;
}
