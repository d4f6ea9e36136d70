package runnerlint.securitygroup.healthcheck_exposed_test

import data.runnerlint.lib.test
import data.runnerlint.securitygroup.healthcheck_exposed

base := {"rule": "securitygroup/healthcheck-exposed", "requirement": "sg.healthcheck-exposed"}

exposed(peer, line) := object.union(base, {
	"status": "violated", "messageId": "exposed",
	"params": {"group": "Env", "protocol": "TCP", "port": 9090, "peer": peer},
	"location": test.at(line), "resource": "Env",
})

satisfied := object.union(base, {
	"status": "satisfied", "messageId": "satisfied",
	"params": {"protocol": "TCP", "ports": [9090], "groups": 1}, "location": null,
})

verdicts_in(net) := v if {
	v := healthcheck_exposed.verdicts with input as net
		with data.runnerlint.catalogue as test.catalogue
}

# The runner's group: port 9090 is the runner task's healthcheck.
verdicts(rules) := verdicts_in(test.network([object.union(test.sg("Env", "runner", 10), {"ingress": rules})]))

test_inside_the_vpc_is_fine if {
	verdicts([test.tcp(9090, 9090, test.cidr("10.8.0.0/16"), 12), test.tcp(9090, 9090, test.group_peer("Runner"), 13)]) == {satisfied}
}

test_no_ingress_is_fine if verdicts([]) == {satisfied}

# The exposed-noncompliant fixture: protocol "6", 9000-9100 from ::/0.
test_a_range_from_anywhere_is_exposed if verdicts([test.rule("6", 9000, 9100, test.cidr("::/0"), 12)]) == {exposed("::/0", 12)}

test_world_and_wider_ranges_are_exposed if {
	verdicts([test.tcp(9090, 9090, test.cidr("0.0.0.0/0"), 12)]) == {exposed("0.0.0.0/0", 12)}
	verdicts([test.tcp(9090, 9090, test.cidr("10.0.0.0/8"), 12)]) == {exposed("10.0.0.0/8", 12)}
	verdicts([test.rule("-1", null, null, test.cidr("192.0.2.0/24"), 12)]) == {exposed("192.0.2.0/24", 12)}
}

test_near_misses_are_fine if {
	verdicts([
		test.tcp(9089, 9089, test.cidr("0.0.0.0/0"), 12),
		test.tcp(9091, 9200, test.cidr("0.0.0.0/0"), 13),
		test.udp(9090, 9090, test.cidr("0.0.0.0/0"), 14),
	]) == {satisfied}
}

test_conditional_rule_is_unknown if {
	verdicts([object.union(test.tcp(9090, 9090, test.cidr("0.0.0.0/0"), 12), {"condition": {"$unknown": "condition Debug"}})]) == {object.union(base, {
		"status": "unknown", "messageId": "conditional",
		"params": {"group": "Env", "protocol": "TCP", "port": 9090, "peer": "0.0.0.0/0", "reason": "condition Debug"},
		"location": test.at(12), "resource": "Env",
	})}
}

# A group that is not the runner's (no role, no environment port) is out of scope: a public load
# balancer open to the world on every port is none of the runner's business.
test_groups_out_of_scope_are_silent if {
	alb := object.union(test.sg("Alb", "", 10), {"ingress": [test.rule("-1", null, null, test.cidr("0.0.0.0/0"), 12)]})
	verdicts_in(test.network([alb])) == {object.union(base, {"status": "not-applicable", "messageId": "out_of_scope", "params": {"groups": 1}, "location": null})}
	verdicts_in(test.scope_all(test.network([alb]))) == {object.union(exposed("0.0.0.0/0", 12), {"params": {"group": "Alb"}, "resource": "Alb"})}
}

test_no_groups_is_not_applicable if {
	verdicts_in(test.network([])) == {object.union(base, {"status": "not-applicable", "messageId": "not_applicable", "params": {}, "location": null})}
}
