// `npm run bench` (after run.mjs): a folder of Terraform plan JSON (`terraform show -json`) through
// runnerlint and Checkov's terraform_plan framework, on the same files, side by side. Writes the
// table between the TERRAFORM markers of bench/RESULTS.md (the text around it is written by hand).
//   node bench/terraform.mjs [--runs N] [--files N] [--no-write]
// The plans are generated (fixed seed) to the documented format, like fixtures/terraform: no
// terraform binary or provider can be fetched here. Trivy and tfsec are not compared: tfsec reads
// .tf source, not plans, and building Trivy from its Go module is not attempted (its module graph
// is some hundreds of modules, minutes of a CI budget for one benchmark row).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensurePythonPeers } from "./tools/setup.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const RUNS = Number(opt("runs", 3));
const FILES = Number(opt("files", 100));
const dir = join(root, "bench", ".work", "terraform", `p${FILES}`);
const log = (s) => process.stderr.write(s + "\n");

/** A small deterministic PRNG (mulberry32), so the corpus is the same on every machine. */
function prng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One plan: a VPC, groups with inline and standalone rules (for_each), a network ACL, Network Firewall. */
function plan(n, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const rc = (address, type, after, unknown = {}, extra = {}) => ({
    address,
    mode: "managed",
    type,
    name: address.split(".").at(-1).replace(/\[.*$/, ""),
    provider_name: "registry.terraform.io/hashicorp/aws",
    ...extra,
    change: { actions: ["create"], before: null, after, after_unknown: unknown },
  });
  const rule = (port, cidr) => ({
    from_port: port,
    to_port: port,
    protocol: pick(["tcp", "udp", "-1"]),
    cidr_blocks: [cidr],
    ipv6_cidr_blocks: [],
    prefix_list_ids: [],
    security_groups: [],
    self: false,
    description: "",
  });
  const changes = [rc("aws_vpc.main", "aws_vpc", { cidr_block: "10.0.0.0/16", tags: { Name: `vpc-${n}` } }, { id: true })];
  const config = [];
  const groups = 2 + Math.floor(rnd() * 8);
  for (let g = 0; g < groups; g++) {
    const role = g === 0 ? { "runnerlint:role": "environment" } : {};
    const ingress = Array.from({ length: 1 + Math.floor(rnd() * 10) }, () =>
      rule(pick([22, 80, 443, 8443, 22999, 29222, 9090, 5432]), pick(["0.0.0.0/0", "10.0.0.0/16", "198.51.100.0/24"])),
    );
    changes.push(
      rc(
        `aws_security_group.g${g}`,
        "aws_security_group",
        { name: `g${g}`, description: "group", tags: role, ingress },
        { id: true, vpc_id: true, egress: true, ingress: ingress.map(() => ({ cidr_blocks: [false] })) },
      ),
    );
    config.push({
      address: `aws_security_group.g${g}`,
      type: "aws_security_group",
      name: `g${g}`,
      expressions: { vpc_id: { references: ["aws_vpc.main.id"] }, ingress: [] },
    });
    for (const port of [443, 8443, 4242]) {
      changes.push(
        rc(
          `aws_vpc_security_group_egress_rule.g${g}["${port}"]`,
          "aws_vpc_security_group_egress_rule",
          {
            cidr_ipv4: pick(["0.0.0.0/0", "0.0.0.0/0", "10.0.0.0/8"]),
            from_port: port,
            to_port: port,
            ip_protocol: port === 4242 ? "udp" : "tcp",
          },
          { id: true, security_group_id: true },
          { index: String(port) },
        ),
      );
    }
    config.push({
      address: `aws_vpc_security_group_egress_rule.g${g}`,
      type: "aws_vpc_security_group_egress_rule",
      name: `g${g}`,
      expressions: { security_group_id: { references: [`aws_security_group.g${g}.id`, `aws_security_group.g${g}`] } },
    });
  }
  changes.push(
    rc("aws_network_acl.main", "aws_network_acl", {
      egress: [{ rule_no: 100, action: "allow", protocol: "-1", cidr_block: "0.0.0.0/0", from_port: 0, to_port: 0 }],
      ingress: [{ rule_no: 100, action: "allow", protocol: "-1", cidr_block: "0.0.0.0/0", from_port: 0, to_port: 0 }],
    }),
    rc("aws_networkfirewall_rule_group.allow", "aws_networkfirewall_rule_group", {
      name: "allow",
      type: "STATEFUL",
      capacity: 100,
      rule_group: [
        {
          rules_source: [
            {
              rules_source_list: [
                {
                  generated_rules_type: "ALLOWLIST",
                  target_types: ["TLS_SNI"],
                  targets: [".gitpod.io", ".amazonaws.com", pick([".gitpod.dev", "github.com"])],
                },
              ],
            },
          ],
        },
      ],
    }),
  );
  // planned_values as terraform writes it beside resource_changes (Checkov reads this one).
  const planned = changes.map(({ change, ...r }) => ({ ...r, values: change.after }));
  return {
    format_version: "1.2",
    terraform_version: "1.9.5",
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
    configuration: {
      provider_config: { aws: { name: "aws", full_name: "registry.terraform.io/hashicorp/aws" } },
      root_module: { resources: config },
    },
  };
}

function writeCorpus() {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = prng(4242);
  let resources = 0;
  let bytes = 0;
  for (let n = 0; n < FILES; n++) {
    const p = plan(n, rnd);
    resources += p.resource_changes.length;
    const text = JSON.stringify(p, null, 2);
    bytes += text.length;
    writeFileSync(join(dir, `plan-${n}.json`), text);
  }
  return { resources, bytes };
}

function time(cmd, cmdArgs, env = {}) {
  const ms = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    last = spawnSync(cmd, cmdArgs, { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env } });
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (last.status !== 0 && last.status !== 1)
      throw new Error(`${cmd} ${cmdArgs.join(" ")}: exit ${last.status}\n${last.stderr.slice(0, 2000)}`);
  }
  ms.sort((a, b) => a - b);
  return { ms: ms[Math.floor(ms.length / 2)], out: last.stdout };
}

const corpus = writeCorpus();
log(`terraform corpus: ${FILES} plans, ${corpus.resources} resources, ${(corpus.bytes / 1048576).toFixed(1)} MiB`);
const bin = join(root, "bin", "runnerlint.js");
const rl = time(process.execPath, [bin, "check", dir, "--no-config", "--format", "json"]);
const rlNoDrift = time(process.execPath, [bin, "check", dir, "--no-config", "--format", "json", "--no-drift"]);
const report = JSON.parse(rl.out);
const rows = [
  [
    "runnerlint (`check <dir> --format json`, with the catalogue drift evaluation)",
    rl.ms,
    `${report.inputs.length} inputs, ${report.findings.length} findings`,
  ],
  ["runnerlint `--no-drift`", rlNoDrift.ms, ""],
];
try {
  const { checkov } = ensurePythonPeers({ log });
  const ck = time(checkov, ["-d", dir, "--framework", "terraform_plan", "--quiet", "--compact", "--skip-download", "-o", "json"]);
  let checks = "";
  try {
    const j = JSON.parse(ck.out);
    const list = Array.isArray(j) ? j : [j];
    const failed = list.reduce((n, x) => n + (x.results?.failed_checks?.length ?? 0), 0);
    const passed = list.reduce((n, x) => n + (x.results?.passed_checks?.length ?? 0), 0);
    checks = `${failed} failed checks${passed ? `, ${passed} passed` : " (--quiet lists failures only)"}`;
  } catch {
    checks = "output not JSON";
  }
  rows.push(["Checkov 3.3.30 (`-d <dir> --framework terraform_plan`)", ck.ms, checks]);
} catch (e) {
  log(`Checkov not measured: ${e.message}`);
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const table = [
  `${FILES} plans, ${corpus.resources} resources, ${(corpus.bytes / 1048576).toFixed(1)} MiB; median of ${RUNS} runs; Node ${process.version}.`,
  "",
  "| tool | wall time | output |",
  "|---|---|---|",
  ...rows.map(([t, ms, what]) => `| ${t} | ${fmt(ms)} | ${what} |`),
].join("\n");
console.log(table);
if (!args.includes("--no-write")) {
  const path = join(root, "bench", "RESULTS.md");
  const md = readFileSync(path, "utf8");
  const begin = "<!-- TERRAFORM:BEGIN -->";
  const end = "<!-- TERRAFORM:END -->";
  const block = `${begin}\n${table}\n${end}`;
  writeFileSync(
    path,
    md.includes(begin) ? md.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block) : `${md.trimEnd()}\n\n## Terraform plans\n\n${block}\n`,
  );
}
