# METADATA
# title: CIDR blocks
# description: |
#   IPv4 and IPv6 CIDR blocks of security-group peers and VPCs. In Wasm, net.cidr_contains on a
#   malformed CIDR is undefined instead of an error, so every helper here checks validity first
#   and the callers turn an invalid CIDR into an unknown, never into silence.
package runnerlint.lib.cidr

# valid(c): c is a CIDR block ("10.0.0.0/16", "2001:db8::/32").
valid(c) if {
	is_string(c)
	regex.match(`^[0-9A-Fa-f:.]+/[0-9]{1,3}$`, c)
	net.cidr_contains(c, c)
}

# ipv6(c): c is an IPv6 block.
ipv6(c) if {
	valid(c)
	contains(c, ":")
}

ipv4(c) if {
	valid(c)
	not contains(c, ":")
}

# world(c): c is every address of its family (0.0.0.0/0, ::/0, or any other /0).
world(c) if {
	valid(c)
	endswith(c, "/0")
}

# world4(c): c is every IPv4 address.
world4(c) if {
	world(c)
	ipv4(c)
}

# within_any(c, blocks): c lies inside one of the blocks.
within_any(c, blocks) if {
	valid(c)
	some b in blocks
	valid(b)
	net.cidr_contains(b, c)
}

# contains_block(c, b): c contains the whole of block (or address) b.
contains_block(c, b) if {
	valid(c)
	net.cidr_contains(c, b)
}

# overlaps(c, b): c and b share at least one address.
overlaps(c, b) if {
	valid(c)
	valid(b)
	net.cidr_intersects(c, b)
}
