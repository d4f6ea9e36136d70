package runnerlint.noproxy.management_test

import data.runnerlint.lib.noproxy_go_test as fx
import data.runnerlint.noproxy.management

verdicts(vars) := v if {
	v := management.verdicts with input as fx.proxy_input(vars) with data.runnerlint.catalogue as fx.catalogue
}

params(extra) := object.union(object.union(fx.base("noproxy.management"), {"variable": "NO_PROXY"}), extra)

verdict(status, message_id, extra) := {
	"rule": "noproxy/management", "requirement": "noproxy.management",
	"status": status, "messageId": message_id, "params": params(extra), "location": fx.loc(2),
}

test_host_satisfies if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "app.gitpod.io", 2)]) == {verdict("satisfied", "satisfied", {"entry": ["app.gitpod.io"]})}
}

test_host_with_its_port_satisfies if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "app.gitpod.io:443", 2)]) == {verdict("satisfied", "satisfied", {"entry": ["app.gitpod.io:443"]})}
}

test_parent_domain_satisfies if {
	verdicts([fx.proxy, fx.var("NO_PROXY", ".gitpod.io", 2)]) == {verdict("satisfied", "satisfied", {"entry": [".gitpod.io"]})}
}

test_leading_dot_matches_subdomains_only if {
	verdicts([fx.proxy, fx.var("NO_PROXY", ".app.gitpod.io", 2)]) == {verdict("violated", "subdomains_only", {"entry": [".app.gitpod.io"]})}
}

test_other_port if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "app.gitpod.io:8443", 2)]) == {verdict("violated", "port_only", {"entry": ["app.gitpod.io:8443"], "entryPort": "8443"})}
}

test_missing if {
	verdicts([fx.proxy, fx.var("NO_PROXY", "gitpod.com", 2)]) == {verdict("violated", "missing", {})}
}

test_unresolved if {
	verdicts([fx.proxy, fx.var("NO_PROXY", {"$unknown": "SSM parameter /proxy/no"}, 2)]) == {verdict("unknown", "no_proxy_unresolved", {"reason": "SSM parameter /proxy/no"})}
}
