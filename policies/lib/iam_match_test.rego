package runnerlint.lib.iam_match_test

import data.runnerlint.lib.iam_match

test_wildcards if {
	iam_match.wild("ec2:*", "ec2:RunInstances")
	iam_match.wild("ec2:Run?nstances", "ec2:RunInstances")
	iam_match.wild("*", "")
	not iam_match.wild("ec2:?", "ec2:")
	not iam_match.wild("ec2:Run", "ec2:RunInstances")
}

test_regex_metacharacters_are_literal if {
	iam_match.wild("a.b+(c)[d]{e}|^$\\", "a.b+(c)[d]{e}|^$\\")
	not iam_match.wild("a.c", "abc")
	not iam_match.wild("[ab]", "a")
}

test_actions_case_insensitive if {
	iam_match.action_matches("EC2:runinstances", "ec2:RunInstances")
	iam_match.action_matches("ec2:*Instances", "ec2:RunInstances")
	not iam_match.action_matches("s3:*", "ec2:RunInstances")
}

test_keys_case_insensitive if iam_match.key_matches("EC2:Owner", "ec2:owner")

test_resources_case_sensitive_and_span_segments if {
	iam_match.resource_matches("*", "arn:aws:s3:::b")
	iam_match.resource_matches("arn:aws:ec2:*", "arn:aws:ec2:eu-west-1:111122223333:instance/i-1")
	not iam_match.resource_matches("arn:aws:ec2:*::IMAGE/*", "arn:aws:ec2:eu-west-1::image/ami-1")
}

test_arn_like_per_component if {
	iam_match.arn_like("arn:aws:iam::*:role/Admin*", "arn:aws:iam::111122223333:role/AdminRole")
	not iam_match.arn_like("arn:aws:iam::*:role/Admin", "arn:aws:iam::111122223333:role/AdminRole")

	# a wildcard does not reach from the account into the resource component
	not iam_match.arn_like("arn:aws:iam::*:role", "arn:aws:iam::111122223333:role/x")
	not iam_match.arn_like("arn:aws:iam:*:111122223333:role/x", "arn:aws:iam::111122223333:role/x:y")
	iam_match.arn_like("arn:aws:iam::*:*", "arn:aws:iam::111122223333:role/a:b")

	# not an ARN on one side: whole-string match
	iam_match.arn_like("*", "arn:aws:iam::1:role/x")
	iam_match.arn_like("arn:*", "arn:aws:iam::1:role/x")
	not iam_match.arn_like("arn:aws:iam::1:role/x", "nope")
}

test_instantiate if {
	iam_match.instantiate("ami-*") == "ami-x"
	iam_match.instantiate("a?c") == "axc"
	iam_match.has_wildcard("a?")
	not iam_match.has_wildcard("abc")
}

# The shortcuts (plain name, "*", "prefix*") agree with the regular expression on near-misses.
test_wild_shortcuts_agree_with_the_regex if {
	patterns := ["*", "", "ec2:*", "ec2:Run*", "ec2:RunInstances", "ec2:RunInstances*", "ec2:?unInstances", "ec2:*Instances", "e*2:*", "ec2:[*", "ec2:.*"]
	subjects := ["", "ec2", "ec2:", "ec2:RunInstances", "ec2:runinstances", "ec2:RunInstancesX", "ec2:[x", "ec2:.x", "ec2:x\ny", "ec22:RunInstances"]
	every p in patterns {
		every s in subjects {
			agree(p, s)
		}
	}
	iam_match.wild("ec2:*", "ec2:x\ny")
	not iam_match.wild("ec2:*", "ec2")
	not iam_match.wild("ec2:Run*", "ec2:runinstances")
}

agree(p, s) if {
	iam_match.wild(p, s)
	regex.match(iam_match.to_regex(p), s)
}

agree(p, s) if {
	not iam_match.wild(p, s)
	not regex.match(iam_match.to_regex(p), s)
}
