// Deterministic generator of realistic CloudFormation templates for the benchmarks: a runner VPC
// with subnets and route tables, security groups with many rules (inline and standalone), Network
// Firewall rule groups and a firewall policy, parameters with AllowedValues and the conditions
// that read them (one of them changes the network, so runnerlint judges two scenarios), and
// templates of AWS::Organizations::Policy SCPs. The same seed always gives the same bytes.
//   node bench/generate.mjs <dir> [--files N] [--resources N] [--seed S]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Document } from "yaml";

/** mulberry32: a small, fast, seedable PRNG (deterministic across platforms). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}

const DOMAINS = [
  ".gitpod.io",
  ".gitpod.dev",
  ".amazonaws.com",
  ".github.com",
  ".githubusercontent.com",
  ".docker.io",
  ".jetbrains.com",
  ".visualstudio.com",
  ".vscode-cdn.net",
  ".npmjs.org",
  ".pypi.org",
  ".golang.org",
];
const APP_PORTS = [80, 443, 5432, 3306, 6379, 8080, 8443, 9000, 9200, 27017, 2049, 11211, 5672, 15672, 8500];

/** An intrinsic in long form (JSON) or short form (YAML). */
function fn(yaml, name, arg) {
  if (!yaml) return { [name === "Ref" ? "Ref" : `Fn::${name}`]: arg };
  return { __tag: `!${name}`, __arg: arg };
}

/** Replaces {__tag, __arg} markers with YAML nodes carrying the tag. */
function toYaml(data) {
  const doc = new Document();
  const build = (v) => {
    if (Array.isArray(v)) {
      const seq = doc.createNode([]);
      for (const x of v) seq.items.push(build(x));
      return seq;
    }
    if (v && typeof v === "object") {
      if ("__tag" in v) {
        const node = build(v.__arg);
        node.tag = v.__tag;
        if (!Array.isArray(v.__arg) && typeof v.__arg !== "object") node.type = "PLAIN";
        if (Array.isArray(v.__arg)) node.flow = v.__arg.every((x) => typeof x !== "object" || x === null || "__tag" in x);
        return node;
      }
      const map = doc.createNode({});
      for (const [k, x] of Object.entries(v)) map.items.push(doc.createPair(k, build(x)));
      return map;
    }
    return doc.createNode(v);
  };
  doc.contents = build(data);
  // Quoted: YAML 1.1 parsers (cfn-lint's, Checkov's) would read a bare 2010-09-09 as a date.
  return doc.toString({ lineWidth: 0 }).replace(/^AWSTemplateFormatVersion: (\S+)$/m, 'AWSTemplateFormatVersion: "$1"');
}

function sgRule(yaml, { port, cidr, group, description, udp }) {
  const rule = { IpProtocol: udp ? "udp" : "tcp", FromPort: port, ToPort: port };
  if (group) rule.SourceSecurityGroupId = fn(yaml, "Ref", group);
  else rule.CidrIp = cidr;
  if (description) rule.Description = description;
  return rule;
}

function randomCidr(r) {
  return r.pick([
    `10.${r.int(0, 255)}.${r.int(0, 255)}.0/24`,
    `172.${r.int(16, 31)}.0.0/16`,
    `192.168.${r.int(0, 255)}.0/24`,
    `198.51.100.${r.int(0, 15) * 16}/28`,
  ]);
}

/**
 * A network template with about `count` resources. `yaml` chooses short-form YAML or JSON.
 * `exposed` opens the runner port to the world in some files (non-compliant, as corpora have).
 */
/**
 * `variant` sets how many condition scenarios runnerlint judges: 6 (Stage and ExposeHealthcheck
 * both have AllowedValues; Stage shows in tags, so every combination is its own network model),
 * 2 (only ExposeHealthcheck varies: it adds a rule) or 1 (Defaults only).
 */
export function networkTemplate(seed, count, { yaml = true, variant = 2 } = {}) {
  const r = rng(seed);
  const stack = `runner-${seed.toString(36)}`;
  const resources = {};
  const tags = (role) => [
    { Key: "Name", Value: fn(yaml, "Sub", `\${AWS::StackName}-${role}`) },
    { Key: "Stage", Value: fn(yaml, "Ref", "Stage") },
    ...(role === "environment" || role === "runner" ? [{ Key: "runnerlint:role", Value: role }] : []),
  ];
  const add = (id, res) => {
    if (Object.keys(resources).length < count) resources[id] = res;
  };
  const second = r.int(0, 255);
  add("RunnerVpc", {
    Type: "AWS::EC2::VPC",
    Properties: {
      CidrBlock: `10.${second}.0.0/16`,
      EnableDnsHostnames: true,
      EnableDnsSupport: true,
      InstanceTenancy: fn(yaml, "If", ["IsProd", "default", "default"]),
      Tags: tags("vpc"),
    },
  });
  add("EnvironmentSecurityGroup", {
    Type: "AWS::EC2::SecurityGroup",
    Properties: {
      GroupDescription: "Gitpod environments",
      VpcId: fn(yaml, "Ref", "RunnerVpc"),
      SecurityGroupIngress: [
        sgRule(yaml, { port: 29222, cidr: fn(yaml, "Ref", "OfficeCidr"), description: "SSH from users" }),
        sgRule(yaml, { port: 22999, cidr: fn(yaml, "GetAtt", "RunnerVpc.CidrBlock"), description: "runner to environments" }),
        fn(yaml, "If", [
          "HealthcheckOpen",
          { IpProtocol: "tcp", FromPort: 9090, ToPort: 9090, CidrIp: "0.0.0.0/0" },
          fn(yaml, "Ref", "AWS::NoValue"),
        ]),
        ...(r.chance(0.15) ? [{ IpProtocol: "tcp", FromPort: 22999, ToPort: 22999, CidrIp: "0.0.0.0/0" }] : []),
      ],
      Tags: tags("environment"),
    },
  });
  add("RunnerSecurityGroup", {
    Type: "AWS::EC2::SecurityGroup",
    Properties: {
      GroupDescription: "Gitpod runner",
      VpcId: fn(yaml, "Ref", "RunnerVpc"),
      SecurityGroupEgress: [
        { IpProtocol: "tcp", FromPort: 443, ToPort: 443, CidrIp: "0.0.0.0/0", Description: "HTTPS" },
        { IpProtocol: "udp", FromPort: 4242, ToPort: 4242, CidrIp: "0.0.0.0/0", Description: "gateway" },
        { IpProtocol: "tcp", FromPort: 22999, ToPort: 22999, CidrIp: fn(yaml, "GetAtt", "RunnerVpc.CidrBlock") },
      ],
      Tags: tags("runner"),
    },
  });
  let i = 0;
  while (Object.keys(resources).length < count) {
    i++;
    const kind = r.next();
    if (kind < 0.2) {
      add(`Subnet${i}`, {
        Type: "AWS::EC2::Subnet",
        Properties: {
          VpcId: fn(yaml, "Ref", "RunnerVpc"),
          CidrBlock: `10.${second}.${i % 256}.0/24`,
          AvailabilityZone: fn(yaml, "Select", [i % 3, { "Fn::GetAZs": "" }]),
          MapPublicIpOnLaunch: false,
          Tags: tags(`subnet-${i}`),
        },
      });
    } else if (kind < 0.3) {
      add(`RouteTable${i}`, { Type: "AWS::EC2::RouteTable", Properties: { VpcId: fn(yaml, "Ref", "RunnerVpc"), Tags: tags(`rt-${i}`) } });
    } else if (kind < 0.6) {
      const rules = [];
      for (let k = r.int(5, 25); k > 0; k--)
        rules.push(sgRule(yaml, { port: r.pick(APP_PORTS), cidr: randomCidr(r), description: `app rule ${k}` }));
      add(`AppSecurityGroup${i}`, {
        Type: "AWS::EC2::SecurityGroup",
        Properties: {
          GroupDescription: `application tier ${i}`,
          VpcId: fn(yaml, "Ref", "RunnerVpc"),
          SecurityGroupIngress: rules,
          SecurityGroupEgress: [{ IpProtocol: "-1", CidrIp: "0.0.0.0/0" }],
          Tags: tags(`app-${i}`),
        },
      });
    } else if (kind < 0.8) {
      const group = r.pick(["EnvironmentSecurityGroup", "RunnerSecurityGroup"]);
      add(`ExtraIngress${i}`, {
        Type: "AWS::EC2::SecurityGroupIngress",
        Properties: {
          GroupId: fn(yaml, "GetAtt", `${group}.GroupId`),
          ...sgRule(yaml, { port: r.pick(APP_PORTS), cidr: randomCidr(r), description: `extra ${i}` }),
        },
      });
    } else if (kind < 0.95) {
      const targets = [];
      for (let k = r.int(5, 30); k > 0; k--) targets.push(r.pick(DOMAINS));
      add(`EgressRuleGroup${i}`, {
        Type: "AWS::NetworkFirewall::RuleGroup",
        Properties: {
          RuleGroupName: fn(yaml, "Sub", `\${AWS::StackName}-egress-${i}`),
          Type: "STATEFUL",
          Capacity: 100,
          RuleGroup: {
            RulesSource: {
              RulesSourceList: { GeneratedRulesType: "ALLOWLIST", TargetTypes: ["TLS_SNI", "HTTP_HOST"], Targets: [...new Set(targets)] },
            },
          },
          Tags: tags(`rg-${i}`),
        },
      });
    } else {
      add(`FirewallPolicy${i}`, {
        Type: "AWS::NetworkFirewall::FirewallPolicy",
        Properties: {
          FirewallPolicyName: fn(yaml, "Sub", `\${AWS::StackName}-policy-${i}`),
          FirewallPolicy: {
            StatelessDefaultActions: ["aws:forward_to_sfe"],
            StatelessFragmentDefaultActions: ["aws:forward_to_sfe"],
            StatefulRuleGroupReferences: [],
          },
          Tags: tags(`fwp-${i}`),
        },
      });
    }
  }
  const template = {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: `Gitpod runner network (${stack}), generated for the benchmarks`,
    Parameters: {
      Stage: { Type: "String", ...(variant >= 6 ? { AllowedValues: ["dev", "staging", "prod"] } : {}), Default: "dev" },
      OfficeCidr: { Type: "String", Default: "198.51.100.0/24" },
      ExposeHealthcheck: { Type: "String", ...(variant >= 2 ? { AllowedValues: ["false", "true"] } : {}), Default: "false" },
    },
    Conditions: {
      IsProd: fn(yaml, "Equals", [fn(yaml, "Ref", "Stage"), "prod"]),
      HealthcheckOpen: fn(yaml, "Equals", [fn(yaml, "Ref", "ExposeHealthcheck"), "true"]),
    },
    Resources: resources,
    Outputs: { VpcId: { Value: fn(yaml, "Ref", "RunnerVpc") } },
  };
  return yaml ? toYaml(template) : JSON.stringify(template, null, 2) + "\n";
}

/** A template of `count` AWS::Organizations::Policy SCPs (an organization input). */
export function scpTemplate(seed, count, { yaml = true } = {}) {
  const r = rng(seed);
  const resources = {};
  for (let i = 0; i < count; i++) {
    const kind = r.next();
    let statement;
    if (kind < 0.4) {
      statement = {
        Sid: `DenyAmiOwners${i}`,
        Effect: "Deny",
        Action: "ec2:RunInstances",
        Resource: "arn:aws:ec2:*::image/*",
        Condition: { StringNotEquals: { "ec2:Owner": ["149721548608", "995913728426", "amazon"] } },
      };
    } else if (kind < 0.7) {
      statement = {
        Sid: `DenyRegions${i}`,
        Effect: "Deny",
        NotAction: ["iam:*", "sts:*", "organizations:*", "support:*"],
        Resource: "*",
        Condition: { StringNotEquals: { "aws:RequestedRegion": [r.pick(["eu-west-1", "us-east-1", "us-west-2"])] } },
      };
    } else {
      statement = {
        Sid: `DenyServices${i}`,
        Effect: "Deny",
        Action: [
          r.pick(["lightsail:*", "gamelift:*", "robomaker:*", "braket:*"]),
          r.pick(["sagemaker:CreateNotebookInstance", "redshift:CreateCluster"]),
        ],
        Resource: "*",
      };
    }
    resources[`Guardrail${i}`] = {
      Type: "AWS::Organizations::Policy",
      Properties: {
        Name: `guardrail-${i}`,
        Type: "SERVICE_CONTROL_POLICY",
        TargetIds: [fn(yaml, "Ref", "WorkloadsOu")],
        Content: { Version: "2012-10-17", Statement: [statement] },
      },
    };
  }
  const template = {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: "Organization guardrails, generated for the benchmarks",
    Parameters: { WorkloadsOu: { Type: "String", Default: "ou-ab12-11111111" } },
    Resources: resources,
  };
  return yaml ? toYaml(template) : JSON.stringify(template, null, 2) + "\n";
}

/**
 * A corpus of `files` templates: mostly network templates of 5–60 resources (median ~20; a fifth of
 * them with 6 condition scenarios, two fifths with 2, two fifths with 1), every tenth an SCP
 * template, every fourth JSON rather than YAML. Returns the file names written.
 */
export function writeCorpus(dir, files, seed = 1) {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const names = [];
  for (let i = 0; i < files; i++) {
    const s = seed * 100003 + i;
    const yaml = i % 4 !== 3;
    const ext = yaml ? "yaml" : "json";
    const resources = Math.round(5 + 55 * r.next() ** 2);
    const scp = i % 10 === 9;
    const name = `${String(i).padStart(4, "0")}-${scp ? "scp" : "network"}.${ext}`;
    const variant = r.pick([6, 2, 2, 1, 1]);
    writeFileSync(join(dir, name), scp ? scpTemplate(s, r.int(1, 6), { yaml }) : networkTemplate(s, resources, { yaml, variant }));
    names.push(name);
  }
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, ...rest] = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? Number(rest[i + 1]) : dflt;
  };
  if (!dir) {
    console.error("usage: node bench/generate.mjs <dir> [--files N] [--resources N] [--seed S]");
    process.exit(2);
  }
  const resources = opt("resources", 0);
  if (resources) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `network-${resources}.yaml`), networkTemplate(opt("seed", 1), resources));
  } else {
    console.log(`${writeCorpus(dir, opt("files", 10), opt("seed", 1)).length} files written to ${dir}`);
  }
}

/**
 * An account's `aws ec2 describe-security-groups` output with `count` groups, as the AWS CLI
 * writes it (indented 4) or on one line. A fifth of the groups are environment groups
 * (runnerlint:role tag) with the mistakes audits find: egress limited to TCP 443, the
 * healthcheck port open to the world, SSH from anywhere; the rest are other workloads' groups.
 */
export function securityGroupsExport(seed, count, { oneLine = false } = {}) {
  const r = rng(seed);
  const groups = [];
  for (let i = 0; i < count; i++) {
    const id = `sg-${(0x10000000 + i).toString(16).padStart(17, "0")}`;
    const vpc = `vpc-${(0x1000 + (i % 7)).toString(16).padStart(17, "0")}`;
    const environment = i % 5 === 0;
    const ranges = (cidr) => [{ CidrIp: cidr }];
    const ingress = [];
    const egress = [];
    const tags = [{ Key: "Name", Value: `${environment ? "gitpod-env" : "app"}-${i}` }];
    if (environment) {
      tags.push({ Key: "runnerlint:role", Value: "environment" });
      ingress.push({
        IpProtocol: "tcp",
        FromPort: 22999,
        ToPort: 22999,
        IpRanges: ranges("10.0.0.0/16"),
        Ipv6Ranges: [],
        PrefixListIds: [],
        UserIdGroupPairs: [],
      });
      ingress.push({
        IpProtocol: "tcp",
        FromPort: 29222,
        ToPort: 29222,
        IpRanges: ranges(r.pick(["0.0.0.0/0", "203.0.113.0/24"])),
        Ipv6Ranges: [],
        PrefixListIds: [],
        UserIdGroupPairs: [],
      });
      if (r.chance(0.3))
        ingress.push({
          IpProtocol: "tcp",
          FromPort: 9090,
          ToPort: 9090,
          IpRanges: ranges("0.0.0.0/0"),
          Ipv6Ranges: [],
          PrefixListIds: [],
          UserIdGroupPairs: [],
        });
      if (r.chance(0.3))
        ingress.push({
          IpProtocol: "tcp",
          FromPort: 22,
          ToPort: 22,
          IpRanges: ranges("0.0.0.0/0"),
          Ipv6Ranges: [],
          PrefixListIds: [],
          UserIdGroupPairs: [],
        });
      egress.push(
        r.chance(0.5)
          ? {
              IpProtocol: "tcp",
              FromPort: 443,
              ToPort: 443,
              IpRanges: ranges("0.0.0.0/0"),
              Ipv6Ranges: [],
              PrefixListIds: [],
              UserIdGroupPairs: [],
            }
          : { IpProtocol: "-1", IpRanges: ranges("0.0.0.0/0"), Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] },
      );
    } else {
      for (let k = r.int(1, 4); k > 0; k--) {
        const port = r.pick(APP_PORTS);
        ingress.push({
          IpProtocol: "tcp",
          FromPort: port,
          ToPort: port,
          IpRanges: ranges(randomCidr(r)),
          Ipv6Ranges: [],
          PrefixListIds: [],
          UserIdGroupPairs: [],
        });
      }
      egress.push({ IpProtocol: "-1", IpRanges: ranges("0.0.0.0/0"), Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] });
    }
    groups.push({
      Description: `group ${i}`,
      GroupName: `group-${i}`,
      IpPermissions: ingress,
      OwnerId: "111122223333",
      GroupId: id,
      IpPermissionsEgress: egress,
      Tags: tags,
      VpcId: vpc,
    });
  }
  return JSON.stringify({ SecurityGroups: groups }, null, oneLine ? 0 : 4) + "\n";
}
