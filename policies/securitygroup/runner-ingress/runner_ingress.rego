# METADATA
# title: Environment security groups let the runner in
# description: |
#   The runner orchestrates environments over TCP 22999 (HTTP). The environments' security
#   group must allow that port inbound either from a CIDR that contains the whole VPC (the
#   runner may run in any of its subnets) or from the runner's own security group. Without
#   it, environments never become ready.
#
#   A CIDR source is judged against the group's VPC blocks (from the VPC in the inputs, else
#   the config's vpcCidrs; the IPv4 blocks when the VPC has any, since the runner reaches the
#   environments on their private IPv4 addresses). Several CIDR rules may cover the VPC's blocks
#   between them. 0.0.0.0/0 satisfies this requirement (and is reported by
#   securitygroup/runner-port-exposed). A security-group source satisfies it when that group has
#   the runner role (`runnerlint:role: runner`, or the config). A CIDR covering only part of the
#   VPC, a group of unknown role, a prefix list, or a VPC whose blocks are not in the inputs
#   cannot be verified.
# scope: package
# schemas:
#   - input: schema["network.schema"]
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/standard-runner/overview#security-group-configuration
#     description: Gitpod, Standard runner, Security Group Configuration
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#     description: AWS, Security group rules (security group referencing)
# custom:
#   id: securitygroup/runner-ingress
#   severity: error
#   requirements: [sg.runner-ingress]
#   input: {kinds: [network]}
#   remediation: >-
#     Add an ingress rule for TCP 22999 to the environments' security group with the runner's
#     security group as its source (SourceSecurityGroupId), or the VPC's CIDR block; tag the
#     runner's group `runnerlint:role: runner`.
#   source:
#     document: "000"
#     section: Security Group Configuration > Using a Custom Security Group (Optional)
#   messages:
#     satisfied: "Security group {group} (environment role: {roleFrom}) allows {protocol} {port} inbound from {peer}, which includes the runner."
#     missing: "Security group {group} (environment role: {roleFrom}) allows no {protocol} {port} inbound from its VPC or the runner's security group: the runner cannot reach the environments."
#     partial_vpc: "Cannot verify that security group {group} lets the runner reach {protocol} {port}: {peer} covers only part of the VPC ({vpcCidrs}), and the runner may run in another part."
#     peer_role_unknown: "Cannot verify that security group {group} lets the runner reach {protocol} {port}: the source is security group {peerGroup}, whose role is unknown. Tag the runner's group `runnerlint:role: runner` or set its role in the config."
#     prefix_list: "Cannot verify that security group {group} lets the runner reach {protocol} {port}: the source is prefix list {prefixList}, whose entries are not in the inputs."
#     vpc_unknown: "Cannot verify that security group {group} lets the runner reach {protocol} {port} from {peer}: the CIDR blocks of its VPC {vpc} are not in the inputs. Add a describe-vpcs export or set vpcCidrs in the config."
#     unknown_value: "Cannot verify that security group {group} lets the runner reach {protocol} {port}: the rule's {field} is unresolved ({reason})."
#     unknown_protocol: "Cannot verify that security group {group} lets the runner reach {protocol} {port}: IpProtocol {ipProtocol} is not a protocol runnerlint recognises."
#     invalid_ports: "Cannot verify that security group {group} lets the runner reach {protocol} {port}: the port range {fromPort}..{toPort} is not one AWS accepts."
#     invalid_cidr: "Cannot verify that security group {group} lets the runner reach {protocol} {port}: {cidr} is not a valid CIDR block."
#     conditional: "Cannot verify that security group {group} lets the runner reach {protocol} {port}: the rule or group exists only under a CloudFormation condition that could not be resolved ({reason})."
#     no_environment_group: "None of the {groups} security group(s) is identified as the environments' group, so runner ingress cannot be checked: tag it `runnerlint:role: environment` or set its role in the config."
#     not_applicable: "The inputs define no security groups."
#     out_of_scope: "No security group here is the runner's (none has a runnerlint:role, runner compute or an environment port; the run's Scope says where they are): not judged."
#     not_applicable_runner: "This requirement applies to {runners} runners, not to {runner} runners."
package runnerlint.securitygroup.runner_ingress

import data.runnerlint.lib.cidr
import data.runnerlint.lib.ports
import data.runnerlint.lib.result
import data.runnerlint.lib.sg
import data.runnerlint.lib.unknown

requirement := "sg.runner-ingress"

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
	"answer": unknown.under_condition(unknown.both(ports.covers(r, spec.protocol, t.port), _from(t, peer)), r),
	"location": object.get(r, "location", null),
	"params": {"peer": sg.label(peer)},
} |
	some r in object.get(t.group, "ingress", [])
	peer := object.get(r, "peer", {})
]

_from(t, peer) := issue if {
	issue := sg.peer_issue(peer)
} else := sg.prefix_list(peer) if {
	peer.kind == "prefix-list"
} else := _group(peer.group) if {
	peer.kind == "group"
} else := unknown.yes if {
	cidr.world4(peer.cidr)
} else := _cidr(t, peer.cidr, sg.vpc_blocks(t.group))

# A group source lets the runner in when it is the runner's group.
_group(id) := unknown.yes if {
	sg.peer_role(id) == "runner"
} else := unknown.no if {
	sg.peer_role(id) == "environment"
} else := unknown.maybe("peer_role_unknown", {"peerGroup": id})

# A CIDR source lets the runner in when it contains the VPC's blocks, alone or together with
# the group's other definite CIDR rules for the port.
_cidr(t, c, vpc) := vpc if {
	vpc.state == "unknown"
} else := unknown.yes if {
	every b in sg.runner_blocks(vpc.cidrs) {
		cidr.contains_block(c, b)
	}
} else := unknown.yes if {
	blocks := sg.runner_blocks(vpc.cidrs)
	some b in blocks
	cidr.contains_block(c, b)
	definite := _definite(t)
	every b2 in blocks {
		some d in definite
		cidr.contains_block(d, b2)
	}
} else := unknown.maybe("partial_vpc", {"vpcCidrs": sg.runner_blocks(vpc.cidrs)}) if {
	some b in sg.runner_blocks(vpc.cidrs)
	cidr.overlaps(c, b)
} else := unknown.no

# _definite(t): the CIDRs of the group's unconditional rules that certainly open the port.
_definite(t) := {p.cidr |
	some r in object.get(t.group, "ingress", [])
	not unknown.conditional(r)
	ports.covers(r, spec.protocol, t.port) == unknown.yes
	p := object.get(r, "peer", {})
	p.kind in sg.cidr_kinds
	cidr.valid(p.cidr)
}
