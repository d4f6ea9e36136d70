package runnerlint.scp.optional_api_allowed_test

import data.runnerlint.scp.optional_api_allowed
import data.runnerlint.scp.testing_test as t

verdicts(input_doc) := vs if {
	vs := optional_api_allowed.verdicts with input as input_doc with data.runnerlint.catalogue as t.catalogue
}

test_only_optional_services if {
	vs := verdicts(t.org(t.account([])))
	t.v(vs, "aws.logs").status == "satisfied"
	t.v(vs, "aws.logs").rule == "scp/optional-api-allowed"
	not t.v(vs, "aws.ec2")
}

test_logs_denied if {
	p := t.policy("no-logs", [t.stmt("Deny", ["logs:*"], ["*"], [], 2)])
	v := t.v(verdicts(t.org(t.account([p]))), "aws.logs")
	v.status == "violated"
	v.params.action == "logs:CreateLogStream"
}

test_not_applicable_and_no_actions if {
	cat := object.union(t.catalogue, {"requirements": {"aws.x": t.api("x", ["standard"], true), "aws.y": t.api("y", ["enterprise"], true)}})
	vs := optional_api_allowed.verdicts with input as t.org(t.account([])) with data.runnerlint.catalogue as cat
	t.v(vs, "aws.x").messageId == "no-actions"
	t.v(vs, "aws.y").messageId == "runner-kind"
}
