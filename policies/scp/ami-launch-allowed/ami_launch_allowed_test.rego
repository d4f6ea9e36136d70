package runnerlint.scp.ami_launch_allowed_test

import data.runnerlint.scp.ami_launch_allowed
import data.runnerlint.scp.testing_test as t

verdicts(policies) := vs if {
	vs := ami_launch_allowed.verdicts with input as t.org(t.account(policies)) with data.runnerlint.catalogue as t.catalogue
}

images := ["arn:aws:ec2:*::image/*"]

test_no_restriction if {
	vs := verdicts([])
	t.v(vs, "ami.owner-amazon").status == "satisfied"
	t.v(vs, "ami.owner-gitpod").params.owner == "995913728426"
}

test_owner_allowlist_scoped_to_images if {
	p := t.policy("owners", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringNotEquals", "ec2:Owner", t.owners]], 2)])
	vs := verdicts([p])
	t.v(vs, "ami.owner-amazon").status == "satisfied"
	t.v(vs, "ami.owner-gitpod").status == "satisfied"
}

test_owner_deny_not_scoped_to_images_blocks_every_launch if {
	p := t.policy("owners", [t.stmt("Deny", ["ec2:RunInstances"], ["*"], [["StringNotEquals", "ec2:Owner", t.owners]], 2)])
	v := t.v(verdicts([p]), "ami.owner-gitpod")
	v.status == "violated"
	v.messageId == "denied-explicit"
	v.params.resource == "arn:aws:ec2:eu-west-1:(the account):instance/*"
}

test_if_exists_does_not_rescue_it if {
	p := t.policy("owners", [t.stmt("Deny", ["ec2:RunInstances"], ["*"], [["StringNotEqualsIfExists", "ec2:Owner", t.owners]], 2)])
	t.v(verdicts([p]), "ami.owner-amazon").status == "violated"
}

test_missing_gitpod_owner if {
	p := t.policy("owners", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringNotEquals", "ec2:Owner", ["149721548608", "amazon"]]], 2)])
	vs := verdicts([p])
	t.v(vs, "ami.owner-amazon").status == "satisfied"
	v := t.v(vs, "ami.owner-gitpod")
	v.status == "violated"
	v.params.resource == "arn:aws:ec2:eu-west-1::image/(any AMI)"
}

test_alias_only_is_unknown if {
	p := t.policy("owners", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringNotEquals", "ec2:Owner", ["amazon", "995913728426"]]], 2)])
	v := t.v(verdicts([p]), "ami.owner-amazon")
	v.status == "unknown"
	v.params.keys == ["ec2:owner"]
	v.params.case == " when ec2:imageid=(any AMI), ec2:owner=149721548608"
	contains(v.params.hint, "owner alias amazon")
}

test_public_ami_deny if {
	p := t.policy("public", [t.stmt("Deny", ["ec2:RunInstances"], images, [["Bool", "ec2:Public", ["true"]]], 2)])
	t.v(verdicts([p]), "ami.owner-amazon").status == "violated"
}

test_image_owner_alias_misuse_denies_everything if {
	p := t.policy("alias", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringNotEquals", "ec2:ImageOwnerAlias", ["amazon"]]], 2)])
	t.v(verdicts([p]), "ami.owner-amazon").status == "violated"
}

test_image_id_allowlist_is_unknown if {
	p := t.policy("ids", [t.stmt("Deny", ["ec2:RunInstances"], images, [["StringNotEquals", "ec2:ImageID", ["ami-0123456789abcdef0"]]], 2)])
	v := t.v(verdicts([p]), "ami.owner-gitpod")
	v.status == "unknown"
	v.params.keys == ["ec2:imageid"]
}

# An AMI requirement of the other runner kind is not applicable (both apply to both kinds in the
# catalogue today; a catalogue version may differ).
test_runner_kind_not_applicable if {
	cat := object.union(t.catalogue, {"requirements": {"ami.owner-gitpod": {"runners": ["enterprise"]}}})
	vs := ami_launch_allowed.verdicts with input as t.org(t.account([])) with data.runnerlint.catalogue as cat
	t.v(vs, "ami.owner-gitpod").messageId == "runner-kind"
	t.v(vs, "ami.owner-gitpod").status == "not-applicable"
	t.v(vs, "ami.owner-amazon").status == "satisfied"
}
