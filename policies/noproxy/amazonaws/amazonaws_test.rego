package runnerlint.noproxy.amazonaws_test

import data.runnerlint.lib.noproxy_go_test as fx
import data.runnerlint.noproxy.amazonaws

verdicts(vars) := v if {
	v := amazonaws.verdicts with input as fx.proxy_input(vars) with data.runnerlint.catalogue as fx.catalogue
}

params(extra) := object.union(object.union(fx.base("noproxy.amazonaws"), {"variable": "NO_PROXY"}), extra)

verdict(status, message_id, extra) := {
	"rule": "noproxy/amazonaws", "requirement": "noproxy.amazonaws",
	"status": status, "messageId": message_id, "params": params(extra), "location": fx.loc(2),
}

test_dot_amazonaws_satisfies if {
	verdicts([fx.proxy, fx.var("NO_PROXY", ".amazonaws.com", 2)]) == {verdict("satisfied", "satisfied", {"entry": [".amazonaws.com"]})}
}

test_without_dot_satisfies if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "amazonaws.com", 2)]) == {verdict("satisfied", "satisfied", {"entry": ["amazonaws.com"]})}
}

test_single_service_is_partial if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "s3.amazonaws.com", 2)]) == {verdict("violated", "partial", {"entry": ["s3.amazonaws.com"]})}
}

test_port_restricts if {
	verdicts([fx.proxy, fx.var("NO_PROXY", ".amazonaws.com:443", 2)]) == {verdict("violated", "port_only", {"entry": [".amazonaws.com:443"], "entryPort": "443"})}
}

test_lower_spelling_ignored_when_upper_is_set if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "localhost", 2), fx.var("no_proxy", ".amazonaws.com", 3)]) == {verdict("violated", "shadowed", {"entry": [".amazonaws.com"], "otherVariable": "no_proxy"})}
}

test_standard_runner if {
	v := amazonaws.verdicts with input as object.union(fx.proxy_input([fx.proxy]), {"config": {"runner": "standard"}})
		with data.runnerlint.catalogue as fx.catalogue
	v == {{
		"rule": "noproxy/amazonaws", "requirement": "noproxy.amazonaws", "status": "not-applicable",
		"messageId": "runner_not_applicable", "params": {"runner": "standard"}, "location": null,
	}}
}
