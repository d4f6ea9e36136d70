package runnerlint.ami.allowlist_by_owner_test

import data.runnerlint.ami.allowlist_by_owner
import data.runnerlint.scp.testing_test as t

verdicts(policies) := vs if {
	vs := allowlist_by_owner.verdicts with input as t.org(t.account(policies)) with data.runnerlint.catalogue as t.catalogue
}

images := ["arn:aws:ec2:*::image/*"]

test_no_allowlist if verdicts([]) == {{
	"rule": "ami/allowlist-by-owner", "requirement": "ami.allowlist-by-owner", "status": "satisfied",
	"messageId": "no-allowlist", "params": {}, "location": null,
}}

test_owner_allowlist_with_both_owners if {
	p := t.policy("owners", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringNotEquals", "ec2:Owner", t.owners]], 2)])
	verdicts([p]) == {{
		"rule": "ami/allowlist-by-owner", "requirement": "ami.allowlist-by-owner", "status": "satisfied",
		"messageId": "by-owner", "params": {}, "location": null,
	}}
}

test_owner_list_missing_gitpod if {
	p := t.policy("owners", [t.stmt("Allow", ["ec2:*"], images, [["StringEquals", "ec2:Owner", ["amazon"]]], 2)])
	verdicts([p]) == {{
		"rule": "ami/allowlist-by-owner", "requirement": "ami.allowlist-by-owner", "status": "violated",
		"messageId": "owner-missing",
		"params": {
			"policy": "owners", "statement": "S2", "owners": ["amazon"],
			"owner": "995913728426", "ownerName": "Gitpod", "purpose": "development environments",
		},
		"location": t.at(3),
	}}
}

test_denylist_is_not_an_allowlist if {
	p := t.policy("bad-owners", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringEquals", "ec2:Owner", ["666666666666"]]], 2)])
	some v in verdicts([p])
	v.messageId == "by-owner"
}

test_wildcard_owner_covers if {
	p := t.policy("owners", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringNotLike", "ec2:Owner", ["*"]]], 2)])
	some v in verdicts([p])
	v.status == "satisfied"
}

test_image_id_allowlist if {
	p := t.policy("ids", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringNotEquals", "ec2:ImageID", ["ami-0123456789abcdef0"]]], 2)])
	some v in verdicts([p])
	v.messageId == "image-id"
	v.params.operator == "StringNotEquals"
	v.location == t.at(3)
}

test_image_arn_allowlist if {
	p := t.policy("arns", [t.stmt("Allow", ["ec2:RunInstances"], ["arn:aws:ec2:eu-west-1::image/ami-0123456789abcdef0"], [], 2)])
	some v in verdicts([p])
	v.messageId == "image-arn"
	v.params.element == "resource"
}

test_other_actions_ignored if {
	p := t.policy("ids", [t.stmt("Deny", ["s3:*"], ["*"], [["StringNotEquals", "ec2:ImageID", ["ami-0123"]]], 2)])
	some v in verdicts([p])
	v.messageId == "no-allowlist"
}
