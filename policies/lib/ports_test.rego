package runnerlint.lib.ports_test

import data.runnerlint.lib.ports

yes := {"state": "yes"}

no := {"state": "no"}

tcp(from, to) := {"protocol": "tcp", "fromPort": from, "toPort": to}

test_protocol_names_and_numbers if {
	ports.protocol("tcp") == "tcp"
	ports.protocol("6") == "tcp"
	ports.protocol("TCP") == "tcp"
	ports.protocol(6) == "tcp"
	ports.protocol("udp") == "udp"
	ports.protocol("17") == "udp"
	ports.protocol("-1") == "all"
	ports.protocol(-1) == "all"
	ports.protocol("all") == "all"
	ports.protocol("icmp") == "icmp"
	ports.protocol("1") == "icmp"
	ports.protocol("icmpv6") == "icmpv6"
	ports.protocol("58") == "icmpv6"
	ports.protocol("50") == "other"
}

test_protocol_unrecognised if {
	not ports.protocol("tcpx")
	not ports.protocol("256")
	not ports.protocol("")
	not ports.protocol(6.5)
	not ports.protocol({"$unknown": "r"})
}

test_number if {
	ports.number(22) == 22
	ports.number("22") == 22
	ports.number("-1") == -1
	not ports.number("22a")
	not ports.number(22.5)
	not ports.number(null)
}

test_exact_port if ports.covers(tcp(29222, 29222), "tcp", 29222) == yes

test_range_is_inclusive if {
	ports.covers(tcp(29000, 29222), "tcp", 29222) == yes
	ports.covers(tcp(29222, 30000), "tcp", 29222) == yes
	ports.covers(tcp(0, 65535), "tcp", 29222) == yes
}

test_near_misses if {
	ports.covers(tcp(29221, 29221), "tcp", 29222) == no
	ports.covers(tcp(29223, 30000), "tcp", 29222) == no
	ports.covers(tcp(22998, 22998), "tcp", 22999) == no
	ports.covers(tcp(23000, 23000), "tcp", 22999) == no
}

test_numbers_and_names_are_the_same_protocol if {
	ports.covers({"protocol": "6", "fromPort": 9090, "toPort": 9090}, "tcp", 9090) == yes
	ports.covers({"protocol": "17", "fromPort": 4242, "toPort": 4242}, "udp", 4242) == yes
	ports.covers({"protocol": "udp", "fromPort": 4242, "toPort": 4242}, "17", 4242) == yes
}

test_other_protocols_never_cover_tcp if {
	ports.covers({"protocol": "udp", "fromPort": 29222, "toPort": 29222}, "tcp", 29222) == no
	ports.covers({"protocol": "icmp", "fromPort": -1, "toPort": -1}, "tcp", 29222) == no
	ports.covers({"protocol": "1", "fromPort": -1, "toPort": -1}, "tcp", 29222) == no
	ports.covers({"protocol": "icmpv6", "fromPort": -1, "toPort": -1}, "udp", 4242) == no
	ports.covers({"protocol": "58"}, "tcp", 29222) == no
	ports.covers({"protocol": "50"}, "tcp", 29222) == no
}

test_all_traffic_covers_every_port if {
	ports.covers({"protocol": "-1"}, "tcp", 29222) == yes
	ports.covers({"protocol": "all", "fromPort": 0, "toPort": 0}, "udp", 4242) == yes
	ports.covers({"protocol": -1, "fromPort": -1, "toPort": -1}, "tcp", 9090) == yes
}

# A TCP or UDP rule without ports, or with FromPort -1, is read as every port.
test_tcp_without_ports_is_all_ports if {
	ports.covers({"protocol": "tcp"}, "tcp", 29222) == yes
	ports.covers({"protocol": "tcp", "fromPort": -1, "toPort": -1}, "tcp", 29222) == yes
	ports.covers({"protocol": "tcp", "fromPort": -1}, "tcp", 22999) == yes
	ports.span({"protocol": "tcp"}) == {"from": 0, "to": 65535, "implicit": true}
}

test_numeric_strings_are_ports if ports.covers({"protocol": "tcp", "fromPort": "29222", "toPort": "29222"}, "tcp", 29222) == yes

test_unresolved_protocol if {
	ports.covers({"protocol": {"$unknown": "parameter Proto"}, "fromPort": 1, "toPort": 2}, "tcp", 1) == {
		"state": "unknown", "cause": "unknown_value",
		"params": {"field": "protocol", "reason": "parameter Proto"},
	}
}

test_unrecognised_protocol if {
	ports.covers({"protocol": "tcpp", "fromPort": 29222, "toPort": 29222}, "tcp", 29222) == {
		"state": "unknown", "cause": "unknown_protocol", "params": {"ipProtocol": "tcpp"},
	}
}

test_missing_protocol if {
	ports.covers({"fromPort": 29222, "toPort": 29222}, "tcp", 29222) == {
		"state": "unknown", "cause": "unknown_protocol", "params": {"ipProtocol": null},
	}
}

test_unresolved_ports if {
	ports.covers({"protocol": "tcp", "fromPort": {"$unknown": "ImportValue"}, "toPort": 29222}, "tcp", 29222) == {
		"state": "unknown", "cause": "unknown_value",
		"params": {"field": "fromPort", "reason": "ImportValue"},
	}
	ports.covers({"protocol": "6", "fromPort": 29222, "toPort": {"$unknown": "SSM"}}, "tcp", 29222) == {
		"state": "unknown", "cause": "unknown_value",
		"params": {"field": "toPort", "reason": "SSM"},
	}
}

# An unresolved port on a protocol that can never match is still a definite no.
test_unresolved_ports_of_another_protocol if {
	ports.covers({"protocol": "udp", "fromPort": {"$unknown": "r"}, "toPort": {"$unknown": "r"}}, "tcp", 29222) == no
}

test_invalid_ranges_are_unknown if {
	invalid(30000, 29000)
	invalid(-5, 29222)
	invalid(29222, 70000)
	invalid(29222, null)
	invalid(null, 29222)
	invalid(-1, 29222)
	invalid("x", 29222)
	invalid(29222.5, 29222.5)
}

invalid(from, to) if {
	ports.covers({"protocol": "tcp", "fromPort": from, "toPort": to}, "tcp", 29222) == {
		"state": "unknown", "cause": "invalid_ports",
		"params": {"fromPort": from, "toPort": to},
	}
}

test_invalid_range_with_a_missing_end if {
	ports.covers({"protocol": "tcp", "fromPort": 29222}, "tcp", 29222) == {
		"state": "unknown", "cause": "invalid_ports",
		"params": {"fromPort": 29222, "toPort": null},
	}
}

test_specifically_covers if {
	ports.specifically_covers(tcp(29222, 29222), "tcp", 29222)
	ports.specifically_covers({"protocol": "6", "fromPort": 22000, "toPort": 23000}, "tcp", 22999)
	not ports.specifically_covers(tcp(0, 65535), "tcp", 29222)
	not ports.specifically_covers({"protocol": "tcp"}, "tcp", 29222)
	not ports.specifically_covers({"protocol": "-1"}, "tcp", 29222)
	not ports.specifically_covers(tcp(29221, 29221), "tcp", 29222)
	not ports.specifically_covers({"protocol": "udp", "fromPort": 29222, "toPort": 29222}, "tcp", 29222)
}
