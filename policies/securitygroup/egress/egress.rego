# METADATA
# title: Environment security groups allow the runner's outbound traffic
# description: |
#   Environments call Gitpod's management plane and gateway, IDE and extension downloads,
#   container registries and AWS APIs. The environments' security group must allow that
#   traffic out: either AWS's default allow-all egress (a CloudFormation group with no egress
#   rules) or explicit egress rules for every flow.
#
#   The flows come from the requirement catalogue: every egress and AWS-API requirement (the
#   kinds sg.egress lists in flowsFrom) of the configured runner kind that is not optional (for a Standard runner TCP 443 and 8443 and
#   UDP 4242 to the gateway; for an Enterprise runner TCP 443). Link-local destinations are
#   skipped: the instance metadata service (169.254.169.254) is not filtered by security groups.
#
#   A destination given by host name has no fixed addresses, so it needs the port open to
#   0.0.0.0/0; a narrower CIDR, a security group or a prefix list might or might not hold the
#   name's addresses and cannot be verified. A destination given by IP address needs a CIDR that
#   contains it. A UDP host name is judged through the UDP addresses its requirement lists, when
#   it lists some (the gateway's five addresses: rules to exactly them are right). Each missing
#   flow is reported at the group.
# scope: package
# schemas:
#   - input: schema["network.schema"]
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/standard-runner/overview#security-group-configuration
#     description: Gitpod, Standard runner, Security Group Configuration
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/standard-runner/overview#required-outbound-endpoints
#     description: Gitpod, Standard runner, Required Outbound Endpoints
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#     description: AWS, Security group rules (default outbound rule)
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
#     description: AWS, Access instance metadata (link-local, not filtered by security groups)
# custom:
#   id: securitygroup/egress
#   severity: error
#   requirements: [sg.egress]
#   input: {kinds: [network]}
#   remediation: >-
#     Keep AWS's default allow-all egress on the environments' security group (define no
#     SecurityGroupEgress), or add egress rules to 0.0.0.0/0 for every port the runner needs
#     (TCP 443 and 8443, UDP 4242 for a Standard runner; TCP 443 for an Enterprise runner).
#     Filter by host name in a firewall or proxy, not in the security group.
#   source:
#     document: "000"
#     section: Security Group Configuration > Using a Custom Security Group (Optional)
#   messages:
#     satisfied: "Security group {group} (environment role: {roleFrom}) allows {protocol} {port} outbound to {peer}, as {requirements} need."
#     implicit_egress: "Security group {group} (environment role: {roleFrom}) keeps AWS's default allow-all egress, so {protocol} {port} is allowed, as {requirements} need."
#     missing_hosts: "Security group {group} (environment role: {roleFrom}) allows no {protocol} {port} outbound to 0.0.0.0/0, which {requirements} need: their host names ({destination}) have no fixed addresses."
#     missing: "Security group {group} (environment role: {roleFrom}) allows no {protocol} {port} outbound to {destination} ({requirements})."
#     narrow_destination: "Cannot verify that security group {group} allows {protocol} {port} outbound to {destination} ({requirements}): it allows it only to {peer}, and the addresses of host names are not known offline."
#     partial_destination: "Cannot verify that security group {group} allows {protocol} {port} outbound to {destination} ({requirements}): {peer} covers only part of it."
#     prefix_list: "Cannot verify that security group {group} allows {protocol} {port} outbound to {destination} ({requirements}): the destination is prefix list {prefixList}, whose entries are not in the inputs."
#     unknown_value: "Cannot verify that security group {group} allows {protocol} {port} outbound to {destination}: the rule's {field} is unresolved ({reason})."
#     unknown_protocol: "Cannot verify that security group {group} allows {protocol} {port} outbound to {destination}: IpProtocol {ipProtocol} is not a protocol runnerlint recognises."
#     invalid_ports: "Cannot verify that security group {group} allows {protocol} {port} outbound to {destination}: the port range {fromPort}..{toPort} is not one AWS accepts."
#     invalid_cidr: "Cannot verify that security group {group} allows {protocol} {port} outbound to {destination}: {cidr} is not a valid CIDR block."
#     conditional: "Cannot verify that security group {group} allows {protocol} {port} outbound to {destination}: the rule or group exists only under a CloudFormation condition that could not be resolved ({reason})."
#     no_environment_group: "None of the {groups} security group(s) is identified as the environments' group, so their egress cannot be checked: tag it `runnerlint:role: environment` or set its role in the config."
#     no_flows: "The catalogue lists no outbound traffic for a {runner} runner that a security group filters."
#     not_applicable: "The inputs define no security groups."
#     out_of_scope: "No security group here is the runner's (none has a runnerlint:role, runner compute or an environment port; the run's Scope says where they are): not judged."
#     not_applicable_runner: "This requirement applies to {runners} runners, not to {runner} runners."
package runnerlint.securitygroup.egress

import data.runnerlint.lib.cidr
import data.runnerlint.lib.ports
import data.runnerlint.lib.result
import data.runnerlint.lib.sg
import data.runnerlint.lib.unknown

requirement := "sg.egress"

runner := object.get(input, ["config", "runner"], null)

# flows_from: the requirement kinds the flows come from (sg.egress securityGroup.flowsFrom);
# every kind when the catalogue does not say.
flows_from := object.get(data.runnerlint.catalogue.requirements, [requirement, "securityGroup", "flowsFrom"], null)

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	body := sg.skip(requirement)
}

verdicts contains result.verdict(rego.metadata.chain(), sg.no_environment(requirement)) if {
	not sg.skip(requirement)
	count(sg.environment) == 0
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": requirement,
	"status": "not-applicable",
	"messageId": "no_flows",
	"params": {"runner": runner},
	"location": null,
}) if {
	not sg.skip(requirement)
	count(sg.environment) > 0
	count(flows) == 0
}

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	not sg.skip(requirement)
	some body in sg.must_allow(requirement, targets, judged)
}

# needed(req): a catalogue requirement whose destinations the environments' egress must allow:
# one of the kinds sg.egress names in flowsFrom (egress, aws-api), for this runner kind, not
# optional, and not link-local (IMDS is not filtered by security groups).
needed(req) if {
	_flows_from(req)
	runner in req.runners
	not req.optional
	not req.linkLocal
	is_array(req.destinations)
}

_flows_from(req) if req.kind in flows_from

_flows_from(_) if not is_array(flows_from)

# _needs: one entry per requirement, destination and port.
_needs contains {
	"protocol": ports.protocol(d.protocol),
	"port": port,
	"kind": where[0],
	"to": where[1],
	"name": where[2],
	"requirement": id,
} if {
	some id, req in data.runnerlint.catalogue.requirements
	needed(req)
	some d in req.destinations
	not _udp_name_with_addresses(req, d)
	some port in d.ports
	where := _where(d)
}

# _udp_name_with_addresses(req, d): a UDP host name of a requirement that lists UDP addresses is
# judged through those addresses, as egress/allowlist judges it: UDP carries no name to filter on,
# and the catalogue's addresses are what the runner reaches (rules to exactly them are right).
_udp_name_with_addresses(req, d) if {
	is_string(d.host)
	ports.protocol(d.protocol) == "udp"
	some a in req.destinations
	is_string(a.ip)
	ports.protocol(a.protocol) == "udp"
}

# _where(d): [kind, what the rule must allow, how the destination is named].
_where(d) := ["hosts", "0.0.0.0/0", d.host] if {
	is_string(d.host)
} else := ["ip", d.ip, d.ip] if {
	is_string(d.ip)
} else := ["cidr", d.cidr, d.cidr] if {
	is_string(d.cidr)
}

# flows: what the environment group's egress must allow, one per protocol, port and address:
# all host names of a port share one flow (they all need 0.0.0.0/0).
flows contains {
	"protocol": k[0],
	"port": k[1],
	"kind": k[2],
	"to": k[3],
	"destination": _destination(k[2], same),
	"requirements": sort({m.requirement | some m in same}),
} if {
	some k in _flow_keys
	same := [m | some m in _needs; _flow_key(m) == k]
}

_flow_key(n) := [n.protocol, n.port, n.kind, n.to]

_flow_keys := {_flow_key(n) | some n in _needs}

_destination("hosts", same) := sort({m.name | some m in same})

_destination(kind, same) := same[0].name if kind != "hosts"

# targets: each flow on each environment group.
targets := [{
	"key": [i, f],
	"group": e.group,
	"at": sg.rules_at(e.group, "egress"),
	"flow": f,
	"missing": _missing[f.kind],
	"params": object.union(sg.role_params(e), {
		"protocol": upper(f.protocol),
		"port": f.port,
		"destination": f.destination,
		"requirements": f.requirements,
	}),
} |
	some i, e in sg.environment_groups
	some f in flows
]

_missing := {"hosts": "missing_hosts", "ip": "missing", "cidr": "missing"}

judged := {t.key: array.concat(_rules_judged(t), _implicit_judged(t)) | some t in targets}

_rules_judged(t) := [{
	"answer": unknown.under_condition(unknown.both(ports.covers(r, t.flow.protocol, t.flow.port), _to(t.flow, peer)), r),
	"location": object.get(r, "location", null),
	"params": {"peer": sg.label(peer)},
} |
	some r in object.get(t.group, "egress", [])
	peer := object.get(r, "peer", {})
]

# AWS's default egress rule allows everything.
_implicit_judged(t) := [{
	"answer": unknown.yes,
	"location": object.get(t.group, "location", null),
	"params": {"peer": "0.0.0.0/0"},
	"messageId": "implicit_egress",
} |
	t.group.implicitEgress == true
]

_to(flow, peer) := issue if {
	issue := sg.peer_issue(peer)
} else := sg.prefix_list(peer) if {
	peer.kind == "prefix-list"
} else := unknown.yes if {
	flow.kind == "hosts"
	cidr.world4(peer.cidr)
} else := unknown.maybe("narrow_destination", {}) if {
	flow.kind == "hosts"
} else := unknown.no if {
	peer.kind == "group"
} else := unknown.yes if {
	cidr.contains_block(peer.cidr, flow.to)
} else := unknown.maybe("partial_destination", {}) if {
	cidr.overlaps(peer.cidr, flow.to)
} else := unknown.no
