import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  OUTPUT_USAGE,
  REPORT_FORMATS,
  planOutputs,
  reachesThreshold,
  reachesUnknown,
  writeReports
} from "./chunk-SCYOUB2G.js";
import {
  writeAtomic
} from "./chunk-JAZQYMZJ.js";
import "./chunk-ISPFJHXW.js";
import {
  loadConfig
} from "./chunk-27L3LAZH.js";
import {
  parseArgs
} from "./chunk-YFQMUYMY.js";
import {
  UNUSED_WAIVER_RULE,
  assemble,
  check,
  checkFile,
  createBaseline,
  defaultEngine,
  fileContext,
  listFiles,
  loadParameterFile,
  loadTerraformParser,
  readBaseline,
  renderBaseline
} from "./chunk-HXJZ7RNY.js";
import {
  RunnerlintError
} from "./chunk-BHJUSEQA.js";
import "./chunk-JY4JQPIG.js";

// dist/cli/commands/check.js
import { readFileSync } from "node:fs";

// dist/check-parallel.js
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
function defaultJobs() {
  return Math.max(1, Math.min(availableParallelism(), 8));
}
async function checkParallel(sources, options) {
  const { files, errors } = listFiles(sources, options.cwd, options.paths);
  const terraform = files.some((f) => /\.tf$/i.test(f.path));
  if (terraform)
    await loadTerraformParser();
  const catalogue = options.engine?.catalogue.version;
  if (options.engine && options.engine !== defaultEngine(catalogue) || options.loaders || options.companions)
    return check(sources, options);
  const jobs = Math.min(options.jobs ?? defaultJobs(), files.length);
  const ctx = fileContext(options);
  if (jobs <= 1 || files.length < (options.minFiles ?? 16))
    return assemble(files.map((f) => checkFile(f, ctx)), errors, ctx, options);
  const setup = {
    load: ctx.load,
    skipUnrecognized: ctx.skipUnrecognized,
    inlineWaivers: ctx.inlineWaivers,
    catalogue: ctx.engine.catalogue.version,
    drift: options.drift === true,
    terraform
  };
  const results = await runWorkers(files, jobs, setup);
  return assemble(results, errors, ctx, options);
}
function runWorkers(files, jobs, setup) {
  const results = new Array(files.length);
  const workers = [];
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const stop = (e) => {
      for (const w of workers)
        void w.terminate();
      if (e)
        reject(e);
      else
        resolve(results);
    };
    const feed = (w) => {
      if (next < files.length) {
        const i = next++;
        w.postMessage({ i, file: files[i] });
      }
    };
    for (let j = 0; j < jobs; j++) {
      const w = new Worker(new URL("./check-worker.js", import.meta.url), { workerData: setup });
      workers.push(w);
      w.on("message", (m) => {
        if ("crash" in m) {
          const e = new Error(`checking ${files[m.i].path} failed: ${m.crash.message}`);
          if (m.crash.stack)
            e.stack = m.crash.stack;
          return stop(e);
        }
        if ("thrown" in m)
          return stop(fromWire(m.thrown));
        results[m.i] = revive(m.result);
        if (++done === files.length)
          return stop();
        feed(w);
      });
      w.on("error", (e) => stop(e));
      w.on("exit", (code) => {
        if (done < files.length && code !== 0)
          stop(new Error(`a check worker exited with code ${code}`));
      });
      feed(w);
      feed(w);
    }
  });
}
function revive(r) {
  return { ...r, errors: r.errors.map(fromWire) };
}
var fromWire = (e) => new RunnerlintError(e.code, e.message, e.file, e.pos);

// dist/cli/commands/check.js
var CHECK_USAGE = `Usage: runnerlint check <paths...> [options]

Checks CloudFormation templates, Terraform (.tf modules, and plan/state JSON from terraform show
-json) and AWS exports (describe-security-groups, describe-vpcs, describe-network-acls,
describe-firewall-policy, describe-rule-group) against the Gitpod runner requirements. Folders are
searched for .yaml/.yml/.json/.template/.tf files, .env files (proxy settings), squid*.conf, and
iptables-save output (*.rules, rules.v4, iptables*).

Options:
  --config FILE                  the config file (default: .runnerlint.yaml, searched for from the
                                 working directory up to the filesystem root; RUNNERLINT_CONFIG)
  --no-config                    use no config file
  --runner standard|enterprise   runner kind (default: standard)
  --catalogue VERSION            requirement catalogue version: latest or a date (default: the seed
                                 version; \`runnerlint requirements --list-catalogues\`); when a newer
                                 one exists, the report notes what would change under it
  --gateway-region R             a gateway region the runner may pick (repeatable; default: every
                                 region of the catalogue version)
  --no-drift                     skip the second evaluation under the latest catalogue
  --region REGION                AWS region of the runner (AWS::Region, regional endpoints)
  --account-id ID                the runner's AWS account id (AWS::AccountId; scopes org-audit snapshots)
  --runner-role-arn ARN          the runner's IAM role (aws:PrincipalARN in SCP conditions)
  --parameter KEY=VALUE          CloudFormation parameter value (repeatable)
  --parameters FILE              parameter file: CloudFormation CLI JSON array or a plain object
  --vpc-cidr CIDR                the runner VPC's CIDR when no input defines it (repeatable); also what
                                 a Network Firewall HOME_NET and squid src ACLs are checked against
  --sg-role ID=ROLE              security-group role: environment|runner|none (repeatable);
                                 none: not the runner's, never judged
  --scope runner|all             runner (default): judge the runner's security groups only (a
                                 role, runner compute, or an environment port); all: every group
                                 (an audit of a runner-only folder; RUNNERLINT_SCOPE)
  --max-scenarios N              cap on CloudFormation condition scenarios (default 64)
  --max-file-size MIB            larger files are an input error, read not at all (default 16)
  --jobs N                       worker threads for folders of 16 files or more (default: the
                                 cores, at most 8; 1 checks in one thread); same report either way
  --skip-unrecognized            skip named files that are not inputs (instead of exit 2), as
                                 folders do: for hooks that pass every changed .yaml/.json
  --https-proxy URL              HTTPS_PROXY of the runner, judged as one more input ("<command line>")
  --http-proxy URL               HTTP_PROXY of the runner
  --no-proxy LIST                NO_PROXY of the runner (alone: judged as if a proxy were set)
${OUTPUT_USAGE}  --fail-on error|warning|note|never   exit 1 when a finding reaches this level (default error)
  --fail-on-unknown              also exit 1 when a requirement cannot be verified (unknown)
  --baseline FILE                report only findings that are not in this baseline (RUNNERLINT_BASELINE)
  --write-baseline FILE          write the current findings as a baseline to FILE and exit 0 (no report
                                 unless a --format or --output asks for one)
  --no-color                     plain text (NO_COLOR is honoured too)

Flags override RUNNERLINT_* environment variables, which override the config file.
`;
var SPEC = {
  runner: { type: "string", choices: ["standard", "enterprise"] },
  catalogue: { type: "string" },
  "gateway-region": { type: "list" },
  "no-drift": { type: "boolean" },
  region: { type: "string" },
  "account-id": { type: "string" },
  parameter: { type: "list" },
  parameters: { type: "string" },
  "vpc-cidr": { type: "list" },
  "sg-role": { type: "list" },
  scope: { type: "string", choices: ["runner", "all"] },
  "max-scenarios": { type: "string" },
  jobs: { type: "string" },
  "https-proxy": { type: "string" },
  "http-proxy": { type: "string" },
  "no-proxy": { type: "string" },
  format: { type: "list", choices: REPORT_FORMATS },
  output: { type: "list" },
  "fail-on": { type: "string", choices: ["error", "warning", "note", "never"] },
  "fail-on-unknown": { type: "boolean" },
  config: { type: "string" },
  "no-config": { type: "boolean" },
  "runner-role-arn": { type: "string" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  "max-file-size": { type: "string" },
  "skip-unrecognized": { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean" }
};
function keyValues(values, flag) {
  return (values ?? []).map((kv) => {
    const i = kv.indexOf("=");
    if (i <= 0)
      throw new RunnerlintError("USAGE", `--${flag} expects KEY=VALUE (got "${kv}")`);
    return [kv.slice(0, i), kv.slice(i + 1)];
  });
}
async function runCheck(argv, io) {
  const { positionals, flags } = parseArgs(argv, SPEC);
  if (flags.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const proxyFlags = flags["https-proxy"] !== void 0 || flags["http-proxy"] !== void 0 || flags["no-proxy"] !== void 0;
  if (positionals.length === 0 && !proxyFlags)
    throw new RunnerlintError("USAGE", "check needs at least one file or folder (or --no-proxy/--https-proxy/--http-proxy)");
  const outputs = planOutputs(argv, SPEC);
  if (flags["account-id"] && !/^\d{12}$/.test(flags["account-id"]))
    throw new RunnerlintError("USAGE", "--account-id must be 12 digits");
  if (flags.config && flags["no-config"])
    throw new RunnerlintError("USAGE", "--config and --no-config exclude each other");
  const layer = {};
  const names = {};
  const set = (key, flag, value) => {
    if (value === void 0)
      return;
    layer[key] = value;
    names[`/${key}`] = `--${flag}`;
  };
  set("runner", "runner", flags.runner);
  set("catalogue", "catalogue", flags.catalogue);
  const regions = flags["gateway-region"];
  if (regions?.length)
    set("gatewayRegions", "gateway-region", regions);
  set("region", "region", flags.region);
  set("accountId", "account-id", flags["account-id"]);
  set("runnerRoleArn", "runner-role-arn", flags["runner-role-arn"]);
  const cidrs = flags["vpc-cidr"];
  if (cidrs?.length)
    set("vpcCidrs", "vpc-cidr", cidrs);
  const roles = keyValues(flags["sg-role"], "sg-role");
  if (roles.length) {
    const map = {};
    for (const [id, role] of roles) {
      if (role !== "environment" && role !== "runner" && role !== "none")
        throw new RunnerlintError("USAGE", `--sg-role ${id}: role must be environment, runner or none`);
      map[id] = role;
    }
    set("securityGroupRoles", "sg-role", map);
  }
  if (flags.scope)
    set("scope", "scope", { mode: flags.scope });
  set("failOn", "fail-on", flags["fail-on"]);
  if (flags["fail-on-unknown"])
    set("failOnUnknown", "fail-on-unknown", true);
  const resolved = loadConfig({
    engine: defaultEngine,
    flags: layer,
    flagNames: names,
    ...flags.config ? { configPath: flags.config } : {},
    ...flags["no-config"] ? { noConfig: true } : {}
  });
  const engine = defaultEngine(resolved.catalogue);
  const config = { ...resolved.run };
  if (proxyFlags) {
    config.proxy = {};
    if (flags["https-proxy"] !== void 0)
      config.proxy.httpsProxy = flags["https-proxy"];
    if (flags["http-proxy"] !== void 0)
      config.proxy.httpProxy = flags["http-proxy"];
    if (flags["no-proxy"] !== void 0)
      config.proxy.noProxy = flags["no-proxy"];
  }
  const baselinePath = flags.baseline ?? resolved.baselineFromEnv;
  const baseline = baselinePath ? readBaseline(baselinePath) : void 0;
  let parameters = {};
  if (flags.parameters) {
    const file = flags.parameters;
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new RunnerlintError("FILE_NOT_FOUND", "cannot read the parameters file", file);
    }
    parameters = loadParameterFile(file, text);
  }
  for (const [k, v] of keyValues(flags.parameter, "parameter"))
    parameters[k] = v;
  let maxFileBytes;
  if (flags["max-file-size"] !== void 0) {
    const mib = Number(flags["max-file-size"]);
    if (!(mib > 0) || mib > 1024)
      throw new RunnerlintError("USAGE", "--max-file-size must be a number of MiB, above 0 and at most 1024");
    maxFileBytes = Math.floor(mib * 1048576);
  }
  let maxScenarios;
  if (flags["max-scenarios"]) {
    maxScenarios = Number(flags["max-scenarios"]);
    if (!Number.isInteger(maxScenarios) || maxScenarios < 1)
      throw new RunnerlintError("USAGE", "--max-scenarios must be a positive integer");
  }
  let jobs;
  if (flags.jobs !== void 0) {
    jobs = Number(flags.jobs);
    if (!Number.isInteger(jobs) || jobs < 1)
      throw new RunnerlintError("USAGE", "--jobs must be a positive integer");
  }
  const result = await checkParallel(positionals, {
    config,
    ...jobs ? { jobs } : {},
    parameters,
    engine,
    severity: resolved.severity,
    waivers: resolved.waivers,
    ...resolved.paths ? { paths: resolved.paths } : {},
    ...flags["skip-unrecognized"] ? { skipUnrecognized: true } : {},
    ...baseline ? { baseline } : {},
    ...maxScenarios ? { maxScenarios } : {},
    ...maxFileBytes ? { maxFileBytes } : {},
    drift: !flags["no-drift"]
  });
  const writeTo = flags["write-baseline"];
  if (writeTo) {
    const current = [...result.findings.filter((f) => f.ruleId !== UNUSED_WAIVER_RULE), ...result.baseline?.baselined ?? []];
    const written = createBaseline(current, writeTo);
    try {
      writeAtomic(writeTo, renderBaseline(written));
    } catch (e) {
      throw new RunnerlintError("USAGE", `cannot write the baseline to ${writeTo} (${e.code ?? e.message})`);
    }
    const n = written.findings.reduce((k, e) => k + e.count, 0);
    io.stderr(`runnerlint: baseline written to ${writeTo}: ${n} ${n === 1 ? "finding" : "findings"} under ${written.findings.length} ${written.findings.length === 1 ? "key" : "keys"}.
`);
  }
  const asked = argv.some((a) => /^--(format|output)(=|$)/.test(a));
  if (!writeTo || asked)
    writeReports(outputs, result, engine, io, { colorOnStdout: !flags["no-color"] && !process.env.NO_COLOR && io.isTTY });
  for (const e of result.errors)
    io.stderr(`runnerlint: ${e.format()}
`);
  if (result.errors.length)
    return 2;
  if (writeTo)
    return 0;
  if (reachesThreshold(result.findings, resolved.failOn))
    return 1;
  return resolved.failOnUnknown && reachesUnknown(result) ? 1 : 0;
}
export {
  CHECK_USAGE,
  runCheck
};
