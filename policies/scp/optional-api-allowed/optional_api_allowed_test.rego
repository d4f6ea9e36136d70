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

# aws.logs is bound to the logs feature in the real catalogue: it applies only when the config
# enables it, exactly as the egress rules decide (lib.features).
test_feature_off_unless_enabled if {
	logs := object.union(t.api("logs", ["standard", "enterprise"], true), {"feature": "logs"})
	cat := object.union(t.catalogue, {"requirements": {"aws.logs": logs}})
	p := t.policy("no-logs", [t.stmt("Deny", ["logs:*"], ["*"], [], 2)])
	vs_off := optional_api_allowed.verdicts with input as t.org(t.account([p])) with data.runnerlint.catalogue as cat
	off := t.v(vs_off, "aws.logs")
	off.status == "not-applicable"
	off.messageId == "feature-off"
	off.params == {"feature": "logs", "requirement": "aws.logs"}
	enabled := t.org_config(t.account([p]), {"runner": "standard", "region": "eu-west-1", "features": {"logs": true}})
	vs_on := optional_api_allowed.verdicts with input as enabled with data.runnerlint.catalogue as cat
	on := t.v(vs_on, "aws.logs")
	on.status == "violated"
}
