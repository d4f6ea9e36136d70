package runnerlint.ami.public_image_deny_test

import data.runnerlint.ami.public_image_deny
import data.runnerlint.scp.testing_test as t

verdicts(policies) := vs if {
	vs := public_image_deny.verdicts with input as t.org(t.account(policies)) with data.runnerlint.catalogue as t.catalogue
}

images := ["arn:aws:ec2:*::image/*"]

test_none if {
	t.v(verdicts([]), "ami.owner-amazon").messageId == "none"
	t.v(verdicts([]), "ami.owner-gitpod").messageId == "none"
}

test_public_deny_blocks_both if {
	p := t.policy("public", [t.stmt("Deny", ["ec2:RunInstances"], images, [["Bool", "ec2:Public", ["true"]]], 2)])
	t.v(verdicts([p]), "ami.owner-amazon") == {
		"rule": "ami/public-image-deny", "requirement": "ami.owner-amazon", "status": "violated", "messageId": "denies",
		"params": {"policy": "public", "statement": "S2", "ami": "bottlerocket-aws-ecs-1-x86_64", "owner": "149721548608"},
		"location": t.at(2),
	}
	t.v(verdicts([p]), "ami.owner-gitpod").status == "violated"
}

test_owner_exemption if {
	p := t.policy("public", [t.stmt("Deny", ["ec2:RunInstances"], images, [["Bool", "ec2:Public", ["true"]], ["StringNotEquals", "ec2:Owner", t.owners]], 2)])
	t.v(verdicts([p]), "ami.owner-amazon").messageId == "exempted"
	t.v(verdicts([p]), "ami.owner-gitpod").messageId == "exempted"
}

test_alias_only_exemption_depends if {
	p := t.policy("public", [t.stmt("Deny", ["ec2:RunInstances"], images, [["Bool", "ec2:Public", ["true"]], ["StringNotEquals", "ec2:Owner", ["amazon", "995913728426"]]], 2)])
	v := t.v(verdicts([p]), "ami.owner-amazon")
	v.status == "unknown"
	v.params.keys == ["ec2:owner"]
	t.v(verdicts([p]), "ami.owner-gitpod").messageId == "exempted"
}

# SCPs do not apply to the management account, nor when the policy type is disabled: a public-AMI
# deny there blocks nothing.
public_deny := t.policy("public", [t.stmt("Deny", ["ec2:RunInstances"], images, [["Bool", "ec2:Public", ["true"]]], 2)])

test_management_account_is_not_blocked if {
	net := object.union(t.org(t.account([public_deny])), {"account": {"management": true, "id": "111122223333"}})
	vs := public_image_deny.verdicts with input as net with data.runnerlint.catalogue as t.catalogue
	{[v.requirement, v.status, v.messageId] | some v in vs} == {
		["ami.owner-amazon", "satisfied", "management-account"],
		["ami.owner-gitpod", "satisfied", "management-account"],
	}
}

test_scps_disabled_block_nothing if {
	net := object.union(t.org(t.account([public_deny])), {"scpEnabled": false})
	vs := public_image_deny.verdicts with input as net with data.runnerlint.catalogue as t.catalogue
	{[v.requirement, v.status, v.messageId] | some v in vs} == {
		["ami.owner-amazon", "satisfied", "scp-disabled"],
		["ami.owner-gitpod", "satisfied", "scp-disabled"],
	}
}
