# METADATA
# title: Protocols and port ranges of security-group rules
# description: |
#   What a security-group rule's IpProtocol / FromPort / ToPort open, as AWS reads them.
#   Protocol names and numbers are equivalent (tcp = 6, udp = 17, icmp = 1, icmpv6 = 58);
#   -1 (or "all") is every protocol on every port. ICMP, ICMPv6 and other IP protocol numbers
#   never open a TCP or UDP port. For TCP and UDP, FromPort..ToPort is inclusive; a rule that
#   gives no ports, or FromPort -1, opens every port. Anything else (an unrecognised protocol
#   name, a reversed or out-of-range port range, an unresolved value) is unknown.
package runnerlint.lib.ports

import data.runnerlint.lib.unknown

_names := {
	"-1": "all", "all": "all",
	"tcp": "tcp", "6": "tcp",
	"udp": "udp", "17": "udp",
	"icmp": "icmp", "1": "icmp",
	"icmpv6": "icmpv6", "58": "icmpv6",
}

_text(p) := lower(trim_space(p)) if {
	is_string(p)
} else := format_int(p, 10) if {
	is_number(p)
	p == floor(p)
}

# protocol(p): the protocol a rule's IpProtocol denotes: "all", "tcp", "udp", "icmp", "icmpv6",
# or "other" (another IP protocol number). Undefined when p is not recognised.
protocol(p) := n if {
	n := _names[_text(p)]
} else := "other" if {
	t := _text(p)
	regex.match(`^[0-9]{1,3}$`, t)
	to_number(t) <= 255
}

# number(v): v as an integer port number (JSON number or a numeric string), else undefined.
number(v) := v if {
	is_number(v)
	v == floor(v)
} else := to_number(v) if {
	is_string(v)
	regex.match(`^-?[0-9]+$`, v)
}

_given(rule, key) if {
	v := rule[key]
	v != null
}

_all_ports := {"from": 0, "to": 65535, "implicit": true}

# span(rule): the inclusive TCP/UDP port range a rule opens, {"from", "to", "implicit"};
# implicit is true when the rule gives no ports (or FromPort -1) and so opens all of them.
# Undefined for a range AWS would not accept (reversed, negative, above 65535).
span(rule) := _all_ports if {
	not _given(rule, "fromPort")
	not _given(rule, "toPort")
} else := _all_ports if {
	number(rule.fromPort) == -1
	_open_end(rule)
} else := {"from": f, "to": t, "implicit": false} if {
	f := number(rule.fromPort)
	t := number(rule.toPort)
	0 <= f
	f <= t
	t <= 65535
}

_open_end(rule) if not _given(rule, "toPort")

_open_end(rule) if number(rule.toPort) == -1

# covers(rule, proto, port): does the rule open `port` of protocol `proto` ("tcp" or "udp",
# as a name or a number)? An assessment (see lib/unknown.rego).
covers(rule, proto, port) := _covers(object.get(rule, "protocol", null), rule, proto, port)

_covers(p, rule, proto, port) := unknown.value("protocol", p) if {
	unknown.unresolved(p)
} else := _covers_protocol(_protocol_or_null(p), p, rule, proto, port)

# Each rule is judged for many flows: its protocol is read once.
_protocol_or_null(p) := n if {
	n := protocol(p)
} else := null

_covers_protocol("all", _, _, _, _) := unknown.yes

_covers_protocol(null, p, _, _, _) := unknown.maybe("unknown_protocol", {"ipProtocol": p})

_covers_protocol(name, _, rule, proto, port) := _covers_ports(rule, port) if {
	not name in {"all", null}
	name == protocol(proto)
} else := unknown.no if {
	not name in {"all", null}
}

_covers_ports(rule, port) := unknown.value("fromPort", rule.fromPort) if {
	unknown.unresolved(rule.fromPort)
} else := unknown.value("toPort", rule.toPort) if {
	unknown.unresolved(rule.toPort)
} else := _within(s, port) if {
	s := span(rule)
} else := unknown.maybe("invalid_ports", {
	"fromPort": object.get(rule, "fromPort", null),
	"toPort": object.get(rule, "toPort", null),
})

_within(s, port) := unknown.yes if {
	s.from <= port
	port <= s.to
} else := unknown.no

# specifically_covers(rule, proto, port): the rule opens `port` of `proto` through an explicit,
# narrower-than-everything port range, as an environment group's own rules do. Rules for all
# protocols, all ports (implicit or 0-65535) do not single a group out.
specifically_covers(rule, proto, port) if {
	protocol(rule.protocol) == protocol(proto)
	s := span(rule)
	not s.implicit
	s.from <= port
	port <= s.to
	s.to - s.from < 65535
}
