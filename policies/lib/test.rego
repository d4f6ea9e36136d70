# METADATA
# title: Test helpers
# description: |
#   Builders for normalized network inputs and a catalogue fixture, shared by the _test.rego
#   files (trivy's lib.test analogue). Tests supply the catalogue with
#   `with data.runnerlint.catalogue as test.catalogue`: a subset of the real one.
package runnerlint.lib.test

file := "template.yaml"

# at(line): a location in the test template.
at(line) := {"file": file, "line": line, "column": 7, "pointer": "/Resources"}

cidr(c) := {"kind": "cidr6", "cidr": c} if contains(c, ":")

cidr(c) := {"kind": "cidr4", "cidr": c} if not contains(c, ":")

group_peer(id) := {"kind": "group", "group": id}

prefix_list(id) := {"kind": "prefix-list", "id": id}

unknown_peer(reason) := {"kind": "unknown", "reason": reason}

# rule(protocol, from, to, peer, line): a security-group rule.
rule(protocol, from, to, peer, line) := {
	"protocol": protocol,
	"fromPort": from,
	"toPort": to,
	"peer": peer,
	"location": at(line),
}

tcp(from, to, peer, line) := rule("tcp", from, to, peer, line)

udp(from, to, peer, line) := rule("udp", from, to, peer, line)

# sg(id, role, line): a group in VPC "Vpc" without rules; role "" for none. Add rules with
# object.union(sg(...), {"ingress": [...]}).
sg(id, role, line) := {
	"id": id,
	"vpc": "Vpc",
	"tags": _tags(role),
	"location": at(line),
	"ingress": [],
	"egress": [],
	"implicitEgress": false,
}

_tags(role) := {} if role == ""

_tags(role) := {"runnerlint:role": role} if role != ""

vpc_cidr := "10.8.0.0/16"

vpc := {"id": "Vpc", "cidrs": [vpc_cidr], "location": at(2)}

# network(groups): a Standard-runner network model with VPC "Vpc" (10.8.0.0/16).
network(groups) := {
	"kind": "network",
	"config": {"runner": "standard"},
	"vpcs": [vpc],
	"securityGroups": groups,
}

# scope_all(net): the network model as `--scope all` runs it (every group a candidate).
scope_all(net) := object.union(net, {"config": {"scope": "all"}})

# gateway_ips: the gateway's UDP addresses, in catalogue order.
gateway_ips := [d.ip | some d in data.runnerlint.catalogue.requirements["gitpod.gateway-udp"].destinations; d.ip]

# catalogue: a few requirements of the real catalogue (data.runnerlint.catalogue, built from
# requirements/catalogue.yaml), so tests read short flows and can never drift from it: the
# security-group requirements, one of each egress kind (management, the gateway, an AWS API),
# an optional one (aws.logs), a link-local one (aws.imds), an Enterprise-only one and a NO_PROXY one.
catalogue := {"version": "test", "requirements": object.filter(data.runnerlint.catalogue.requirements, ids)}

ids := {id | some id, r in data.runnerlint.catalogue.requirements; r.kind == "security-group"} | {
	"gitpod.management", "gitpod.gateway-https", "gitpod.gateway-udp",
	"aws.ec2", "aws.elasticloadbalancing", "aws.logs", "aws.imds", "noproxy.internal",
}
