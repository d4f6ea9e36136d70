package runnerlint.egress.name_pattern_test

import data.runnerlint.egress.allowlist
import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.egress.name_pattern

verdicts(net) := v if {
	v := name_pattern.verdicts with input as net with data.runnerlint.catalogue as fx.catalogue
}

required(net) := v if {
	v := allowlist.verdicts with input as net with data.runnerlint.catalogue as fx.catalogue
}

# A reject of names containing `content` before an allow list of Gitpod's domains.
firewall(content, modifiers) := fx.network({
	"firewalls": [fx.policy([], [fx.ref("deny", 1, 5), fx.ref("allow", 2, 6)], "STRICT_ORDER", ["aws:drop_established"])],
	"firewallRuleGroups": [
		fx.group("deny", {"rules": [fx.rule(
			"reject", "tls", fx.anywhere, [], [object.union(
				{"buffer": "tls.sni", "match": "contains", "value": content, "nocase": true, "dotprefix": false, "negated": false},
				modifiers,
			)],
			["to_server"], 30,
		)]}),
		fx.group("allow", fx.domain_list("ALLOWLIST", [".gitpod.io", ".us01.gitpod.dev"], ["TLS_SNI"], 20)),
	],
})

gateway_https(vs) := {v | some v in vs; v.requirement == "gitpod.gateway-https"}

test_a_pattern_in_the_label_is_a_note if {
	vs := gateway_https(verdicts(firewall("ru", {})))
	{v.params.port | some v in vs} == {443, 8443}
	every v in vs {
		v.status == "unknown"
		v.messageId == "nfw_name_pattern"
		v.location.line == 30
		v.params.destination == "*.us01.gitpod.dev"
	}

	# and no violation of the allow list for it; the names that are not a wildcard are judged
	every r in gateway_https(required(firewall("ru", {}))) {
		r.messageId != "nfw_drop"
	}
}

test_a_rule_that_blocks_every_name_is_not_a_note if {
	# ".dev" at the end: every name under *.us01.gitpod.dev: a violation of egress/allowlist
	count(gateway_https(verdicts(firewall(".dev", {"match": "suffix"})))) == 0
	some r in gateway_https(required(firewall(".dev", {"match": "suffix"})))
	r.status == "violated"

	# ".ru" at the end: no name under the wildcard: nothing to note
	count(gateway_https(verdicts(firewall(".ru", {"match": "suffix"})))) == 0
}
