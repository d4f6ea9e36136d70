package runnerlint.lib.nacl_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.lib.nacl

entry(n, egress, protocol, action, cidr, from, to, line) := {
	"ruleNumber": n,
	"egress": egress,
	"protocol": protocol,
	"action": action,
	"cidr": cidr,
	"fromPort": from,
	"toPort": to,
	"location": fx.at(line),
}

all_out(n, action, line) := {"ruleNumber": n, "egress": true, "protocol": "-1", "action": action, "cidr": "0.0.0.0/0", "location": fx.at(line)}

all_in(n, action, line) := object.union(all_out(n, action, line), {"egress": false})

acl(entries) := {"id": "acl-1", "subnets": ["subnet-1"], "entries": entries, "location": fx.at(1)}

net(acls) := fx.network({"nacls": acls})

answers(acls, f) := x if {
	x := {[a.cause, a.state, a.location.line] | some a in nacl.answers(f)} with input as net(acls)
}

https := fx.host("app.gitpod.io", 443)

test_aws_default_acl_allows_both_ways if {
	answers([acl([all_out(100, "allow", 10), all_out(32767, "deny", 11), all_in(100, "allow", 12), all_in(32767, "deny", 13)])], https) == {
		["nacl_out_allows", "allow", 10],
		["nacl_return_allows", "allow", 12],
	}
}

test_rule_numbers_not_file_order if {
	# deny 443 at 90 comes before allow-all at 100, whatever the order in the file
	entries := [
		all_out(100, "allow", 10),
		entry(90, true, "6", "deny", "0.0.0.0/0", 443, 443, 11),
		all_in(100, "allow", 12),
	]
	answers([acl(entries)], https) == {["nacl_out_blocks", "block", 11], ["nacl_return_allows", "allow", 12]}

	# a deny on another port does not matter
	other := [all_out(100, "allow", 10), entry(90, true, "6", "deny", "0.0.0.0/0", 22, 22, 11), all_in(100, "allow", 12)]
	answers([acl(other)], https) == {["nacl_out_allows", "allow", 10], ["nacl_return_allows", "allow", 12]}
}

test_implicit_final_deny_state if {
	answers([acl([entry(100, true, "6", "allow", "0.0.0.0/0", 80, 80, 10), all_in(100, "allow", 12)])], https) == {
		["nacl_out_default", "block", 1],
		["nacl_return_allows", "allow", 12],
	}
}

test_protocol_numbers if {
	# UDP (17) does not open TCP; -1 opens everything
	udp_only := [entry(100, true, "17", "allow", "0.0.0.0/0", 0, 65535, 10), all_in(100, "allow", 12)]
	answers([acl(udp_only)], https) == {["nacl_out_default", "block", 1], ["nacl_return_allows", "allow", 12]}
	udp := fx.ip("35.171.240.32", "udp", 4242)
	answers([acl(udp_only)], udp) == {["nacl_out_allows", "allow", 10], ["nacl_return_allows", "allow", 12]}
	icmp := [entry(100, true, "1", "allow", "0.0.0.0/0", null, null, 10), all_in(100, "allow", 12)]
	answers([acl(icmp)], https) == {["nacl_out_default", "block", 1], ["nacl_return_allows", "allow", 12]}
	named := [entry(100, true, "tcp", "allow", "0.0.0.0/0", 443, 443, 10), all_in(100, "allow", 12)]
	answers([acl(named)], https) == {["nacl_out_allows", "allow", 10], ["nacl_return_allows", "allow", 12]}
}

test_return_traffic_needs_the_whole_ephemeral_range if {
	# inbound 32768-65535 only: replies to 1024-32767 are denied by the implicit rule
	partial := [all_out(100, "allow", 10), entry(100, false, "6", "allow", "0.0.0.0/0", 32768, 65535, 12)]
	r := {a | some a in nacl.answers(https)} with input as net([acl(partial)])
	some a in r
	a.cause == "nacl_return_default"
	a.params.fromPort == 1024
	a.params.toPort == 32767

	# an explicit inbound deny of part of the range
	denied := [all_out(100, "allow", 10), entry(50, false, "6", "deny", "0.0.0.0/0", 2000, 3000, 11), all_in(100, "allow", 12)]
	answers([acl(denied)], https) == {["nacl_out_allows", "allow", 10], ["nacl_return_blocks", "block", 11]}

	full := [all_out(100, "allow", 10), entry(100, false, "6", "allow", "0.0.0.0/0", 1024, 65535, 12)]
	answers([acl(full)], https) == {["nacl_out_allows", "allow", 10], ["nacl_return_allows", "allow", 12]}
}

test_host_names_have_no_fixed_addresses if {
	# a deny of a public block before the allow-all may hold the host's addresses
	entries := [entry(90, true, "-1", "deny", "52.0.0.0/8", null, null, 11), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(entries)], https) == {["nacl_out_maybe", "unknown", 11], ["nacl_return_allows", "allow", 12]}

	# a deny of a private block never does
	private := [entry(90, true, "-1", "deny", "10.0.0.0/8", null, null, 11), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(private)], https) == {["nacl_out_allows", "allow", 10], ["nacl_return_allows", "allow", 12]}

	# an address destination is judged exactly
	gw := fx.ip("35.171.240.32", "udp", 4242)
	answers([acl(entries)], gw) == {["nacl_out_allows", "allow", 10], ["nacl_return_allows", "allow", 12]}
	blocked := [entry(90, true, "-1", "deny", "35.171.240.0/24", null, null, 11), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(blocked)], gw) == {["nacl_out_blocks", "block", 11], ["nacl_return_allows", "allow", 12]}

	# inbound, the same block is the replies' source
	inbound := [all_out(100, "allow", 10), entry(90, false, "-1", "deny", "35.171.240.0/24", null, null, 11), all_in(100, "allow", 12)]
	answers([acl(inbound)], gw) == {["nacl_out_allows", "allow", 10], ["nacl_return_blocks", "block", 11]}
}

test_unassociated_acl_filters_nothing if {
	not nacl.present with input as net([object.union(acl([]), {"subnets": []})])
	nacl.present with input as net([object.union(acl([]), {"subnets": [], "isDefault": true})])
}

test_unresolved_values if {
	unordered := [object.union(all_out(100, "allow", 10), {"ruleNumber": {"$unknown": "parameter RuleNo"}})]
	answers([acl(unordered)], https) == {["nacl_unknown_order", "unknown", 10]}

	# an unresolved action may be either
	either := [object.union(all_out(90, "allow", 11), {"action": {"$unknown": "x"}}), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(either)], https) == {["nacl_out_maybe", "unknown", 11], ["nacl_return_allows", "allow", 12]}

	# an unresolved direction belongs to both directions
	both := [object.union(all_out(90, "deny", 11), {"egress": {"$unknown": "x"}}), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(both)], https) == {["nacl_out_blocks", "block", 11], ["nacl_return_blocks", "block", 11]}

	# a port range that is not resolved
	ports := [object.union(entry(90, true, "6", "deny", "0.0.0.0/0", 443, 443, 11), {"toPort": {"$unknown": "x"}}), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(ports)], https) == {["nacl_out_maybe", "unknown", 11], ["nacl_return_allows", "allow", 12]}
	no_from := [object.union(entry(90, true, "6", "deny", "0.0.0.0/0", null, 443, 11), {"fromPort": null}), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(no_from)], https) == {["nacl_out_maybe", "unknown", 11], ["nacl_return_allows", "allow", 12]}
	no_ports := [{"ruleNumber": 90, "egress": true, "protocol": "6", "action": "deny", "cidr": "0.0.0.0/0", "location": fx.at(11)}, all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(no_ports)], https) == {["nacl_out_blocks", "block", 11], ["nacl_return_allows", "allow", 12]}
	unknown_proto := [entry(90, true, "weird", "deny", "0.0.0.0/0", null, null, 11), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(unknown_proto)], https) == {["nacl_out_maybe", "unknown", 11], ["nacl_return_allows", "allow", 12]}
}

test_conditional_acl_and_entries if {
	conditional := object.union(acl([all_in(100, "allow", 12)]), {"condition": {"$unknown": "IsProd"}})
	answers([conditional], https) == {["nacl_conditional", "unknown", 1], ["nacl_return_allows", "allow", 12]}
	entry_condition := [object.union(all_out(90, "deny", 11), {"condition": {"$unknown": "IsProd"}}), all_out(100, "allow", 10), all_in(100, "allow", 12)]
	answers([acl(entry_condition)], https) == {["nacl_out_maybe", "unknown", 11], ["nacl_return_allows", "allow", 12]}
}

# Scope: an ACL of a VPC that is provably not the runner's filters none of its traffic.
test_acl_outside_the_runner_vpc_is_out_of_scope if {
	a := object.union(acl([all_out(100, "deny", 10)]), {"vpc": "Other"})
	other := {"id": "Other", "cidrs": ["192.168.0.0/16"], "location": fx.at(2)}

	# the runner's VPC from the config (10.8.0.0/16): no overlap
	not nacl.present with input as fx.network({"nacls": [a], "vpcs": [other]})
	nacl.outside_runner_vpc(a) with input as fx.network({"nacls": [a], "vpcs": [other]})

	# overlapping blocks, an unknown block, an ACL whose VPC is not in the inputs: judged
	nacl.present with input as fx.network({"nacls": [a], "vpcs": [object.union(other, {"cidrs": ["10.0.0.0/8"]})]})
	nacl.present with input as fx.network({"nacls": [a], "vpcs": [object.union(other, {"cidrs": ["192.168.0.0/16", {"$unknown": "IPAM"}]})]})
	nacl.present with input as fx.network({"nacls": [a]})

	# no runner VPC known: judged
	nacl.present with input as object.union(fx.network({"nacls": [a], "vpcs": [other]}), {"config": {"vpcCidrs": []}})
}

# Without vpcCidrs, the runner's VPC is that of its security groups.
test_the_runner_vpc_from_its_groups if {
	a := object.union(acl([all_out(100, "deny", 10)]), {"vpc": "Other"})
	vpcs := [{"id": "Other", "cidrs": ["192.168.0.0/16"], "location": fx.at(2)}, {"id": "Runner", "cidrs": ["10.8.0.0/16"], "location": fx.at(3)}]
	env := {"id": "Env", "vpc": "Runner", "tags": {"runnerlint:role": "environment"}, "location": fx.at(4), "ingress": [], "egress": [], "implicitEgress": true}
	net := object.union(fx.network({"nacls": [a], "vpcs": vpcs, "securityGroups": [env]}), {"config": {"vpcCidrs": []}})
	not nacl.present with input as net
	nacl.present with input as object.union(net, {"nacls": [object.union(a, {"vpc": "Runner"})]})
}
