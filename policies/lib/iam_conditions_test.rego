package runnerlint.lib.iam_conditions_test

import data.runnerlint.lib.iam_conditions as cond

ctx := {
	"ec2:owner": {"values": ["149721548608"]},
	"aws:principalarn": {"values": ["arn:aws:iam::111122223333:role/GitpodRunner"]},
	"aws:sourceip": {"values": ["10.1.2.3"]},
	"aws:tagkeys": {"values": ["team", "env"]},
	"aws:empty": {"values": []},
	"ec2:volumesize": {"values": ["30"]},
	"aws:securetransport": {"values": ["true"]},
	"aws:currenttime": {"values": ["2026-06-01T00:00:00Z"]},
	"aws:epochtime": {"values": ["1780000000"]},
	"ec2:public": {"absent": true},
}

b(op, key, values) := {"operator": op, "key": key, "values": values}

ev(op, key, values) := cond.evaluate(b(op, key, values), ctx)

test_string_operators if {
	ev("StringEquals", "ec2:Owner", ["149721548608", "amazon"]) == "yes"
	ev("StringEquals", "EC2:OWNER", "149721548608") == "yes"
	ev("StringEquals", "ec2:Owner", ["amazon"]) == "no"
	ev("StringNotEquals", "ec2:Owner", ["amazon"]) == "yes"
	ev("StringNotEquals", "ec2:Owner", ["amazon", "149721548608"]) == "no"
	ev("StringEqualsIgnoreCase", "aws:PrincipalArn", ["ARN:AWS:IAM::111122223333:ROLE/GITPODRUNNER"]) == "yes"
	ev("StringNotEqualsIgnoreCase", "aws:PrincipalArn", ["ARN:AWS:IAM::111122223333:ROLE/GITPODRUNNER"]) == "no"
	ev("StringLike", "aws:PrincipalArn", ["*:role/Gitpod*"]) == "yes"
	ev("StringLike", "aws:PrincipalArn", ["*:role/gitpod*"]) == "no"
	ev("StringNotLike", "aws:PrincipalArn", ["*:role/Admin?"]) == "yes"
}

test_values_are_case_sensitive if ev("StringEquals", "aws:PrincipalArn", ["arn:aws:iam::111122223333:role/gitpodrunner"]) == "no"

test_absent_key_positive_false_negated_true if {
	ev("StringEquals", "ec2:Public", ["true"]) == "no"
	ev("StringNotEquals", "ec2:Public", ["true"]) == "yes"
	ev("StringNotLike", "ec2:Public", ["t*"]) == "yes"
	ev("ArnNotLike", "ec2:Public", ["arn:*"]) == "yes"
	ev("ArnLike", "ec2:Public", ["arn:*"]) == "no"
	ev("NotIpAddress", "ec2:Public", ["10.0.0.0/8"]) == "yes"
	ev("NumericNotEquals", "ec2:Public", ["1"]) == "yes"
	ev("Bool", "ec2:Public", ["true"]) == "no"
}

test_if_exists_on_absent_key_is_true if {
	ev("StringEqualsIfExists", "ec2:Public", ["false"]) == "yes"
	ev("StringNotEqualsIfExists", "ec2:Public", ["false"]) == "yes"
	ev("BoolIfExists", "ec2:Public", ["false"]) == "yes"
}

test_if_exists_on_present_key_is_the_operator if {
	ev("StringEqualsIfExists", "ec2:Owner", ["amazon"]) == "no"
	ev("StringNotEqualsIfExists", "ec2:Owner", ["amazon"]) == "yes"
}

test_set_operators if {
	ev("ForAllValues:StringEquals", "aws:TagKeys", ["team", "env", "x"]) == "yes"
	ev("ForAllValues:StringEquals", "aws:TagKeys", ["team"]) == "no"
	ev("ForAnyValue:StringEquals", "aws:TagKeys", ["team"]) == "yes"
	ev("ForAnyValue:StringEquals", "aws:TagKeys", ["x"]) == "no"
	ev("ForAnyValue:StringNotEquals", "aws:TagKeys", ["team"]) == "yes"
	ev("ForAllValues:StringNotEquals", "aws:TagKeys", ["team"]) == "no"

	# absent or empty: ForAllValues true, ForAnyValue false
	ev("ForAllValues:StringEquals", "ec2:Public", ["x"]) == "yes"
	ev("ForAnyValue:StringEquals", "ec2:Public", ["x"]) == "no"
	ev("ForAnyValue:StringNotEquals", "ec2:Public", ["x"]) == "no"
	ev("ForAllValues:StringEquals", "aws:empty", ["x"]) == "yes"
	ev("ForAnyValue:StringEquals", "aws:empty", ["x"]) == "no"
	ev("ForAnyValue:StringEqualsIfExists", "ec2:Public", ["x"]) == "yes"
}

test_null if {
	ev("Null", "ec2:Public", ["true"]) == "yes"
	ev("Null", "ec2:Public", ["false"]) == "no"
	ev("Null", "ec2:Owner", ["false"]) == "yes"
	ev("Null", "ec2:Owner", ["true"]) == "no"
	ev("Null", "ec2:Owner", ["maybe"]) == "maybe"
}

test_numeric if {
	ev("NumericEquals", "ec2:VolumeSize", ["30"]) == "yes"
	ev("NumericLessThan", "ec2:VolumeSize", ["31"]) == "yes"
	ev("NumericLessThanEquals", "ec2:VolumeSize", ["30"]) == "yes"
	ev("NumericGreaterThan", "ec2:VolumeSize", ["30"]) == "no"
	ev("NumericGreaterThanEquals", "ec2:VolumeSize", ["30"]) == "yes"
	ev("NumericNotEquals", "ec2:VolumeSize", ["30"]) == "no"
	ev("NumericEquals", "ec2:VolumeSize", ["lots"]) == "maybe"
}

test_dates if {
	ev("DateLessThan", "aws:CurrentTime", ["2027-01-01T00:00:00Z"]) == "yes"
	ev("DateGreaterThan", "aws:CurrentTime", ["2027-01-01T00:00:00Z"]) == "no"
	ev("DateEquals", "aws:EpochTime", ["1780000000"]) == "yes"
	ev("DateLessThanEquals", "aws:EpochTime", ["1780000000"]) == "yes"
	ev("DateGreaterThanEquals", "aws:EpochTime", ["1780000001"]) == "no"
	ev("DateNotEquals", "aws:EpochTime", ["1"]) == "yes"

	# mixed formats, offsets: not decided offline
	ev("DateLessThan", "aws:CurrentTime", ["1780000000"]) == "maybe"
	ev("DateLessThan", "aws:CurrentTime", ["2027-01-01"]) == "maybe"
}

test_bool_binary_ip_arn if {
	ev("Bool", "aws:SecureTransport", ["TRUE"]) == "yes"
	ev("Bool", "aws:SecureTransport", [false]) == "maybe"
	ev("BinaryEquals", "aws:SecureTransport", ["true"]) == "yes"
	ev("IpAddress", "aws:SourceIp", ["10.0.0.0/8"]) == "yes"
	ev("IpAddress", "aws:SourceIp", ["10.1.2.3"]) == "yes"
	ev("IpAddress", "aws:SourceIp", ["2001:db8::/32"]) == "no"
	ev("NotIpAddress", "aws:SourceIp", ["192.168.0.0/16"]) == "yes"
	ev("IpAddress", "aws:SourceIp", ["not-an-ip"]) == "maybe"
	ev("ArnLike", "aws:PrincipalArn", ["arn:aws:iam::*:role/Gitpod*"]) == "yes"
	ev("ArnEquals", "aws:PrincipalArn", ["arn:aws:iam::111122223333:role/GitpodRunner"]) == "yes"
	ev("ArnNotLike", "aws:PrincipalArn", ["arn:aws:iam::*:role/Admin"]) == "yes"
	ev("ArnNotEquals", "aws:PrincipalArn", ["arn:aws:iam::111122223333:role/GitpodRunner"]) == "no"
}

test_undecidable if {
	ev("StringEquals", "ec2:Owner", ["${aws:PrincipalAccount}"]) == "maybe"
	ev("StringEqualsWhatever", "ec2:Owner", ["x"]) == "maybe"
	ev("StringEquals", "aws:NotInContext", ["x"]) == "maybe"
	cond.evaluate(b("StringEquals", "ec2:Owner", {"$unknown": "Ref"}), ctx) == "maybe"
}

test_operator_names if {
	cond.qualifier("ForAnyValue:StringLikeIfExists") == "any"
	cond.base("ForAnyValue:StringLikeIfExists") == "StringLike"
	cond.if_exists("StringLikeIfExists")
	not cond.if_exists("IfExists")
	cond.positive_of("StringNotLike") == "StringLike"
}

test_three_valued_logic if {
	cond.any_of(["no", "maybe"]) == "maybe"
	cond.all_of(["yes", "maybe"]) == "maybe"
	cond.all_of([]) == "yes"
	cond.any_of([]) == "no"
	cond.negate("maybe") == "maybe"
}
