package runnerlint.lib.test_test

import data.runnerlint.lib.test

test_peers if {
	test.cidr("10.0.0.0/8") == {"kind": "cidr4", "cidr": "10.0.0.0/8"}
	test.cidr("::/0") == {"kind": "cidr6", "cidr": "::/0"}
	test.group_peer("Runner") == {"kind": "group", "group": "Runner"}
	test.prefix_list("pl-1") == {"kind": "prefix-list", "id": "pl-1"}
	test.unknown_peer("r") == {"kind": "unknown", "reason": "r"}
}

test_rules if {
	test.udp(4242, 4242, test.cidr("0.0.0.0/0"), 3) == {
		"protocol": "udp", "fromPort": 4242, "toPort": 4242,
		"peer": {"kind": "cidr4", "cidr": "0.0.0.0/0"},
		"location": {"file": "template.yaml", "line": 3, "column": 7, "pointer": "/Resources"},
	}
}

test_groups if {
	test.sg("A", "", 1).tags == {}
	test.sg("A", "runner", 1).tags == {"runnerlint:role": "runner"}
	test.network([test.sg("A", "", 1)]).vpcs[0].cidrs == ["10.8.0.0/16"]
	count(test.catalogue.requirements) > 5
}
