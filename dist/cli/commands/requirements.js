// `runnerlint requirements`: the requirements that apply to a runner, and artifacts that satisfy
// them (a NO_PROXY value, security groups as CloudFormation, an SCP for the AMI owners). The IDEs,
// optional features and declared hosts come from the config, as for `check`.
import { parseArgs } from "../args.js";
import { defaultEngine } from "../../check.js";
import { RunnerlintError } from "../../errors.js";
import { loadConfig } from "../../config/resolve.js";
import { generate, PENDING_FORMATS, REQUIREMENT_FORMATS } from "../../requirements-gen/artifacts.js";
import { writeAtomic } from "../output.js";
export const REQUIREMENTS_USAGE = `Usage: runnerlint requirements [--runner standard|enterprise] [--region REGION] [--format FORMAT]

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
export function runRequirements(argv, io) {
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
        help: { type: "boolean" },
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
        /* c8 ignore next: no format is pending at the moment */
        throw new RunnerlintError("USAGE", `--format ${format} is not available yet: it ships with runnerlint's ${format} input loader, so that the generated configuration can be checked by runnerlint itself`);
    }
    if (!REQUIREMENT_FORMATS.includes(format))
        throw new RunnerlintError("USAGE", `--format must be one of ${REQUIREMENT_FORMATS.join(", ")} (got "${format}")`);
    const usersCidr = flags["users-cidr"];
    if (usersCidr !== undefined && !/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(usersCidr))
        throw new RunnerlintError("USAGE", "--users-cidr must be an IPv4 CIDR block, e.g. 198.51.100.0/24");
    const layer = {};
    const names = {};
    if (flags.runner)
        (layer.runner = flags.runner), (names["/runner"] = "--runner");
    if (flags.region)
        (layer.region = flags.region), (names["/region"] = "--region");
    if (flags["account-id"])
        (layer.accountId = flags["account-id"]), (names["/accountId"] = "--account-id");
    if (flags.catalogue)
        (layer.catalogue = flags.catalogue), (names["/catalogue"] = "--catalogue");
    const regions = flags["gateway-region"];
    if (regions?.length)
        (layer.gatewayRegions = regions), (names["/gatewayRegions"] = "--gateway-region");
    const config = loadConfig({
        engine: defaultEngine,
        flags: layer,
        flagNames: names,
        ...(flags.config ? { configPath: flags.config } : {}),
        ...(flags["no-config"] ? { noConfig: true } : {}),
    });
    const engine = defaultEngine(config.catalogue);
    const text = generate(format, engine.catalogue, { ...config.run, ...(usersCidr ? { usersCidr } : {}) });
    if (flags.output) {
        try {
            writeAtomic(flags.output, text);
        }
        catch (e) {
            throw new RunnerlintError("USAGE", `cannot write --output ${flags.output} (${e.code ?? e.message})`);
        }
    }
    else
        io.stdout(text);
    return 0;
}
/** The catalogue versions, oldest first: which is the default, which the latest, and their documents. */
function catalogueList(catalogues, format) {
    const versions = Object.values(catalogues.versions).map((c) => ({
        version: c.version,
        default: c.version === catalogues.default,
        latest: c.version === catalogues.latest,
        ...(c.base ? { base: c.base } : {}),
        ...(c.gatewayRegions ? { gatewayRegions: c.gatewayRegions } : {}),
        documents: Object.entries(c.documents ?? {}).map(([key, d]) => ({ key, title: d.title, url: d.url })),
    }));
    if (format === "json")
        return JSON.stringify({ default: catalogues.default, latest: catalogues.latest, versions }, null, 2) + "\n";
    return (versions
        .map((v) => [
        `${v.version}${v.default ? " (default)" : ""}${v.latest ? " (latest)" : ""}${v.base ? `, changes ${v.base}` : ""}${v.gatewayRegions ? `; gateway regions ${v.gatewayRegions.join(", ")}` : ""}`,
        ...v.documents.map((d) => `  ${d.key}  ${d.title}  ${d.url ?? ""}`),
    ].join("\n"))
        .join("\n") + "\n");
}
//# sourceMappingURL=requirements.js.map