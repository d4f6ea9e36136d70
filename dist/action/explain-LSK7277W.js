import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-27L3LAZH.js";
import {
  parseArgs
} from "./chunk-YFQMUYMY.js";
import {
  defaultEngine,
  markerPorts,
  ruleFor,
  templateOf,
  unknownIdMessage
} from "./chunk-HXJZ7RNY.js";
import {
  RunnerlintError
} from "./chunk-BHJUSEQA.js";
import "./chunk-JY4JQPIG.js";

// dist/cli/commands/explain.js
var EXPLAIN_USAGE = `Usage: runnerlint explain <rule-or-requirement-id | scope> [--format text|json] [--catalogue VERSION] [--config FILE | --no-config]

Shows a rule (e.g. securitygroup/ssh-ingress) or a requirement (e.g. sg.ssh-ingress, aws.ec2, or a
user-declared one such as scm.github, with its hosts from the config); \`explain scope\`, how
runnerlint decides which resources are the runner's. A requirement is shown as every catalogue
version states it (oldest first; a version that states it as the one before says so), or as
--catalogue VERSION (latest, or a date) states it.
`;
function scopeText(engine) {
  const ports = markerPorts(engine.catalogue).map((m) => `${m.protocol.toUpperCase()} ${m.port}`);
  return [
    "Scope: runnerlint judges the runner's resources, not the repository.",
    "",
    "A security group is the runner's when (roleFrom):",
    "  config    securityGroupRoles in .runnerlint.yaml or --sg-role ID=environment|runner",
    "  tag       its runnerlint:role tag says environment or runner",
    "  compute   an ECS service or task set, an instance, a launch template or a launch configuration",
    "            tagged runnerlint:role environment|runner uses it (that role)",
    `  inferred  no group has the environment role, and an ingress rule of it opens ${ports.join(" or ")}`,
    "            through an explicit port range narrower than everything: taken for an environment group",
    "Role none (config, --sg-role, tag) takes a group out. A group is not the runner's merely because",
    "an environment group lets it in on 22999.",
    "",
    "Network-wide controls (network ACLs, Network Firewall, squid, iptables, proxy settings, SCPs and",
    "declarative policies) are judged unless they provably do not cover the runner: a network ACL",
    "whose VPC's blocks are known and none overlaps the runner's VPC (vpcCidrs, --vpc-cidr, else the",
    "VPCs of the runner's groups). Proxy settings in a template only where a proxy variable can be set.",
    "",
    "Out of scope means silent: no finding, no influence on a requirement's status, and a template",
    "with nothing of the runner's is neither expanded nor evaluated (listed once in the report's",
    "inputs). When groups were read but none is the runner's (or none the environments'), the run says",
    "so once; --fail-on-unknown fails on it. --scope all makes every group a candidate.",
    ""
  ].join("\n");
}
function describeSource(engine, s) {
  const doc = engine.catalogue.documents?.[s.document];
  return `${doc?.title ?? s.document}, section "${s.section}"${doc?.url ? ` (${doc.url})` : ""}`;
}
function destinationText(d) {
  const where = d.host ?? d.ip ?? d.cidr;
  const ports = Array.isArray(d.ports) ? d.ports.join(",") : "";
  const paths = Array.isArray(d.paths) ? ` paths ${d.paths.join(" ")}` : "";
  const region = d.gatewayRegion ? ` [gateway region ${d.gatewayRegion}]` : "";
  const direct = d.direct ? " [direct TCP, never through a proxy]" : "";
  return `${where} ${String(d.protocol ?? "").toUpperCase()} ${ports}${d.scheme ? ` (${d.scheme})` : ""}${paths}${region}${direct}`;
}
function ruleText(engine, rule) {
  const out = [`${rule.id} (${rule.severity}): ${rule.title}`, "", rule.description.trim(), ""];
  out.push(`Requirements: ${rule.requirements.length ? rule.requirements.map((id) => `${id}${engine.catalogue.requirements[id] ? ` (${engine.catalogue.requirements[id].title})` : ""}`).join(", ") : "none (advisory)"}`);
  out.push(`Inputs: ${rule.kinds.join(", ")}`);
  out.push(`Remediation: ${rule.remediation.trim()}`);
  if (rule.source)
    out.push(`Source: ${describeSource(engine, rule.source)}`);
  if (rule.aliases.length)
    out.push(`Former ids: ${rule.aliases.join(", ")}`);
  out.push(`Docs: docs/rules/${rule.id}.md`);
  const messages = Object.entries(rule.messages);
  if (messages.length)
    out.push("", "Messages:", ...messages.map(([id, m]) => `  ${id}: ${m}`));
  if (rule.relatedResources.length)
    out.push("", "References:", ...rule.relatedResources.map((r) => `  ${r}`));
  return out.join("\n") + "\n";
}
function requirementText(engine, req, id, declared) {
  const title = req.title.replace("<name>", id.split(".").slice(1).join("."));
  const out = [`${id}: ${title}`, "", (req.description ?? "").trim(), ""];
  out.push(`Runners: ${req.runners.join(", ")}${req.optional ? " (optional)" : ""}${req.feature ? `; feature: ${req.feature}` : ""}`);
  const r = req;
  if (id !== req.id)
    out.push(`Template: ${req.id} (user-declared)`);
  if (declared) {
    out.push(`Declared${declared.location ? ` in ${declared.location.file}:${declared.location.line}` : ""}:`, ...declared.destinations.map((d) => `  ${destinationText(d)}`));
  } else if (r.userDeclared) {
    out.push(`Each host you declare needs: ${destinationText({ host: "<host>", ...r.declaredDestination })} \u2014 declare hosts in .runnerlint.yaml (see docs/config.md).`);
  }
  if (r.destinations?.length)
    out.push("Destinations:", ...r.destinations.map((d) => `  ${destinationText(d)}`));
  if (r.noProxy)
    out.push(`NO_PROXY entry: ${r.noProxy.entry}`);
  if (r.securityGroup)
    out.push(`Security group: ${Object.entries(r.securityGroup).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : String(v)}`).join(" ")}`);
  if (r.ami)
    out.push(`AMI: ${Object.entries(r.ami).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : String(v)}`).join(" ")}`);
  for (const s of req.sources)
    out.push(`Source: ${describeSource(engine, s)}`);
  const rules = engine.rules.filter((x) => x.requirements.includes(req.id)).map((x) => x.id);
  out.push(`Judged by: ${rules.length ? rules.join(", ") : "(no rule yet)"}`);
  return out.join("\n") + "\n";
}
function runExplain(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    format: { type: "string", choices: ["text", "json"] },
    catalogue: { type: "string" },
    config: { type: "string" },
    "no-config": { type: "boolean" },
    help: { type: "boolean" }
  });
  if (flags.help) {
    io.stdout(EXPLAIN_USAGE);
    return 0;
  }
  const id = positionals[0];
  if (!id || positionals.length > 1)
    throw new RunnerlintError("USAGE", "explain needs one rule id or requirement id");
  const engine = defaultEngine(flags.catalogue);
  const json = flags.format === "json";
  if (id === "scope") {
    io.stdout(json ? JSON.stringify({
      scope: {
        markerPorts: markerPorts(engine.catalogue),
        roles: ["environment", "runner", "none"],
        roleFrom: ["config", "tag", "compute", "inferred", "scope-all"]
      }
    }, null, 2) + "\n" : scopeText(engine));
    return 0;
  }
  const rule = ruleFor(engine, id);
  if (rule) {
    io.stdout(json ? JSON.stringify({ rule }, null, 2) + "\n" : ruleText(engine, rule));
    return 0;
  }
  const direct = engine.catalogue.requirements[id] ?? Object.values(engine.catalogues.versions).find((c) => c.requirements[id])?.requirements[id];
  const template = direct ? void 0 : templateOf(engine, id);
  const req = direct ?? (template ? engine.catalogue.requirements[template] : void 0);
  if (!req)
    throw new RunnerlintError("USAGE", `${unknownIdMessage(engine, id)}; see \`runnerlint rules\``);
  let declared;
  if (template) {
    const config = loadConfig({
      engine,
      ...flags.config ? { configPath: flags.config } : {},
      ...flags["no-config"] ? { noConfig: true } : {}
    });
    const d = config.run.declared?.find((x) => x.id === id);
    if (d)
      declared = { destinations: d.destinations, ...d.location ? { location: d.location } : {} };
  }
  const versions = flags.catalogue ? [engine.catalogue] : Object.keys(engine.catalogues.versions).sort().map((v) => engine.catalogues.versions[v]);
  if (json) {
    io.stdout(JSON.stringify({
      requirement: { ...req, id, template: template ?? null, declared: declared ?? null },
      catalogue: engine.catalogue.version,
      versions: Object.fromEntries(versions.map((c) => [c.version, c.requirements[req.id] ?? null])),
      rules: engine.rules.filter((x) => x.requirements.includes(req.id)).map((x) => x.id)
    }, null, 2) + "\n");
    return 0;
  }
  if (versions.length === 1) {
    io.stdout(requirementText(engine, req, id, declared));
    return 0;
  }
  const blocks = [];
  let previous;
  for (const c of versions) {
    const r = c.requirements[req.id];
    const label = `\u2500\u2500 catalogue ${c.version}${c.version === engine.catalogues.default ? " (default)" : ""}${c.version === engine.catalogues.latest ? " (latest)" : ""}`;
    const same = r !== void 0 && JSON.stringify(r) === previous;
    blocks.push(same ? `${label}: as ${versions[versions.indexOf(c) - 1].version} states it
` : r ? `${label}
${requirementText({ rules: engine.rules, catalogue: c }, r, id, declared)}` : `${label}: not in this version
`);
    previous = r === void 0 ? void 0 : JSON.stringify(r);
  }
  io.stdout(blocks.join("\n"));
  return 0;
}
export {
  EXPLAIN_USAGE,
  runExplain
};
