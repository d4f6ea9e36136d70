package runnerlint.lib.layers_sg_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.lib.layers_sg
import data.runnerlint.lib.test

outcome(groups, f) := x if {
	x := {[a.cause, a.state, a.location.line] | some a in layers_sg.answers(f)} with input as test.network(groups)
		with data.runnerlint.catalogue as test.catalogue
}

env(egress, implicit) := object.union(test.sg("Env", "environment", 10), {"egress": egress, "implicitEgress": implicit})

https := fx.host("app.gitpod.io", 443)

gw := fx.ip("35.171.240.32", "udp", 4242)

test_implicit_and_world_rules if {
	outcome([env([], true)], https) == {["sg_implicit", "allow", 10]}
	outcome([env([test.tcp(443, 443, test.cidr("0.0.0.0/0"), 12)], false)], https) == {["sg_allows", "allow", 12]}
	outcome([env([test.tcp(443, 443, test.cidr("0.0.0.0/0"), 12)], false)], fx.host("a.b", 8443)) == {["sg_blocks_hosts", "block", 10]}
	outcome([env([test.rule("-1", null, null, test.cidr("0.0.0.0/0"), 12)], false)], gw) == {["sg_allows", "allow", 12]}
}

test_addresses if {
	outcome([env([test.udp(4242, 4242, test.cidr("35.171.240.0/24"), 12)], false)], gw) == {["sg_allows", "allow", 12]}
	outcome([env([test.udp(4242, 4242, test.cidr("13.216.138.24/32"), 12)], false)], gw) == {["sg_blocks", "block", 10]}
	outcome([env([test.tcp(443, 443, test.cidr("52.0.0.0/8"), 12)], false)], https) == {["sg_narrow_destination", "unknown", 12]}
	outcome([env([test.tcp(443, 443, test.cidr("10.0.0.0/8"), 12)], false)], https) == {["sg_blocks_hosts", "block", 10]}
	outcome([env([test.udp(4242, 4242, test.group_peer("Other"), 12)], false)], gw) == {["sg_narrow_destination", "unknown", 12]}
	outcome([env([test.tcp(443, 443, test.prefix_list("pl-1"), 12)], false)], https) == {["sg_prefix_list", "unknown", 12]}
	cidr_flow := object.union(gw, {"kind": "cidr", "address": "35.171.240.0/24"})
	outcome([env([test.udp(4242, 4242, test.cidr("35.171.240.0/25"), 12)], false)], cidr_flow) == {["sg_partial_destination", "unknown", 12]}
}

test_unidentified if {
	# out of scope: no layer at all
	not layers_sg.present with input as test.network([test.sg("A", "", 1)])

	# --scope all, candidates that disagree: cannot tell which
	open := object.union(test.sg("B", "", 2), {"implicitEgress": true})
	x := {[a.cause, a.state] | some a in layers_sg.answers(https)} with input as test.scope_all(test.network([test.sg("A", "", 1), open]))
		with data.runnerlint.catalogue as test.catalogue
	x == {["sg_unidentified", "unknown"]}

	# candidates that agree decide, whichever is the runner's
	y := {[a.cause, a.state, a.resource] | some a in layers_sg.answers(https)} with input as test.scope_all(test.network([object.union(test.sg("A", "", 1), {"implicitEgress": true}), open]))
		with data.runnerlint.catalogue as test.catalogue
	y == {["sg_implicit", "allow", "A"], ["sg_implicit", "allow", "B"]}
	z := {[a.cause, a.state, a.resource] | some a in layers_sg.answers(https)} with input as test.scope_all(test.network([test.sg("A", "", 1), test.sg("B", "", 2)]))
		with data.runnerlint.catalogue as test.catalogue
	z == {["sg_blocks_hosts", "block", "A"], ["sg_blocks_hosts", "block", "B"]}

	# runner groups are on the path too
	runner := object.union(test.sg("Runner", "runner", 20), {"egress": []})
	outcome([env([], true), runner], https) == {["sg_implicit", "allow", 10], ["sg_blocks_hosts", "block", 20]}
}

test_unresolved if {
	outcome([env([test.rule({"$unknown": "p"}, 443, 443, test.cidr("0.0.0.0/0"), 12)], false)], https) == {["sg_unknown_value", "unknown", 12]}
	conditional := object.union(env([], false), {"condition": {"$unknown": "IsProd"}})
	outcome([conditional], https) == {["sg_conditional", "unknown", 10]}
	cond_rule := object.union(test.tcp(443, 443, test.cidr("0.0.0.0/0"), 12), {"condition": {"$unknown": "IsProd"}})
	outcome([env([cond_rule], false)], https) == {["sg_conditional", "unknown", 12]}
}
