package runnerlint.noproxy.list_syntax_test

import data.runnerlint.lib.noproxy_go_test as fx
import data.runnerlint.noproxy.list_syntax

verdicts(value) := v if {
	v := list_syntax.verdicts with input as fx.proxy_input([fx.proxy, fx.var("NO_PROXY", value, 2)])
		with data.runnerlint.catalogue as fx.catalogue
}

verdict(message_id, entry) := {
	"rule": "noproxy/list-syntax", "requirement": "", "status": "violated", "messageId": message_id,
	"params": {"variable": "NO_PROXY", "environment": "proxy.env", "entry": entry}, "location": fx.loc(2),
}

test_semicolons if {
	verdicts(".internal;169.254.0.0/16,app.gitpod.io") == {verdict("separator", ".internal;169.254.0.0/16")}
}

test_blanks if {
	verdicts(".internal .amazonaws.com") == {verdict("separator", ".internal .amazonaws.com")}
}

test_quotes if {
	verdicts(`".internal",app.gitpod.io`) == {verdict("quote", `".internal"`)}
}

test_clean_list if {
	verdicts(" .internal , app.gitpod.io ") == set()
}
