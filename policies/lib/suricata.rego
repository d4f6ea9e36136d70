# METADATA
# title: Suricata rules against an egress flow
# description: |
#   Whether a stateful rule (a RulesString Suricata rule or a 5-tuple StatefulRule, both
#   normalized by the loaders) matches the packets of one runner flow, in one phase of it:
#     "handshake"  the TCP packets that open the connection (no application data yet: tls and
#                  http rules, and rules with flow:established, cannot match them);
#     "app"        the established TCP packets, up to the TLS ClientHello or HTTP request, where
#                  tls.sni / http.host are known;
#     "udp"        a UDP flow (no handshake; rules with flow:established / not_established are
#                  not evaluated and may match).
#   Addresses: the runner is the source; $HOME_NET holds it when HOME_NET is not defined
#   (Network Firewall's default is the firewall VPC's CIDR) and, when defined, when it holds the
#   runner's VPC blocks (--vpc-cidr or the only VPC of the inputs). $EXTERNAL_NET is the
#   negation of HOME_NET unless defined. The destination is the flow's address or host name
#   (lib/layers). Source ports are the runner's ephemeral ports (1024-65535).
#   Options that restrict matching and are not evaluated (pcre, ja3, byte tests, ...) leave a
#   rule that would otherwise match as "maybe".
# scope: package
package runnerlint.lib.suricata

import data.runnerlint.lib.domains
import data.runnerlint.lib.layers

# kinds: the kinds of phase a flow can be in: the TCP handshake, the established connection of a
# TLS, plain HTTP or other TCP flow, and UDP.
kinds := ["handshake", "tls", "http", "tcp", "udp"]

# kind(f, phase): the kind of a flow's phase.
kind(_, "handshake") := "handshake"

kind(_, "udp") := "udp"

kind(f, "app") := "tls" if layers.tls(f)

kind(f, "app") := "http" if layers.http(f)

kind(f, "app") := "tcp" if {
	not layers.tls(f)
	not layers.http(f)
}

# _sample[kind]: a flow and phase of each kind, to tell the rules that can never match it.
_sample := {
	"handshake": [{"protocol": "tcp", "scheme": "https", "kind": "host"}, "handshake"],
	"tls": [{"protocol": "tcp", "scheme": "https", "kind": "host"}, "app"],
	"http": [{"protocol": "tcp", "scheme": "http", "kind": "host"}, "app"],
	"tcp": [{"protocol": "tcp", "scheme": null, "kind": "ip"}, "app"],
	"udp": [{"protocol": "udp", "scheme": null, "kind": "ip"}, "udp"],
}

# possible(rule, kind): the rule's protocol, flow: options and host conditions allow a match in
# that kind of phase (what depends on the flow's addresses, ports and name is judged later).
possible(rule, kind) if {
	[f, phase] := _sample[kind]
	protocol(lower(rule.protocol), f, phase) != "none"
	_app_phase(rule, phase) != "none"
	flow_state(rule.flow, phase) != "none"
	_buffers_possible(rule, f)
}

_buffers_possible(rule, f) if {
	every c in rule.hosts {
		_buffer_applies(c.buffer, f)
	}
}

# phases(f): the phases of a flow, in order.
phases(f) := ["handshake", "app"] if f.protocol == "tcp"

phases(f) := ["udp"] if f.protocol == "udp"

# Application-layer protocols other than tls/http: never the runner's HTTPS or UDP flows.
other_app := {
	"dns", "ssh", "smtp", "ftp", "ftp-data", "smb", "dcerpc", "imap", "pop3", "msn", "krb5", "ikev2",
	"ike", "tftp", "ntp", "dhcp", "nfs", "snmp", "sip", "rfb", "mqtt", "rdp", "modbus", "dnp3",
	"enip", "http2", "quic", "pgsql", "telnet", "ldap", "icmp", "icmpv4", "icmpv6", "sctp",
}

# protocol(p, f, phase): how the rule's protocol matches the flow in the phase.
protocol("ip", _, _) := "all"

protocol("tcp", f, phase) := "all" if {
	f.protocol == "tcp"
	phase in {"handshake", "app"}
} else := "none"

protocol("udp", f, _) := "all" if {
	f.protocol == "udp"
} else := "none"

protocol("tls", f, phase) := "all" if {
	layers.tls(f)
	phase == "app"
} else := "none"

protocol("http", f, phase) := "all" if {
	layers.http(f)
	phase == "app"
} else := "none"

protocol(p, _, _) := "none" if p in other_app

protocol(p, _, _) := "maybe" if {
	not p in other_app
	not p in {"ip", "tcp", "udp", "tls", "http"}
}

# flow_state(opts, phase): the flow: options against the phase.
flow_state(opts, phase) := domains.all_of([_flow_opt(o, phase) | some o in opts])

_flow_opt(o, _) := "all" if o in {"to_server", "from_client", "stateless", "no_frag", "only_stream", "no_stream"}

_flow_opt(o, _) := "none" if o in {"to_client", "from_server", "only_frag"}

_flow_opt("established", phase) := "all" if {
	phase == "app"
} else := "none" if {
	phase == "handshake"
} else := "maybe"

_flow_opt("not_established", phase) := "all" if {
	phase == "handshake"
} else := "none" if {
	phase == "app"
} else := "maybe"

_flow_opt(o, _) := "maybe" if {
	not o in {
		"to_server", "from_client", "stateless", "no_frag", "only_stream", "no_stream",
		"to_client", "from_server", "only_frag", "established", "not_established",
	}
}

# scope(rule): what a pass passes: "phase" for a rule limited to the handshake
# (flow:not_established), else the whole flow (Suricata stops inspecting a passed TCP flow).
scope(rule) := "phase" if {
	"not_established" in rule.flow
} else := "flow"

# --- addresses -----------------------------------------------------------------------------

# ctx: {"vars": {name: [blocks]}, "ports": {name: [ports]}, "refs": {names}, "home": [blocks] or
# undefined (HOME_NET not defined)} — built by lib/nfw for each rule group.

# address(items, side, f, ctx): how an address list matches the runner ("src") or the flow's
# destination ("dst"). Items are OR'd; negated items are excluded; an empty list is any.
address(items, side, f, ctx) := domains.all_of([
	_positives(items, side, f, ctx),
	domains.negated(domains.any_of([_item(i.value, side, f, ctx) | some i in items; i.negated])),
])

_positives(items, side, f, ctx) := "all" if {
	count([i | some i in items; not i.negated]) == 0
} else := domains.any_of([_item(i.value, side, f, ctx) | some i in items; not i.negated])

_item(v, _, _, _) := "all" if lower(v) == "any"

_item(v, side, f, ctx) := variable(substring(v, 1, -1), side, f, ctx) if startswith(v, "$")

# @NAME: an IP set reference (a prefix list whose entries are not in the inputs).
_item(v, _, _, _) := "maybe" if startswith(v, "@")

_item(v, "src", _, _) := layers.from(v) if {
	lower(v) != "any"
	not regex.match(`^[$@]`, v)
}

_item(v, "dst", f, _) := layers.to(v, f) if {
	lower(v) != "any"
	not regex.match(`^[$@]`, v)
}

# variable(name, side, f, ctx): an IP variable: an IP set reference (entries not in the inputs)
# may match; HOME_NET and EXTERNAL_NET as described above; a rule-group IP set by its blocks.
variable(name, side, f, ctx) := "maybe" if {
	name in ctx.refs
} else := _blocks(bs, side, f) if {
	name != "HOME_NET"
	name != "EXTERNAL_NET"
	bs := ctx.vars[name]
} else := home(side, f, ctx) if {
	name == "HOME_NET"
} else := _blocks(bs, side, f) if {
	name == "EXTERNAL_NET"
	bs := ctx.vars.EXTERNAL_NET
} else := domains.negated(home(side, f, ctx)) if {
	name == "EXTERNAL_NET"
} else := "maybe"

_blocks(bs, "src", _) := layers.from_any(bs)

_blocks(bs, "dst", f) := layers.to_any(bs, f)

# home(side, f, ctx): HOME_NET. Undefined: the firewall VPC's CIDR — the runner's traffic is
# taken to be inside it, and a public destination outside.
home("src", _, ctx) := "all" if {
	not ctx.home
} else := layers.from_any(ctx.home)

home("dst", f, ctx) := "none" if {
	not ctx.home
	_public(f)
} else := "maybe" if {
	not ctx.home
} else := layers.to_any(ctx.home, f)

_public(f) if f.kind == "host"

_public(f) if {
	f.kind != "host"
	not layers.non_public_block(layers.block(f.address))
}

# --- ports ---------------------------------------------------------------------------------------

# dst_port(items, port, ctx): the flow's destination port against a port list ([] = any).
dst_port(items, port, ctx) := domains.all_of([
	_pos_ports(items, port, ctx),
	domains.negated(domains.any_of([_port_item(i, port, ctx) | some i in items; i.negated])),
])

_pos_ports(items, port, ctx) := "all" if {
	count([i | some i in items; not i.negated]) == 0
} else := domains.any_of([_port_item(i, port, ctx) | some i in items; not i.negated])

_port_item(i, port, ctx) := _port_var(values, port) if {
	values := ctx.ports[i.variable]
} else := "maybe" if {
	is_string(i.variable)
} else := layers.port_in(i.from, i.to, port) if {
	is_number(i.from)
} else := "all"

_port_var(values, port) := domains.any_of([_port_value(v, port) | some v in values])

_port_value(v, port) := layers.port_in(to_number(b[0]), to_number(b[1]), port) if {
	is_string(v)
	b := split(v, ":")
	count(b) == 2
	regex.match(`^[0-9]+$`, b[0])
	regex.match(`^[0-9]+$`, b[1])
} else := layers.port_in(to_number(v), to_number(v), port) if {
	is_string(v)
	regex.match(`^[0-9]+$`, v)
} else := layers.port_in(v, v, port) if {
	is_number(v)
} else := "maybe"

# src_ports(items, ctx): the runner's ephemeral source ports against a port list: "all" when
# the list holds every one of them.
src_ports(items, _) := "all" if {
	count(items) == 0
} else := domains.all_of([_src_pos(items), domains.negated(domains.any_of([_src_item(i) | some i in items; i.negated]))])

_src_pos(items) := "all" if {
	count([i | some i in items; not i.negated]) == 0
} else := domains.any_of([_src_item(i) | some i in items; not i.negated])

_src_item(i) := layers.range_in(i.from, i.to, layers.ephemeral.from, layers.ephemeral.to) if {
	is_number(i.from)
} else := "maybe" if {
	is_string(i.variable)
} else := "all"

# --- host names -----------------------------------------------------------------------------------

# hosts(conditions, f): the tls.sni / http.host conditions. A flow to an address carries no name
# that a rule could match.
hosts(conditions, f) := domains.all_of([_host(c, f) | some c in conditions])

_host(c, f) := domains.match(domains.content(c), f.pattern) if {
	f.kind == "host"
	_buffer_applies(c.buffer, f)
} else := "none"

_buffer_applies("tls.sni", f) if layers.tls(f)

_buffer_applies("http.host", f) if layers.http(f)

# --- the rule --------------------------------------------------------------------------------------

# match(rule, f, phase, ctx): how the rule matches the flow's packets in the phase.
# The checks that do not depend on addresses come first: most rules fail one of them, and the
# address checks (variables, CIDR blocks) are the costly part.
match(rule, f, phase, ctx) := "none" if {
	_cheap(rule, f, phase) == "none"
} else := _restricted(rule, domains.any_of([
	_oriented(rule, f, phase, ctx, "src", "dst", rule.sourcePort, rule.destinationPort),
	_reverse(rule, f, phase, ctx),
]))

_cheap(rule, f, phase) := "none" if {
	protocol(lower(rule.protocol), f, phase) == "none"
} else := "none" if {
	_app_phase(rule, phase) == "none"
} else := "none" if {
	flow_state(rule.flow, phase) == "none"
} else := hosts(rule.hosts, f)

_reverse(rule, f, phase, ctx) := _oriented(rule, f, phase, ctx, "dst", "src", rule.destinationPort, rule.sourcePort) if {
	rule.direction == "<>"
} else := "none"

_oriented(rule, f, phase, ctx, src_side, dst_side, sports, dports) := domains.all_of([
	protocol(lower(rule.protocol), f, phase),
	flow_state(rule.flow, phase),
	_app_phase(rule, phase),
	address(rule.source, src_side, f, ctx),
	address(rule.destination, dst_side, f, ctx),
	src_ports(sports, ctx),
	dst_port(dports, f.port, ctx),
	hosts(rule.hosts, f),
])

# A rule with a tls.sni / http.host condition matches only once the name is known.
_app_phase(rule, phase) := "none" if {
	count(rule.hosts) > 0
	phase != "app"
} else := "all"

# Options that are not evaluated: a rule that may match, may not.
_restricted(rule, m) := "maybe" if {
	m != "none"
	count(rule.unsupported) > 0
} else := m
