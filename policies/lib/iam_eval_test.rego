package runnerlint.lib.iam_eval_test

import data.runnerlint.lib.iam_eval
import data.runnerlint.scp.testing_test as t

ctx := {
	"aws:requestedregion": {"values": ["eu-west-1"]},
	"aws:principalaccount": {"values": ["111122223333"]},
	"aws:principalarn": {"unknown": "role", "fresh": "arn:aws:iam::000000000000:role/unknown", "mayBeAbsent": false},
	"ec2:owner": {"absent": true},
}

req(action, resource) := {"action": action, "resource": resource, "context": ctx}

image_req(owner) := {
	"action": "ec2:RunInstances",
	"resource": "arn:aws:ec2:{aws:requestedregion}::image/{ec2:imageid}",
	"context": object.union(object.remove(ctx, ["ec2:owner"]), {
		"ec2:owner": owner,
		"ec2:imageid": {"unknown": "rotates", "fresh": "ami-00000000000000000", "mayBeAbsent": false},
	}),
}

instance := req("ec2:RunInstances", "arn:aws:ec2:{aws:requestedregion}:{aws:principalaccount}:instance/*")

decide(levels, r) := iam_eval.decide(levels, r).decision

test_full_access_allows if decide(t.account([]), instance) == "allowed"

test_explicit_deny_wins if {
	d := iam_eval.decide(t.account([t.policy("p", [t.stmt("Deny", ["ec2:Run*"], ["*"], [], 3)])]), instance)
	d.decision == "denied"
	d.how == "explicit"
	d.evidence.statement == "S3"
	d.evidence.location.line == 3
	d.arn == "arn:aws:ec2:eu-west-1:111122223333:instance/*"
}

test_every_level_needs_an_allow if {
	root := {"kind": "root", "id": "r-1", "name": "Root", "policies": [t.full_access]}
	ou := {"kind": "ou", "id": "ou-1", "name": "Workloads", "policies": [t.policy("p-s3", [t.stmt("Allow", ["s3:*"], ["*"], [], 2)])]}
	acct := {"kind": "account", "id": "111122223333", "policies": [t.full_access]}
	d := iam_eval.decide([root, ou, acct], instance)
	d.decision == "denied"
	d.how == "implicit"
	d.evidence.levelId == "ou-1"
	decide([root, ou, acct], req("s3:GetObject", "arn:aws:s3:::b/k")) == "allowed"
	allowed := iam_eval.decide([root, ou, acct], req("s3:GetObject", "arn:aws:s3:::b/k"))
	count(allowed.evidence) == 3
}

test_not_action_exemptions if {
	region_deny := t.policy("region", [t.stmt("Deny", null, ["*"], [["StringNotEquals", "aws:RequestedRegion", ["us-east-1"]]], 2)])
	s := object.union(object.remove(region_deny.statements[0], ["action"]), {"notAction": ["iam:*", "sts:*"]})
	p := object.union(region_deny, {"statements": [s]})
	decide(t.account([p]), instance) == "denied"
	decide(t.account([p]), req("sts:GetCallerIdentity", "*")) == "allowed"
}

test_not_resource if {
	p := t.policy("p", [{"index": 0, "effect": "Deny", "action": ["s3:*"], "notResource": ["arn:aws:s3:::corp-*"], "condition": [], "location": t.at(2)}])
	decide(t.account([p]), req("s3:GetObject", "arn:aws:s3:::corp-x/k")) == "allowed"
	decide(t.account([p]), req("s3:GetObject", "arn:aws:s3:::other/k")) == "denied"
}

test_owner_deny_not_scoped_to_images_denies_the_instance if {
	p := t.policy("p", [t.stmt("Deny", ["ec2:RunInstances"], ["*"], [["StringNotEquals", "ec2:Owner", t.owners]], 2)])
	decide(t.account([p]), image_req({"oneOf": ["149721548608", "amazon"]})) == "allowed"
	decide(t.account([p]), instance) == "denied"
	q := t.policy("q", [t.stmt("Deny", ["ec2:RunInstances"], ["*"], [["StringNotEqualsIfExists", "ec2:Owner", t.owners]], 2)])

	# IfExists on an absent key is true: the deny still applies to the instance
	decide(t.account([q]), instance) == "denied"
	decide(t.account([q]), image_req({"oneOf": ["149721548608", "amazon"]})) == "allowed"
}

test_owner_alias_candidates_must_agree if {
	p := t.policy("p", [t.stmt("Deny", ["ec2:RunInstances"], ["arn:aws:ec2:*::image/*"], [["StringNotEquals", "ec2:Owner", ["amazon", "995913728426"]]], 2)])
	d := iam_eval.decide(t.account([p]), image_req({"oneOf": ["149721548608", "amazon"]}))
	d.decision == "unknown"
	d.how == "depends"
	d.dependsOn == ["ec2:owner"]
	d.scenario["ec2:owner"] == {"values": ["149721548608"]}
}

test_principal_exemption_depends_on_the_role if {
	p := t.policy("p", [t.stmt("Deny", ["ec2:RunInstances"], ["*"], [["ArnNotLike", "aws:PrincipalARN", ["arn:aws:iam::*:role/Admin*"]]], 2)])
	d := iam_eval.decide(t.account([p]), instance)
	d.decision == "unknown"
	d.dependsOn == ["aws:principalarn"]
	known := {"action": instance.action, "resource": instance.resource, "context": object.union(object.remove(ctx, ["aws:principalarn"]), {"aws:principalarn": {"values": ["arn:aws:iam::111122223333:role/AdminRole"]}})}
	decide(t.account([p]), known) == "allowed"
}

test_image_id_allowlist_depends_on_the_ami if {
	p := t.policy("p", [t.stmt("Deny", ["ec2:RunInstances"], ["arn:aws:ec2:*::image/*"], [["StringNotEquals", "ec2:ImageID", ["ami-0abc"]]], 2)])
	d := iam_eval.decide(t.account([p]), image_req({"values": ["995913728426"]}))
	d.decision == "unknown"
	d.dependsOn == ["ec2:imageid"]
	q := t.policy("q", [t.stmt("Allow", ["ec2:RunInstances"], ["arn:aws:ec2:*::image/ami-0abc"], [], 2)])
	only := [{"kind": "account", "id": "a", "policies": [q]}]
	e := iam_eval.decide(only, image_req({"values": ["995913728426"]}))
	e.decision == "unknown"
	e.dependsOn == ["ec2:imageid"]
}

test_unknown_region_enumerated if {
	no_region := {"action": instance.action, "resource": instance.resource, "context": object.union(object.remove(ctx, ["aws:requestedregion"]), {"aws:requestedregion": {"unknown": "region", "fresh": "xx-unknown-1"}})}
	p := t.policy("p", [t.stmt("Deny", ["*"], ["*"], [["StringNotEquals", "aws:RequestedRegion", ["eu-*"]], ["Bool", "aws:SecureTransport", ["true"]]], 2)])
	d := iam_eval.decide(t.account([p]), no_region)
	d.decision == "unknown"
	d.dependsOn == ["aws:requestedregion", "aws:securetransport"]
}

test_unresolved_policy_is_undecided if {
	p := {"id": "cfn", "name": "cfn", "location": t.at(1), "unresolved": "Fn::Sub", "statements": []}
	d := iam_eval.decide(t.account([p]), instance)
	d.decision == "unknown"
	d.evidence.statement == "(unresolved policy)"
}

test_undecided_statement if {
	p := t.policy("p", [t.stmt("Deny", ["ec2:*"], ["*"], [["StringEquals", "aws:PrincipalTag/team", ["${aws:username}"]]], 2)])
	d := iam_eval.decide(t.account([p]), instance)
	d.decision == "unknown"
	d.how == "undecided"
}

test_no_action_element_matches_nothing if {
	p := t.policy("p", [{"index": 0, "effect": "Deny", "resource": ["*"], "condition": [], "location": t.at(2)}])
	decide(t.account([p]), instance) == "allowed"
}

test_too_many_cases if {
	conds := [["StringEquals", concat("", ["aws:PrincipalTag/k", format_int(i, 10)]), ["a", "b", "c"]] | some i in numbers.range(1, 5)]
	p := t.policy("p", [t.stmt("Deny", ["ec2:*"], ["*"], conds, 2)])
	d := iam_eval.decide(t.account([p]), instance)
	d.how == "too-many-cases"
}

test_decide_all_takes_the_worst if {
	p := t.policy("p", [t.stmt("Deny", ["ec2:RunInstances"], ["arn:aws:ec2:*:*:subnet/*"], [], 2)])
	d := iam_eval.decide_all(t.account([p]), [instance, req("ec2:RunInstances", "arn:aws:ec2:eu-west-1:111122223333:subnet/s-1")])
	d.decision == "denied"
	d.resource == "arn:aws:ec2:eu-west-1:111122223333:subnet/s-1"
	iam_eval.decide_all(t.account([]), [instance]).decision == "allowed"
}

test_statement_labels if {
	iam_eval.statement_label({"sid": "X", "index": 0}) == "X"
	iam_eval.statement_label({"sid": "", "index": 2}) == "#2"
}

test_implicit_deny_names_the_first_closed_level if {
	s3_only := t.policy("p-s3", [t.stmt("Allow", ["s3:*"], ["*"], [], 2)])
	levels := [
		{"kind": "root", "id": "r-1", "policies": [t.full_access]},
		{"kind": "ou", "id": "ou-1", "policies": [s3_only]},
		{"kind": "ou", "id": "ou-2", "policies": [s3_only]},
		{"kind": "account", "id": "a", "policies": [t.full_access]},
	]
	iam_eval.decide(levels, instance).evidence.levelId == "ou-1"
}

# A statement with an unresolved part still has its known Action: it cannot touch other actions.
test_unresolved_statement_with_a_known_action if {
	p := t.policy("p", [{"index": 0, "effect": "Deny", "action": ["ec2:RunInstances"], "resource": ["*"], "condition": [], "unresolved": "Ref AllowedRoleArn", "location": t.at(2)}])
	iam_eval.decide(t.account([p]), instance).decision == "unknown"
	s3 := {"action": "s3:GetObject", "resource": "arn:aws:s3:::bucket/key", "context": ctx}
	iam_eval.decide(t.account([p]), s3).decision == "allowed"
}
