// `runnerlint org-audit --account ID`: reads the account's SCPs (and EC2 declarative policies)
// live from AWS Organizations, read-only, and checks them like `runnerlint check` checks a saved
// snapshot: the snapshot it reads is what it evaluates (and what --save writes), so
// `runnerlint check snapshot.json` later gives the same report offline.
import { parseArgs } from "../args.js";
import { check, defaultEngine } from "../../check.js";
import { reachesThreshold } from "../../thresholds.js";
import { RunnerlintError } from "../../errors.js";
import { readOrganization } from "../../aws/organizations.js";
import { REPORT_FORMATS } from "../../report/index.js";
import { writeAtomic } from "../output.js";
import { OUTPUT_USAGE, planOutputs, writeReports } from "../report-outputs.js";
/** Where findings point when the snapshot is not saved: its text, held in memory, shows in the frames. */
export const UNSAVED_SNAPSHOT = "aws-organizations:snapshot";
export const ORG_AUDIT_USAGE = `Usage: runnerlint org-audit --account ID [options]

Reads the Service Control Policies and EC2 declarative policies that apply to an account from AWS
Organizations (read-only: Describe* and List* calls, with the standard AWS credential chain; run it
with the management account's or a delegated administrator's credentials) and checks whether the
Gitpod runner can launch its AMIs and call its AWS services.

Options:
  --account ID                   the account the runner runs in (repeatable)
  --region REGION                the runner's AWS region (aws:RequestedRegion)
  --runner standard|enterprise   runner kind (default: standard)
  --runner-role-arn ARN          the runner's IAM role (aws:PrincipalARN); unknown otherwise
  --endpoint-url URL             the Organizations API endpoint (default: AWS's)
  --api-region REGION            the region the Organizations API is called in (default us-east-1)
  --save FILE                    also write the snapshot read, for \`runnerlint check FILE\`;
                                 findings then point at its statements
${OUTPUT_USAGE}  --fail-on error|warning|note|never   exit 1 when a finding reaches this level (default error)
  --no-color                     plain text
`;
const SPEC = {
    account: { type: "list" },
    region: { type: "string" },
    runner: { type: "string", choices: ["standard", "enterprise"] },
    "runner-role-arn": { type: "string" },
    "endpoint-url": { type: "string" },
    "api-region": { type: "string" },
    save: { type: "string" },
    format: { type: "list", choices: REPORT_FORMATS },
    output: { type: "list" },
    "fail-on": { type: "string", choices: ["error", "warning", "note", "never"] },
    "no-color": { type: "boolean" },
    help: { type: "boolean" },
};
export async function runOrgAudit(argv, io) {
    const { positionals, flags } = parseArgs(argv, SPEC);
    if (flags.help) {
        io.stdout(ORG_AUDIT_USAGE);
        return 0;
    }
    const outputs = planOutputs(argv, SPEC);
    if (positionals.length)
        throw new RunnerlintError("USAGE", `org-audit takes no positional arguments (got "${positionals[0]}")`);
    const accounts = flags.account ?? [];
    if (accounts.length === 0)
        throw new RunnerlintError("USAGE", "org-audit needs --account ID");
    for (const a of accounts)
        if (!/^\d{12}$/.test(a))
            throw new RunnerlintError("USAGE", `--account must be 12 digits (got "${a}")`);
    const endpoint = flags["endpoint-url"];
    if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/.test(endpoint))
        throw new RunnerlintError("USAGE", `--endpoint-url must be an http(s) URL (got "${endpoint}")`);
    const roleArn = flags["runner-role-arn"];
    if (roleArn !== undefined && !/^arn:[^:]+:(iam|sts)::\d{12}:/.test(roleArn))
        throw new RunnerlintError("USAGE", `--runner-role-arn must be an IAM role ARN (got "${roleArn}")`);
    const config = { runner: flags.runner ?? "standard" };
    if (flags.region)
        config.region = flags.region;
    if (roleArn)
        config.runnerRoleArn = roleArn;
    const snapshot = await readOrganization(accounts, {
        ...(endpoint ? { endpoint } : {}),
        ...(flags["api-region"] ? { region: flags["api-region"] } : {}),
    });
    const text = JSON.stringify(snapshot, null, 1) + "\n";
    const save = flags.save;
    if (save)
        writeAtomic(save, text);
    const engine = defaultEngine();
    const path = save ?? UNSAVED_SNAPSHOT;
    const result = check([{ path, text }], { config, engine });
    writeReports(outputs, result, engine, io, {
        colorOnStdout: !flags["no-color"] && !process.env.NO_COLOR && io.isTTY,
        title: `Gitpod runner requirements: organization audit of ${accounts.join(", ")}`,
        ...(save ? {} : { texts: new Map([[path, text]]) }),
    });
    for (const note of snapshot.notes)
        io.stderr(`runnerlint: note: ${note}\n`);
    if (result.errors.length)
        return 2;
    return reachesThreshold(result.findings, (flags["fail-on"] ?? "error")) ? 1 : 0;
}
//# sourceMappingURL=org-audit.js.map