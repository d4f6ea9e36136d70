package runnerlint.main.organization_test

import data.runnerlint.main.organization
import data.runnerlint.scp.testing_test as t

test_every_rule_contributes if {
	p := t.policy("deny-run", [t.stmt("Deny", ["ec2:RunInstances"], ["*"], [], 2)])
	vs := organization.verdicts with input as t.org(t.account([p])) with data.runnerlint.catalogue as t.catalogue
	rules := {v.rule | some v in vs}
	rules == {
		"scp/aws-api-allowed", "scp/optional-api-allowed", "scp/ami-launch-allowed", "scp/policy-size",
		"ami/allowlist-by-owner", "ami/owner-alias-key", "ami/public-image-deny", "ami/allowed-images-policy",
	}
	every v in vs {
		v.status in {"satisfied", "violated", "unknown", "not-applicable"}
	}
}
