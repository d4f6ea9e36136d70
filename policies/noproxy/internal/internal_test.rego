package runnerlint.noproxy.internal_test

import data.runnerlint.lib.noproxy_go_test as fx
import data.runnerlint.noproxy.internal

verdicts(vars) := v if {
	v := internal.verdicts with input as fx.proxy_input(vars) with data.runnerlint.catalogue as fx.catalogue
}

params(extra) := object.union(object.union(fx.base("noproxy.internal"), {"variable": "NO_PROXY"}), extra)

verdict(status, message_id, extra) := {
	"rule": "noproxy/internal", "requirement": "noproxy.internal",
	"status": status, "messageId": message_id, "params": params(extra), "location": fx.loc(2),
}

test_dot_internal_satisfies if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "localhost, .internal", 2)]) == {verdict("satisfied", "satisfied", {"entry": [".internal"]})}
}

test_star_dot_internal_satisfies_in_go if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "*.internal", 2)]) == {verdict("satisfied", "satisfied", {"entry": ["*.internal"]})}
}

test_bare_internal_satisfies if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "INTERNAL", 2)]) == {verdict("satisfied", "satisfied", {"entry": ["INTERNAL"]})}
}

test_narrower_name_is_partial if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "ec2.internal", 2)]) == {verdict("violated", "partial", {"entry": ["ec2.internal"]})}
}

test_missing if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "localhost", 2)]) == {verdict("violated", "missing", {})}
}

test_semicolon_list if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "localhost;.internal", 2)]) == {verdict("violated", "one_entry", {"entry": ["localhost;.internal"]})}
}

test_not_applicable_without_proxy if {
	verdicts([fx.var("NO_PROXY", "localhost", 2)]) == {{
		"rule": "noproxy/internal", "requirement": "noproxy.internal", "status": "not-applicable",
		"messageId": "no_proxy_configured", "params": {"environment": "proxy.env"}, "location": fx.loc(1),
	}}
}
