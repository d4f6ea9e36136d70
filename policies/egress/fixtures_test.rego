# Builders for the egress tests: flows, layers and a subset of the real catalogue.
package runnerlint.egress.fixtures_test

import data.runnerlint.lib.domains
import data.runnerlint.lib.test

at(line) := {"file": "fw.json", "line": line, "column": 3}

# host(h, port): an HTTPS flow to host pattern h.
host(h, port) := {
	"requirement": "r",
	"kind": "host",
	"destination": h,
	"pattern": domains.pattern(h),
	"protocol": "tcp",
	"port": port,
	"scheme": "https",
}

# ip(a, proto, port): a flow to an address.
ip(a, proto, port) := {
	"requirement": "r",
	"kind": "ip",
	"destination": a,
	"address": a,
	"protocol": proto,
	"port": port,
	"scheme": null,
}

http_host(h, port) := object.union(host(h, port), {"scheme": "http"})

# network(extra): a Standard-runner network model in VPC 10.8.0.0/16 with the given layers.
network(extra) := object.union(
	{
		"kind": "network",
		"config": {"runner": "standard", "vpcCidrs": ["10.8.0.0/16"]},
		"vpcs": [],
		"securityGroups": [],
	},
	extra,
)

# --- Network Firewall ---------------------------------------------------------------------------

policy(stateless, stateful, order, defaults) := {
	"id": "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/egress",
	"name": "egress",
	"location": at(1),
	"statelessDefaultActions": ["aws:forward_to_sfe"],
	"statelessFragmentDefaultActions": ["aws:forward_to_sfe"],
	"statelessCustomActions": [],
	"statelessRuleGroups": stateless,
	"statefulRuleGroups": stateful,
	"ruleOrder": order,
	"statefulDefaultActions": defaults,
	"variables": {},
	"unsupported": [],
}

ref(id, priority, line) := {"ref": id, "priority": priority, "location": at(line)}

group(id, extra) := object.union(
	{
		"id": id,
		"name": id,
		"type": "STATEFUL",
		"location": at(100),
		"ipSets": {},
		"portSets": {},
		"ipSetReferences": {},
		"unsupported": [],
	},
	extra,
)

domain_list(type, targets, types, line) := {"domainList": {
	"type": type,
	"targetTypes": types,
	"targets": [{"value": t, "location": at(line + i)} | some i, t in targets],
	"location": at(line),
}}

anywhere := []

addr(values) := [{"value": v, "negated": false} | some v in values]

port(p) := [{"from": p, "to": p, "negated": false}]

# rule(action, protocol, dst, dport, hosts, flow, line): a Suricata rule from $HOME_NET any.
rule(action, protocol, dst, dport, hosts, flow, line) := {
	"action": action,
	"protocol": protocol,
	"source": addr(["$HOME_NET"]),
	"sourcePort": [],
	"direction": "->",
	"destination": dst,
	"destinationPort": dport,
	"hosts": hosts,
	"flow": flow,
	"unsupported": [],
	"text": concat(" ", [action, protocol]),
	"location": at(line),
}

sni(match, value) := {"buffer": "tls.sni", "match": match, "value": value, "nocase": true, "dotprefix": false, "negated": false}

stateless_rule(priority, actions, protocols, dsts, dports, line) := {
	"priority": priority,
	"actions": actions,
	"sources": [],
	"destinations": dsts,
	"sourcePorts": [],
	"destinationPorts": dports,
	"protocols": protocols,
	"location": at(line),
}

# --- catalogue ----------------------------------------------------------------------------------

gateway_ips := test.gateway_ips

# catalogue: a few requirements of the real catalogue (one of each kind the egress rules judge),
# never a drifting copy.
catalogue := {"version": "test", "requirements": object.filter(data.runnerlint.catalogue.requirements, {
	"gitpod.management", "gitpod.gateway-https", "gitpod.gateway-udp", "vscode.marketplace", "scm.<name>", "registry.<name>",
	"aws.ec2", "aws.ecr", "aws.logs", "aws.imds", "noproxy.management", "noproxy.amazonaws", "noproxy.link-local",
})}
