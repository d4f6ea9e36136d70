package runnerlint.noproxy.link_local_test

import data.runnerlint.lib.noproxy_go_test as fx
import data.runnerlint.noproxy.link_local

verdicts(vars) := v if {
	v := link_local.verdicts with input as fx.proxy_input(vars) with data.runnerlint.catalogue as fx.catalogue
}

params(extra) := object.union(object.union(fx.base("noproxy.link-local"), {"variable": "NO_PROXY"}), extra)

verdict(status, message_id, extra) := {
	"rule": "noproxy/link-local", "requirement": "noproxy.link-local",
	"status": status, "messageId": message_id, "params": params(extra), "location": fx.loc(2),
}

both := ["169.254.169.254", "169.254.170.2"]

test_cidr_satisfies if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "169.254.0.0/16", 2)]) == {verdict("satisfied", "satisfied", {
		"entry": ["169.254.0.0/16"], "covered": both, "uncovered": [],
	})}
}

test_two_halves_satisfy if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "169.254.0.0/17,169.254.128.0/17", 2)]) == {verdict("satisfied", "satisfied", {
		"entry": ["169.254.0.0/17", "169.254.128.0/17"], "covered": both, "uncovered": [],
	})}
}

test_single_ip_is_partial if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "169.254.169.254", 2)]) == {verdict("violated", "partial", {
		"entry": ["169.254.169.254"], "covered": ["169.254.169.254"], "uncovered": ["169.254.170.2"],
	})}
}

test_slash_24_is_partial if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "169.254.169.0/24", 2)]) == {verdict("violated", "partial", {
		"entry": ["169.254.169.0/24"], "covered": ["169.254.169.254"], "uncovered": ["169.254.170.2"],
	})}
}

test_both_samples_are_still_partial if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "169.254.169.254,169.254.170.2", 2)]) == {verdict("violated", "partial_samples", {
		"entry": both, "covered": both, "uncovered": [],
	})}
}

test_missing if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "localhost", 2)]) == {verdict("violated", "missing", {"covered": [], "uncovered": both})}
}

test_no_proxy_unset if {
	verdicts([fx.proxy]) == {{
		"rule": "noproxy/link-local", "requirement": "noproxy.link-local", "status": "violated",
		"messageId": "no_proxy_unset", "params": fx.base("noproxy.link-local"), "location": fx.loc(1),
	}}
}
