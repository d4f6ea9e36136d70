package runnerlint.lib.result_test

import data.runnerlint.lib.result

chain := [
	{"path": ["runnerlint", "x", "r"], "annotations": {"scope": "rule"}},
	{"path": ["runnerlint", "x"], "annotations": {"scope": "package", "custom": {"id": "x/rule"}}},
]

test_verdict_adds_rule_id_and_defaults if {
	result.verdict(chain, {"requirement": "sg.egress", "status": "violated", "messageId": "m"}) == {
		"rule": "x/rule", "requirement": "sg.egress", "status": "violated",
		"messageId": "m", "params": {}, "location": null,
	}
}

test_verdict_keeps_params_and_location if {
	v := result.verdict(chain, {
		"requirement": "sg.egress", "status": "unknown", "messageId": "m",
		"params": {"a": 1}, "location": {"file": "f", "line": 2, "column": 3},
	})
	v.params == {"a": 1}
	v.location.line == 2
}

test_verdict_rejects_unknown_status if {
	not result.verdict(chain, {"requirement": "sg.egress", "status": "fine", "messageId": "m"})
}

test_verdict_needs_requirement if {
	not result.verdict(chain, {"status": "violated", "messageId": "m"})
}
