# Builders for the egress tests: flows, layers and a small catalogue.
package runnerlint.egress.fixtures_test

import data.runnerlint.lib.domains

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

https(h) := {"host": h, "protocol": "tcp", "ports": [443], "scheme": "https"}

gateway_ips := ["35.171.240.32", "13.216.138.24", "44.223.157.13", "54.163.142.39", "35.171.31.215"]

catalogue := {"version": "test", "requirements": {
	"gitpod.management": {"kind": "egress", "runners": ["standard", "enterprise"], "optional": false, "feature": null, "destinations": [https("app.gitpod.io")]},
	"gitpod.gateway-https": {"kind": "egress", "runners": ["standard"], "optional": false, "feature": null, "destinations": [
		{"host": "us01.gitpod.dev", "protocol": "tcp", "ports": [8443], "scheme": "https"},
		{"host": "*.us01.gitpod.dev", "protocol": "tcp", "ports": [443, 8443], "scheme": "https"},
	]},
	"gitpod.gateway-udp": {"kind": "egress", "runners": ["standard"], "optional": false, "feature": null, "destinations": array.concat(
		[{"host": "*.us01.gitpod.dev", "protocol": "udp", "ports": [4242]}],
		[{"ip": a, "protocol": "udp", "ports": [4242]} | some a in gateway_ips],
	)},
	"vscode.marketplace": {"kind": "egress", "runners": ["standard", "enterprise"], "optional": false, "feature": "vscode", "destinations": [https("marketplace.visualstudio.com")]},
	"scm.<name>": {"kind": "egress", "runners": ["standard", "enterprise"], "optional": false, "feature": "scm", "userDeclared": true, "destinations": []},
	"registry.<name>": {"kind": "egress", "runners": ["standard", "enterprise"], "optional": true, "feature": "registries", "userDeclared": true, "destinations": []},
	"aws.ec2": {
		"kind": "aws-api", "runners": ["standard", "enterprise"], "optional": false, "feature": null,
		"destinations": [https("ec2.<region>.amazonaws.com")],
		"coveredBy": [https("*.amazonaws.com")],
		"awsApi": {"service": "ec2"},
	},
	"aws.ecr": {
		"kind": "aws-api", "runners": ["standard", "enterprise"], "optional": false, "feature": null,
		"destinations": [https("<account-id>.dkr.ecr.<region>.amazonaws.com")],
		"coveredBy": [https("*.amazonaws.com")],
	},
	"aws.logs": {
		"kind": "aws-api", "runners": ["standard", "enterprise"], "optional": true, "feature": "logs",
		"destinations": [https("logs.<region>.amazonaws.com")],
	},
	"aws.imds": {"kind": "egress", "runners": ["standard", "enterprise"], "optional": false, "feature": null, "linkLocal": true, "destinations": [{"ip": "169.254.169.254", "protocol": "tcp", "ports": [80], "scheme": "http"}]},
	"noproxy.management": {"kind": "no-proxy", "runners": ["enterprise"], "noProxy": {"entry": "app.gitpod.io", "covers": {"host": "app.gitpod.io", "port": 443}}},
	"noproxy.amazonaws": {"kind": "no-proxy", "runners": ["enterprise"], "noProxy": {"entry": ".amazonaws.com", "covers": {"domainSuffix": "amazonaws.com"}}},
	"noproxy.link-local": {"kind": "no-proxy", "runners": ["enterprise"], "noProxy": {"entry": "169.254.0.0/16", "covers": {"cidr": "169.254.0.0/16"}}},
}}
