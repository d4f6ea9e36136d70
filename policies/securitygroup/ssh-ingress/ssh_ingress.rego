# METADATA
# title: Environment security groups allow SSH from users
# description: |
#   Users reach their Gitpod environments over SSH on TCP 29222. The security group of the
#   environments' EC2 instances must allow that port inbound from the users' IP ranges (the
#   default template allows it from 0.0.0.0/0; restrict it for production). Without such a
#   rule the environments start, but nobody can connect to them.
#
#   Every environment group is checked: a group tagged `runnerlint:role: environment`, given
#   that role in the config, or used by runner compute with that role. When no group has the
#   environment role, a group with an ingress rule for an environment port (29222 or 22999, not
#   an all-traffic rule) is taken for it, and the verdict says the role was inferred. Groups that
#   are none of these are not the runner's: out of scope, they yield nothing (`--scope all`). Any readable source counts (a CIDR, a security group
#   such as a bastion's, a prefix list); who may connect is the business of
#   securitygroup/ssh-world-open.
# scope: package
# schemas:
#   - input: schema["network.schema"]
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/standard-runner/overview#security-group-configuration
#     description: Gitpod, Standard runner, Security Group Configuration
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#     description: AWS, Security group rules
# custom:
#   id: securitygroup/ssh-ingress
#   severity: error
#   requirements: [sg.ssh-ingress]
#   input: {kinds: [network]}
#   remediation: >-
#     Add an ingress rule for TCP 29222 to the environments' security group, from your users'
#     IP ranges (VPN or office egress CIDRs), and tag the group `runnerlint:role: environment`.
#   source:
#     document: "000"
#     section: Security Group Configuration > Using a Custom Security Group (Optional)
#   messages:
#     satisfied: "Security group {group} (environment role: {roleFrom}) allows {protocol} {port} inbound from {peer}: users can reach their environments over SSH."
#     missing: "Security group {group} (environment role: {roleFrom}) allows no {protocol} {port} inbound: users cannot open SSH connections to their environments."
#     unknown_value: "Cannot verify that security group {group} allows {protocol} {port} inbound: the rule's {field} is unresolved ({reason})."
#     unknown_protocol: "Cannot verify that security group {group} allows {protocol} {port} inbound: IpProtocol {ipProtocol} is not a protocol runnerlint recognises."
#     invalid_ports: "Cannot verify that security group {group} allows {protocol} {port} inbound: the port range {fromPort}..{toPort} is not one AWS accepts."
#     invalid_cidr: "Cannot verify that security group {group} allows {protocol} {port} inbound: {cidr} is not a valid CIDR block."
#     conditional: "Cannot verify that security group {group} allows {protocol} {port} inbound: the rule or group exists only under a CloudFormation condition that could not be resolved ({reason})."
#     no_environment_group: "None of the {groups} security group(s) is identified as the environments' group, so SSH ingress cannot be checked: tag it `runnerlint:role: environment` or set its role in the config."
#     not_applicable: "The inputs define no security groups."
#     out_of_scope: "No security group here is the runner's (none has a runnerlint:role, runner compute or an environment port; the run's Scope says where they are): not judged."
#     not_applicable_runner: "This requirement applies to {runners} runners, not to {runner} runners."
package runnerlint.securitygroup.ssh_ingress

import data.runnerlint.lib.ports
import data.runnerlint.lib.result
import data.runnerlint.lib.sg
import data.runnerlint.lib.unknown

requirement := "sg.ssh-ingress"

spec := data.runnerlint.catalogue.requirements[requirement].securityGroup

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	body := sg.skip(requirement)
}

verdicts contains result.verdict(rego.metadata.chain(), sg.no_environment(requirement)) if {
	not sg.skip(requirement)
	count(sg.environment) == 0
}

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	not sg.skip(requirement)
	some body in sg.must_allow(requirement, targets, judged)
}

# targets: each port of the requirement on each environment group.
targets := [{
	"key": [i, port],
	"group": e.group,
	"at": sg.rules_at(e.group, "ingress"),
	"port": port,
	"missing": "missing",
	"params": object.union(sg.role_params(e), {"protocol": upper(spec.protocol), "port": port}),
} |
	some i, e in sg.environment_groups
	some port in spec.ports
]

judged := {t.key: _judged(t) | some t in targets}

_judged(t) := [{
	"answer": unknown.under_condition(unknown.both(ports.covers(r, spec.protocol, t.port), _from(peer)), r),
	"location": object.get(r, "location", null),
	"params": {"peer": sg.label(peer)},
} |
	some r in object.get(t.group, "ingress", [])
	peer := object.get(r, "peer", {})
]

# Any readable source shows that someone can connect.
_from(peer) := issue if {
	issue := sg.peer_issue(peer)
} else := unknown.yes
