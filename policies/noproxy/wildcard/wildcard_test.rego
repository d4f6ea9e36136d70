package runnerlint.noproxy.wildcard_test

import data.runnerlint.lib.noproxy_go_test as fx
import data.runnerlint.noproxy.wildcard

verdicts(vars) := v if {
	v := wildcard.verdicts with input as fx.proxy_input(vars) with data.runnerlint.catalogue as fx.catalogue
}

verdict(message_id) := {
	"rule": "noproxy/wildcard", "requirement": "", "status": "violated", "messageId": message_id,
	"params": {"variable": "NO_PROXY", "environment": "proxy.env"}, "location": fx.loc(2),
}

test_star_alone if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "*", 2)]) == {verdict("alone")}
}

test_star_in_list if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "localhost, * ,.internal", 2)]) == {verdict("in_list")}
}

test_no_star if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "*.internal", 2)]) == set()
}

test_silent_without_proxy if {
	verdicts([fx.var("NO_PROXY", "*", 2)]) == set()
}
