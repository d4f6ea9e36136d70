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
	m(with_port(fx.port(443)), https, "handshake") == "all"
	m(with_port(fx.port(8443)), https, "handshake") == "none"
	m(with_port([{"from": 1, "to": 1000, "negated": false}, {"from": 443, "to": 443, "negated": true}]), https, "handshake") == "none"
	m(with_port([{"variable": "TLS_PORTS", "negated": false}]), https, "handshake") == "all"
	m(with_port([{"variable": "TLS_PORTS", "negated": false}]), fx.host("a.b", 8444), "handshake") == "all"
	m(with_port([{"variable": "NOPE", "negated": false}]), https, "handshake") == "maybe"
	m(with_port([{"variable": "BAD", "negated": false}]), https, "handshake") == "maybe"
	m(with_port([{"negated": false}]), https, "handshake") == "all"

	# source ports: the runner's ephemeral ports
	m(from_port([{"from": 1024, "to": 65535, "negated": false}]), https, "handshake") == "all"
	m(from_port([{"from": 0, "to": 1023, "negated": false}]), https, "handshake") == "none"
	m(from_port([{"from": 32768, "to": 65535, "negated": false}]), https, "handshake") == "some"
	m(from_port([{"from": 0, "to": 1023, "negated": true}]), https, "handshake") == "all"
	m(from_port([{"variable": "X", "negated": false}]), https, "handshake") == "maybe"
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

# --- TLS fingerprints, ssl_state, app-layer-protocol, ip_proto, pcre ------------------------------

ja4(value, extra) := object.union(base("tls"), {"fingerprints": [object.union(
	{"buffer": "ja4.hash", "value": value, "nocase": false, "negated": false, "startswith": false, "endswith": false, "offset": null, "depth": null},
	extra,
)]})

test_ja4_hash_shape if {
	# every JA4 has "_": AWS's default reject matches every ClientHello, and only there
	m(ja4("_", {}), https, "app") == "all"
	m(ja4("_", {}), https, "handshake") == "none"
	m(ja4("_", {}), udp, "udp") == "none"

	# "t" over TCP, "d" with a name in the SNI: known characters decide
	m(ja4("t", {"startswith": true}), https, "app") == "all"
	m(ja4("q", {"startswith": true}), https, "app") == "none"
	m(ja4("T", {"startswith": true, "nocase": true}), https, "app") == "all"
	m(ja4("d", {"offset": 3, "depth": 1}), https, "app") == "all"
	m(ja4("d", {"offset": 3, "depth": 1, "negated": true}), https, "app") == "none"
	m(ja4("i", {"offset": 3, "depth": 1}), fx.host("10.1.2.3", 443), "app") == "all"
	m(ja4("d", {"offset": 3, "depth": 1}), fx.host("10.1.2.3", 443), "app") == "none"

	# a "_" at the start never: AWS's "JA4 No SNI Reject" written with startswith matches nothing
	m(ja4("_", {"startswith": true}), https, "app") == "none"

	# the version, counts and hashes are not known: a full fingerprint may or may not be this one
	m(ja4("t13d1516h2_8daaf6152771_02713d6af862", {}), https, "app") == "maybe"
	m(ja4("t13d", {"startswith": true}), https, "app") == "maybe"

	# characters a hash never holds
	m(ja4("xyz", {}), https, "app") == "none"
	m(ja4("xyz", {"negated": true}), https, "app") == "all"

	# longer than the fingerprint, or a depth shorter than the content
	m(ja4("t13d1516h2_8daaf6152771_02713d6af862_", {}), https, "app") == "none"
	m(ja4("_8", {"depth": 1}), https, "app") == "none"
}

test_ja3_hash_is_32_hex if {
	j := object.union(base("tls"), {"fingerprints": [{"buffer": "ja3.hash", "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "nocase": false, "negated": true, "startswith": false, "endswith": false, "offset": null, "depth": null}]})
	m(j, https, "app") == "all"
	k := object.union(base("tls"), {"fingerprints": [{"buffer": "ja3.hash", "value": "e7d705a3286e19ea42f587b344ee6865", "nocase": false, "negated": false, "startswith": false, "endswith": false, "offset": null, "depth": null}]})
	m(k, https, "app") == "maybe"
}

ssl(states) := object.union(base("tls"), {"sslState": [{"states": states}]})

test_ssl_state if {
	m(ssl([{"state": "client_hello", "negated": false}]), https, "app") == "all"
	m(ssl([{"state": "client_hello", "negated": false}]), https, "handshake") == "none"
	m(ssl([{"state": "server_hello", "negated": false}]), https, "app") == "maybe"
	m(ssl([{"state": "server_hello", "negated": true}]), https, "app") == "all"
	m(ssl([{"state": "client_hello", "negated": true}]), https, "app") == "maybe"
	m(ssl([{"state": "server_hello", "negated": false}, {"state": "client_hello", "negated": false}]), https, "app") == "all"
	m(ssl([{"state": "client_hello", "negated": false}]), fx.http_host("a.b", 80), "app") == "none"
}

app(protocol, negated) := object.union(base("tcp"), {"appLayer": [{"protocol": protocol, "negated": negated, "afterApp": false}]})

test_app_layer_protocol if {
	# AWS's port/protocol enforcement: TCP 443 that is not TLS
	m(app("tls", true), https, "app") == "none"
	m(app("tls", false), https, "app") == "all"
	m(app("http", true), https, "app") == "all"
	m(app("ssh", false), https, "app") == "none"

	# no protocol yet on the handshake: neither the name nor its negation matches
	m(app("tls", true), https, "handshake") == "none"
	m(app("tls", false), https, "handshake") == "none"

	# a TCP flow of no known protocol, or a protocol runnerlint does not know
	m(app("tls", true), fx.ip("1.2.3.4", "tcp", 22), "app") == "maybe"
	m(app("foo", false), https, "app") == "maybe"
}

proto(values) := object.union(base("ip"), {"ipProto": values})

test_ip_proto if {
	others := [{"value": "tcp", "negated": true}, {"value": "udp", "negated": true}, {"value": "icmp", "negated": true}]
	m(proto(others), https, "app") == "none"
	m(proto(others), udp, "udp") == "none"
	m(proto([{"value": 17, "negated": false}]), udp, "udp") == "all"
	m(proto([{"value": 6, "negated": false}]), udp, "udp") == "none"
	m(proto([{"value": "gre", "negated": false}]), udp, "udp") == "maybe"
}

pcre(value, negated) := sni({"buffer": "tls.sni", "match": "pcre", "value": value, "nocase": false, "dotprefix": false, "negated": negated})

test_pcre_on_one_name if {
	direct_to_ip := `^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$`
	m(pcre(direct_to_ip, false), https, "app") == "none"
	m(pcre(direct_to_ip, true), https, "app") == "all"
	m(pcre(`(?i)(^|\.)(gitpod\.io|example\.com)$`, false), https, "app") == "all"
	m(pcre(`(?i)(^|\.)(gitpod\.io|example\.com)$`, false), fx.host("notgitpod.io", 443), "app") == "none"

	# under a wildcard or an unknown label the name is not one string
	m(pcre(`(?i)\.gitpod\.dev$`, false), fx.host("*.us01.gitpod.dev", 443), "app") == "maybe"
	m(pcre(`^ec2\.`, false), fx.host("ec2.<region>.amazonaws.com", 443), "app") == "maybe"
}

test_first_packet_only if {
	# addresses and ports only: Suricata checks the first packet of the flow, not the connection
	m(base("tcp"), https, "handshake") == "all"
	m(base("tcp"), https, "app") == "none"
	m(base("udp"), udp, "udp") == "all"

	# a flow: option, an application-layer condition or a negated address: every packet
	m(object.union(base("tcp"), {"flow": ["to_server"]}), https, "app") == "all"
	m(app("ssh", true), https, "app") == "all"
	m(object.union(base("tcp"), {"destination": [{"value": "8.8.8.8", "negated": true}]}), fx.ip("1.2.3.4", "tcp", 22), "app") == "all"
	m(object.union(base("tcp"), {"destination": fx.addr(["$EXTERNAL_NET"])}), https, "app") == "all"
	defined := object.union(ctx, {"vars": {"EXTERNAL_NET": ["0.0.0.0/0"]}})
	suricata.match(object.union(base("tcp"), {"destination": fx.addr(["$EXTERNAL_NET"])}), https, "app", defined) == "none" with input as fx.network({})
}

# --- refused rules (checked against Suricata 7 by test/oracles/suricata.test.ts) ----------------

host_cond(buffer, value, nocase) := {"buffer": buffer, "match": "contains", "value": value, "nocase": nocase, "dotprefix": false, "negated": false}

test_refused_rules if {
	not suricata.refused(sni(host_cond("tls.sni", "gitpod.io", true)))
	suricata.refused(object.union(base("http"), {"hosts": [host_cond("http.host", "app.gitpod.io", true)]})) == "http.host with an upper-case content or nocase"
	suricata.refused(object.union(base("http"), {"hosts": [host_cond("http.host", "App.gitpod.io", false)]})) == "http.host with an upper-case content or nocase"
	suricata.refused(object.union(sni(host_cond("tls.sni", "a", false)), {"flow": ["to_client"]})) == "tls.sni with flow:to_client"
	suricata.refused(object.union(base("tcp"), {"flow": ["established", "not_established"]})) == "flow:established with flow:not_established"
	suricata.refused(object.union(base("tcp"), {"ipProto": [{"value": 6, "negated": false}]})) == "ip_proto on a rule whose protocol is not ip"
	suricata.refused(object.union(base("http"), {"hosts": [host_cond("tls.sni", "a", false)]})) == "keywords of http and tls"

	# ja3 / ja4 belong to TLS and QUIC: not on an http rule, fine on tcp
	j := {"buffer": "ja4.hash", "value": "_", "nocase": false, "negated": false, "startswith": false, "endswith": false, "offset": null, "depth": null}
	suricata.refused(object.union(base("http"), {"fingerprints": [j]})) == "keywords of http and quic and tls"
	not suricata.refused(object.union(base("tcp"), {"fingerprints": [j]}))
	short := object.union(j, {"buffer": "ja3.hash", "value": "e7d705a3"})
	suricata.refused(object.union(base("tls"), {"fingerprints": [short]})) == "a ja3.hash content that is not 32 characters long"

	# app-layer-protocol: after the protocol is set, on an application-protocol header, or mixed
	suricata.refused(object.union(base("tcp"), {"appLayer": [{"protocol": "ssh", "negated": true, "afterApp": true}]})) == "app-layer-protocol on a rule whose protocol is already set"
	suricata.refused(object.union(base("tls"), {"appLayer": [{"protocol": "http", "negated": true, "afterApp": false}]})) == "app-layer-protocol on a rule whose protocol is already set"
	mixed := [{"protocol": "http", "negated": true, "afterApp": false}, {"protocol": "http", "negated": false, "afterApp": false}]
	suricata.refused(object.union(base("tcp"), {"appLayer": mixed})) == "positive and negated app-layer-protocol together"
	not suricata.refused(app("tls", true))
}
