package runnerlint.lib.iptables_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.lib.iptables

match(kind, values) := {"kind": kind, "values": values, "negated": false}

not_match(kind, values) := {"kind": kind, "values": values, "negated": true}

rule(matches, target, line) := {"matches": matches, "unless": [], "target": target, "text": "-A", "via": [], "location": fx.at(line)}

chain(name, policy, rules) := {"name": name, "policy": policy, "location": fx.at(1), "rules": rules}

host(chains) := {"kind": "iptables", "id": "iptables.rules", "location": fx.at(1), "chains": chains}

outcome(chains, f) := x if {
	x := {[a.cause, a.state, a.location.line] | some a in iptables.answers(f)} with input as fx.network({"hostFirewalls": [host(chains)]})
}

established := rule([match("state", ["RELATED", "ESTABLISHED"])], "ACCEPT", 5)

https := fx.host("app.gitpod.io", 443)

test_output_policy_drop_with_accepts if {
	out := chain("OUTPUT", "DROP", [
		established,
		rule([match("protocol", ["tcp"]), match("dport", ["443"])], "ACCEPT", 6),
	])
	inbound := chain("INPUT", "DROP", [established])
	outcome([out, inbound], https) == {["iptables_allows", "allow", 6], ["iptables_return_allows", "allow", 5]}
	outcome([out, inbound], fx.host("us01.gitpod.dev", 8443)) == {["iptables_policy_blocks", "block", 1], ["iptables_return_allows", "allow", 5]}

	# no ESTABLISHED rule on INPUT: the replies are dropped
	outcome([out, chain("INPUT", "DROP", [])], https) == {["iptables_allows", "allow", 6], ["iptables_return_policy_blocks", "block", 1]}
}

test_reject_before_accept if {
	out := chain("OUTPUT", "ACCEPT", [
		rule([match("protocol", ["udp"]), match("destination", ["35.171.240.32/32"])], "REJECT", 6),
	])
	gw := fx.ip("35.171.240.32", "udp", 4242)
	outcome([out], gw) == {["iptables_blocks", "block", 6]}
	outcome([out], fx.ip("13.216.138.24", "udp", 4242)) == {["iptables_policy_allows", "allow", 1]}
	outcome([out], https) == {["iptables_policy_allows", "allow", 1]}
}

test_inlined_user_chain_with_return if {
	# -A OUTPUT -p tcp -j EGRESS; EGRESS: -d 10.0.0.0/8 -j RETURN; -j DROP
	drop := {
		"matches": [match("protocol", ["tcp"])],
		"unless": [[match("destination", ["10.0.0.0/8"])]],
		"target": "DROP",
		"text": "-A EGRESS -j DROP",
		"via": ["EGRESS"],
		"location": fx.at(8),
	}
	out := chain("OUTPUT", "ACCEPT", [drop])
	outcome([out], https) == {["iptables_blocks", "block", 8]}
	outcome([out], fx.ip("10.1.1.1", "tcp", 443)) == {["iptables_policy_allows", "allow", 1]}
}

test_matches if {
	lo := chain("OUTPUT", "DROP", [rule([match("out-interface", ["lo"])], "ACCEPT", 6)])
	outcome([lo], https) == {["iptables_policy_blocks", "block", 1]}
	not_lo := chain("OUTPUT", "DROP", [rule([not_match("out-interface", ["lo"])], "ACCEPT", 6)])
	outcome([not_lo], https) == {["iptables_allows", "allow", 6]}
	eth := chain("OUTPUT", "DROP", [rule([match("out-interface", ["eth0"])], "ACCEPT", 6)])
	outcome([eth], https) == {["iptables_maybe", "unknown", 6]}
	owner := chain("OUTPUT", "ACCEPT", [rule([match("owner", ["--uid-owner 1000"])], "DROP", 6)])
	outcome([owner], https) == {["iptables_maybe", "unknown", 6]}
	multiport := chain("OUTPUT", "DROP", [rule([match("protocol", ["6"]), match("dport", ["80", "8000:9000", "x"])], "ACCEPT", 6)])
	outcome([multiport], fx.host("us01.gitpod.dev", 8443)) == {["iptables_allows", "allow", 6]}
	proto_all := chain("OUTPUT", "DROP", [rule([match("protocol", ["all"])], "ACCEPT", 6)])
	outcome([proto_all], https) == {["iptables_allows", "allow", 6]}
	proto_other := chain("OUTPUT", "DROP", [rule([match("protocol", ["icmp"])], "ACCEPT", 6)])
	outcome([proto_other], https) == {["iptables_policy_blocks", "block", 1]}
	proto_weird := chain("OUTPUT", "DROP", [rule([match("protocol", ["weird"])], "ACCEPT", 6)])
	outcome([proto_weird], https) == {["iptables_maybe", "unknown", 6]}
	sport := chain("OUTPUT", "DROP", [rule([match("sport", ["1024:65535"])], "ACCEPT", 6)])
	outcome([sport], https) == {["iptables_allows", "allow", 6]}
	low_sport := chain("OUTPUT", "DROP", [rule([match("sport", ["1:1023"])], "ACCEPT", 6)])
	outcome([low_sport], https) == {["iptables_policy_blocks", "block", 1]}
	some_sport := chain("OUTPUT", "DROP", [rule([match("sport", ["2000"])], "ACCEPT", 6)])
	outcome([some_sport], https) == {["iptables_maybe", "unknown", 6]}
	new := chain("OUTPUT", "DROP", [rule([match("state", ["NEW"])], "ACCEPT", 6)])
	outcome([new], https) == {["iptables_allows", "allow", 6]}
	source := chain("OUTPUT", "DROP", [rule([match("source", ["10.0.0.0/8"])], "ACCEPT", 6)])
	outcome([source], https) == {["iptables_allows", "allow", 6]}
}

test_return_matches if {
	inbound := chain("INPUT", "DROP", [rule([match("source", ["35.171.240.0/24"]), match("sport", ["4242"]), match("dport", ["1024:65535"]), match("destination", ["10.8.0.0/16"])], "ACCEPT", 6)])
	outcome([inbound], fx.ip("35.171.240.32", "udp", 4242)) == {["iptables_return_allows", "allow", 6]}
	some_ports := chain("INPUT", "DROP", [rule([match("dport", ["32768:65535"])], "ACCEPT", 6)])
	outcome([some_ports], https) == {["iptables_return_maybe", "unknown", 6]}
}

test_forward_only_when_it_has_rules if {
	outcome([chain("FORWARD", "DROP", [])], https) == set()
	fwd := chain("FORWARD", "DROP", [rule([match("protocol", ["tcp"]), match("dport", ["443"])], "ACCEPT", 6)])
	outcome([fwd], https) == {["iptables_allows", "allow", 6], ["iptables_return_policy_blocks", "block", 1]}
}

test_targets_and_policies if {
	ret := chain("OUTPUT", "DROP", [rule([], "RETURN", 6)])
	outcome([ret], https) == {["iptables_blocks", "block", 6]}
	queue := chain("OUTPUT", "ACCEPT", [rule([], "NFQUEUE", 6)])
	outcome([queue], https) == {["iptables_maybe", "unknown", 6]}
	odd := chain("OUTPUT", "QUEUE", [])
	outcome([odd], https) == {["iptables_policy_unknown", "unknown", 1]}
	odd_in := chain("INPUT", "QUEUE", [])
	outcome([odd_in], https) == {["iptables_return_policy_unknown", "unknown", 1]}
	drop_in := chain("INPUT", "ACCEPT", [rule([match("protocol", ["tcp"])], "DROP", 6)])
	outcome([drop_in], https) == {["iptables_return_blocks", "block", 6]}
	accept_in := chain("INPUT", "ACCEPT", [])
	outcome([accept_in], https) == {["iptables_return_policy_allows", "allow", 1]}
}

test_imds_is_filtered_by_host_firewalls if {
	out := chain("OUTPUT", "ACCEPT", [rule([match("destination", ["169.254.169.254/32"])], "DROP", 6)])
	outcome([out], fx.ip("169.254.169.254", "tcp", 80)) == {["iptables_blocks", "block", 6]}
}
