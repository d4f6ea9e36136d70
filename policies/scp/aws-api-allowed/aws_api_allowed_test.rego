package runnerlint.scp.aws_api_allowed_test

import data.runnerlint.scp.aws_api_allowed
import data.runnerlint.scp.testing_test as t

verdicts(input_doc) := vs if {
	vs := aws_api_allowed.verdicts with input as input_doc with data.runnerlint.catalogue as t.catalogue
}

test_full_access_satisfies_everything if {
	vs := verdicts(t.org(t.account([])))
	t.v(vs, "aws.ec2") == {
		"rule": "scp/aws-api-allowed", "requirement": "aws.ec2", "status": "satisfied", "messageId": "allowed",
		"params": {
			"action": "ec2:RunInstances", "resource": "arn:aws:ec2:eu-west-1:(the account):instance/*", "region": "eu-west-1",
			"policy": "", "policyId": "", "statement": "", "level": "", "keys": [], "case": "", "hint": "", "requirement": "aws.ec2",
		},
		"location": null,
	}
	t.v(vs, "aws.s3").status == "satisfied"
	t.v(vs, "aws.acm") == {
		"rule": "scp/aws-api-allowed", "requirement": "aws.acm", "status": "not-applicable", "messageId": "runner-kind",
		"params": {"runner": "standard", "requirement": "aws.acm"}, "location": null,
	}
	t.v(vs, "aws.nothing").messageId == "no-actions"
	not t.v(vs, "aws.logs")
}

test_deny_run_instances_outright if {
	p := t.policy("deny-run", [t.stmt("Deny", ["ec2:RunInstances"], ["*"], [], 4)])
	v := t.v(verdicts(t.org(t.account([p]))), "aws.ec2")
	v.status == "violated"
	v.messageId == "denied-explicit"
	v.params.statement == "S4"
	v.params.policy == "deny-run"
	v.params.level == "the account"
	v.location == t.at(4)
}

test_region_deny_with_not_action if {
	p := t.policy("region", [{
		"index": 0, "sid": "DenyOtherRegions", "effect": "Deny", "notAction": ["iam:*", "sts:*", "organizations:*"],
		"resource": ["*"], "location": t.at(3),
		"condition": [{"operator": "StringNotEquals", "key": "aws:RequestedRegion", "values": ["eu-west-1", "eu-central-1"], "location": t.at(5)}],
	}])
	in_region := verdicts(t.org(t.account([p])))
	t.v(in_region, "aws.ec2").status == "satisfied"
	elsewhere := verdicts(t.org_config(t.account([p]), {"runner": "standard", "region": "us-east-1"}))
	t.v(elsewhere, "aws.ec2").status == "violated"
	t.v(elsewhere, "aws.sts").status == "satisfied"
	unknown_region := verdicts(t.org_config(t.account([p]), {"runner": "standard"}))
	u := t.v(unknown_region, "aws.s3")
	u.status == "unknown"
	u.messageId == "depends"
	u.params.keys == ["aws:requestedregion"]
	u.params.hint == "Pass --region."
	u.params.region == "every region"
}

test_principal_exemption if {
	p := t.policy("exempt", [t.stmt("Deny", ["s3:*"], ["*"], [["ArnNotLike", "aws:PrincipalARN", ["arn:aws:iam::*:role/GitpodRunner*"]]], 2)])
	u := t.v(verdicts(t.org(t.account([p]))), "aws.s3")
	u.status == "unknown"
	u.params.keys == ["aws:principalarn"]
	known := t.org_config(t.account([p]), {"runner": "standard", "region": "eu-west-1", "runnerRoleArn": "arn:aws:iam::111122223333:role/GitpodRunnerRole"})
	t.v(verdicts(known), "aws.s3").status == "satisfied"
}

test_management_account_and_disabled_scps if {
	p := t.policy("deny-all", [t.stmt("Deny", ["*"], ["*"], [], 2)])
	mgmt := object.union(t.org(t.account([p])), {"account": {"id": "111122223333", "management": true}})
	t.v(verdicts(mgmt), "aws.ec2").messageId == "management-account"
	t.v(verdicts(mgmt), "aws.ec2").params.account == "111122223333"
	off := object.union(t.org(t.account([p])), {"scpEnabled": false})
	t.v(verdicts(off), "aws.ec2").messageId == "scp-disabled"
	t.v(verdicts(t.org(t.account([p]))), "aws.ec2").status == "violated"
}

test_implicit_deny_at_an_ou if {
	levels := [
		{"kind": "root", "id": "r-ab12", "name": "Root", "policies": [t.full_access]},
		{"kind": "ou", "id": "ou-ab12-11111111", "name": "Sandbox", "policies": [t.policy("s3-only", [t.stmt("Allow", ["s3:*"], ["*"], [], 2)])]},
		{"kind": "account", "id": "111122223333", "name": "dev", "policies": [t.full_access]},
	]
	v := t.v(verdicts(t.org(levels)), "aws.ec2")
	v.messageId == "denied-implicit"
	v.params.level == "OU Sandbox (ou-ab12-11111111)"
	t.v(verdicts(t.org(levels)), "aws.s3").status == "satisfied"
}

test_unresolved_policy if {
	p := {"id": "cfn", "name": "cfn", "location": t.at(9), "unresolved": "Fn::Sub cannot be resolved offline", "statements": []}
	v := t.v(verdicts(t.org(t.account([p]))), "aws.s3")
	v.messageId == "undecided"
	v.location == t.at(9)
}

test_too_many_cases if {
	conds := [["StringEquals", concat("", ["aws:PrincipalTag/k", format_int(i, 10)]), ["a", "b", "c"]] | some i in numbers.range(1, 5)]
	p := t.policy("p", [t.stmt("Deny", ["s3:*"], ["*"], conds, 2)])
	t.v(verdicts(t.org(t.account([p]))), "aws.s3").messageId == "too-many-cases"
}

test_enterprise_needs_acm if {
	vs := verdicts(t.org_config(t.account([]), {"runner": "enterprise", "region": "eu-west-1"}))
	t.v(vs, "aws.acm").status == "satisfied"
}

test_not_applicable_without_actions if {
	cat := object.union(t.catalogue, {"requirements": {"aws.z": t.api("z", ["enterprise"], false)}})
	vs := aws_api_allowed.verdicts with input as t.org(t.account([])) with data.runnerlint.catalogue as cat
	t.v(vs, "aws.z").messageId == "runner-kind"
}

test_account_id_from_config if {
	vs := verdicts(t.org_config(t.account([]), {"runner": "standard", "region": "eu-west-1", "accountId": "111122223333"}))
	t.v(vs, "aws.ec2").params.resource == "arn:aws:ec2:eu-west-1:111122223333:instance/*"
}

# A non-optional API bound to a feature the config leaves off is not applicable (in the catalogue
# today the only feature-bound API, aws.logs, is optional: optional-api-allowed judges it).
test_feature_off_not_applicable if {
	cat := object.union(t.catalogue, {"requirements": {"aws.sts": {"feature": "logs"}}})
	vs := aws_api_allowed.verdicts with input as t.org(t.account([])) with data.runnerlint.catalogue as cat
	t.v(vs, "aws.sts").messageId == "feature-off"
	t.v(vs, "aws.sts").status == "not-applicable"
	t.v(vs, "aws.s3").status == "satisfied"
}
