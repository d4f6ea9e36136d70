// Hand-built, realistic inputs for the reporter tests: a rule/requirement catalogue shaped like the
// bundled one (# METADATA → rules.json, requirements/catalogue.yaml) and CheckResults whose
// locations point at the real fixture files, so code frames and positions are real. The reporters
// themselves never name a rule: these ids exist only here.
import type { Catalogue, RuleMeta } from "../../src/engine/types.js";
import { RunnerlintError } from "../../src/errors.js";
import type { CheckResult, Evidence, Finding, RequirementResult, SuppressedFinding } from "../../src/model/result.js";
import type { Status } from "../../src/model/vocabulary.js";
import type { ReportEngine } from "../../src/report/shared.js";

export const CFN = "fixtures/cloudformation/exposed-noncompliant.yaml";
export const UNRESOLVABLE = "fixtures/cloudformation/unresolvable.yaml";
export const SG = "fixtures/securitygroup/exposed.describe-security-groups.json";
export const VPCS = "fixtures/securitygroup/environment-compliant.describe-vpcs.json";

const SEED_000 = "https://www.gitpod.io/docs/gitpod/runners/aws/standard-runner/overview";

function rule(id: string, severity: RuleMeta["severity"], requirements: string[], extra: Partial<RuleMeta> = {}): RuleMeta {
  const name = id.split("/")[1]!;
  return {
    id,
    package: `runnerlint.${id.replace("/", ".").replace(/-/g, "_")}`,
    title: extra.title ?? name.replace(/-/g, " "),
    description: extra.description ?? `Checks ${name.replace(/-/g, " ")} against the runner's network requirements.`,
    severity,
    requirements,
    kinds: ["network"],
    remediation: extra.remediation ?? `Change the security group so that ${requirements.join(", ")} holds.`,
    source: { document: "000", section: "Network requirements" },
    messages: { default: "{{message}}" },
    relatedResources: [`${SEED_000}#network-requirements`, "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"],
    aliases: [],
    ...extra,
  };
}

export const RULES: RuleMeta[] = [
  rule("securitygroup/ssh-ingress", "error", ["sg.ssh-ingress"], {
    title: "SSH gateway port reachable by users",
    remediation: "Allow TCP 29222 into the environment security group from the networks your users connect from.",
  }),
  rule("securitygroup/runner-ingress", "error", ["sg.runner-ingress"], {
    title: "Runner port reachable from the VPC",
    remediation: "Allow TCP 22999 from the VPC CIDR or from the runner's security group.",
  }),
  rule("securitygroup/runner-port-exposed", "error", ["sg.runner-port-exposed"], {
    title: "Runner port not exposed beyond the VPC",
    description: "TCP 22999 is the runner's control port. Opening it beyond the VPC lets anyone on the internet reach it.",
    remediation: "Restrict the TCP 22999 ingress rule to the VPC CIDR (for example 10.0.0.0/16) or to the runner's security group.",
  }),
  rule("securitygroup/healthcheck-exposed", "warning", ["sg.healthcheck-exposed"], {
    title: "Health-check port kept internal",
    remediation: "Remove the ingress rule that opens TCP 9090 to the internet; the health check is only called from inside the VPC.",
  }),
  rule("securitygroup/ssh-world-open", "warning", ["sg.ssh-world-open"], { title: "SSH gateway port not open to the world" }),
];

export const CATALOGUE: Catalogue = {
  version: "2026-11-01",
  documents: {
    "000": { file: "000_1205cef6e2b25d9b.txt", title: "Standard AWS Runner: overview and network requirements", url: SEED_000 },
    "003": {
      file: "003_d7ac7914e3e779d2.txt",
      title: "Access requirements",
      url: "https://www.gitpod.io/docs/gitpod/runners/aws/access-requirements",
    },
  },
  requirements: Object.fromEntries(
    [
      ["sg.ssh-ingress", "TCP 29222 from users to environments"],
      ["sg.runner-ingress", "TCP 22999 from the VPC to environments"],
      ["sg.runner-port-exposed", "TCP 22999 not open beyond the VPC"],
      ["sg.healthcheck-exposed", "TCP 9090 not open beyond the VPC"],
      ["sg.ssh-world-open", "TCP 29222 not open to the whole internet"],
    ].map(([id, title]) => [
      id!,
      {
        id: id!,
        kind: "security-group",
        title: title!,
        description: `${title} (see the network requirements).`,
        runners: ["standard", "enterprise"],
        sources: [{ document: "000", section: "Network requirements" }],
      },
    ]),
  ),
};

export const ENGINE: ReportEngine = { rules: RULES, catalogue: CATALOGUE, opaVersion: "1.22.2" };

export function finding(p: Partial<Finding> & Pick<Finding, "ruleId" | "requirement" | "location">): Finding {
  return { severity: "error", status: "violated", messageId: "default", message: `${p.ruleId} failed`, ...p };
}

const ev = (rule: string, status: Status, message: string, location?: Evidence["location"], resource?: string): Evidence => ({
  rule,
  status,
  message,
  ...(location ? { location } : {}),
  ...(resource ? { resource } : {}),
});

/** A check of the non-compliant template, the exposed SG export and the VPC export. */
export function realisticResult(): CheckResult {
  const findings: Finding[] = [
    finding({
      ruleId: "securitygroup/runner-port-exposed",
      requirement: "sg.runner-port-exposed",
      message: "TCP 22999 is open to 0.0.0.0/0, beyond the VPC (10.0.0.0/16)",
      location: { file: CFN, line: 20, column: 11, pointer: "/Resources/EnvironmentSecurityGroup/Properties/SecurityGroupIngress/1" },
      resource: "EnvironmentSecurityGroup",
    }),
    finding({
      ruleId: "securitygroup/healthcheck-exposed",
      requirement: "sg.healthcheck-exposed",
      severity: "warning",
      message: "TCP 9000-9100 (includes 9090) is open to ::/0",
      location: { file: CFN, line: 35, column: 7, pointer: "/Resources/HealthcheckFromEverywhere/Properties" },
      resource: "HealthcheckFromEverywhere",
    }),
    finding({
      ruleId: "securitygroup/runner-port-exposed",
      requirement: "sg.runner-port-exposed",
      message: "TCP 22000-30000 (includes 22999) is open to 0.0.0.0/0 and ::/0",
      location: { file: SG, line: 10, column: 9, pointer: "/SecurityGroups/0/IpPermissions/0" },
      resource: "sg-0a1b2c3d4e5f60002",
    }),
    finding({
      ruleId: "securitygroup/ssh-world-open",
      requirement: "sg.ssh-world-open",
      severity: "warning",
      message: "TCP 29222 is open to 0.0.0.0/0: restrict it to your users' networks in production",
      location: { file: SG, line: 10, column: 9, pointer: "/SecurityGroups/0/IpPermissions/0" },
      resource: "sg-0a1b2c3d4e5f60002",
    }),
    finding({
      ruleId: "securitygroup/ssh-ingress",
      requirement: "sg.ssh-ingress",
      severity: "warning",
      status: "unknown",
      message: "the user CIDR comes from an SSM parameter (/network/gitpod/user-cidr) that cannot be resolved offline",
      location: {
        file: UNRESOLVABLE,
        line: 20,
        column: 11,
        pointer: "/Resources/EnvironmentSecurityGroup/Properties/SecurityGroupIngress/0",
      },
      resource: "EnvironmentSecurityGroup",
    }),
  ];
  const requirements: RequirementResult[] = [
    {
      id: "sg.healthcheck-exposed",
      title: CATALOGUE.requirements["sg.healthcheck-exposed"]!.title,
      status: "violated",
      evidence: [
        ev(
          "securitygroup/healthcheck-exposed",
          "violated",
          "TCP 9000-9100 (includes 9090) is open to ::/0",
          findings[1]!.location,
          "HealthcheckFromEverywhere",
        ),
        ev(
          "securitygroup/healthcheck-exposed",
          "satisfied",
          "TCP 9090 is only reachable from 203.0.113.0/24",
          { file: SG, line: 20, column: 9 },
          "sg-0a1b2c3d4e5f60002",
        ),
      ],
    },
    {
      id: "sg.runner-ingress",
      title: CATALOGUE.requirements["sg.runner-ingress"]!.title,
      status: "satisfied",
      evidence: [
        ev(
          "securitygroup/runner-ingress",
          "satisfied",
          "TCP 22999 is allowed from 0.0.0.0/0, which includes the VPC",
          { file: CFN, line: 20, column: 11 },
          "EnvironmentSecurityGroup",
        ),
        ev(
          "securitygroup/runner-ingress",
          "satisfied",
          "TCP 22000-30000 is allowed from 0.0.0.0/0",
          { file: SG, line: 10, column: 9 },
          "sg-0a1b2c3d4e5f60002",
        ),
      ],
    },
    {
      id: "sg.runner-port-exposed",
      title: CATALOGUE.requirements["sg.runner-port-exposed"]!.title,
      status: "violated",
      evidence: [
        ev("securitygroup/runner-port-exposed", "violated", findings[0]!.message, findings[0]!.location, "EnvironmentSecurityGroup"),
        ev("securitygroup/runner-port-exposed", "violated", findings[2]!.message, findings[2]!.location, "sg-0a1b2c3d4e5f60002"),
      ],
    },
    {
      id: "sg.ssh-ingress",
      title: CATALOGUE.requirements["sg.ssh-ingress"]!.title,
      status: "unknown",
      evidence: [
        ev(
          "securitygroup/ssh-ingress",
          "satisfied",
          "TCP 29222 is allowed from 198.51.100.0/24",
          { file: CFN, line: 16, column: 11 },
          "EnvironmentSecurityGroup",
        ),
        ev("securitygroup/ssh-ingress", "unknown", findings[4]!.message, findings[4]!.location, "EnvironmentSecurityGroup"),
        ev(
          "securitygroup/ssh-ingress",
          "satisfied",
          "TCP 22000-30000 is allowed from 0.0.0.0/0",
          { file: SG, line: 10, column: 9 },
          "sg-0a1b2c3d4e5f60002",
        ),
      ],
    },
    {
      id: "sg.ssh-world-open",
      title: CATALOGUE.requirements["sg.ssh-world-open"]!.title,
      status: "violated",
      evidence: [
        ev(
          "securitygroup/ssh-world-open",
          "not-applicable",
          "no ingress on TCP 29222 from 0.0.0.0/0",
          { file: CFN, line: 16, column: 11 },
          "EnvironmentSecurityGroup",
        ),
        ev("securitygroup/ssh-world-open", "violated", findings[3]!.message, findings[3]!.location, "sg-0a1b2c3d4e5f60002"),
      ],
    },
  ];
  return {
    findings,
    suppressed: [],
    requirements,
    inputs: [
      { file: CFN, loader: "cloudformation", kind: "network", scenarios: 1 },
      { file: UNRESOLVABLE, loader: "cloudformation", kind: "network", scenarios: 1 },
      { file: SG, loader: "describe-security-groups", kind: "network", scenarios: 1 },
      { file: VPCS, loader: "describe-vpcs", kind: "network", scenarios: 1 },
    ],
    errors: [],
    skipped: [],
    scope: {
      mode: "runner",
      runnerGroups: [
        { file: CFN, id: "EnvironmentSecurityGroup", role: "environment", roleFrom: "inferred" },
        { file: `${SG}, ${VPCS}`, id: "sg-0a1b2c3d4e5f60002", role: "environment", roleFrom: "tag" },
      ],
      outOfScope: [],
    },
  };
}

/** The same, plus an unreadable input (a YAML error with its position). */
export function resultWithError(): CheckResult {
  const r = realisticResult();
  r.errors.push(new RunnerlintError("YAML_PARSE", "bad indentation of a mapping entry", "infra/broken.yaml", { line: 7, column: 3 }));
  r.skipped.push("infra/README.json");
  return r;
}

/** Waived findings in the shape the waiver change will produce. */
export function suppressedFindings(): SuppressedFinding[] {
  return [
    {
      ...finding({
        ruleId: "securitygroup/ssh-world-open",
        requirement: "sg.ssh-world-open",
        severity: "warning",
        message: "TCP 29222 is open to 0.0.0.0/0 in the sandbox account",
        location: { file: CFN, line: 16, column: 11 },
        resource: "EnvironmentSecurityGroup",
      }),
      suppression: {
        justification: "sandbox account, users connect from anywhere",
        expires: "2027-03-31",
        source: "metadata",
        location: { file: CFN, line: 12, column: 5 },
      },
    },
    {
      ...finding({
        ruleId: "securitygroup/healthcheck-exposed",
        requirement: "sg.healthcheck-exposed",
        severity: "warning",
        location: { file: SG, line: 20, column: 9 },
        resource: "sg-0a1b2c3d4e5f60002",
      }),
      suppression: { justification: "scanner range 203.0.113.0/24 is ours", source: "config" },
    },
  ];
}

/** A message that tries to inject markup, commands and table cells. */
export const HOSTILE = `<script>alert("x")</script> | 100% done, a:b\r\n::error::pwned & <b>bold</b> \`tick\``;
