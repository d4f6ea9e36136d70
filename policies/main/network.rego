# METADATA
# title: Network entrypoint
# description: |
#   Aggregate Wasm entrypoint for the normalized network model (security groups, network ACLs,
#   Network Firewall policies, squid proxies, iptables, VPC endpoints). The rules that read the
#   network model come from the generated registry (rules.rego): one entrypoint per input kind,
#   since each evaluate() re-parses the input inside Wasm. Its last element is the scope record (rule
#   runnerlint/scope): which security groups were taken as the runner's and why, and which
#   network-wide controls are out of scope, reported once per document rather than in every verdict.
package runnerlint.main.network

import data.runnerlint.lib.nacl
import data.runnerlint.lib.nfw
import data.runnerlint.lib.sg
import data.runnerlint.main.rules

# rule_verdicts: every rule's verdicts, as an array: the rules' sets are disjoint (each verdict names
# its rule), and a set of them would hash every verdict again.
rule_verdicts := [v |
	some vs in rules.network
	some v in vs
]

verdicts := array.concat(rule_verdicts, [scope_record])

# scope_record: not a verdict on any requirement, the scope decision: the groups (see lib/sg), and
# the network-wide controls that provably do not cover the runner's VPC.
scope_record := {
	"rule": "runnerlint/scope",
	"requirement": "",
	"status": "not-applicable",
	"messageId": "scope",
	"params": object.union(sg.scope, {"controls": array.concat(
		[{"kind": "network-acl", "id": a.id} | some a in object.get(input, "nacls", []); nacl.outside_runner_vpc(a)],
		[{"kind": "network-firewall-policy", "id": object.get(p, "name", p.id)} | some p in object.get(input, "firewalls", []); nfw.outside_runner_vpc(p)],
	)}),
	"location": null,
}
