package runnerlint.ami.allowed_images_policy_test

import data.runnerlint.ami.allowed_images_policy
import data.runnerlint.scp.testing_test as t

decl(id, settings) := {"id": id, "name": id, "location": t.at(7), "settings": settings}

org(levels) := object.union(t.org(t.account([])), {"declarative": levels})

level(kind, policies) := {"kind": kind, "id": kind, "policies": policies}

verdicts(levels) := vs if {
	vs := allowed_images_policy.verdicts with input as org(levels) with data.runnerlint.catalogue as t.catalogue
}

providers(state, list) := {
	"state": {"@@assign": state},
	"image_criteria": {"criteria_1": {"allowed_image_providers": {"@@append": list}}},
}

test_no_policy if t.v(verdicts([]), "ami.owner-amazon").messageId == "no-policy"

test_type_disabled if {
	vs := allowed_images_policy.verdicts with input as object.union(org([]), {"declarativeEnabled": false})
		with data.runnerlint.catalogue as t.catalogue
	t.v(vs, "ami.owner-gitpod").messageId == "type-disabled"
}

test_enabled_with_both_owners if {
	vs := verdicts([level("root", [decl("d", providers("enabled", ["amazon", "995913728426"]))])])
	t.v(vs, "ami.owner-amazon") == {
		"rule": "ami/allowed-images-policy", "requirement": "ami.owner-amazon", "status": "satisfied", "messageId": "admitted",
		"params": {"ami": "bottlerocket-aws-ecs-1-x86_64", "owner": "149721548608", "state": "enabled", "criterion": "criteria_1"},
		"location": t.at(7),
	}
	t.v(vs, "ami.owner-gitpod").status == "satisfied"
}

test_enabled_blocks_missing_owner if {
	vs := verdicts([level("root", [decl("d", providers("enabled", ["amazon"]))])])
	t.v(vs, "ami.owner-amazon").status == "satisfied"
	t.v(vs, "ami.owner-gitpod").messageId == "blocked"
	t.v(vs, "ami.owner-gitpod").status == "violated"
}

test_audit_mode_only_reports if {
	vs := verdicts([level("root", [decl("d", providers("audit_mode", ["amazon"]))])])
	t.v(vs, "ami.owner-gitpod").messageId == "audit-only"
	t.v(vs, "ami.owner-gitpod").status == "satisfied"
}

test_disabled_state if {
	vs := verdicts([level("root", [decl("d", providers("disabled", []))])])
	t.v(vs, "ami.owner-gitpod").messageId == "disabled"
}

test_inheritance_append_remove_assign if {
	root := level("root", [decl("r", providers("audit_mode", ["amazon"]))])
	ou := level("ou", [decl("o", {"state": "enabled", "image_criteria": {"criteria_1": {"allowed_image_providers": {"@@append": ["995913728426"]}}}})])
	vs := verdicts([root, ou])
	t.v(vs, "ami.owner-gitpod").messageId == "admitted"
	t.v(vs, "ami.owner-gitpod").params.state == "enabled"
	acct := level("account", [decl("a", {"image_criteria": {"criteria_1": {"allowed_image_providers": {"@@remove": ["995913728426"]}}}})])
	t.v(verdicts([root, ou, acct]), "ami.owner-gitpod").messageId == "blocked"
	reassign := level("account", [decl("a", {"image_criteria": {"criteria_1": {"allowed_image_providers": {"@@assign": ["995913728426"]}}}})])
	t.v(verdicts([root, ou, reassign]), "ami.owner-amazon").messageId == "blocked"
}

test_names_marketplace_and_age if {
	named := {"state": "enabled", "image_criteria": {
		"criteria_1": {"allowed_image_providers": ["amazon"], "image_names": ["bottlerocket-aws-ecs-1-x86_64-*"]},
		"criteria_2": {"allowed_image_providers": ["995913728426"], "marketplace_product_codes": ["abc"]},
		"criteria_3": {"allowed_image_providers": ["995913728426"], "creation_date_condition": {"maximum_days_since_created": 30}},
	}}
	vs := verdicts([level("root", [decl("d", named)])])
	t.v(vs, "ami.owner-amazon").params.criterion == "criteria_1"
	g := t.v(vs, "ami.owner-gitpod")
	g.messageId == "depends"
	g.params.criterion == "criteria_3"
	pinned := {"state": "enabled", "image_criteria": {"criteria_1": {"allowed_image_providers": ["amazon"], "image_names": ["bottlerocket-aws-ecs-1-x86_64-v1.2*"]}}}
	t.v(verdicts([level("root", [decl("d", pinned)])]), "ami.owner-amazon").messageId == "depends"
	old_ok := {"state": "enabled", "image_criteria": {"criteria_1": {"allowed_image_providers": ["995913728426"], "creation_date_condition": {"maximum_days_since_created": {"@@assign": 365}}}}}
	t.v(verdicts([level("root", [decl("d", old_ok)])]), "ami.owner-gitpod").messageId == "admitted"
}

test_unresolved if {
	vs := verdicts([level("root", [{"id": "d", "name": "d", "location": t.at(3), "unresolved": "Fn::Sub cannot be resolved offline"}])])
	v := t.v(vs, "ami.owner-amazon")
	v.status == "unknown"
	v.params.reason == "Fn::Sub cannot be resolved offline"
}
