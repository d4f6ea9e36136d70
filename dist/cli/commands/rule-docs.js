export const BEGIN = "<!-- generated:begin (npm run docs, from the rule's # METADATA: edit the .rego, not this block) -->";
export const END = "<!-- generated:end -->";
const INPUTS = {
    network: "CloudFormation templates, `describe-security-groups` / `describe-vpcs` / `describe-network-acls` / `describe-firewall-policy` / `describe-rule-group` exports, `squid.conf`, `iptables-save` output",
    organization: "SCP and EC2 declarative policy files, `describe-policy` output, `AWS::Organizations::Policy` in CloudFormation, `org-audit` snapshots",
    proxy: "`.env` files, proxy settings in CloudFormation (ECS task environments, UserData, parameters), `--no-proxy` / `--https-proxy` / `--http-proxy`",
};
const RUNNERS = { standard: "Standard", enterprise: "Enterprise" };
function runnersText(runners) {
    if (!runners || runners.length === 0 || runners.length === 2)
        return "";
    return ` (${runners.map((r) => RUNNERS[r] ?? r).join(", ")} runner only)`;
}
function cell(s) {
    return s.replace(/\|/g, "\\|").replace(/\n+/g, " ");
}
function sourceText(engine, source) {
    if (!source)
        return "—";
    const doc = engine.catalogue.documents?.[source.document];
    return `Gitpod, *${doc?.title ?? `document ${source.document}`}* — ${source.section}`;
}
/** The generated header of a rule's page. `depth`: how many folders below the repository root the page is. */
export function ruleHeader(rule, engine, depth = 3) {
    const up = "../".repeat(depth);
    const reqs = rule.requirements.length
        ? rule.requirements
            .map((id) => `\`${id}\`${engine.catalogue.requirements[id] ? ` — ${engine.catalogue.requirements[id].title}${runnersText(engine.catalogue.requirements[id].runners)}` : ""}`)
            .join("<br>")
        : "— (advisory: the rule judges no catalogue requirement)";
    const rows = [
        ["Severity", `\`${rule.severity}\` (override per project: \`severity:\` in \`.runnerlint.yaml\`)`],
        [rule.requirements.length === 1 ? "Requirement" : "Requirements", reqs],
        ["Input", rule.kinds.map((k) => `${k} model: ${INPUTS[k] ?? k}`).join("<br>")],
        ["Source", sourceText(engine, rule.source)],
    ];
    if (rule.file)
        rows.push(["Policy", `[\`${rule.file}\`](${up}${rule.file})`]);
    if (rule.aliases.length)
        rows.push(["Former ids", rule.aliases.map((a) => `\`${a}\``).join(", ")]);
    return [`# ${rule.id}`, "", `**${rule.title}**`, "", "| | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)].join("\n");
}
/** The code-fence language of an example's input, from its file name. */
function fence(file) {
    if (/\.(ya?ml|template)$/i.test(file))
        return "yaml";
    if (/\.json$/i.test(file))
        return "json";
    if (/\.env$/i.test(file))
        return "sh";
    return "text";
}
function exampleSection(title, e) {
    const out = [
        `## ${title}`,
        "",
        `${e.name} (\`${e.file}\`${e.config ? ", with the `.runnerlint.yaml` below" : ""}):`,
        "",
        "```" + fence(e.file),
        e.input.trimEnd(),
        "```",
    ];
    if (e.config)
        out.push("", "```yaml", `# .runnerlint.yaml`, e.config.trimEnd(), "```");
    return out;
}
/** The generated footer: the first bad and good examples, remediation and message templates. */
export function ruleFooter(rule, examples = { bad: [], good: [] }) {
    const out = [];
    if (examples.bad[0])
        out.push(...exampleSection("Avoid", examples.bad[0]), "");
    if (examples.good[0])
        out.push(...exampleSection("Prefer", examples.good[0]), "");
    out.push("## Remediation", "", rule.remediation.trim());
    const messages = Object.entries(rule.messages);
    if (messages.length)
        out.push("", "## Messages", "", "What runnerlint reports, by message id (`{name}` is filled in from the verdict):", "", ...messages.map(([id, m]) => `- \`${id}\`: ${m}`));
    out.push("", `To accept a finding of this rule, see [waivers](${"../".repeat(2)}waivers.md): \`# runnerlint:ignore ${rule.id} reason=...\`.`);
    return out.join("\n");
}
/** The starting body of a page that does not exist yet (people own it from then on). */
export function initialBody(rule) {
    const out = ["## Why", "", rule.description.trim()];
    if (rule.relatedResources.length)
        out.push("", "## References", "", ...rule.relatedResources.map((r) => `- <${r}>`));
    return out.join("\n");
}
/** Sections generation owns, dropped from a hand-written body (Avoid and Prefer were once written by hand). */
const GENERATED_SECTIONS = /^\s*## (Remediation|Messages|Avoid\b.*|Prefer\b.*)\s*$/m;
function withoutGeneratedSections(body) {
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
export function handWrittenBody(existing) {
    const parts = existing.split(BEGIN);
    if (parts.length === 3) {
        const afterHeader = parts[1].split(END)[1] ?? "";
        return withoutGeneratedSections(afterHeader);
    }
    const lines = existing.replace(/\r\n/g, "\n").split("\n");
    let i = 0;
    const skipBlank = () => {
        while (i < lines.length && !lines[i].trim())
            i++;
    };
    skipBlank();
    if (lines[i]?.startsWith("# "))
        i++;
    skipBlank();
    if (/^\*\*.*\*\*\s*$/.test(lines[i] ?? ""))
        i++;
    skipBlank();
    while (i < lines.length && lines[i].startsWith("|"))
        i++;
    return withoutGeneratedSections(lines.slice(i).join("\n"));
}
/** The whole page: generated header, the body, generated footer. */
export function rulePage(rule, engine, existing, examples) {
    const body = existing === undefined ? initialBody(rule) : handWrittenBody(existing) || initialBody(rule);
    return `${BEGIN}\n${ruleHeader(rule, engine)}\n${END}\n\n${body}\n\n${BEGIN}\n${ruleFooter(rule, examples)}\n${END}\n`;
}
/** The generated blocks of a page, for the staleness check. */
export function generatedBlocks(page) {
    return page
        .split(BEGIN)
        .slice(1)
        .map((p) => p.split(END)[0].trim());
}
/** The rules table: `runnerlint rules --format markdown` and docs/rules/README.md. */
export function rulesMarkdown(engine, options = {}) {
    const link = (id) => (options.linkBase !== undefined ? `[\`${id}\`](${options.linkBase}${id}.md)` : `\`${id}\``);
    const areas = [...new Set(engine.rules.map((r) => r.id.split("/")[0]))].sort();
    const out = [];
    for (const area of areas) {
        out.push(`## ${area}`, "", "| Rule | Severity | Title | Requirements | Input |", "|---|---|---|---|---|");
        for (const r of engine.rules.filter((x) => x.id.split("/")[0] === area).sort((a, b) => a.id.localeCompare(b.id))) {
            out.push(`| ${link(r.id)} | ${r.severity} | ${cell(r.title)} | ${r.requirements.length ? r.requirements.map((q) => `\`${q}\``).join(", ") : "—"} | ${r.kinds.join(", ")} |`);
        }
        out.push("");
    }
    return out.join("\n");
}
/** docs/rules/README.md. */
export function rulesIndex(engine) {
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
//# sourceMappingURL=rule-docs.js.map