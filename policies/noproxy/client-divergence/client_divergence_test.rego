package runnerlint.noproxy.client_divergence_test

import data.runnerlint.lib.noproxy_go_test as fx
import data.runnerlint.noproxy.client_divergence

verdicts(vars) := v if {
	v := client_divergence.verdicts with input as fx.proxy_input(vars) with data.runnerlint.catalogue as fx.catalogue
}

note(message_id, params, line) := {
	"rule": "noproxy/client-divergence", "requirement": "", "status": "violated", "messageId": message_id,
	"params": object.union({"variable": "NO_PROXY", "environment": "proxy.env"}, params), "location": fx.loc(line),
}

ids(value) := {v.messageId | some v in verdicts([fx.proxy, fx.var("NO_PROXY", value, 2)])}

test_recommended_value_has_only_the_cidr_note if {
	verdicts([fx.proxy, fx.var("NO_PROXY", fx.good, 2)]) == {note(
		"cidr", {
			"entry": ["169.254.0.0/16"],
			"samples": ["169.254.169.254", "169.254.170.2"],
		},
		2,
	)}
}

test_cidr_note_names_only_unlisted_samples if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "169.254.0.0/16,169.254.169.254,10.0.0.0/8", 2)]) == {note(
		"cidr", {
			"entry": ["169.254.0.0/16"],
			"samples": ["169.254.170.2"],
		},
		2,
	)}
}

test_no_cidr_note_when_the_addresses_are_listed if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "169.254.0.0/16,169.254.169.254,169.254.170.2,10.0.0.0/8", 2)]) == set()
}

test_precedence if {
	verdicts([fx.proxy, fx.var("NO_PROXY", ".internal", 2), fx.var("no_proxy", "localhost", 3)]) == {note("precedence", {"otherVariable": "no_proxy"}, 2)}
}

test_precedence_empty_lower if {
	verdicts([fx.proxy, fx.var("NO_PROXY", ".internal", 2), fx.var("no_proxy", "", 3)]) == {note("precedence_empty", {"otherVariable": "no_proxy"}, 2)}
}

test_proxy_precedence if {
	vs := verdicts([fx.proxy, fx.var("https_proxy", "http://other:1", 3), fx.var("NO_PROXY", ".internal", 2)])
	vs == {object.union(note("proxy_precedence", {"otherVariable": "https_proxy"}, 1), {"params": {
		"variable": "HTTPS_PROXY", "environment": "proxy.env", "otherVariable": "https_proxy",
	}})}
}

test_same_values_are_fine if {
	verdicts([fx.proxy, fx.var("NO_PROXY", ".internal", 2), fx.var("no_proxy", ".internal", 3)]) == set()
}

test_wildcard_label if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "*.internal,.amazonaws.com", 2)]) == {note("wildcard_label", {"entry": ["*.internal"]}, 2)}
}

test_port if {
	ids("app.gitpod.io:443,169.254.169.254:80") == {"port"}
}

test_leading_dot_for_a_required_host if {
	ids(".app.gitpod.io") == {"leading_dot"}
	ids(".internal") == set()

	# the name listed as written too: every client bypasses it through that entry
	ids(".app.gitpod.io,app.gitpod.io") == set()
	ids(".app.gitpod.io,app.gitpod.io:443") == {"leading_dot", "port"}
}

test_bare_domain_covering_required_hosts if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "amazonaws.com,gitpod.io,app.gitpod.io,example.com", 2)]) == {note("bare_domain", {"entry": ["amazonaws.com", "gitpod.io"]}, 2)}
}

test_silent_for_standard_runners if {
	v := client_divergence.verdicts with input as object.union(fx.proxy_input([fx.proxy, fx.var("NO_PROXY", "*.internal", 2)]), {"config": {"runner": "standard"}})
		with data.runnerlint.catalogue as fx.catalogue
	v == set()
}
