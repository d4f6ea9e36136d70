package runnerlint.scp.policy_size_test

import data.runnerlint.scp.policy_size
import data.runnerlint.scp.testing_test as t

sized(raw, minified) := object.union(t.policy("big", []), {"size": {"raw": raw, "minified": minified}})

verdicts(policies) := vs if {
	vs := policy_size.verdicts with input as t.org(t.account(policies))
}

test_fits if verdicts([sized(5120, 4000)]) == {{
	"rule": "scp/policy-size", "requirement": "ami.allowlist-by-owner", "status": "satisfied",
	"messageId": "fits", "params": {}, "location": null,
}}

test_too_large if verdicts([sized(6000, 5121)]) == {{
	"rule": "scp/policy-size", "requirement": "ami.allowlist-by-owner", "status": "violated",
	"messageId": "too-large", "params": {"policy": "big", "size": 5121, "raw": 6000, "limit": 5120},
	"location": t.at(1),
}}

test_whitespace_only if {
	vs := verdicts([sized(5200, 5000)])
	count(vs) == 1
	some v in vs
	v.status == "unknown"
	v.messageId == "whitespace"
}
