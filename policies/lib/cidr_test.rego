package runnerlint.lib.cidr_test

import data.runnerlint.lib.cidr

test_valid if {
	cidr.valid("10.0.0.0/16")
	cidr.valid("0.0.0.0/0")
	cidr.valid("2001:db8::/32")
	cidr.valid("::/0")
	not cidr.valid("10.0.0.0/33")
	not cidr.valid("10.0.0.0")
	not cidr.valid("banana/8")
	not cidr.valid("")
	not cidr.valid({"$unknown": "r"})
	not cidr.valid(null)
}

test_families if {
	cidr.ipv4("10.0.0.0/16")
	not cidr.ipv6("10.0.0.0/16")
	cidr.ipv6("2001:db8::/32")
	not cidr.ipv4("2001:db8::/32")
	not cidr.ipv4("nope")
}

test_world if {
	cidr.world("0.0.0.0/0")
	cidr.world("::/0")
	cidr.world4("0.0.0.0/0")
	not cidr.world4("::/0")
	not cidr.world("0.0.0.0/1")
	not cidr.world("128.0.0.0/1")
	not cidr.world("10.0.0.0/8")
}

test_within_any if {
	cidr.within_any("10.0.1.0/24", ["192.168.0.0/16", "10.0.0.0/16"])
	cidr.within_any("10.0.0.0/16", ["10.0.0.0/16"])
	not cidr.within_any("10.0.0.0/8", ["10.0.0.0/16"])
	not cidr.within_any("0.0.0.0/1", ["10.0.0.0/16"])
	not cidr.within_any("0.0.0.0/0", ["10.0.0.0/16"])
	not cidr.within_any("::/0", ["10.0.0.0/16"])
	not cidr.within_any("2001:db8::/64", ["10.0.0.0/16"])
	cidr.within_any("2001:db8:0:1::/64", ["10.0.0.0/16", "2001:db8::/56"])
	not cidr.within_any("10.0.1.0/24", ["bad", {"$unknown": "r"}])
}

test_contains_block if {
	cidr.contains_block("0.0.0.0/0", "10.0.0.0/16")
	cidr.contains_block("0.0.0.0/1", "10.0.0.0/16")
	not cidr.contains_block("128.0.0.0/1", "10.0.0.0/16")
	cidr.contains_block("35.171.240.0/24", "35.171.240.32")
	not cidr.contains_block("35.171.240.32/32", "35.171.240.33")
	not cidr.contains_block("::/0", "10.0.0.0/16")
	not cidr.contains_block("nope", "10.0.0.0/16")
}

test_overlaps if {
	cidr.overlaps("10.0.0.0/8", "10.1.0.0/16")
	cidr.overlaps("10.1.2.0/24", "10.1.0.0/16")
	not cidr.overlaps("10.2.0.0/16", "10.1.0.0/16")
	not cidr.overlaps("10.2.0.0/16", "x")
}
