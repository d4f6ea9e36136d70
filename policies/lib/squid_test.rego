package runnerlint.lib.squid_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.lib.squid

acl(name, type, values, line) := {"name": name, "type": type, "flags": [], "values": values, "location": fx.at(line)}

access(action, names, line) := {"action": action, "acls": [_acl_ref(n) | some n in names], "location": fx.at(line)}

_acl_ref(n) := {"name": substring(n, 1, -1), "negated": true} if startswith(n, "!")

_acl_ref(n) := {"name": n, "negated": false} if not startswith(n, "!")

# The stock squid.conf, with an allow list of Gitpod's names before the localnet line.
stock_acls := [
	acl("localnet", "src", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"], 1),
	acl("SSL_ports", "port", ["443"], 2),
	acl("Safe_ports", "port", ["80", "443", "1025-65535"], 3),
	acl("CONNECT", "method", ["CONNECT"], 4),
	acl("gitpod", "dstdomain", [".gitpod.io", "us01.gitpod.dev"], 5),
	acl("gitpod", "dstdomain", [".vscode-unpkg.net"], 6),
]

stock_access := [
	access("deny", ["!Safe_ports"], 10),
	access("deny", ["CONNECT", "!SSL_ports"], 11),
	access("allow", ["localnet", "gitpod"], 12),
	access("deny", ["all"], 13),
]

proxy(acls, lines) := {"kind": "squid", "id": "squid.conf", "location": fx.at(1), "acls": acls, "httpAccess": lines, "unsupported": []}

# outcome(p, f, net): [cause, state, line] of the proxy's answers.
outcome(p, f) := x if {
	x := {[a.cause, a.state, object.get(a, ["location", "line"], null)] | some a in squid.answers(f)} with input as fx.network({"proxies": [p]})
		with data.runnerlint.catalogue as fx.catalogue
}

test_stock_config_allow_list if {
	p := proxy(stock_acls, stock_access)
	outcome(p, fx.host("releases.gitpod.io", 443)) == {["squid_allows", "allow", 12]}
	outcome(p, fx.host("example.com", 443)) == {["squid_denies", "block", 13]}

	# dstdomain without a dot is the name only
	outcome(p, fx.host("*.us01.gitpod.dev", 443)) == {["squid_denies", "block", 13]}
	outcome(p, fx.host("*.vscode-unpkg.net", 443)) == {["squid_allows", "allow", 12]}
}

test_ssl_ports_blocks_8443 if {
	p := proxy(stock_acls, stock_access)
	outcome(p, fx.host("us01.gitpod.dev", 8443)) == {["squid_denies", "block", 11]}
	with_8443 := array.concat(stock_acls, [acl("SSL_ports", "port", ["8443"], 7)])
	outcome(proxy(with_8443, stock_access), fx.host("us01.gitpod.dev", 8443)) == {["squid_allows", "allow", 12]}
}

test_rule_order_first_match if {
	# a deny of .gitpod.io before the allow wins
	lines := array.concat([access("deny", ["gitpod"], 9)], stock_access)
	outcome(proxy(stock_acls, lines), fx.host("releases.gitpod.io", 443)) == {["squid_denies", "block", 9]}
}

test_implicit_final_rule if {
	# the last line allows: anything that matches no line is denied
	lines := [access("allow", ["gitpod"], 10)]
	outcome(proxy(stock_acls, lines), fx.host("example.com", 443)) == {["squid_implicit_deny", "block", 1]}

	# the last line denies: the rest is allowed
	deny_only := [access("deny", ["gitpod"], 10)]
	outcome(proxy(stock_acls, deny_only), fx.host("example.com", 443)) == {["squid_implicit_allow", "allow", 1]}

	# no line at all: deny
	outcome(proxy(stock_acls, []), fx.host("example.com", 443)) == {["squid_implicit_deny", "block", 1]}
}

test_traffic_that_skips_the_proxy if {
	p := proxy(stock_acls, [access("deny", ["all"], 10)])
	outcome(p, fx.ip("35.171.240.32", "udp", 4242)) == {["squid_bypass", "na", null]}
	outcome(p, fx.host("app.gitpod.io", 443)) == {["squid_bypass", "na", null]}
	outcome(p, fx.host("ec2.<region>.amazonaws.com", 443)) == {["squid_bypass", "na", null]}
	outcome(p, fx.ip("169.254.169.254", "tcp", 80)) == {["squid_bypass", "na", null]}
	outcome(p, fx.host("releases.gitpod.io", 443)) == {["squid_denies", "block", 10]}
}

test_other_acl_types if {
	dst := [acl("gw", "dst", ["35.0.0.0/8"], 1)]
	outcome(proxy(dst, [access("allow", ["gw"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_maybe", "unknown", 10]}
	regex := [acl("re", "dstdom_regex", ["gitpod"], 1)]
	outcome(proxy(regex, [access("allow", ["re"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_maybe", "unknown", 10]}
	sni := [acl("sni", "ssl::server_name", [".gitpod.io"], 1)]
	outcome(proxy(sni, [access("allow", ["sni"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_allows", "allow", 10]}
	get := [acl("get", "method", ["GET"], 1)]
	outcome(proxy(get, [access("allow", ["get"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_implicit_deny", "block", 1]}
	empty := [acl("none", "dstdomain", [], 1)]
	outcome(proxy(empty, [access("allow", ["none"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_implicit_deny", "block", 1]}
	world := [acl("any", "dst", ["all"], 1)]
	outcome(proxy(world, [access("allow", ["any"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_allows", "allow", 10]}
	range := [acl("p", "port", ["400-500", "oops"], 1)]
	outcome(proxy(range, [access("allow", ["p"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_allows", "allow", 10]}
	outcome(proxy(range, [access("allow", ["p"], 10)]), fx.host("releases.gitpod.io", 8443)) == {["squid_maybe", "unknown", 10]}
	builtin := [access("allow", ["localhost"], 10), access("allow", ["all"], 11)]
	outcome(proxy([], builtin), fx.host("releases.gitpod.io", 443)) == {["squid_allows", "allow", 11]}
}

test_src_acls if {
	# the runner's VPC (10.8.0.0/16) is inside localnet
	narrow := [acl("office", "src", ["192.168.1.0/24"], 1)]
	outcome(proxy(narrow, [access("allow", ["office"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_implicit_deny", "block", 1]}

	# unknown runner addresses: a list holding every private block holds it
	x := {a.cause | some a in squid.answers(fx.host("releases.gitpod.io", 443))} with input as {
		"config": {"runner": "enterprise"},
		"vpcs": [],
		"proxies": [proxy(stock_acls, stock_access)],
	}
		with data.runnerlint.catalogue as fx.catalogue
	x == {"squid_allows"}
	y := {a.cause | some a in squid.answers(fx.host("releases.gitpod.io", 443))} with input as {
		"config": {"runner": "enterprise"},
		"vpcs": [],
		"proxies": [proxy(narrow, [access("allow", ["office"], 10)])],
	}
		with data.runnerlint.catalogue as fx.catalogue
	y == {"squid_maybe"}
}

test_undefined_acl_and_unsupported if {
	# squid refuses to start on an undefined ACL: nothing passes
	outcome(proxy([], [access("allow", ["nope"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_refused_undefined_acl", "block", 10]}
	outcome(proxy([], [access("allow", ["!nope"], 10)]), fx.host("releases.gitpod.io", 443)) == {["squid_refused_undefined_acl", "block", 10]}

	# defined below its first use is undefined where squid reads it
	later := proxy([acl("nope", "dstdomain", [".gitpod.io"], 12)], [access("allow", ["nope"], 10)])
	outcome(later, fx.host("releases.gitpod.io", 443)) == {["squid_refused_undefined_acl", "block", 10]}
	include := object.union(proxy(stock_acls, stock_access), {"unsupported": [{"feature": "include", "location": fx.at(20)}]})
	outcome(include, fx.host("releases.gitpod.io", 443)) == {["squid_unsupported", "unknown", 20]}
}

test_plain_http_is_a_get if {
	get := [acl("get", "method", ["GET"], 1)]
	outcome(proxy(get, [access("allow", ["get"], 10)]), fx.http_host("releases.gitpod.io", 80)) == {["squid_allows", "allow", 10]}
}

with_no_proxy(no_proxy) := object.union(fx.network({"proxies": [proxy(stock_acls, [access("deny", ["all"], 10)])]}), {"config": {"proxy": {"noProxy": no_proxy}}})

answers(n, f) := x if {
	x := {[a.cause, a.state] | some a in squid.answers(f)} with input as n with data.runnerlint.catalogue as fx.catalogue
}

test_the_runner_no_proxy_decides_for_known_hosts if {
	# app.gitpod.io is missing from NO_PROXY: it goes through squid, which denies it
	answers(with_no_proxy(".internal,.amazonaws.com"), fx.host("app.gitpod.io", 443)) == {["squid_denies", "block"]}

	# listed: direct
	answers(with_no_proxy(".internal,app.gitpod.io"), fx.host("app.gitpod.io", 443)) == {["squid_bypass", "na"]}

	# a wildcard is judged with the catalogue's entries
	answers(with_no_proxy(""), fx.host("*.vscode-unpkg.net", 443)) == {["squid_denies", "block"]}
	answers(with_no_proxy(""), fx.host("ec2.<region>.amazonaws.com", 443)) == {["squid_bypass", "na"]}
}

# --- configurations squid refuses (as squid 5.7 -k parse does) ---------------------------------

refused(values_by_line) := r if {
	acls := [acl("allowed", "dstdomain", vs, i + 2) | some i, vs in values_by_line]
	r := squid.refusal(proxy(acls, [access("allow", ["allowed"], 20)]))
}

test_a_later_broader_entry_is_fatal if {
	refused([[".code.visualstudio.com", ".visualstudio.com"]]).params == {"acl": "allowed", "entry": ".visualstudio.com", "other": ".code.visualstudio.com"}
	refused([["a.example.com", ".example.com"]]).cause == "squid_refused_overlap"
	refused([[".a.example.com"], [".example.com"]]).location == fx.at(3) # across lines of one name
	refused([[".a.example.com", ".EXAMPLE.com"]]).params.entry == ".example.com"
	refused([["10.0.0.1", ".0.0.1"]]).cause == "squid_refused_overlap"
}

test_the_name_and_its_dotted_form_are_fatal_in_either_order if {
	refused([["example.com", ".example.com"]]).params.entry == ".example.com"
	refused([[".example.com", "example.com"]]).params.entry == "example.com"
}

test_a_later_narrower_entry_only_warns if {
	not refused([[".visualstudio.com", ".code.visualstudio.com"]])
	not refused([[".example.com", "a.example.com"]])
	not refused([[".example.com"], [".a.example.com"]])
	not refused([[".b.com", ".x.com", ".a.b.com", ".y.com", ".c.b.com"]])
	not refused([["example.com", "example.com"]]) # an exact duplicate
	not refused([["example.com", "a.example.com"]]) # no dot: the name alone
}

test_other_acl_names_do_not_collide if {
	acls := [acl("a", "dstdomain", [".a.example.com"], 2), acl("b", "dstdomain", [".example.com"], 3)]
	not squid.refusal(proxy(acls, [access("allow", ["a"], 20)]))
}

test_dstdomain_does_not_take_the_i_flag if {
	a := object.union(acl("allowed", "dstdomain", [".example.com"], 2), {"flags": ["-i"]})
	squid.refusal(proxy([a], [access("allow", ["allowed"], 20)])).cause == "squid_refused_flag"
	n := object.union(acl("allowed", "dstdomain", [".example.com"], 2), {"flags": ["-n"]})
	not squid.refusal(proxy([n], [access("allow", ["allowed"], 20)]))
}

# A proxy that does not start passes nothing: every flow through it is blocked at that line.
test_a_refused_configuration_blocks_every_flow if {
	p := proxy([acl("allowed", "dstdomain", ["marketplace.visualstudio.com", ".visualstudio.com"], 4)], [access("allow", ["allowed"], 20)])
	outcome(p, fx.host("marketplace.visualstudio.com", 443)) == {["squid_refused_overlap", "block", 4]}
}

test_an_unknown_acl_type_is_refused if {
	typo := {"name": "gitpod", "type": "dstdomain_regex", "flags": [], "values": [".gitpod.io"], "location": {"file": "squid.conf", "line": 3, "column": 1}}
	r := squid.refusal(proxy([typo], [access("allow", ["gitpod"], 20)]))
	r.cause == "squid_refused_acl_type"
	r.params == {"acl": "gitpod", "type": "dstdomain_regex"}
	r.location.line == 3

	# the types of a build with OpenSSL are squid's
	sni := object.union(typo, {"type": "ssl::server_name"})
	not squid.refusal(proxy([sni], [access("allow", ["gitpod"], 20)]))
}
