# METADATA
# title: Test helpers
# description: |
#   Builders for normalized network inputs and a catalogue fixture, shared by the _test.rego
#   files (trivy's lib.test analogue). Tests supply the catalogue with
#   `with data.runnerlint.catalogue as test.catalogue` so they do not depend on the real one.
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

gateway_ips := ["35.171.240.32", "13.216.138.24", "44.223.157.13", "54.163.142.39", "35.171.31.215"]

_sg(direction, applies_to, ports, peer, expectation) := {"kind": "security-group", "runners": ["standard"], "securityGroup": {
	"direction": direction,
	"appliesTo": applies_to,
	"protocol": "tcp",
	"ports": ports,
	"peer": peer,
	"expectation": expectation,
}}

_https(host) := {"host": host, "protocol": "tcp", "ports": [443], "scheme": "https"}

# catalogue: the requirements the securitygroup rules read, shaped like requirements/catalogue.yaml.
catalogue := {"version": "test", "requirements": {
	"sg.ssh-ingress": _sg("ingress", "environment", [29222], "users", "allow"),
	"sg.runner-ingress": _sg("ingress", "environment", [22999], "vpc-or-runner-group", "allow"),
	"sg.runner-port-exposed": _sg("ingress", "any", [22999], "any", "not-beyond-vpc"),
	"sg.healthcheck-exposed": _sg("ingress", "any", [9090], "any", "not-beyond-vpc"),
	"sg.ssh-world-open": _sg("ingress", "environment", [29222], "any", "not-world"),
	"sg.egress": {"kind": "security-group", "runners": ["standard", "enterprise"], "securityGroup": {
		"direction": "egress",
		"appliesTo": "environment",
		"peer": "required-endpoints",
		"expectation": "allow",
		"flowsFrom": ["egress", "aws-api"],
	}},
	"gitpod.management": {"kind": "egress", "runners": ["standard", "enterprise"], "destinations": [_https("app.gitpod.io")]},
	"gitpod.gateway-https": {"kind": "egress", "runners": ["standard"], "destinations": [
		{"host": "us01.gitpod.dev", "protocol": "tcp", "ports": [443, 8443], "scheme": "https"},
		{"host": "*.us01.gitpod.dev", "protocol": "tcp", "ports": [443, 8443], "scheme": "https"},
	]},
	"gitpod.gateway-udp": {"kind": "egress", "runners": ["standard"], "destinations": array.concat(
		[{"host": "*.us01.gitpod.dev", "protocol": "udp", "ports": [4242]}],
		[{"ip": ip, "protocol": "udp", "ports": [4242]} | some ip in gateway_ips],
	)},
	"aws.ec2": {"kind": "aws-api", "runners": ["standard", "enterprise"], "destinations": [_https("ec2.*.amazonaws.com")]},
	"aws.elasticloadbalancing": {"kind": "aws-api", "runners": ["enterprise"], "destinations": [_https("elasticloadbalancing.*.amazonaws.com")]},
	"aws.logs": {"kind": "aws-api", "runners": ["standard", "enterprise"], "optional": true, "destinations": [{"host": "logs.*.amazonaws.com", "protocol": "tcp", "ports": [1443]}]},
	"aws.imds": {"kind": "aws-api", "runners": ["standard", "enterprise"], "linkLocal": true, "destinations": [{"ip": "169.254.169.254", "protocol": "tcp", "ports": [80]}]},
	"noproxy.internal": {"kind": "no-proxy", "runners": ["enterprise"], "destinations": [{"host": "proxy.internal", "protocol": "tcp", "ports": [3128]}]},
}}
