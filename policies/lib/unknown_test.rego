package runnerlint.lib.unknown_test

import data.runnerlint.lib.unknown

test_unresolved_needs_a_string_reason if {
	unknown.unresolved({"$unknown": "Fn::ImportValue shared-VpcCidr"})
	not unknown.unresolved({"$unknown": 1})
	not unknown.unresolved("tcp")
	not unknown.unresolved(29222)
	not unknown.unresolved(null)
	not unknown.unresolved(["$unknown"])
}

test_reason if unknown.reason({"$unknown": "SSM parameter /x"}) == "SSM parameter /x"

test_value if {
	unknown.value("fromPort", {"$unknown": "parameter Port has no value"}) == {
		"state": "unknown", "cause": "unknown_value",
		"params": {"field": "fromPort", "reason": "parameter Port has no value"},
	}
}

test_both if {
	m := unknown.maybe("c", {})
	unknown.both(unknown.yes, unknown.yes) == unknown.yes
	unknown.both(unknown.no, m) == unknown.no
	unknown.both(m, unknown.no) == unknown.no
	unknown.both(unknown.yes, m) == m
	unknown.both(m, unknown.yes) == m
	unknown.both(m, unknown.maybe("d", {})) == m
}

test_under_condition_makes_yes_unknown if {
	rule := {"condition": {"$unknown": "condition IsProd depends on parameter Env"}}
	unknown.under_condition(unknown.yes, rule) == {
		"state": "unknown", "cause": "conditional",
		"params": {"reason": "condition IsProd depends on parameter Env"},
	}
}

test_under_condition_keeps_no_and_unknown if {
	rule := {"condition": {"$unknown": "c"}}
	unknown.under_condition(unknown.no, rule) == unknown.no
	unknown.under_condition(unknown.maybe("x", {}), rule) == unknown.maybe("x", {})
}

test_unconditional_keeps_yes if {
	unknown.under_condition(unknown.yes, {"protocol": "tcp"}) == unknown.yes
	unknown.under_condition(unknown.yes, {"condition": null}) == unknown.yes
}
