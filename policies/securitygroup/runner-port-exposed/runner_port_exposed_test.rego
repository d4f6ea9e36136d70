package runnerlint.securitygroup.runner_port_exposed_test

import data.runnerlint.lib.test
import data.runnerlint.securitygroup.runner_port_exposed

base := {"rule": "securitygroup/runner-port-exposed", "requirement": "sg.runner-port-exposed"}

# exposed(group, peer, line): the violation for one rule of a group.
exposed(group, peer, line) := object.union(base, {
	"status": "violated", "messageId": "exposed",
	"params": {"group": group, "protocol": "TCP", "port": 22999, "peer": peer},
	"location": test.at(line), "resource": group,
})

unknown(message_id, peer, extra, line) := object.union(base, {
	"status": "unknown", "messageId": message_id,
	"params": object.union({"group": "Env", "protocol": "TCP", "port": 22999, "peer": peer}, extra),
	"location": test.at(line), "resource": "Env",
})

satisfied(groups) := object.union(base, {
	"status": "satisfied", "messageId": "satisfied",
	"params": {"protocol": "TCP", "ports": [22999], "groups": groups}, "location": null,
})

env(rules) := object.union(test.sg("Env", "environment", 10), {"ingress": rules})

verdicts_in(net) := v if {
	v := runner_port_exposed.verdicts with input as net
		with data.runnerlint.catalogue as test.catalogue
}

verdicts(groups) := verdicts_in(test.network(groups))

one(rule) := verdicts([env([rule])])

test_inside_the_vpc_is_fine if {
	verdicts([
		env([
			test.tcp(22999, 22999, test.group_peer("Runner"), 12),
			test.tcp(22999, 22999, test.cidr("10.8.0.0/16"), 13),
			test.tcp(22999, 22999, test.cidr("10.8.4.0/22"), 14),
		]),
		test.sg("Runner", "runner", 20),
	]) == {satisfied(2)}
}

test_world_is_exposed if {
	one(test.tcp(22999, 22999, test.cidr("0.0.0.0/0"), 12)) == {exposed("Env", "0.0.0.0/0", 12)}
	one(test.tcp(22999, 22999, test.cidr("::/0"), 12)) == {exposed("Env", "::/0", 12)}
}

test_halves_of_the_internet_are_exposed if {
	verdicts([env([test.tcp(22999, 22999, test.cidr("0.0.0.0/1"), 12), test.tcp(22999, 22999, test.cidr("128.0.0.0/1"), 13)])]) == {
		exposed("Env", "0.0.0.0/1", 12),
		exposed("Env", "128.0.0.0/1", 13),
	}
}

test_wider_than_the_vpc_is_exposed if one(test.tcp(22999, 22999, test.cidr("10.0.0.0/8"), 12)) == {exposed("Env", "10.0.0.0/8", 12)}

test_another_network_is_exposed if one(test.tcp(22999, 22999, test.cidr("198.51.100.0/24"), 12)) == {exposed("Env", "198.51.100.0/24", 12)}

test_ipv6_outside_the_vpc_is_exposed if one(test.tcp(22999, 22999, test.cidr("2001:db8::/64"), 12)) == {exposed("Env", "2001:db8::/64", 12)}

test_wide_rules_expose_the_port if {
	one(test.tcp(22000, 23000, test.cidr("0.0.0.0/0"), 12)) == {exposed("Env", "0.0.0.0/0", 12)}
	one(test.tcp(0, 65535, test.cidr("0.0.0.0/0"), 12)) == {exposed("Env", "0.0.0.0/0", 12)}
	one(test.rule("-1", null, null, test.cidr("0.0.0.0/0"), 12)) == {exposed("Env", "0.0.0.0/0", 12)}
	one(test.rule("6", 22999, 22999, test.cidr("0.0.0.0/0"), 12)) == {exposed("Env", "0.0.0.0/0", 12)}
	one({"protocol": "tcp", "peer": test.cidr("0.0.0.0/0"), "location": test.at(12)}) == {exposed("Env", "0.0.0.0/0", 12)}
}

test_near_misses_are_fine if {
	verdicts([env([
		test.tcp(22998, 22998, test.cidr("0.0.0.0/0"), 12),
		test.tcp(23000, 24000, test.cidr("0.0.0.0/0"), 13),
		test.udp(22999, 22999, test.cidr("0.0.0.0/0"), 14),
		test.rule("icmp", -1, -1, test.cidr("0.0.0.0/0"), 15),
		test.rule("58", -1, -1, test.cidr("::/0"), 16),
	])]) == {satisfied(1)}
}

# Every group in scope is checked, whatever its role; a group that opens 22999 specifically is
# inferred as an environment group when none is marked, so it is in scope too.
test_any_group_is_checked if {
	other := object.union(test.sg("Db", "", 30), {"ingress": [test.tcp(22999, 22999, test.cidr("0.0.0.0/0"), 32)]})
	runner := object.union(test.sg("Runner", "runner", 40), {"ingress": [test.tcp(22999, 22999, test.cidr("::/0"), 42)]})
	verdicts([env([]), other, runner]) == {exposed("Runner", "::/0", 42)}
	verdicts([other, runner]) == {exposed("Db", "0.0.0.0/0", 32), exposed("Runner", "::/0", 42)}
	verdicts_in(test.scope_all(test.network([env([]), other, runner]))) == {exposed("Db", "0.0.0.0/0", 32), exposed("Runner", "::/0", 42)}
}

# An all-traffic rule from the world (a public load balancer) does not make a group the runner's.
test_all_traffic_groups_are_out_of_scope if {
	alb := object.union(test.sg("Alb", "", 30), {"ingress": [test.rule("-1", null, null, test.cidr("0.0.0.0/0"), 32)]})
	web := object.union(test.sg("Web", "", 40), {"ingress": [test.tcp(8000, 10000, test.cidr("0.0.0.0/0"), 42)]})
	verdicts([env([]), alb]) == {satisfied(1)}
	verdicts_in(test.network([alb])) == {{
		"rule": "securitygroup/runner-port-exposed", "requirement": "sg.runner-port-exposed",
		"status": "not-applicable", "messageId": "out_of_scope", "params": {"groups": 1}, "location": null,
	}}

	# 8000-10000 does not cover 22999 or 29222: not an environment port, out of scope
	verdicts_in(test.network([web])) == verdicts_in(test.network([alb]))
	verdicts_in(test.scope_all(test.network([alb]))) == {exposed("Alb", "0.0.0.0/0", 32)}
}

test_unknown_vpc if {
	net := object.union(test.network([env([test.tcp(22999, 22999, test.cidr("10.8.0.0/16"), 12), test.tcp(22999, 22999, test.cidr("0.0.0.0/0"), 13)])]), {"vpcs": []})
	verdicts_in(net) == {
		unknown("vpc_unknown", "10.8.0.0/16", {"vpc": "Vpc"}, 12),
		exposed("Env", "0.0.0.0/0", 13),
	}
}

test_vpc_from_the_config if {
	net := object.union(test.network([env([test.tcp(22999, 22999, test.cidr("10.8.0.0/16"), 12)])]), {
		"vpcs": [],
		"config": {"runner": "standard", "vpcCidrs": ["10.8.0.0/16"]},
	})
	verdicts_in(net) == {satisfied(1)}
}

test_prefix_list_is_unknown if {
	one(test.tcp(22999, 22999, test.prefix_list("pl-0abc"), 12)) == {unknown("prefix_list", "pl-0abc", {"prefixList": "pl-0abc"}, 12)}
}

test_unresolved_source_is_unknown if {
	one(test.tcp(22999, 22999, test.unknown_peer("Fn::ImportValue net-Cidr"), 12)) == {unknown("unknown_value", "unknown", {"field": "peer", "reason": "Fn::ImportValue net-Cidr"}, 12)}
}

test_invalid_cidr_is_unknown if {
	one(test.tcp(22999, 22999, test.cidr("0.0.0.0/00/0"), 12)) == {unknown("invalid_cidr", "0.0.0.0/00/0", {"cidr": "0.0.0.0/00/0"}, 12)}
}

test_unresolved_ports_are_unknown if {
	one(test.tcp({"$unknown": "parameter From"}, 23000, test.cidr("0.0.0.0/0"), 12)) == {unknown("unknown_value", "0.0.0.0/0", {"field": "fromPort", "reason": "parameter From"}, 12)}
	one(test.rule({"$unknown": "parameter Proto"}, 22999, 22999, test.cidr("0.0.0.0/0"), 12)) == {unknown("unknown_value", "0.0.0.0/0", {"field": "protocol", "reason": "parameter Proto"}, 12)}
}

test_unresolved_ports_inside_the_vpc_are_fine if {
	one(test.tcp({"$unknown": "parameter From"}, 23000, test.cidr("10.8.0.0/16"), 12)) == {satisfied(1)}
}

test_conditional_rule_is_unknown_not_violated if {
	rule := object.union(test.tcp(22999, 22999, test.cidr("0.0.0.0/0"), 12), {"condition": {"$unknown": "condition ExposeRunnerPort"}})
	one(rule) == {unknown("conditional", "0.0.0.0/0", {"reason": "condition ExposeRunnerPort"}, 12)}
}

test_conditional_group_is_unknown if {
	g := object.union(env([test.tcp(22999, 22999, test.cidr("0.0.0.0/0"), 12)]), {"condition": {"$unknown": "condition CreateSg"}})
	verdicts([g]) == {unknown("conditional", "0.0.0.0/0", {"reason": "condition CreateSg"}, 12)}
}

test_no_groups_is_not_applicable if {
	verdicts([]) == {object.union(base, {"status": "not-applicable", "messageId": "not_applicable", "params": {}, "location": null})}
}
