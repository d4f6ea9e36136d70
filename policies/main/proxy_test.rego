package runnerlint.main.proxy_test

import data.runnerlint.lib.noproxy_go_test as fx
import data.runnerlint.main.proxy

verdicts(value) := v if {
	v := proxy.verdicts with input as fx.proxy_input([fx.proxy, fx.var("NO_PROXY", value, 2)])
		with data.runnerlint.catalogue as fx.catalogue
}

test_every_requirement_is_judged if {
	{v.requirement | some v in verdicts(fx.good); v.requirement != ""} == {
		"noproxy.internal", "noproxy.link-local", "noproxy.management", "noproxy.amazonaws",
	}
	every v in verdicts(fx.good) {
		v.status in {"satisfied", "violated"}
	}
}

test_all_rules_contribute if {
	{v.rule | some v in verdicts("*,169.254.0.0/16;x,*.internal")} == {
		"noproxy/internal", "noproxy/link-local", "noproxy/management", "noproxy/amazonaws",
		"noproxy/wildcard", "noproxy/list-syntax", "noproxy/client-divergence",
	}
}
