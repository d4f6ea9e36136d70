package runnerlint.lib.nfw_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.lib.nfw

# outcome(policy, groups, f): [cause, state, line] of the policy's answers for f.
outcome(policy, groups, f) := x if {
	x := {[a.cause, a.state, a.location.line] | some a in nfw.answers(f)} with input as fx.network({"firewalls": [policy], "firewallRuleGroups": groups})
}

answer(policy, groups, f) := x if {
	some x in nfw.answers(f) with input as fx.network({"firewalls": [policy], "firewallRuleGroups": groups})
}

mgmt := fx.host("app.gitpod.io", 443)

gw_https := fx.host("*.us01.gitpod.dev", 443)

gw_8443 := fx.host("*.us01.gitpod.dev", 8443)

gw_udp(a) := fx.ip(a, "udp", 4242)

allow_list(targets) := fx.group("allow", fx.domain_list("ALLOWLIST", targets, ["TLS_SNI", "HTTP_HOST"], 20))

default_order(groups) := fx.policy([], [fx.ref(g.id, 10 * i, 5 + i) | some i, g in groups], "DEFAULT_ACTION_ORDER", [])

strict(groups, defaults) := fx.policy([], [fx.ref(g.id, 10 * (i + 1), 5 + i) | some i, g in groups], "STRICT_ORDER", defaults)

# --- domain lists: exact names and leading dots ---------------------------------------------------

test_leading_dot_matches_domain_and_subdomains if {
	g := allow_list([".gitpod.io", ".us01.gitpod.dev"])
	p := default_order([g])
	outcome(p, [g], mgmt) == {["nfw_list_pass", "allow", 20]}
	outcome(p, [g], gw_https) == {["nfw_list_pass", "allow", 21]}
	outcome(p, [g], fx.host("us01.gitpod.dev", 8443)) == {["nfw_list_pass", "allow", 21]}
}

test_exact_name_is_only_itself if {
	# "us01.gitpod.dev" without a dot does not cover *.us01.gitpod.dev: the allow list drops it
	g := allow_list(["app.gitpod.io", "us01.gitpod.dev"])
	p := default_order([g])
	outcome(p, [g], mgmt) == {["nfw_list_pass", "allow", 20]}
	outcome(p, [g], gw_https) == {["nfw_list_default", "block", 20]}
	outcome(p, [g], fx.host("us01.gitpod.dev", 8443)) == {["nfw_list_pass", "allow", 21]}

	# a name under the wildcard covers only part of it
	partial := allow_list(["x.us01.gitpod.dev"])
	outcome(default_order([partial]), [partial], gw_https) == {["nfw_list_default", "block", 20]}
}

test_domain_lists_see_only_tls_and_http if {
	# UDP and addresses pass a domain allow list under the default action order
	g := allow_list([".gitpod.io"])
	outcome(default_order([g]), [g], gw_udp("35.171.240.32")) == {["nfw_default_pass", "allow", 1]}
	tls_only := fx.group("allow", fx.domain_list("ALLOWLIST", [".gitpod.io"], ["TLS_SNI"], 20))
	outcome(default_order([tls_only]), [tls_only], fx.http_host("example.com", 80)) == {["nfw_default_pass", "allow", 1]}
	outcome(default_order([tls_only]), [tls_only], fx.host("example.com", 443)) == {["nfw_list_default", "block", 20]}
}

test_deny_reject_and_alert_lists if {
	deny := fx.group("deny", fx.domain_list("DENYLIST", [".us01.gitpod.dev"], ["TLS_SNI"], 30))
	outcome(default_order([deny]), [deny], gw_https) == {["nfw_list_drop", "block", 30]}
	outcome(default_order([deny]), [deny], mgmt) == {["nfw_default_pass", "allow", 1]}
	reject := fx.group("reject", fx.domain_list("REJECTLIST", ["app.gitpod.io"], ["TLS_SNI"], 30))
	outcome(default_order([reject]), [reject], mgmt) == {["nfw_list_drop", "block", 30]}
	alert := fx.group("alert", fx.domain_list("ALERTLIST", ["app.gitpod.io"], ["TLS_SNI"], 30))
	outcome(default_order([alert]), [alert], mgmt) == {["nfw_default_pass", "allow", 1]}

	# a denied subdomain blocks part of the wildcard
	one := fx.group("deny", fx.domain_list("DENYLIST", ["x.us01.gitpod.dev"], ["TLS_SNI"], 30))
	outcome(default_order([one]), [one], gw_https) == {["nfw_list_drop", "block", 30]}
}

test_unknown_region_only_a_suffix_covers if {
	regional := allow_list(["ec2.us-east-1.amazonaws.com"])
	ec2 := fx.host("ec2.<region>.amazonaws.com", 443)
	outcome(default_order([regional]), [regional], ec2) == {["nfw_maybe", "unknown", 20]}
	suffix := allow_list([".amazonaws.com"])
	outcome(default_order([suffix]), [suffix], ec2) == {["nfw_list_pass", "allow", 20]}
	known := fx.host("ec2.us-east-1.amazonaws.com", 443)
	outcome(default_order([regional]), [regional], known) == {["nfw_list_pass", "allow", 20]}
}

test_invalid_targets_are_unknown if {
	g := allow_list(["*.gitpod.io"])
	outcome(default_order([g]), [g], mgmt) == {["nfw_maybe", "unknown", 20]}
}

# --- strict order ---------------------------------------------------------------------------------

test_strict_order_shadowing if {
	# a drop tls before the allow list's pass: the allow list is never reached
	drop_tls := fx.group("drop-tls", {"rules": [fx.rule("drop", "tls", fx.addr(["$EXTERNAL_NET"]), fx.anywhere, [], ["to_server", "established"], 40)]})
	g := allow_list([".gitpod.io"])
	outcome(strict([drop_tls, g], ["aws:drop_established"]), [drop_tls, g], mgmt) == {["nfw_drop", "block", 40]}

	# the other way round the allow list decides first
	outcome(strict([g, drop_tls], ["aws:drop_established"]), [g, drop_tls], mgmt) == {["nfw_list_pass", "allow", 20]}

	# under the action order, pass wins whatever the priorities
	outcome(default_order([drop_tls, g]), [drop_tls, g], mgmt) == {["nfw_list_pass", "allow", 20]}
}

test_drop_tcp_kills_the_handshake_before_sni_rules if {
	drop_tcp := fx.group("drop-tcp", {"rules": [fx.rule("drop", "tcp", fx.addr(["any"]), fx.anywhere, [], [], 40)]})
	pass_sni := fx.group("sni", {"rules": [fx.rule("pass", "tls", fx.addr(["any"]), fx.anywhere, [fx.sni("exact", "app.gitpod.io")], ["to_server", "established"], 50)]})
	outcome(strict([pass_sni, drop_tcp], ["aws:drop_established"]), [pass_sni, drop_tcp], mgmt) == {["nfw_handshake_drop", "block", 40]}

	# the action order does not help: the pass cannot match the handshake
	outcome(default_order([pass_sni, drop_tcp]), [pass_sni, drop_tcp], mgmt) == {["nfw_handshake_drop", "block", 40]}

	# a drop limited to established connections leaves the handshake alone
	drop_est := fx.group("drop-est", {"rules": [fx.rule("drop", "tcp", fx.addr(["any"]), fx.anywhere, [], ["established"], 40)]})
	outcome(strict([pass_sni, drop_est], []), [pass_sni, drop_est], mgmt) == {["nfw_pass", "allow", 50]}
	outcome(strict([drop_est, pass_sni], []), [drop_est, pass_sni], mgmt) == {["nfw_drop", "block", 40]}
}

test_pass_tcp_443_before_sni_rules if {
	pass_443 := fx.group("pass-443", {"rules": [fx.rule("pass", "tcp", fx.addr(["$EXTERNAL_NET"]), fx.port(443), [], [], 40)]})
	g := allow_list(["app.gitpod.io"])

	# port 443 passes before any name is looked at, for every host
	outcome(strict([pass_443, g], ["aws:drop_established"]), [pass_443, g], fx.host("marketplace.visualstudio.com", 443)) == {["nfw_pass", "allow", 40]}
	outcome(default_order([g, pass_443]), [g, pass_443], fx.host("marketplace.visualstudio.com", 443)) == {["nfw_pass", "allow", 40]}

	# 8443 is not 443: the allow list decides
	outcome(strict([pass_443, g], ["aws:drop_established"]), [pass_443, g], gw_8443) == {["nfw_list_default", "block", 20]}
}

test_drop_strict_needs_a_handshake_pass if {
	g := allow_list([".gitpod.io"])
	outcome(strict([g], ["aws:drop_strict"]), [g], mgmt) == {["nfw_handshake_default", "block", 1]}

	handshake := fx.group("handshake", {"rules": [fx.rule("pass", "tcp", fx.addr(["$EXTERNAL_NET"]), fx.port(443), [], ["not_established"], 40)]})
	outcome(strict([handshake, g], ["aws:drop_strict"]), [handshake, g], mgmt) == {["nfw_list_pass", "allow", 20]}

	# the handshake pass covers 443 only
	outcome(strict([handshake, g], ["aws:drop_strict"]), [handshake, g], fx.host("us01.gitpod.dev", 8443)) == {["nfw_handshake_default", "block", 1]}

	# drop_established lets handshakes through
	outcome(strict([g], ["aws:drop_established"]), [g], mgmt) == {["nfw_list_pass", "allow", 20]}
	outcome(strict([g], ["aws:drop_established"]), [g], fx.host("example.com", 443)) == {["nfw_list_default", "block", 20]}

	# alert defaults only log
	outcome(strict([g], ["aws:alert_strict"]), [g], gw_udp("35.171.240.32")) == {["nfw_default_pass", "allow", 1]}
}

test_drop_established_without_udp_pass if {
	g := allow_list([".gitpod.io", ".us01.gitpod.dev"])
	outcome(strict([g], ["aws:drop_established"]), [g], gw_udp("35.171.240.32")) == {["nfw_default_drop", "block", 1]}
	a := answer(strict([g], ["aws:drop_established"]), [g], gw_udp("35.171.240.32"))
	a.params.action == "aws:drop_established"

	pass_udp := fx.group("udp", {"rules": [fx.rule("pass", "udp", fx.addr(["0.0.0.0/0"]), fx.port(4242), [], [], 40)]})
	outcome(strict([g, pass_udp], ["aws:drop_established"]), [g, pass_udp], gw_udp("35.171.240.32")) == {["nfw_pass", "allow", 40]}
}

test_partial_gateway_ip_lists if {
	three := ["35.171.240.32", "13.216.138.24", "44.223.157.13"]
	pass_udp := fx.group("udp", {"rules": [fx.rule("pass", "udp", fx.addr(three), fx.port(4242), [], [], 40)]})
	p := strict([pass_udp], ["aws:drop_established"])
	outcome(p, [pass_udp], gw_udp("35.171.240.32")) == {["nfw_pass", "allow", 40]}
	outcome(p, [pass_udp], gw_udp("54.163.142.39")) == {["nfw_default_drop", "block", 1]}
	outcome(p, [pass_udp], gw_udp("35.171.31.215")) == {["nfw_default_drop", "block", 1]}

	# an IP set variable with the same blocks
	with_var := fx.group("udp", {"ipSets": {"GATEWAY": three}, "rules": [fx.rule("pass", "udp", fx.addr(["$GATEWAY"]), fx.port(4242), [], [], 40)]})
	outcome(strict([with_var], ["aws:drop_established"]), [with_var], gw_udp("54.163.142.39")) == {["nfw_default_drop", "block", 1]}
	outcome(strict([with_var], ["aws:drop_established"]), [with_var], gw_udp("13.216.138.24")) == {["nfw_pass", "allow", 40]}
}

# --- HOME_NET -------------------------------------------------------------------------------------

test_home_net if {
	# defined and not holding the runner's VPC (10.8.0.0/16): the allow list does not apply
	outside := object.union(allow_list([".gitpod.io"]), {"ipSets": {"HOME_NET": ["10.9.0.0/16"]}})
	outcome(default_order([outside]), [outside], fx.host("example.com", 443)) == {["nfw_default_pass", "allow", 1]}

	# defined and holding it
	inside := object.union(allow_list([".gitpod.io"]), {"ipSets": {"HOME_NET": ["10.0.0.0/8"]}})
	outcome(default_order([inside]), [inside], fx.host("example.com", 443)) == {["nfw_list_default", "block", 20]}

	# the policy's HOME_NET applies to groups that define none
	g := allow_list([".gitpod.io"])
	p := object.union(default_order([g]), {"variables": {"HOME_NET": ["10.0.0.0/8"]}})
	outcome(p, [g], fx.host("example.com", 443)) == {["nfw_list_default", "block", 20]}

	# defined, but the runner's addresses are unknown
	x := {a.cause | some a in nfw.answers(fx.host("example.com", 443))} with input as {
		"config": {"runner": "standard"},
		"vpcs": [],
		"firewalls": [default_order([inside])],
		"firewallRuleGroups": [inside],
	}
	x == {"nfw_maybe"}
}

# A policy whose HOME_NET provably does not hold the runner's VPC protects other networks: it is
# no layer of the runner's path (scope). Overlapping, unresolved or with the runner's VPC unknown,
# it is judged.
test_policy_home_net_outside_the_runner_vpc_is_out_of_scope if {
	g := allow_list([".gitpod.io"])
	other := object.union(default_order([g]), {"variables": {"HOME_NET": ["10.9.0.0/16", "192.168.0.0/16"]}})
	not nfw.present with input as fx.network({"firewalls": [other], "firewallRuleGroups": [g]})
	nfw.outside_runner_vpc(other) with input as fx.network({"firewalls": [other], "firewallRuleGroups": [g]})

	overlapping := object.union(default_order([g]), {"variables": {"HOME_NET": ["10.9.0.0/16", "10.8.128.0/17"]}})
	nfw.present with input as fx.network({"firewalls": [overlapping], "firewallRuleGroups": [g]})
	unresolved := object.union(default_order([g]), {"variables": {"HOME_NET": ["10.9.0.0/16", {"$unknown": "Ref HomeNet"}]}})
	nfw.present with input as fx.network({"firewalls": [unresolved], "firewallRuleGroups": [g]})
	nfw.present with input as object.union(fx.network({"firewalls": [other], "firewallRuleGroups": [g]}), {"config": {"vpcCidrs": []}})
	nfw.present with input as fx.network({"firewalls": [default_order([g])], "firewallRuleGroups": [g]})
}

test_ip_set_references_are_unknown if {
	g := fx.group("ref", {
		"ipSetReferences": {"GATEWAYS": "arn:aws:ec2:us-east-1:111122223333:prefix-list/pl-1"},
		"rules": [fx.rule("pass", "udp", fx.addr(["@GATEWAYS"]), fx.port(4242), [], [], 40)],
	})
	outcome(strict([g], ["aws:drop_established"]), [g], gw_udp("35.171.240.32")) == {["nfw_maybe", "unknown", 40]}
	h := object.union(g, {"rules": [fx.rule("pass", "udp", fx.addr(["$GATEWAYS"]), fx.port(4242), [], [], 40)]})
	outcome(strict([h], ["aws:drop_established"]), [h], gw_udp("35.171.240.32")) == {["nfw_maybe", "unknown", 40]}
}

# --- what cannot be read -------------------------------------------------------------------------

test_managed_and_missing_groups if {
	managed := "arn:aws:network-firewall:us-east-1:aws-managed:stateful-rulegroup/ThreatSignaturesMalwareStrictOrder"
	g := allow_list([".gitpod.io"])
	p := fx.policy([], [fx.ref(managed, 1, 6), fx.ref("allow", 2, 7)], "STRICT_ORDER", ["aws:drop_established"])
	outcome(p, [g], mgmt) == {["nfw_group_managed", "unknown", 6]}

	missing := fx.policy([], [fx.ref("gone", 1, 6), fx.ref("allow", 2, 7)], "STRICT_ORDER", ["aws:drop_established"])
	outcome(missing, [g], mgmt) == {["nfw_group_missing", "unknown", 6]}

	# whatever the order, the managed group may drop the TCP handshake, which the allow list
	# cannot see
	q := fx.policy([], [fx.ref(managed, 1, 6), fx.ref("allow", 2, 7)], "DEFAULT_ACTION_ORDER", [])
	outcome(q, [g], mgmt) == {["nfw_group_managed", "unknown", 6]}
	late := fx.policy([], [fx.ref("allow", 1, 7), fx.ref(managed, 2, 6)], "STRICT_ORDER", ["aws:drop_established"])
	outcome(late, [g], mgmt) == {["nfw_group_managed", "unknown", 6]}

	# a pass of the whole flow before it in strict order: never reached
	pass_all := fx.group("pass-all", {"rules": [fx.rule("pass", "ip", fx.addr(["any"]), fx.anywhere, [], [], 40)]})
	first := fx.policy([], [fx.ref("pass-all", 1, 7), fx.ref(managed, 2, 6)], "STRICT_ORDER", ["aws:drop_established"])
	outcome(first, [pass_all], mgmt) == {["nfw_pass", "allow", 40]}

	unreadable := object.union(g, {"unresolved": "RulesString comes from a parameter"})
	outcome(strict([unreadable], []), [unreadable], mgmt) == {["nfw_group_unreadable", "unknown", 5]}
	conditional := object.union(g, {"condition": {"$unknown": "IsProd"}})
	outcome(strict([conditional], []), [conditional], mgmt) == {["nfw_group_conditional", "unknown", 5]}
	unresolved := fx.policy([], [{"ref": {"$unknown": "ImportValue"}, "priority": 1, "location": fx.at(6)}], "STRICT_ORDER", [])
	outcome(unresolved, [], mgmt) == {["nfw_group_unresolved", "unknown", 6]}
	unordered := fx.policy([], [{"ref": "allow", "priority": {"$unknown": "p"}, "location": fx.at(6)}], "STRICT_ORDER", [])
	outcome(unordered, [g], mgmt) == {["nfw_group_unordered", "unknown", 6]}
}

test_unsupported_settings_and_options if {
	g := allow_list([".gitpod.io"])
	tls := object.union(default_order([g]), {"unsupported": [{"feature": "TLSInspectionConfigurationArn", "location": fx.at(3)}]})
	outcome(tls, [g], mgmt) == {["nfw_unsupported", "unknown", 3]}

	# a block stays a block
	outcome(tls, [g], fx.host("example.com", 443)) == {["nfw_list_default", "block", 20]}

	pcre := object.union(fx.rule("pass", "tls", fx.addr(["any"]), fx.anywhere, [], [], 40), {"unsupported": ["pcre"]})
	h := fx.group("pcre", {"rules": [pcre]})
	outcome(strict([h], ["aws:drop_established"]), [h], mgmt) == {["nfw_maybe_option", "unknown", 40]}

	odd := object.union(default_order([g]), {"ruleOrder": {"$unknown": "x"}})
	outcome(odd, [g], mgmt) == {["nfw_rule_order", "unknown", 1]}

	conditional := object.union(default_order([g]), {"condition": {"$unknown": "IsProd"}})
	outcome(conditional, [g], fx.host("example.com", 443)) == {["nfw_conditional", "unknown", 20]}
}

test_drop_to_alert_override if {
	drop_all := fx.group("managed-copy", {"rules": [fx.rule("drop", "ip", fx.addr(["any"]), fx.anywhere, [], [], 40)]})
	p := fx.policy([], [object.union(fx.ref("managed-copy", 1, 6), {"override": "DROP_TO_ALERT"})], "STRICT_ORDER", [])
	outcome(p, [drop_all], mgmt) == {["nfw_default_pass", "allow", 1]}
	outcome(strict([drop_all], []), [drop_all], mgmt) == {["nfw_handshake_drop", "block", 40]}
}

# --- stateless engine ------------------------------------------------------------------------------

stateless_group(rules) := fx.group("sl", {"type": "STATELESS", "stateless": rules})

test_stateless_rules if {
	drop_gw := stateless_group([fx.stateless_rule(1, ["aws:drop"], [17], ["35.171.240.32/32"], [], 60)])
	p := fx.policy([fx.ref("sl", 1, 4)], [], "DEFAULT_ACTION_ORDER", [])
	outcome(p, [drop_gw], gw_udp("35.171.240.32")) == {["nfw_stateless_drop", "block", 60]}
	outcome(p, [drop_gw], gw_udp("13.216.138.24")) == {["nfw_default_pass", "allow", 1]}

	pass_443 := stateless_group([fx.stateless_rule(1, ["aws:pass"], [6], [], [{"from": 443, "to": 443}], 60)])
	outcome(p, [pass_443], mgmt) == {["nfw_stateless_pass", "allow", 60]}

	default_drop := object.union(p, {"statelessDefaultActions": ["aws:drop"]})
	outcome(default_drop, [pass_443], gw_udp("13.216.138.24")) == {["nfw_stateless_default_drop", "block", 1], ["nfw_return_default_drop", "block", 1]}
	default_pass := object.union(p, {"statelessDefaultActions": ["aws:pass"]})
	outcome(default_pass, [pass_443], gw_udp("13.216.138.24")) == {["nfw_stateless_default_pass", "allow", 1]}
	unresolved := object.union(p, {"statelessDefaultActions": [{"$unknown": "x"}]})
	outcome(unresolved, [pass_443], gw_udp("13.216.138.24")) == {["nfw_stateless_default_unknown", "unknown", 1]}
}

test_stateless_return_traffic if {
	# outbound 443 passed by a rule, but the replies hit the default drop
	out_only := stateless_group([fx.stateless_rule(1, ["aws:pass"], [6], [], [{"from": 443, "to": 443}], 60)])
	p := fx.policy([fx.ref("sl", 1, 4)], [], "DEFAULT_ACTION_ORDER", [])
	drop_default := object.union(p, {"statelessDefaultActions": ["aws:drop"]})
	outcome(drop_default, [out_only], mgmt) == {["nfw_stateless_pass", "allow", 60], ["nfw_return_default_drop", "block", 1]}

	# replies forwarded to the stateful engine
	both := stateless_group([
		fx.stateless_rule(1, ["aws:pass"], [6], [], [{"from": 443, "to": 443}], 60),
		object.union(fx.stateless_rule(2, ["aws:forward_to_sfe"], [6], [], [{"from": 1024, "to": 65535}], 61), {}),
	])
	outcome(drop_default, [both], mgmt) == {["nfw_stateless_pass", "allow", 60]}
	back := nfw.inbound(drop_default, mgmt) with input as fx.network({"firewalls": [drop_default], "firewallRuleGroups": [both]})
	[back.cause, back.state] == ["nfw_return_allows", "allow"]

	# replies dropped on part of the range
	part := stateless_group([
		fx.stateless_rule(1, ["aws:pass"], [6], [], [{"from": 443, "to": 443}], 60),
		fx.stateless_rule(2, ["aws:drop"], [6], [], [{"from": 1024, "to": 2047}], 61),
	])
	outcome(p, [part], mgmt) == {["nfw_stateless_pass", "allow", 60], ["nfw_return_drop", "block", 61]}
}

test_stateless_uncertain if {
	flags := stateless_group([object.union(fx.stateless_rule(1, ["aws:drop"], [6], [], [], 60), {"tcpFlags": true})])
	p := fx.policy([fx.ref("sl", 1, 4)], [], "DEFAULT_ACTION_ORDER", [])
	outcome(p, [flags], mgmt) == {["nfw_stateless_maybe", "unknown", 60], ["nfw_return_maybe", "unknown", 60]}

	# a pass that may match could skip a stateful drop
	maybe_pass := stateless_group([fx.stateless_rule(1, ["aws:pass"], [6], ["52.0.0.0/8"], [], 60)])
	g := allow_list(["example.com"])
	q := fx.policy([fx.ref("sl", 1, 4)], [fx.ref("allow", 1, 5)], "DEFAULT_ACTION_ORDER", [])
	outcome(q, [maybe_pass, g], mgmt) == {["nfw_stateless_maybe", "unknown", 60]}

	unordered := stateless_group([fx.stateless_rule({"$unknown": "x"}, ["aws:drop"], [6], [], [], 60)])
	outcome(p, [unordered], mgmt) == {["nfw_group_unreadable", "unknown", 4]}
	unordered_ref := fx.policy([{"ref": "sl", "priority": {"$unknown": "x"}, "location": fx.at(4)}], [], "DEFAULT_ACTION_ORDER", [])
	outcome(unordered_ref, [flags], mgmt) == {["nfw_group_unreadable", "unknown", 4]}
}

# --- flowbits, in rule order ------------------------------------------------------------------------

bits(action, protocol, flowbits, flow, line) := object.union(
	fx.rule(action, protocol, fx.anywhere, [], [], flow, line),
	{"flowbits": flowbits},
)

set(name) := {"op": "set", "names": [name], "join": "or"}

isnotset(name) := {"op": "isnotset", "names": [name], "join": "or"}

isset(name) := {"op": "isset", "names": [name], "join": "or"}

# AWS's egress default block rules (best-practices guide, "Custom default block rules").
default_block := [
	object.union(bits("reject", "tls", [set("blocked")], ["to_server"], 50), {"sslState": [{"states": [{"state": "client_hello", "negated": false}]}], "fingerprints": [{"buffer": "ja4.hash", "value": "_", "nocase": false, "negated": false, "startswith": false, "endswith": false, "offset": null, "depth": null}]}),
	bits("alert", "tls", [isnotset("blocked"), set("PQC")], ["to_server"], 51),
	bits("reject", "http", [set("blocked")], ["to_server"], 52),
	bits("reject", "tcp", [isnotset("blocked"), isnotset("PQC")], ["to_server", "established"], 53),
	bits("drop", "udp", [], ["to_server"], 54),
]

test_aws_default_block_rules if {
	ssm := fx.rule("pass", "tls", fx.anywhere, [], [{"buffer": "tls.sni", "match": "exact", "value": "app.gitpod.io", "nocase": true, "dotprefix": false, "negated": false}], ["to_server"], 40)
	g := fx.group("egress", {"rules": array.concat([ssm], default_block)})
	p := strict([g], [])
	outcome(p, [g], mgmt) == {["nfw_pass", "allow", 40]}
	outcome(p, [g], fx.host("example.com", 443)) == {["nfw_drop", "block", 50]}
	outcome(p, [g], gw_8443) == {["nfw_drop", "block", 50]}
	outcome(p, [g], fx.http_host("example.com", 80)) == {["nfw_drop", "block", 52]}
	outcome(p, [g], gw_udp("35.171.240.32")) == {["nfw_drop", "block", 54]}

	# a TCP flow that is neither TLS nor HTTP: no bit is set, the TCP reject takes it
	outcome(p, [g], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_drop", "block", 53]}
}

test_flowbits_follow_rule_order if {
	# read before any rule writes it: unset
	early := fx.group("g", {"rules": [
		bits("drop", "tcp", [isset("x")], ["not_established"], 60),
		bits("alert", "tcp", [set("x")], ["established"], 61),
	]})
	outcome(strict([early], []), [early], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_default_pass", "allow", 1]}

	# written on the handshake, read on the established connection
	late := fx.group("g", {"rules": [
		bits("alert", "tcp", [set("x")], ["not_established"], 60),
		bits("drop", "tcp", [isset("x")], ["established"], 61),
	]})
	outcome(strict([late], []), [late], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_drop", "block", 61]}

	# unset after set; a write that may happen leaves it open
	unset := fx.group("g", {"rules": [
		bits("alert", "tcp", [set("x")], [], 60),
		bits("alert", "tcp", [{"op": "unset", "names": ["x"], "join": "or"}], ["established"], 61),
		bits("drop", "tcp", [isset("x")], ["established"], 62),
	]})
	outcome(strict([unset], []), [unset], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_default_pass", "allow", 1]}
	maybe := fx.group("g", {"rules": [
		object.union(bits("alert", "tcp", [set("x")], ["established"], 60), {"unsupported": ["pcre"]}),
		bits("drop", "tcp", [isset("x")], ["established"], 61),
	]})
	outcome(strict([maybe], []), [maybe], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_maybe", "unknown", 61]}

	# "a|b": either
	either := fx.group("g", {"rules": [
		bits("alert", "tcp", [set("b")], [], 60),
		bits("drop", "tcp", [{"op": "isset", "names": ["a", "b"], "join": "or"}], ["established"], 61),
	]})
	outcome(strict([either], []), [either], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_drop", "block", 61]}
	both := fx.group("g", {"rules": [
		bits("alert", "tcp", [set("b")], [], 60),
		bits("drop", "tcp", [{"op": "isset", "names": ["a", "b"], "join": "and"}], ["established"], 61),
	]})
	outcome(strict([both], []), [both], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_default_pass", "allow", 1]}

	# under the default action order Suricata reorders the rules: a read is not known
	outcome(default_order([late]), [late], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_maybe", "unknown", 61]}
}

test_flowbits_on_a_later_packet_of_the_phase if {
	# a rule later in the handshake writes on the SYN; the earlier rule reads it on the next packet
	g := fx.group("g", {"rules": [
		bits("drop", "udp", [isset("seen")], [], 60),
		bits("alert", "udp", [set("seen")], [], 61),
	]})
	outcome(strict([g], []), [g], gw_udp("35.171.240.32")) == {["nfw_maybe", "unknown", 60]}

	# a pass of the handshake packets stops their inspection before the write
	h := fx.group("g", {"rules": [
		fx.rule("pass", "tcp", fx.anywhere, [], [], ["not_established"], 59),
		bits("alert", "tcp", [set("x")], ["not_established"], 60),
		bits("drop", "tcp", [isset("x")], ["established"], 61),
	]})
	outcome(strict([h], []), [h], fx.ip("1.2.3.4", "tcp", 22)) == {["nfw_default_pass", "allow", 1]}
}

test_application_layer_default_actions if {
	g := allow_list([".gitpod.io"])
	some d in ["aws:drop_established_app_layer", "aws:drop_established_app_layer_to_server"]
	p := strict([g], [d, "aws:alert_established_app_layer_to_server"])
	outcome(p, [g], mgmt) == {["nfw_list_pass", "allow", 20]}

	# the handshake passes; the ClientHello of an unlisted name and every unmatched UDP packet drop
	outcome(p, [g], fx.host("example.com", 443)) == {["nfw_list_default", "block", 20]}
	outcome(p, [g], gw_udp("35.171.240.32")) == {["nfw_default_drop", "block", 1]}
	alert_only := strict([g], ["aws:alert_established_app_layer_to_server"])
	outcome(alert_only, [g], gw_udp("35.171.240.32")) == {["nfw_default_pass", "allow", 1]}
}

test_maybe_names_the_option if {
	r := object.union(fx.rule("pass", "tls", fx.anywhere, [], [], ["to_server"], 40), {"unsupported": ["aws_domain_category"]})
	g := fx.group("g", {"rules": [r]})
	a := answer(strict([g], ["aws:drop_established_app_layer_to_server"]), [g], mgmt)
	a.cause == "nfw_maybe_option"
	a.params.options == "aws_domain_category"
}

test_a_refused_rule_means_the_policy_cannot_be_deployed if {
	bad := object.union(fx.rule("pass", "http", fx.anywhere, [], [{"buffer": "http.host", "match": "exact", "value": "app.gitpod.io", "nocase": true, "dotprefix": false, "negated": false}], [], 44), {"text": "pass http ... nocase"})
	g := fx.group("g", {"rules": [bad]})
	a := answer(strict([g], ["aws:drop_established"]), [g], mgmt)
	a.cause == "nfw_refused_rule"
	a.state == "block"
	a.location.line == 44
	a.params.reason == "http.host with an upper-case content or nocase"

	# every flow through the policy, UDP included
	outcome(strict([g], ["aws:drop_established"]), [g], gw_udp("35.171.240.32")) == {["nfw_refused_rule", "block", 44]}
}
