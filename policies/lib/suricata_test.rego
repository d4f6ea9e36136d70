package runnerlint.lib.suricata_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.lib.suricata

ctx := {"vars": {"GW": ["35.171.240.0/24"]}, "ports": {"TLS_PORTS": ["443", "8443:8444"], "BAD": ["x"]}, "refs": set()}

home_ctx := object.union(ctx, {"home": ["10.0.0.0/8"]})

https := fx.host("app.gitpod.io", 443)

udp := fx.ip("35.171.240.32", "udp", 4242)

m(rule, f, phase) := x if {
	x := suricata.match(rule, f, phase, ctx) with input as fx.network({})
}

base(protocol) := fx.rule("pass", protocol, fx.addr(["any"]), fx.anywhere, [], [], 1)

to(dst) := object.union(base("udp"), {"destination": fx.addr(dst)})

with_port(items) := object.union(base("tcp"), {"destinationPort": items})

from_port(items) := object.union(base("tcp"), {"sourcePort": items})

sni(c) := object.union(base("tls"), {"hosts": [c]})

test_phases if {
	suricata.phases(https) == ["handshake", "app"]
	suricata.phases(udp) == ["udp"]
}

test_protocols if {
	m(base("tcp"), https, "handshake") == "all"
	m(base("tls"), https, "handshake") == "none"
	m(base("tls"), https, "app") == "all"
	m(base("http"), https, "app") == "none"
	m(base("http"), fx.http_host("a.b", 80), "app") == "all"
	m(base("ip"), udp, "udp") == "all"
	m(base("udp"), udp, "udp") == "all"
	m(base("udp"), https, "app") == "none"
	m(base("tcp"), udp, "udp") == "none"
	m(base("dns"), https, "app") == "none"
	m(base("tls"), udp, "udp") == "none"
	m(base("http"), udp, "udp") == "none"
	m(base("something"), https, "app") == "maybe"
}

test_flow_keywords if {
	m(object.union(base("tcp"), {"flow": ["to_server", "established"]}), https, "handshake") == "none"
	m(object.union(base("tcp"), {"flow": ["to_server", "established"]}), https, "app") == "all"
	m(object.union(base("tcp"), {"flow": ["not_established"]}), https, "handshake") == "all"
	m(object.union(base("tcp"), {"flow": ["not_established"]}), https, "app") == "none"
	m(object.union(base("tcp"), {"flow": ["to_client"]}), https, "app") == "none"
	m(object.union(base("udp"), {"flow": ["established"]}), udp, "udp") == "maybe"
	m(object.union(base("udp"), {"flow": ["not_established"]}), udp, "udp") == "maybe"
	m(object.union(base("tcp"), {"flow": ["only_stream"]}), https, "app") == "all"
	m(object.union(base("tcp"), {"flow": ["weird"]}), https, "app") == "maybe"
	suricata.scope(object.union(base("tcp"), {"flow": ["not_established"]})) == "phase"
	suricata.scope(base("tcp")) == "flow"
}

test_addresses_and_variables if {
	m(to(["35.171.240.0/24"]), udp, "udp") == "all"
	m(to(["$GW"]), udp, "udp") == "all"
	m(to(["$UNDEFINED"]), udp, "udp") == "maybe"
	m(to(["[35.171.240.32"]), udp, "udp") == "maybe"
	m(to(["$EXTERNAL_NET"]), udp, "udp") == "all"
	m(to(["$HOME_NET"]), udp, "udp") == "none"

	# negated items are excluded
	negated := object.union(base("udp"), {"destination": [{"value": "any", "negated": false}, {"value": "35.171.240.32", "negated": true}]})
	m(negated, udp, "udp") == "none"
	only_negated := object.union(base("udp"), {"destination": [{"value": "10.0.0.0/8", "negated": true}]})
	m(only_negated, udp, "udp") == "all"

	# the runner must be in the source
	from_other := object.union(base("udp"), {"source": fx.addr(["192.168.0.0/16"])})
	m(from_other, udp, "udp") == "none"

	# HOME_NET defined: checked against the runner's blocks
	home := suricata.match(base("udp"), udp, "udp", home_ctx) with input as fx.network({})
	home == "all"
	home_out := suricata.match(base("udp"), udp, "udp", object.union(ctx, {"home": ["10.9.0.0/16"]})) with input as fx.network({})
	home_out == "none"
	dst_home := suricata.match(object.union(base("udp"), {"destination": fx.addr(["$HOME_NET"])}), udp, "udp", home_ctx) with input as fx.network({})
	dst_home == "none"
	ext_var := suricata.match(object.union(base("udp"), {"destination": fx.addr(["$EXTERNAL_NET"])}), udp, "udp", object.union(ctx, {"vars": {"EXTERNAL_NET": ["35.0.0.0/8"]}})) with input as fx.network({})
	ext_var == "all"
	private_ip := fx.ip("10.1.2.3", "udp", 4242)
	m(object.union(base("udp"), {"destination": fx.addr(["$HOME_NET"])}), private_ip, "udp") == "maybe"
}

test_bidirectional_rules if {
	# "<>": the runner may be on either side
	reversed := object.union(base("udp"), {"source": fx.addr(["35.171.240.0/24"]), "destination": fx.addr(["$HOME_NET"]), "direction": "<>"})
	m(reversed, udp, "udp") == "all"
	m(object.union(reversed, {"direction": "->"}), udp, "udp") == "none"
}

test_ports if {
	m(with_port(fx.port(443)), https, "app") == "all"
	m(with_port(fx.port(8443)), https, "app") == "none"
	m(with_port([{"from": 1, "to": 1000, "negated": false}, {"from": 443, "to": 443, "negated": true}]), https, "app") == "none"
	m(with_port([{"variable": "TLS_PORTS", "negated": false}]), https, "app") == "all"
	m(with_port([{"variable": "TLS_PORTS", "negated": false}]), fx.host("a.b", 8444), "app") == "all"
	m(with_port([{"variable": "NOPE", "negated": false}]), https, "app") == "maybe"
	m(with_port([{"variable": "BAD", "negated": false}]), https, "app") == "maybe"
	m(with_port([{"negated": false}]), https, "app") == "all"

	# source ports: the runner's ephemeral ports
	m(from_port([{"from": 1024, "to": 65535, "negated": false}]), https, "app") == "all"
	m(from_port([{"from": 0, "to": 1023, "negated": false}]), https, "app") == "none"
	m(from_port([{"from": 32768, "to": 65535, "negated": false}]), https, "app") == "some"
	m(from_port([{"from": 0, "to": 1023, "negated": true}]), https, "app") == "all"
	m(from_port([{"variable": "X", "negated": false}]), https, "app") == "maybe"
}

test_host_conditions if {
	m(sni(fx.sni("exact", "app.gitpod.io")), https, "app") == "all"
	m(sni(fx.sni("exact", "app.gitpod.io")), https, "handshake") == "none"
	m(sni(fx.sni("suffix", ".gitpod.io")), https, "app") == "all"
	m(sni(fx.sni("exact", "other.io")), https, "app") == "none"
	m(sni(fx.sni("exact", "app.gitpod.io")), udp, "udp") == "none"
	host := {"buffer": "http.host", "match": "exact", "value": "app.gitpod.io", "nocase": true, "dotprefix": false, "negated": false}
	m(object.union(base("tls"), {"hosts": [host]}), https, "app") == "none"
}

test_unsupported_options if {
	r := object.union(base("tls"), {"unsupported": ["ja3.hash"]})
	m(r, https, "app") == "maybe"
	m(r, https, "handshake") == "none"
}
