import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  writeAtomic
} from "./chunk-JAZQYMZJ.js";
import {
  VERSION
} from "./chunk-ISPFJHXW.js";
import {
  loadConfig
} from "./chunk-27L3LAZH.js";
import {
  parseArgs
} from "./chunk-YFQMUYMY.js";
import {
  defaultEngine
} from "./chunk-HXJZ7RNY.js";
import {
  RunnerlintError
} from "./chunk-BHJUSEQA.js";
import "./chunk-JY4JQPIG.js";

// dist/requirements-gen/applicable.js
function featureOn(feature, o) {
  switch (feature ?? null) {
    case null:
      return true;
    case "vscode":
    case "jetbrains":
      return (o.ides ?? ["vscode", "jetbrains"]).includes(feature);
    case "logs":
      return o.features?.logs === true;
    case "proxy":
      return true;
    default:
      return false;
  }
}
function fill(s, o) {
  let out = s;
  if (o.region)
    out = out.replace(/<region>/g, o.region);
  if (o.accountId)
    out = out.replace(/<account-id>/g, o.accountId);
  return out;
}
function concrete(r, o) {
  const x = r;
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    ...x.category ? { category: x.category } : {},
    optional: r.optional === true,
    feature: r.feature ?? null,
    declared: false,
    linkLocal: x.linkLocal === true,
    destinations: (x.destinations ?? []).filter((d) => inRegion(d, o)).map(({ host, ip, cidr, protocol, ports, scheme, paths, gatewayRegion, direct }) => ({
      ...host ? { host: fill(host, o) } : {},
      ...ip ? { ip } : {},
      ...cidr ? { cidr } : {},
      protocol,
      ports: [...ports],
      ...scheme ? { scheme } : {},
      ...paths ? { paths: [...paths] } : {},
      ...gatewayRegion ? { gatewayRegion } : {},
      ...direct ? { direct } : {}
    })),
    ...x.noProxy ? { noProxy: x.noProxy } : {},
    ...x.securityGroup ? { securityGroup: x.securityGroup } : {},
    ...x.ami ? { ami: x.ami } : {},
    sources: r.sources
  };
}
function inRegion(d, o) {
  return !d.gatewayRegion || !o.gatewayRegions || o.gatewayRegions.includes(d.gatewayRegion);
}
function fromDeclared(d, catalogue) {
  const t = catalogue.requirements[d.template];
  return {
    id: d.id,
    title: d.title,
    kind: t?.kind ?? "egress",
    optional: d.optional,
    feature: d.feature,
    declared: true,
    linkLocal: false,
    destinations: d.destinations.map(({ host, ip, protocol, ports, scheme, paths }) => ({
      ...host ? { host } : {},
      ...ip ? { ip } : {},
      protocol,
      ports: [...ports],
      ...scheme ? { scheme } : {},
      ...paths ? { paths: [...paths] } : {}
    })),
    sources: t?.sources ?? []
  };
}
function applicableRequirements(catalogue, o) {
  const out = [];
  for (const r of Object.values(catalogue.requirements)) {
    if (!r.runners.includes(o.runner))
      continue;
    if (r.userDeclared === true) {
      for (const d of o.declared ?? [])
        if (d.template === r.id)
          out.push(fromDeclared(d, catalogue));
      continue;
    }
    if (!featureOn(r.feature, o))
      continue;
    out.push(concrete(r, o));
  }
  return out;
}

// dist/requirements-gen/artifacts.js
var REQUIREMENT_FORMATS = [
  "json",
  "markdown",
  "no-proxy",
  "security-group",
  "scp",
  "squid",
  "network-firewall",
  "network-firewall-cfn"
];
var PENDING_FORMATS = [];
function generate(format, catalogue, o) {
  const reqs = applicableRequirements(catalogue, o);
  switch (format) {
    case "json":
      return JSON.stringify(toJson(reqs, catalogue, o), null, 2) + "\n";
    case "markdown":
      return toMarkdown(reqs, catalogue, o);
    case "no-proxy":
      return noProxy(reqs, o) + "\n";
    case "security-group":
      return securityGroups(reqs, catalogue, o);
    case "scp":
      return JSON.stringify(scp(reqs), null, 2) + "\n";
    case "squid":
      return squid(reqs, catalogue, o);
    case "network-firewall":
      return JSON.stringify(networkFirewall(reqs, o), null, 2) + "\n";
    case "network-firewall-cfn":
      return JSON.stringify(networkFirewallTemplate(reqs, o), null, 2) + "\n";
  }
}
function domainsByPort(reqs, o, format) {
  if (!o.region)
    throw new RunnerlintError("USAGE", `--format ${format} needs --region: the AWS endpoints are regional`);
  const byPort = /* @__PURE__ */ new Map();
  for (const r of reqs) {
    if (r.kind !== "egress" && r.kind !== "aws-api" || r.linkLocal)
      continue;
    for (const d of r.destinations) {
      if (!d.host || d.protocol !== "tcp")
        continue;
      const host = d.host.replace(/^<account-id>\./, ".").replace(/^\*\./, ".");
      for (const port of d.ports) {
        const set = byPort.get(port) ?? /* @__PURE__ */ new Set();
        set.add(host);
        byPort.set(port, set);
      }
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [port, set] of [...byPort.entries()].sort((a, b) => a[0] - b[0])) {
    const all = [...set];
    const kept = all.filter((h) => !all.some((p) => p !== h && p.startsWith(".") && (h === p.slice(1) || h.endsWith(p))));
    out.set(port, kept.sort());
  }
  return out;
}
function squid(reqs, catalogue, o) {
  const byPort = domainsByPort(reqs, o, "squid");
  const out = [
    `# Egress allowlist for a Gitpod ${o.runner === "enterprise" ? "Enterprise" : "Standard"} runner in ${o.region}, generated by runnerlint ${VERSION}`,
    `# from the requirement catalogue of ${catalogue.version} (runnerlint requirements --format squid).`,
    `# Put these lines before any other http_access line of your squid.conf.`,
    ``
  ];
  for (const [port, hosts] of byPort) {
    out.push(`acl runnerlint_port_${port} port ${port}`);
    for (const h of hosts)
      out.push(`acl runnerlint_hosts_${port} dstdomain ${h}`);
  }
  out.push(``);
  for (const port of byPort.keys())
    out.push(`http_access allow runnerlint_hosts_${port} runnerlint_port_${port}`);
  out.push(`http_access deny all`);
  return out.join("\n") + "\n";
}
function networkFirewallTemplate(reqs, o) {
  const [group, policy] = networkFirewall(reqs, o);
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: group.RuleGroupResponse.Description,
    Resources: {
      GitpodRunnerEgressRuleGroup: {
        Type: "AWS::NetworkFirewall::RuleGroup",
        Properties: {
          RuleGroupName: group.RuleGroupResponse.RuleGroupName,
          Type: group.RuleGroupResponse.Type,
          Capacity: group.RuleGroupResponse.Capacity,
          RuleGroup: group.RuleGroup
        }
      },
      GitpodRunnerFirewallPolicy: {
        Type: "AWS::NetworkFirewall::FirewallPolicy",
        Properties: {
          FirewallPolicyName: policy.FirewallPolicyResponse.FirewallPolicyName,
          FirewallPolicy: {
            ...policy.FirewallPolicy,
            StatefulRuleGroupReferences: [{ ResourceArn: { Ref: "GitpodRunnerEgressRuleGroup" } }]
          }
        }
      }
    }
  };
}
function networkFirewall(reqs, o) {
  const byPort = domainsByPort(reqs, o, "network-firewall");
  const targets = [...new Set([...byPort.values()].flat())].sort();
  const account = o.accountId ?? "111122223333";
  const groupArn = `arn:aws:network-firewall:${o.region}:${account}:stateful-rulegroup/gitpod-runner-egress`;
  const policyArn = `arn:aws:network-firewall:${o.region}:${account}:firewall-policy/gitpod-runner`;
  return [
    {
      RuleGroupResponse: {
        RuleGroupArn: groupArn,
        RuleGroupName: "gitpod-runner-egress",
        Type: "STATEFUL",
        Capacity: Math.max(100, targets.length * 2),
        Description: `Gitpod ${o.runner} runner egress allowlist, generated by runnerlint ${VERSION}`
      },
      RuleGroup: {
        RulesSource: {
          RulesSourceList: { Targets: targets, TargetTypes: ["TLS_SNI", "HTTP_HOST"], GeneratedRulesType: "ALLOWLIST" }
        }
      }
    },
    {
      FirewallPolicyResponse: { FirewallPolicyArn: policyArn, FirewallPolicyName: "gitpod-runner" },
      FirewallPolicy: {
        StatelessDefaultActions: ["aws:forward_to_sfe"],
        StatelessFragmentDefaultActions: ["aws:forward_to_sfe"],
        StatefulRuleGroupReferences: [{ ResourceArn: groupArn }]
      }
    }
  ];
}
function toJson(reqs, catalogue, o) {
  return {
    version: 1,
    tool: { name: "runnerlint", version: VERSION, catalogueVersion: catalogue.version },
    runner: o.runner,
    region: o.region ?? null,
    accountId: o.accountId ?? null,
    requirements: reqs
  };
}
function dest(d) {
  return `${d.host ?? d.ip ?? d.cidr}`;
}
function toMarkdown(reqs, catalogue, o) {
  const out = [
    `# Gitpod ${o.runner === "enterprise" ? "Enterprise" : "Standard"} runner: requirements${o.region ? ` in ${o.region}` : ""}`,
    "",
    `Generated by runnerlint ${VERSION} from the requirement catalogue of ${catalogue.version}.${o.region ? "" : " Pass --region to fill in `<region>`."}${o.accountId ? "" : " Pass --account-id to fill in `<account-id>`."}`,
    "",
    "## Outbound",
    "",
    "| Requirement | Destination | Protocol | Ports | Source |",
    "|---|---|---|---|---|"
  ];
  const docs = catalogue.documents ?? {};
  const src = (r) => r.sources.map((s) => `${docs[s.document]?.title ?? s.document} \u2014 ${s.section}`).join("; ");
  for (const r of reqs.filter((x) => x.destinations.length)) {
    for (const d of r.destinations) {
      out.push(`| \`${r.id}\`${r.optional ? " (optional)" : ""}${r.declared ? " (declared)" : ""} | \`${dest(d)}\`${d.paths ? ` (${d.paths.length} paths)` : ""} | ${d.protocol.toUpperCase()}${d.scheme ? ` (${d.scheme})` : ""} | ${d.ports.join(", ")} | ${src(r)} |`);
    }
  }
  const np = reqs.filter((r) => r.noProxy);
  if (np.length)
    out.push("", "## NO_PROXY (behind a proxy)", "", "| Requirement | Entry |", "|---|---|", ...np.map((r) => `| \`${r.id}\` | \`${r.noProxy.entry}\` |`));
  const sg = reqs.filter((r) => r.securityGroup);
  if (sg.length)
    out.push("", "## Security groups", "", "| Requirement | What |", "|---|---|", ...sg.map((r) => `| \`${r.id}\` | ${r.title} |`));
  const ami = reqs.filter((r) => r.ami);
  if (ami.length)
    out.push("", "## AMIs", "", "| Requirement | What |", "|---|---|", ...ami.map((r) => `| \`${r.id}\` | ${r.title} |`));
  return out.join("\n") + "\n";
}
function noProxy(reqs, o) {
  const np = reqs.filter((r) => r.noProxy);
  if (!np.length)
    throw new RunnerlintError("USAGE", `NO_PROXY requirements apply to Enterprise runners behind a proxy, not to a ${o.runner} runner (use --runner enterprise)`);
  const entries = [];
  for (const r of np) {
    entries.push(r.noProxy.entry);
    const samples = r.noProxy.covers.samples;
    for (const s of samples ?? [])
      entries.push(s);
  }
  return [...new Set(entries)].join(",");
}
var yamlStr = (s) => JSON.stringify(s);
function idList(ids, max = 255) {
  let out = "";
  for (let i = 0; i < ids.length; i++) {
    const next = out ? `${out}, ${ids[i]}` : ids[i];
    const rest = ids.length - i - 1;
    if (next.length + (rest ? `, +${rest} more`.length : 0) > max)
      return `${out}, +${ids.length - i} more`;
    out = next;
  }
  return out;
}
function securityGroups(reqs, catalogue, o) {
  const byId = new Map(reqs.map((r) => [r.id, r]));
  const ssh = byId.get("sg.ssh-ingress")?.securityGroup;
  const runner = byId.get("sg.runner-ingress")?.securityGroup;
  const flows = /* @__PURE__ */ new Map();
  for (const r of reqs) {
    if (r.kind !== "egress" && r.kind !== "aws-api" || r.linkLocal)
      continue;
    for (const d of r.destinations) {
      if (d.ip?.startsWith("169.254."))
        continue;
      for (const port of d.ports) {
        const k = `${d.protocol}/${port}`;
        const f = flows.get(k) ?? { protocol: d.protocol, port, ips: /* @__PURE__ */ new Set(), anyHost: false, ids: /* @__PURE__ */ new Set() };
        if (d.host || d.cidr)
          f.anyHost = true;
        if (d.ip)
          f.ips.add(d.ip);
        f.ids.add(r.id);
        flows.set(k, f);
      }
    }
  }
  const egress = [];
  for (const f of [...flows.values()].sort((a, b) => a.protocol.localeCompare(b.protocol) || a.port - b.port)) {
    const targets = f.anyHost ? ["0.0.0.0/0"] : [...f.ips].sort().map((ip) => `${ip}/32`);
    for (const cidr of targets) {
      egress.push(`        - Description: ${yamlStr(idList([...f.ids]))}`, `          IpProtocol: ${f.protocol}`, `          FromPort: ${f.port}`, `          ToPort: ${f.port}`, `          CidrIp: ${cidr}`);
    }
  }
  const kind = o.runner === "enterprise" ? "Enterprise" : "Standard";
  const out = [
    `AWSTemplateFormatVersion: "2010-09-09"`,
    `Description: >-`,
    `  Security groups for a Gitpod ${kind} runner, generated by runnerlint ${VERSION} from the requirement`,
    `  catalogue of ${catalogue.version} (runnerlint requirements --runner ${o.runner} --format security-group).`,
    ``,
    `Parameters:`,
    `  VpcId:`,
    `    Type: AWS::EC2::VPC::Id`,
    `    Description: The runner's VPC.`
  ];
  if (ssh) {
    out.push(`  UsersCidr:`, `    Type: String`, `    Description: Your users' IP range for SSH to environments (VPN or office egress); avoid 0.0.0.0/0 in production.`, `    AllowedPattern: '^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$'`, ...o.usersCidr ? [`    Default: ${o.usersCidr}`] : []);
  }
  out.push(``, `Resources:`);
  if (runner) {
    out.push(`  RunnerSecurityGroup:`, `    Type: AWS::EC2::SecurityGroup`, `    Properties:`, `      GroupDescription: Gitpod runner service`, `      VpcId: !Ref VpcId`, `      Tags:`, `        - Key: runnerlint:role`, `          Value: runner`, ``);
  }
  out.push(`  EnvironmentSecurityGroup:`, `    Type: AWS::EC2::SecurityGroup`, `    Properties:`, `      GroupDescription: Gitpod environments`, `      VpcId: !Ref VpcId`);
  if (ssh || runner) {
    out.push(`      SecurityGroupIngress:`);
    for (const port of ssh?.ports ?? [])
      out.push(`        - Description: "sg.ssh-ingress: SSH from users"`, `          IpProtocol: ${ssh.protocol}`, `          FromPort: ${port}`, `          ToPort: ${port}`, `          CidrIp: !Ref UsersCidr`);
    for (const port of runner?.ports ?? []) {
      out.push(`        - Description: "sg.runner-ingress: runner to environments"`, `          IpProtocol: ${runner.protocol}`, `          FromPort: ${port}`, `          ToPort: ${port}`, `          SourceSecurityGroupId: !GetAtt RunnerSecurityGroup.GroupId`);
    }
  }
  if (egress.length)
    out.push(`      SecurityGroupEgress:`, ...egress);
  out.push(`      Tags:`, `        - Key: runnerlint:role`, `          Value: environment`, ``, `Outputs:`, `  EnvironmentSecurityGroupId:`, `    Value: !GetAtt EnvironmentSecurityGroup.GroupId`);
  if (runner)
    out.push(`  RunnerSecurityGroupId:`, `    Value: !GetAtt RunnerSecurityGroup.GroupId`);
  return out.join("\n") + "\n";
}
function scp(reqs) {
  const owners = [];
  for (const r of reqs) {
    const a = r.ami;
    if (a?.owner)
      owners.push(a.owner);
    if (a?.ownerAlias)
      owners.push(a.ownerAlias);
  }
  if (!owners.length)
    throw new RunnerlintError("USAGE", "the catalogue names no AMI owner");
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AllowOnlyGitpodRunnerAmiOwners",
        Effect: "Deny",
        Action: "ec2:RunInstances",
        Resource: "arn:aws:ec2:*::image/*",
        Condition: { StringNotEquals: { "ec2:Owner": [...new Set(owners)].sort() } }
      }
    ]
  };
}

// dist/cli/commands/requirements.js
var REQUIREMENTS_USAGE = `Usage: runnerlint requirements [--runner standard|enterprise] [--region REGION] [--format FORMAT]

Prints what a Gitpod runner needs, or an artifact that provides it:
  --format json             the applicable requirements, with concrete hosts and ports (default)
  --format markdown         the allowlist as tables (for a change request or a wiki)
  --format no-proxy         the NO_PROXY value for an Enterprise runner behind a proxy
  --format security-group   the runner's security groups as a CloudFormation template
  --format scp              an SCP that lets EC2 launch only the AMI owners the runner needs
  --format squid            squid.conf acl and http_access lines (needs --region)
  --format network-firewall an AWS Network Firewall policy and domain-allowlist rule group, as
                            describe-firewall-policy / describe-rule-group JSON (needs --region)
  --format network-firewall-cfn  the same as a CloudFormation template (AWS::NetworkFirewall::RuleGroup
                            and FirewallPolicy; needs --region)
Options:
  --runner standard|enterprise   runner kind (default: standard, or the config's)
  --catalogue VERSION            requirement catalogue version: latest or a date (default: the seed
                                 version, or the config's catalogue)
  --gateway-region R             a gateway region the runner may pick (repeatable; default: all)
  --list-catalogues              list the catalogue versions (json: with --format json)
  --region REGION                fills in <region> in AWS endpoints
  --account-id ID                fills in <account-id> (the ECR registry)
  --users-cidr CIDR              security-group: the users' range for SSH (the UsersCidr default)
  --output FILE                  write to FILE instead of stdout
  --config FILE | --no-config    the config (IDEs, features, declared SCM/SSO/registry hosts)

Every artifact is checked by runnerlint's own rules in its test suite (round trip).
`;
function runRequirements(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    runner: { type: "string", choices: ["standard", "enterprise"] },
    catalogue: { type: "string" },
    "gateway-region": { type: "list" },
    "list-catalogues": { type: "boolean" },
    region: { type: "string" },
    "account-id": { type: "string" },
    "users-cidr": { type: "string" },
    format: { type: "string" },
    output: { type: "string" },
    config: { type: "string" },
    "no-config": { type: "boolean" },
    help: { type: "boolean" }
  });
  if (flags.help) {
    io.stdout(REQUIREMENTS_USAGE);
    return 0;
  }
  if (positionals.length)
    throw new RunnerlintError("USAGE", `requirements takes no file (got "${positionals[0]}")`);
  const format = flags.format ?? "json";
  if (flags["list-catalogues"]) {
    io.stdout(catalogueList(defaultEngine().catalogues, format));
    return 0;
  }
  if (PENDING_FORMATS.includes(format)) {
    throw new RunnerlintError("USAGE", `--format ${format} is not available yet: it ships with runnerlint's ${format} input loader, so that the generated configuration can be checked by runnerlint itself`);
  }
  if (!REQUIREMENT_FORMATS.includes(format))
    throw new RunnerlintError("USAGE", `--format must be one of ${REQUIREMENT_FORMATS.join(", ")} (got "${format}")`);
  const usersCidr = flags["users-cidr"];
  if (usersCidr !== void 0 && !/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(usersCidr))
    throw new RunnerlintError("USAGE", "--users-cidr must be an IPv4 CIDR block, e.g. 198.51.100.0/24");
  const layer = {};
  const names = {};
  if (flags.runner)
    layer.runner = flags.runner, names["/runner"] = "--runner";
  if (flags.region)
    layer.region = flags.region, names["/region"] = "--region";
  if (flags["account-id"])
    layer.accountId = flags["account-id"], names["/accountId"] = "--account-id";
  if (flags.catalogue)
    layer.catalogue = flags.catalogue, names["/catalogue"] = "--catalogue";
  const regions = flags["gateway-region"];
  if (regions?.length)
    layer.gatewayRegions = regions, names["/gatewayRegions"] = "--gateway-region";
  const config = loadConfig({
    engine: defaultEngine,
    flags: layer,
    flagNames: names,
    ...flags.config ? { configPath: flags.config } : {},
    ...flags["no-config"] ? { noConfig: true } : {}
  });
  const engine = defaultEngine(config.catalogue);
  const text = generate(format, engine.catalogue, { ...config.run, ...usersCidr ? { usersCidr } : {} });
  if (flags.output) {
    try {
      writeAtomic(flags.output, text);
    } catch (e) {
      throw new RunnerlintError("USAGE", `cannot write --output ${flags.output} (${e.code ?? e.message})`);
    }
  } else
    io.stdout(text);
  return 0;
}
function catalogueList(catalogues, format) {
  const versions = Object.values(catalogues.versions).map((c) => ({
    version: c.version,
    default: c.version === catalogues.default,
    latest: c.version === catalogues.latest,
    ...c.base ? { base: c.base } : {},
    ...c.gatewayRegions ? { gatewayRegions: c.gatewayRegions } : {},
    documents: Object.entries(c.documents ?? {}).map(([key, d]) => ({ key, title: d.title, url: d.url }))
  }));
  if (format === "json")
    return JSON.stringify({ default: catalogues.default, latest: catalogues.latest, versions }, null, 2) + "\n";
  return versions.map((v) => [
    `${v.version}${v.default ? " (default)" : ""}${v.latest ? " (latest)" : ""}${v.base ? `, changes ${v.base}` : ""}${v.gatewayRegions ? `; gateway regions ${v.gatewayRegions.join(", ")}` : ""}`,
    ...v.documents.map((d) => `  ${d.key}  ${d.title}  ${d.url ?? ""}`)
  ].join("\n")).join("\n") + "\n";
}
export {
  REQUIREMENTS_USAGE,
  runRequirements
};
