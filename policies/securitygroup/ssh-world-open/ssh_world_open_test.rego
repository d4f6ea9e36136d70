package runnerlint.securitygroup.ssh_world_open_test

import data.runnerlint.lib.test
import data.runnerlint.securitygroup.ssh_world_open

base := {"rule": "securitygroup/ssh-world-open", "requirement": "sg.ssh-world-open"}

open(group, peer, line) := object.union(base, {
	"status": "violated", "messageId": "exposed",
	"params": {"group": group, "protocol": "TCP", "port": 29222, "peer": peer},
	"location": test.at(line), "resource": group,
})

unknown(message_id, peer, extra, line) := object.union(base, {
	"status": "unknown", "messageId": message_id,
	"params": object.union({"group": "Env", "protocol": "TCP", "port": 29222, "peer": peer}, extra),
	"location": test.at(line), "resource": "Env",
})

satisfied(groups) := object.union(base, {
	"status": "satisfied", "messageId": "satisfied",
	"params": {"protocol": "TCP", "ports": [29222], "groups": groups}, "location": null,
})

env(rules) := object.union(test.sg("Env", "environment", 10), {"ingress": rules})

verdicts(groups) := v if {
	v := ssh_world_open.verdicts with input as test.network(groups)
		with data.runnerlint.catalogue as test.catalogue
}

test_users_range_is_fine if verdicts([env([test.tcp(29222, 29222, test.cidr("198.51.100.0/24"), 12)])]) == {satisfied(1)}

test_gitpod_default_is_open if verdicts([env([test.tcp(29222, 29222, test.cidr("0.0.0.0/0"), 12)])]) == {open("Env", "0.0.0.0/0", 12)}

test_ipv6_anywhere_is_open if verdicts([env([test.tcp(29222, 29222, test.cidr("::/0"), 12)])]) == {open("Env", "::/0", 12)}

test_wide_rules_open_ssh if {
	verdicts([env([test.rule("-1", null, null, test.cidr("0.0.0.0/0"), 12)])]) == {open("Env", "0.0.0.0/0", 12)}
	verdicts([env([test.tcp(0, 65535, test.cidr("0.0.0.0/0"), 12)])]) == {open("Env", "0.0.0.0/0", 12)}
}

# Halves of the internet are not "anywhere" one by one (runner-port-exposed still flags 22999).
test_halves_are_not_world if {
	verdicts([env([test.tcp(29222, 29222, test.cidr("0.0.0.0/1"), 12), test.tcp(29222, 29222, test.cidr("128.0.0.0/1"), 13)])]) == {satisfied(1)}
}

test_near_misses_are_fine if {
	verdicts([env([
		test.tcp(29221, 29221, test.cidr("0.0.0.0/0"), 12),
		test.tcp(29223, 30000, test.cidr("0.0.0.0/0"), 13),
		test.udp(29222, 29222, test.cidr("0.0.0.0/0"), 14),
		test.rule("icmp", -1, -1, test.cidr("0.0.0.0/0"), 15),
	])]) == {satisfied(1)}
}

test_only_environment_groups_when_marked if {
	bastion := object.union(test.sg("Bastion", "runner", 20), {"ingress": [test.tcp(29222, 29222, test.cidr("0.0.0.0/0"), 22)]})
	verdicts([env([]), bastion]) == {satisfied(1)}
}

test_every_group_when_none_is_marked if {
	a := object.union(test.sg("A", "", 20), {"ingress": [test.tcp(29222, 29222, test.cidr("0.0.0.0/0"), 22)]})
	b := object.union(test.sg("B", "runner", 30), {"ingress": []})
	verdicts([a, b]) == {open("A", "0.0.0.0/0", 22)}
}

test_prefix_list_is_unknown if {
	verdicts([env([test.tcp(29222, 29222, test.prefix_list("pl-0users"), 12)])]) == {unknown("prefix_list", "pl-0users", {"prefixList": "pl-0users"}, 12)}
}

test_unresolved_source_is_unknown if {
	verdicts([env([test.tcp(29222, 29222, test.unknown_peer("SSM /net/ssh-cidr"), 12)])]) == {unknown("unknown_value", "unknown", {"field": "peer", "reason": "SSM /net/ssh-cidr"}, 12)}
}

test_conditional_world_rule_is_unknown if {
	rule := object.union(test.tcp(29222, 29222, test.cidr("0.0.0.0/0"), 12), {"condition": {"$unknown": "condition SshFromAnywhere"}})
	verdicts([env([rule])]) == {unknown("conditional", "0.0.0.0/0", {"reason": "condition SshFromAnywhere"}, 12)}
}

test_odd_values_are_unknown if {
	verdicts([env([
		test.rule("ssh", 29222, 29222, test.cidr("0.0.0.0/0"), 12),
		test.tcp(29222, 1, test.cidr("0.0.0.0/0"), 13),
		test.tcp(29222, 29222, test.cidr("0.0.0.0/-1"), 14),
	])]) == {
		unknown("unknown_protocol", "0.0.0.0/0", {"ipProtocol": "ssh"}, 12),
		unknown("invalid_ports", "0.0.0.0/0", {"fromPort": 29222, "toPort": 1}, 13),
		unknown("invalid_cidr", "0.0.0.0/-1", {"cidr": "0.0.0.0/-1"}, 14),
	}
}

test_no_groups_is_not_applicable if {
	verdicts([]) == {object.union(base, {"status": "not-applicable", "messageId": "not_applicable", "params": {}, "location": null})}
}
