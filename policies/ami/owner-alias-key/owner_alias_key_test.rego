package runnerlint.ami.owner_alias_key_test

import data.runnerlint.ami.owner_alias_key
import data.runnerlint.scp.testing_test as t

verdicts(policies) := vs if {
	vs := owner_alias_key.verdicts with input as t.org(t.account(policies))
}

alias(effect, op) := t.policy("alias", [t.stmt(effect, ["ec2:RunInstances"], ["*"], [[op, "ec2:ImageOwnerAlias", ["amazon"]]], 2)])

test_none if {
	some v in verdicts([])
	v.messageId == "none"
}

test_deny_negated_denies_everything if verdicts([alias("Deny", "StringNotEquals")]) == {{
	"rule": "ami/owner-alias-key", "requirement": "ami.allowlist-by-owner", "status": "violated",
	"messageId": "deny-everything", "params": {"policy": "alias", "statement": "S2", "operator": "StringNotEquals"},
	"location": t.at(3),
}}

test_deny_positive_never_applies if {
	some v in verdicts([alias("Deny", "StringEquals")])
	v.messageId == "deny-never"
}

test_allow_never_matches if {
	some v in verdicts([alias("Allow", "StringEquals")])
	v.messageId == "allow"
}

test_key_case_insensitive if {
	p := t.policy("alias", [t.stmt("Deny", ["ec2:*"], ["*"], [["StringNotEquals", "EC2:IMAGEOWNERALIAS", ["amazon"]]], 2)])
	some v in verdicts([p])
	v.status == "violated"
}
