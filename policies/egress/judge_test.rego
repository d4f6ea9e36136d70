package runnerlint.egress.judge_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.egress.judge

bodies(net, id) := x if {
	x := judge.bodies(id) with input as net with data.runnerlint.catalogue as fx.catalogue
}

iptables_drop_imds := {"hostFirewalls": [{"kind": "iptables", "id": "ipt", "location": fx.at(1), "chains": [{
	"name": "OUTPUT", "policy": "ACCEPT", "location": fx.at(2),
	"rules": [{"matches": [{"kind": "destination", "values": ["169.254.169.254/32"], "negated": false}], "unless": [], "target": "DROP", "text": "-A OUTPUT -d 169.254.169.254/32 -j DROP", "via": [], "location": fx.at(3)}],
}]}]}

test_imds_only_host_firewalls_filter if {
	{[b.status, b.messageId] | some b in bodies(fx.network(iptables_drop_imds), "aws.imds")} == {
		["not-applicable", "link_local"],
		["violated", "iptables_blocks"],
	}

	# a Network Firewall alone leaves it not applicable, even with a default drop
	nfw := fx.network({"firewalls": [fx.policy([], [], "STRICT_ORDER", ["aws:drop_strict"])], "firewallRuleGroups": []})
	{[b.status, b.messageId] | some b in bodies(nfw, "aws.imds")} == {["not-applicable", "link_local"]}
}

test_one_verdict_per_requirement_when_no_group_is_identified if {
	a := {"id": "A", "tags": {}, "location": fx.at(5), "ingress": [], "egress": [], "implicitEgress": true}
	b := object.union(a, {"id": "B", "implicitEgress": false})
	net := object.union(fx.network({"securityGroups": [a, b]}), {"config": {"scope": "all"}})
	bodies(net, "gitpod.gateway-https") == {{
		"requirement": "gitpod.gateway-https",
		"status": "unknown",
		"messageId": "sg_unidentified",
		"params": {"requirement": "gitpod.gateway-https", "groups": 2},
		"location": null,
		"resource": null,
	}}
}

test_allowed_flows_are_listed_together_blocked_ones_per_port if {
	env := {"id": "Env", "tags": {"runnerlint:role": "environment"}, "location": fx.at(5), "ingress": [], "implicitEgress": false, "egress": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "peer": {"kind": "cidr4", "cidr": "0.0.0.0/0"}, "location": fx.at(6)}]}
	bs := bodies(fx.network({"securityGroups": [env]}), "gitpod.gateway-https")
	{[b.status, b.params.port, b.params.destination] | some b in bs} == {
		["satisfied", 443, "*.us01.gitpod.dev"],
		["violated", 8443, ["*.us01.gitpod.dev", "us01.gitpod.dev"]],
	}
}

test_default_actions_are_located_where_written if {
	p := object.union(fx.policy([], [], "STRICT_ORDER", ["aws:drop_established"]), {"locations": {"statefulDefaultActions": fx.at(30)}})
	bs := bodies(fx.network({"firewalls": [p], "firewallRuleGroups": []}), "gitpod.gateway-udp")
	{[b.status, b.messageId, b.location.line] | some b in bs; b.status == "violated"} == {["violated", "nfw_default_drop", 30]}
}

test_squid_bypass_is_noted if {
	proxy := {"kind": "squid", "id": "squid.conf", "location": fx.at(1), "acls": [], "httpAccess": [], "unsupported": []}
	net := object.union(fx.network({"proxies": [proxy]}), {"config": {"runner": "enterprise"}})
	{[b.status, b.messageId] | some b in bodies(net, "gitpod.management")} == {["not-applicable", "squid_bypass"]}
	{[b.status, b.messageId] | some b in bodies(net, "vscode.marketplace")} == {["violated", "squid_implicit_deny"]}
}

test_service_names if {
	judge.service("aws.ec2") == "ec2" with data.runnerlint.catalogue as fx.catalogue
	judge.service("aws.ecr") == "ecr.dkr" with data.runnerlint.catalogue as fx.catalogue
	not judge.service("gitpod.management") with data.runnerlint.catalogue as fx.catalogue
}
