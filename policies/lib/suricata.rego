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
#   At the ClientHello the TLS fingerprints are partly known (JA4: "t", the version, "d" when the
#   SNI is a name, counts, ALPN, "_", 12 hex, "_", 12 hex; JA3: 32 hex): a ja3.hash / ja4.hash
#   content matches where every imaginable fingerprint of that shape decides it (content:"_" always
#   does), and ssl_state is client_hello. app-layer-protocol is known once the ClientHello or the
#   request is seen (never on the handshake, where Suricata does not match it, negated or not).
#   flowbits are evaluated by lib/nfw, in rule order.
#   Options that restrict matching and are not evaluated (pcre, byte tests, AWS's domain
#   categories, geoip, ...) leave a rule that would otherwise match as "maybe".
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
	every _ in _tls_conditions(rule) {
		layers.tls(f)
	}
	every c in object.get(rule, "ipProto", []) {
		ip_proto(c, f) != "none"
	}
}

# _tls_conditions(rule): the fingerprint and ssl_state conditions: only a TLS flow has them.
_tls_conditions(rule) := array.concat(object.get(rule, "fingerprints", []), object.get(rule, "sslState", []))

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

_host(c, f) := _pcre(c, f) if {
	c.match == "pcre"
	f.kind == "host"
	_buffer_applies(c.buffer, f)
} else := domains.match(domains.content(c), f.pattern) if {
	f.kind == "host"
	_buffer_applies(c.buffer, f)
} else := "none"

# _pcre(c, f): a pcre (c.value, translated to RE2 by the loader) on the name: exact on one known
# host; under a wildcard or an unknown <region> label the name is not one string: "maybe".
_pcre(c, f) := "maybe" if {
	f.pattern.wild
} else := "maybe" if {
	some l in f.pattern.labels
	startswith(l, "<")
} else := domains.negated(_yes_no(regex.match(c.value, _subject(c, f)))) if {
	c.negated
} else := _yes_no(regex.match(c.value, _subject(c, f)))

# The buffer the pcre reads: the name, after the dotprefix transform when there is one.
_subject(c, f) := concat("", [".", concat(".", f.pattern.labels)]) if {
	c.dotprefix
} else := concat(".", f.pattern.labels)

_yes_no(true) := "all"

_yes_no(false) := "none"

_buffer_applies("tls.sni", f) if layers.tls(f)

_buffer_applies("http.host", f) if layers.http(f)

# --- the rule --------------------------------------------------------------------------------------

# match(rule, f, phase, ctx): how the rule matches the flow's packets in the phase.
# The checks that do not depend on addresses come first: most rules fail one of them, and the
# address checks (variables, CIDR blocks) are the costly part.
match(rule, f, phase, ctx) := "none" if {
	_cheap(rule, f, phase) == "none"
} else := "none" if {
	phase == "app"
	first_packet_only(rule, ctx)
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
} else := domains.all_of([hosts(rule.hosts, f), conditions(rule, f, phase)])

# conditions(rule, f, phase): the options beyond the header, flow and host names: TLS
# fingerprints, ssl_state, app-layer-protocol, ip_proto.
conditions(rule, f, phase) := domains.all_of(array.concat(
	array.concat(
		[fingerprint(c, f) | some c in object.get(rule, "fingerprints", [])],
		[ssl_state(c, f) | some c in object.get(rule, "sslState", [])],
	),
	array.concat(
		[app_layer(c, f, phase) | some c in object.get(rule, "appLayer", [])],
		[ip_proto(c, f) | some c in object.get(rule, "ipProto", [])],
	),
))

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
	conditions(rule, f, phase),
])

# A rule with a tls.sni / http.host, fingerprint or ssl_state condition matches only once the
# ClientHello or the request is seen.
_app_phase(rule, phase) := "none" if {
	count(rule.hosts) + count(_tls_conditions(rule)) > 0
	phase != "app"
} else := "all"

# first_packet_only(rule, ctx): a rule of addresses and ports only (no flow: option, no
# application-layer condition, no negated address) is one Suricata checks on the first packet of
# each direction of a flow (its "IP-only" rules): the SYN, never the established connection.
# A negated address ("!", $EXTERNAL_NET as !$HOME_NET) makes it an ordinary rule, checked on
# every packet. Both checked against Suricata 7 (test/oracles/suricata.test.ts).
first_packet_only(rule, ctx) if {
	count(rule.flow) == 0
	count(rule.hosts) + count(_tls_conditions(rule)) == 0
	count(object.get(rule, "appLayer", [])) == 0
	count(rule.unsupported) == 0
	lower(rule.protocol) in {"ip", "tcp", "udp"}
	not _negated_address(rule, ctx)
}

_negated_address(rule, _) if {
	some i in array.concat(rule.source, rule.destination)
	i.negated
}

_negated_address(rule, ctx) if {
	some i in array.concat(rule.source, rule.destination)
	upper(i.value) == "$EXTERNAL_NET"
	not ctx.vars.EXTERNAL_NET
}

# --- TLS fingerprints, ssl_state, app-layer-protocol, ip_proto -------------------------------------

# _ja4(f): the JA4 fingerprint of the runner's ClientHello over TCP, one class per character
# (FoxIO's JA4: protocol, TLS version, SNI "d" / no SNI "i", cipher and extension counts, ALPN first
# and last character, then two truncated SHA-256 hashes). What is not known is a class.
_ja4(f) := array.concat(
	array.concat(["t", "[0-9sd]", "[0-9]", _sni_char(f), "[0-9]", "[0-9]", "[0-9]", "[0-9]", "[0-9a-z]", "[0-9a-z]", "_"], _hex(12)),
	array.concat(["_"], _hex(12)),
)

# A client sends no SNI for an address (RFC 6066 names hosts only; Go's crypto/tls leaves it out).
_sni_char(f) := "i" if {
	f.kind != "host"
} else := "i" if {
	regex.match(`^[0-9.]+$|:`, f.destination)
} else := "d"

_hex(n) := [c | some _ in numbers.range(1, n); c := "[0-9a-f]"]

_templates := {"ja3.hash": _hex(32)}

_template("ja4.hash", f) := _ja4(f)

_template(b, _) := _templates[b]

# fingerprint(c, f): a content condition on ja3.hash / ja4.hash. c: value, nocase, negated,
# startswith, endswith, offset, depth (null when not written).
fingerprint(c, f) := "none" if {
	not layers.tls(f)
} else := domains.negated(_fingerprint(c, _template(c.buffer, f))) if {
	c.negated
} else := _fingerprint(c, _template(c.buffer, f))

_fingerprint(c, t) := "none" if {
	count(_starts(c, t)) == 0
} else := domains.any_of([_at(c, t, p) | some p in _starts(c, t)])

# _starts(c, t): where the content may begin: within offset and depth, anchored by startswith /
# endswith.
_starts(c, t) := {p |
	n := count(c.value)
	lo := _num(c.offset, 0)
	hi := min({count(t) - n, _depth_end(c, lo) - n})
	hi >= lo
	some p in numbers.range(lo, hi)
	_anchored(c, t, p, n)
}

_num(v, _) := v if is_number(v)

_num(v, d) := d if not is_number(v)

_depth_end(c, lo) := lo + c.depth if is_number(c.depth)

_depth_end(c, _) := 1000000 if not is_number(c.depth)

_anchored(c, t, p, n) if {
	_start_ok(c, p)
	_end_ok(c, t, p, n)
}

_start_ok(c, _) if not c.startswith

_start_ok(c, 0) if c.startswith

_end_ok(c, _, _, _) if not c.endswith

_end_ok(c, t, p, n) if {
	c.endswith
	p + n == count(t)
}

# _at(c, t, p): the content against the fingerprint from position p, character by character.
_at(c, t, p) := domains.all_of([_char(ch, t[p + i], c.nocase) |
	some i, ch in split(c.value, "")
])

_char(ch, cls, nocase) := "all" if {
	count(cls) == 1
	_eq(ch, cls, nocase)
} else := "none" if {
	count(cls) == 1
} else := "maybe" if {
	regex.match(concat("", ["^", cls, "$"]), _case(ch, nocase))
} else := "none"

_eq(ch, cls, true) if lower(ch) == lower(cls)

_eq(ch, cls, false) if ch == cls

_case(ch, true) := lower(ch)

_case(ch, false) := ch

# ssl_state(c, f): c.states OR'd, each {state, negated}. The packet judged carries the ClientHello:
# client_hello matches it; a later message (client_keyx, ...) may be in a later packet.
ssl_state(c, f) := "none" if {
	not layers.tls(f)
} else := domains.any_of([_ssl(s.state, s.negated) | some s in c.states])

_ssl("client_hello", false) := "all"

_ssl("client_hello", true) := "maybe"

_ssl(s, false) := "maybe" if s != "client_hello"

_ssl(s, true) := "all" if s != "client_hello"

# app_layer(c, f, phase): app-layer-protocol, known once the ClientHello / request is seen. On the
# handshake Suricata has no protocol yet and matches neither the name nor its negation.
app_layer(_, _, phase) := "none" if phase == "handshake"

app_layer(c, f, phase) := _app_proto(c, f) if phase != "handshake"

_app_proto(c, f) := "maybe" if {
	not _known_app(f)
} else := "maybe" if {
	not c.protocol in ({"tls", "http", "http1"} | other_app)
} else := domains.negated(_same_app(c.protocol, f)) if {
	c.negated
} else := _same_app(c.protocol, f)

_known_app(f) if layers.tls(f)

_known_app(f) if layers.http(f)

_same_app(p, f) := "all" if {
	_app_matches(p, f)
} else := "none"

_app_matches("tls", f) if layers.tls(f)

_app_matches(p, f) if {
	p in {"http", "http1"}
	layers.http(f)
}

# ip_proto(c, f): the IP protocol, by number or name.
ip_proto(c, f) := domains.negated(_ip_proto(c.value, f)) if {
	c.negated
} else := _ip_proto(c.value, f)

_proto_numbers := {"tcp": 6, "udp": 17, "icmp": 1}

_ip_proto(v, f) := "all" if {
	_proto_number(v) == _proto_numbers[f.protocol]
} else := "none" if {
	is_number(_proto_number(v))
} else := "maybe"

_proto_number(v) := v if is_number(v)

_proto_number(v) := _proto_numbers[lower(v)] if is_string(v)

# Options that are not evaluated: a rule that may match, may not.
_restricted(rule, m) := "maybe" if {
	m != "none"
	count(rule.unsupported) > 0
} else := m

# --- rules Network Firewall refuses ----------------------------------------------------------------
#
# refused(rule): why Suricata 7 (and so Network Firewall, which validates rules with it) refuses to
# load the rule, for the keywords runnerlint reads; undefined when it loads. Checked against
# Suricata 7 by test/oracles/suricata.test.ts. AWS's own keywords (aws_domain_category, ...) are
# not refused: Network Firewall takes them.
refused(rule) := r if {
	r := _ip_proto_refusal(rule)
} else := r if {
	r := _direction_refusal(rule)
} else := r if {
	r := _flow_refusal(rule)
} else := r if {
	r := _ja3_refusal(rule)
} else := r if {
	r := _http_host_refusal(rule)
} else := r if {
	r := _app_refusal(rule)
} else := r if {
	r := _app_keyword_refusal(rule)
}

_app_buffers(rule) := array.concat(
	[c.buffer | some c in array.concat(rule.hosts, object.get(rule, "fingerprints", []))],
	["ssl_state" | count(object.get(rule, "sslState", [])) > 0],
)

# ip_proto only on an "ip" rule without application-layer buffers (app-layer-protocol is fine).
_ip_proto_refusal(rule) := "ip_proto on a rule whose protocol is not ip" if {
	count(object.get(rule, "ipProto", [])) > 0
	lower(rule.protocol) != "ip"
} else := "ip_proto with application-layer keywords" if {
	count(object.get(rule, "ipProto", [])) > 0
	count(_app_buffers(rule)) > 0
}

# tls.sni, http.host and the client fingerprints are the client's: not with flow:to_client.
_direction_refusal(rule) := concat("", [b, " with flow:to_client"]) if {
	some o in rule.flow
	o in {"to_client", "from_server"}
	bs := [c.buffer | some c in array.concat(rule.hosts, object.get(rule, "fingerprints", []))]
	b := bs[0]
}

_flow_refusal(rule) := "flow:established with flow:not_established" if {
	"established" in rule.flow
	"not_established" in rule.flow
}

# The first ja3.hash content is a whole MD5 hash: 32 characters.
_ja3_refusal(rule) := "a ja3.hash content that is not 32 characters long" if {
	ja3 := [c | some c in object.get(rule, "fingerprints", []); c.buffer == "ja3.hash"]
	count(ja3[0].value) != 32
}

# http.host is lower-cased by Suricata: an upper-case content or nocase is refused.
_http_host_refusal(rule) := "http.host with an upper-case content or nocase" if {
	some c in rule.hosts
	c.buffer == "http.host"
	c.match != "pcre"
	_cased(c)
}

_cased(c) if c.nocase

_cased(c) if lower(c.value) != c.value

# One application protocol a rule: the header's, or one every buffer allows (tls.sni and
# ssl_state: tls; http.host: http; ja3 / ja4: tls or quic).
_app_refusal(rule) := concat("", ["keywords of ", concat(" and ", sort(ps))]) if {
	count(_app_buffers(rule)) > 0
	allowed := {_buffer_protocols[b] | some b in _app_buffers(rule)} | {h | h := _header_app(rule); count(h) > 0}
	count(intersection(allowed)) == 0
	ps := union(allowed)
}

_buffer_protocols := {
	"tls.sni": {"tls"}, "ssl_state": {"tls"}, "http.host": {"http"},
	"ja3.hash": {"tls", "quic"}, "ja4.hash": {"tls", "quic"},
}

_header_app(rule) := {lower(rule.protocol)} if {
	not lower(rule.protocol) in _transport
} else := set()

_transport := {"ip", "ipv4", "ipv6", "tcp", "tcp-pkt", "tcp-stream", "udp", "icmp", "icmpv4", "icmpv6", "sctp", "pkthdr"}

# app-layer-protocol on a rule whose header names a protocol, after a keyword set one (afterApp,
# recorded by the loader in keyword order), or positive beside negated.
_app_keyword_refusal(rule) := "app-layer-protocol on a rule whose protocol is already set" if {
	some c in object.get(rule, "appLayer", [])
	c.afterApp
} else := "app-layer-protocol on a rule whose protocol is already set" if {
	count(object.get(rule, "appLayer", [])) > 0
	count(_header_app(rule)) > 0
} else := "positive and negated app-layer-protocol together" if {
	some a in object.get(rule, "appLayer", [])
	some b in object.get(rule, "appLayer", [])
	a.negated
	not b.negated
}
