// The rules reference, generated from the rules' # METADATA (dist/policy/rules.json) and the
// requirement catalogue: `runnerlint rules --format markdown`, docs/rules/README.md, and the
// generated parts of each docs/rules/<area>/<rule>.md (scripts/gen-docs.mjs; test/docs checks
// they are current).
//
// A rule's page has three parts. Between the markers, the header (id, title, severity,
// requirements, inputs, source, policy file) and the footer (Avoid and Prefer: the first bad and
// good example of the rule's examples.yaml, which the tests run; remediation, messages) are
// generated and rewritten by `npm run docs`. Between them, the body (why, what is checked, when
// the answer is unknown, references) is written by people and kept as it is. A new rule's page
// starts with a body made of its description and related resources.
import type { Catalogue, RuleMeta } from "../../engine/types.js";
import type { InputKind } from "../../model/vocabulary.js";

export interface DocsEngine {
  readonly rules: readonly (RuleMeta & { file?: string })[];
  readonly catalogue: Catalogue;
}

export const BEGIN = "<!-- generated:begin (npm run docs, from the rule's # METADATA: edit the .rego, not this block) -->";
export const END = "<!-- generated:end -->";

const INPUTS: Record<InputKind, string> = {
  network:
    "CloudFormation templates, `describe-security-groups` / `describe-vpcs` / `describe-network-acls` / `describe-firewall-policy` / `describe-rule-group` exports, `squid.conf`, `iptables-save` output",
  organization:
    "SCP and EC2 declarative policy files, `describe-policy` output, `AWS::Organizations::Policy` in CloudFormation, `org-audit` snapshots",
  proxy:
    "`.env` files, proxy settings in CloudFormation (ECS task environments, UserData, parameters), `--no-proxy` / `--https-proxy` / `--http-proxy`",
};

const RUNNERS: Record<string, string> = { standard: "Standard", enterprise: "Enterprise" };

function runnersText(runners: readonly string[] | undefined): string {
  if (!runners || runners.length === 0 || runners.length === 2) return "";
  return ` (${runners.map((r) => RUNNERS[r] ?? r).join(", ")} runner only)`;
}

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n+/g, " ");
}

function sourceText(engine: DocsEngine, source: RuleMeta["source"]): string {
  if (!source) return "—";
  const doc = engine.catalogue.documents?.[source.document];
  return `Gitpod, *${doc?.title ?? `document ${source.document}`}* — ${source.section}`;
}

/** The generated header of a rule's page. `depth`: how many folders below the repository root the page is. */
export function ruleHeader(rule: DocsEngine["rules"][number], engine: DocsEngine, depth = 3): string {
  const up = "../".repeat(depth);
  const reqs = rule.requirements.length
    ? rule.requirements
        .map(
          (id) =>
            `\`${id}\`${engine.catalogue.requirements[id] ? ` — ${engine.catalogue.requirements[id]!.title}${runnersText(engine.catalogue.requirements[id]!.runners)}` : ""}`,
        )
        .join("<br>")
    : "— (advisory: the rule judges no catalogue requirement)";
  const rows: [string, string][] = [
    ["Severity", `\`${rule.severity}\` (override per project: \`severity:\` in \`.runnerlint.yaml\`)`],
    [rule.requirements.length === 1 ? "Requirement" : "Requirements", reqs],
    ["Input", rule.kinds.map((k) => `${k} model: ${INPUTS[k] ?? k}`).join("<br>")],
    ["Source", sourceText(engine, rule.source)],
  ];
  if (rule.file) rows.push(["Policy", `[\`${rule.file}\`](${up}${rule.file})`]);
  if (rule.aliases.length) rows.push(["Former ids", rule.aliases.map((a) => `\`${a}\``).join(", ")]);
  return [`# ${rule.id}`, "", `**${rule.title}**`, "", "| | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)].join("\n");
}

/** One example of a rule's examples.yaml, as the docs show it. */
export interface DocExample {
  name: string;
  file: string;
  config?: string;
  input: string;
}

/** The code-fence language of an example's input, from its file name. */
function fence(file: string): string {
  if (/\.(ya?ml|template)$/i.test(file)) return "yaml";
  if (/\.json$/i.test(file)) return "json";
  if (/\.env$/i.test(file)) return "sh";
  return "text";
}

function exampleSection(title: string, e: DocExample): string[] {
  const out = [
    `## ${title}`,
    "",
    `${e.name} (\`${e.file}\`${e.config ? ", with the `.runnerlint.yaml` below" : ""}):`,
    "",
    "```" + fence(e.file),
    e.input.trimEnd(),
    "```",
  ];
  if (e.config) out.push("", "```yaml", `# .runnerlint.yaml`, e.config.trimEnd(), "```");
  return out;
}

/** The generated footer: the first bad and good examples, remediation and message templates. */
export function ruleFooter(rule: RuleMeta, examples: { bad: DocExample[]; good: DocExample[] } = { bad: [], good: [] }): string {
  const out: string[] = [];
  if (examples.bad[0]) out.push(...exampleSection("Avoid", examples.bad[0]), "");
  if (examples.good[0]) out.push(...exampleSection("Prefer", examples.good[0]), "");
  out.push("## Remediation", "", rule.remediation.trim());
  const messages = Object.entries(rule.messages);
  if (messages.length)
    out.push(
      "",
      "## Messages",
      "",
      "What runnerlint reports, by message id (`{name}` is filled in from the verdict):",
      "",
      ...messages.map(([id, m]) => `- \`${id}\`: ${m}`),
    );
  out.push(
    "",
    `To accept a finding of this rule, see [waivers](${"../".repeat(2)}waivers.md): \`# runnerlint:ignore ${rule.id} reason=...\`.`,
  );
  return out.join("\n");
}

/** The starting body of a page that does not exist yet (people own it from then on). */
export function initialBody(rule: RuleMeta): string {
  const out = ["## Why", "", rule.description.trim()];
  if (rule.relatedResources.length) out.push("", "## References", "", ...rule.relatedResources.map((r) => `- <${r}>`));
  return out.join("\n");
}

/** Sections generation owns, dropped from a hand-written body (Avoid and Prefer were once written by hand). */
const GENERATED_SECTIONS = /^\s*## (Remediation|Messages|Avoid\b.*|Prefer\b.*)\s*$/m;

function withoutGeneratedSections(body: string): string {
  return body
    .split(/\n(?=## )/)
    .filter((s) => !GENERATED_SECTIONS.test(s.split("\n").find((l) => l.trim()) ?? ""))
    .join("\n")
    .trim();
}

/**
 * The hand-written body of an existing page. With markers: what lies between the two generated
 * blocks. Without (a page written before generation): everything but the parts generation now
 * owns (the title lines, the first table, ## Avoid, ## Prefer, ## Remediation, ## Messages).
 */
export function handWrittenBody(existing: string): string {
  const parts = existing.split(BEGIN);
  if (parts.length === 3) {
    const afterHeader = parts[1]!.split(END)[1] ?? "";
    return withoutGeneratedSections(afterHeader);
  }
  const lines = existing.replace(/\r\n/g, "\n").split("\n");
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && !lines[i]!.trim()) i++;
  };
  skipBlank();
  if (lines[i]?.startsWith("# ")) i++;
  skipBlank();
  if (/^\*\*.*\*\*\s*$/.test(lines[i] ?? "")) i++;
  skipBlank();
  while (i < lines.length && lines[i]!.startsWith("|")) i++;
  return withoutGeneratedSections(lines.slice(i).join("\n"));
}

/** The whole page: generated header, the body, generated footer. */
export function rulePage(
  rule: DocsEngine["rules"][number],
  engine: DocsEngine,
  existing?: string,
  examples?: { bad: DocExample[]; good: DocExample[] },
): string {
  const body = existing === undefined ? initialBody(rule) : handWrittenBody(existing) || initialBody(rule);
  return `${BEGIN}\n${ruleHeader(rule, engine)}\n${END}\n\n${body}\n\n${BEGIN}\n${ruleFooter(rule, examples)}\n${END}\n`;
}

/** The generated blocks of a page, for the staleness check. */
export function generatedBlocks(page: string): string[] {
  return page
    .split(BEGIN)
    .slice(1)
    .map((p) => p.split(END)[0]!.trim());
}

/** The rules table: `runnerlint rules --format markdown` and docs/rules/README.md. */
export function rulesMarkdown(engine: DocsEngine, options: { linkBase?: string } = {}): string {
  const link = (id: string) => (options.linkBase !== undefined ? `[\`${id}\`](${options.linkBase}${id}.md)` : `\`${id}\``);
  const areas = [...new Set(engine.rules.map((r) => r.id.split("/")[0]!))].sort();
  const out: string[] = [];
  for (const area of areas) {
    out.push(`## ${area}`, "", "| Rule | Severity | Title | Requirements | Input |", "|---|---|---|---|---|");
    for (const r of engine.rules.filter((x) => x.id.split("/")[0] === area).sort((a, b) => a.id.localeCompare(b.id))) {
      out.push(
        `| ${link(r.id)} | ${r.severity} | ${cell(r.title)} | ${r.requirements.length ? r.requirements.map((q) => `\`${q}\``).join(", ") : "—"} | ${r.kinds.join(", ")} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}

/** docs/rules/README.md. */
export function rulesIndex(engine: DocsEngine): string {
  return [
    BEGIN,
    "# Rules",
    "",
    `${engine.rules.length} rules, generated from their \`# METADATA\` (\`npm run docs\`; \`test/docs\` fails when this is stale).`,
    "Each page's header and footer are generated; the text between them is written by hand and kept.",
    "The same table prints with `runnerlint rules --format markdown`, and `runnerlint explain <id>` shows one rule or requirement.",
    "",
    rulesMarkdown(engine, { linkBase: "" }).trim(),
    END,
    "",
  ].join("\n");
}
