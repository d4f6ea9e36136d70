import { readFileSync } from "node:fs";
import { parseArgs } from "../args.js";
import { check, defaultEngine, reachesThreshold } from "../../check.js";
import { RunnerlintError } from "../../errors.js";
import { loadParameterFile } from "../../inputs/cloudformation/parameters.js";
import type { RunConfig, SecurityGroupRole } from "../../model/config.js";
import { REPORT_FORMATS } from "../../report/index.js";
import { OUTPUT_USAGE, planOutputs, writeReports } from "../report-outputs.js";
import type { Severity } from "../../engine/types.js";

export const CHECK_USAGE = `Usage: runnerlint check <paths...> [options]

Checks CloudFormation templates and AWS exports (describe-security-groups, describe-vpcs)
against the Gitpod runner requirements. Folders are searched for .yaml/.yml/.json/.template files
and .env files (proxy settings).

Options:
  --runner standard|enterprise   runner kind (default: standard)
  --region REGION                AWS region of the runner (AWS::Region, regional endpoints)
  --account-id ID                AWS account id (AWS::AccountId)
  --parameter KEY=VALUE          CloudFormation parameter value (repeatable)
  --parameters FILE              parameter file: CloudFormation CLI JSON array or a plain object
  --vpc-cidr CIDR                the runner VPC's CIDR when no input defines it (repeatable)
  --sg-role ID=ROLE              security-group role: environment|runner (repeatable)
  --max-scenarios N              cap on CloudFormation condition scenarios (default 64)
  --https-proxy URL              HTTPS_PROXY of the runner, judged as one more input ("<command line>")
  --http-proxy URL               HTTP_PROXY of the runner
  --no-proxy LIST                NO_PROXY of the runner (alone: judged as if a proxy were set)
${OUTPUT_USAGE}  --fail-on error|warning|note|never   exit 1 when a finding reaches this level (default error)
  --no-color                     plain text (NO_COLOR is honoured too)
`;

const SPEC = {
  runner: { type: "string", choices: ["standard", "enterprise"] },
  region: { type: "string" },
  "account-id": { type: "string" },
  parameter: { type: "list" },
  parameters: { type: "string" },
  "vpc-cidr": { type: "list" },
  "sg-role": { type: "list" },
  "max-scenarios": { type: "string" },
  "https-proxy": { type: "string" },
  "http-proxy": { type: "string" },
  "no-proxy": { type: "string" },
  format: { type: "list", choices: REPORT_FORMATS },
  output: { type: "list" },
  "fail-on": { type: "string", choices: ["error", "warning", "note", "never"] },
  "no-color": { type: "boolean" },
  help: { type: "boolean" },
} as const;

function keyValues(values: string[] | undefined, flag: string): [string, string][] {
  return (values ?? []).map((kv) => {
    const i = kv.indexOf("=");
    if (i <= 0) throw new RunnerlintError("USAGE", `--${flag} expects KEY=VALUE (got "${kv}")`);
    return [kv.slice(0, i), kv.slice(i + 1)];
  });
}

export function runCheck(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; isTTY: boolean }): number {
  const { positionals, flags } = parseArgs(argv, SPEC);
  if (flags.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const proxyFlags = flags["https-proxy"] !== undefined || flags["http-proxy"] !== undefined || flags["no-proxy"] !== undefined;
  if (positionals.length === 0 && !proxyFlags) throw new RunnerlintError("USAGE", "check needs at least one file or folder (or --no-proxy/--https-proxy/--http-proxy)");
  const outputs = planOutputs(argv, SPEC);

  const config: RunConfig = { runner: (flags.runner as RunConfig["runner"]) ?? "standard" };
  if (flags.region) config.region = flags.region as string;
  if (flags["account-id"]) {
    if (!/^\d{12}$/.test(flags["account-id"] as string)) throw new RunnerlintError("USAGE", "--account-id must be 12 digits");
    config.accountId = flags["account-id"] as string;
  }
  const cidrs = flags["vpc-cidr"] as string[] | undefined;
  if (cidrs?.length) config.vpcCidrs = cidrs;
  if (proxyFlags) {
    config.proxy = {};
    if (flags["https-proxy"] !== undefined) config.proxy.httpsProxy = flags["https-proxy"] as string;
    if (flags["http-proxy"] !== undefined) config.proxy.httpProxy = flags["http-proxy"] as string;
    if (flags["no-proxy"] !== undefined) config.proxy.noProxy = flags["no-proxy"] as string;
  }
  const roles = keyValues(flags["sg-role"] as string[] | undefined, "sg-role");
  if (roles.length) {
    config.securityGroupRoles = {};
    for (const [id, role] of roles) {
      if (role !== "environment" && role !== "runner") throw new RunnerlintError("USAGE", `--sg-role ${id}: role must be environment or runner`);
      config.securityGroupRoles[id] = role as SecurityGroupRole;
    }
  }
  let parameters: Record<string, string> = {};
  if (flags.parameters) {
    const file = flags.parameters as string;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new RunnerlintError("FILE_NOT_FOUND", "cannot read the parameters file", file);
    }
    parameters = loadParameterFile(file, text);
  }
  for (const [k, v] of keyValues(flags.parameter as string[] | undefined, "parameter")) parameters[k] = v;
  let maxScenarios: number | undefined;
  if (flags["max-scenarios"]) {
    maxScenarios = Number(flags["max-scenarios"]);
    if (!Number.isInteger(maxScenarios) || maxScenarios < 1) throw new RunnerlintError("USAGE", "--max-scenarios must be a positive integer");
  }

  const engine = defaultEngine();
  const result = check(positionals, { config, parameters, engine, ...(maxScenarios ? { maxScenarios } : {}) });
  writeReports(outputs, result, engine, io, { colorOnStdout: !flags["no-color"] && !process.env.NO_COLOR && io.isTTY });

  // Unreadable inputs: one line each on stderr, whatever the report format (the reports list them too).
  for (const e of result.errors) io.stderr(`runnerlint: ${e.format()}\n`);
  if (result.errors.length) return 2;
  return reachesThreshold(result.findings, ((flags["fail-on"] as string) ?? "error") as Severity | "never") ? 1 : 0;
}
