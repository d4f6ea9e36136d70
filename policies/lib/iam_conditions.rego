# METADATA
# title: IAM condition operators
# description: |
#   Evaluates one Condition block ({operator, key, values}) against a request context, in three
#   values: "yes", "no", or "maybe" (the outcome cannot be decided offline: a policy variable
#   such as ${aws:username}, a date that is neither epoch seconds nor UTC ISO 8601, an operator
#   IAM does not define). The context maps lower-cased keys to {"values": [...]} (present) or
#   {"absent": true}; a key missing from it is undecided.
#
#   Semantics follow the IAM "condition operators" reference:
#   - a key absent from the request: a positive operator is false; a negated operator
#     (StringNotEquals, StringNotEqualsIgnoreCase, StringNotLike, NumericNotEquals,
#     DateNotEquals, NotIpAddress, ArnNotEquals, ArnNotLike) is true; any ...IfExists operator
#     is true; ForAllValues: is true; ForAnyValue: is false; Null tests presence itself.
#   - several values for one key in the policy are OR'ed; a negated operator is true when the
#     request value matches none of them.
#   - ForAnyValue: at least one request value satisfies the operator; ForAllValues: every
#     request value does (true for an empty set).
#   - condition keys are case-insensitive; values are case-sensitive except for the
#     ...IgnoreCase operators and Bool.
package runnerlint.lib.iam_conditions

import data.runnerlint.lib.iam_match

positive := {
	"StringEquals", "StringEqualsIgnoreCase", "StringLike",
	"NumericEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
	"DateEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
	"Bool", "BinaryEquals", "IpAddress", "ArnEquals", "ArnLike",
}

# A negated operator and the positive operator it negates.
negated := {
	"StringNotEquals": "StringEquals",
	"StringNotEqualsIgnoreCase": "StringEqualsIgnoreCase",
	"StringNotLike": "StringLike",
	"NumericNotEquals": "NumericEquals",
	"DateNotEquals": "DateEquals",
	"NotIpAddress": "IpAddress",
	"ArnNotEquals": "ArnEquals",
	"ArnNotLike": "ArnLike",
}

string_family := {"StringEquals", "StringEqualsIgnoreCase", "StringLike", "Bool", "BinaryEquals", "ArnEquals", "ArnLike"}

numeric_family := {"NumericEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals"}

date_family := {"DateEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"}

# ---------------------------------------------------------------- operator names

qualifier(op) := "any" if startswith(op, "ForAnyValue:")

qualifier(op) := "all" if startswith(op, "ForAllValues:")

qualifier(op) := "single" if {
	not startswith(op, "ForAnyValue:")
	not startswith(op, "ForAllValues:")
}

unqualified(op) := trim_prefix(trim_prefix(op, "ForAnyValue:"), "ForAllValues:")

if_exists(op) if {
	u := unqualified(op)
	endswith(u, "IfExists")
	u != "IfExists"
}

base(op) := trim_suffix(unqualified(op), "IfExists")

known(op) if positive[base(op)]

known(op) if negated[base(op)]

known(op) if base(op) == "Null"

is_negated(op) if negated[base(op)]

# positive_of(op) is the positive operator whose match an operator's values are tested with.
positive_of(op) := negated[base(op)]

positive_of(op) := base(op) if positive[base(op)]

# ---------------------------------------------------------------- one block

# evaluate(block, ctx) is "yes", "no" or "maybe" for one {operator, key, values} block.
evaluate(block, ctx) := "maybe" if {
	not known(block.operator)
} else := "maybe" if {
	not entry_of(block, ctx)
} else := null_check(block, entry_of(block, ctx)) if {
	base(block.operator) == "Null"
} else := absent_result(block.operator) if {
	entry_of(block, ctx).absent == true
} else := present_result(block, entry_of(block, ctx).values)

entry_of(block, ctx) := ctx[lower(block.key)]

# A key absent from the request context.
absent_result(op) := "yes" if if_exists(op)

absent_result(op) := "yes" if {
	not if_exists(op)
	qualifier(op) == "all"
}

absent_result(op) := "no" if {
	not if_exists(op)
	qualifier(op) == "any"
}

absent_result(op) := "yes" if {
	not if_exists(op)
	qualifier(op) == "single"
	is_negated(op)
}

absent_result(op) := "no" if {
	not if_exists(op)
	qualifier(op) == "single"
	not is_negated(op)
}

present_result(block, values) := all_of([value_result(block, c) | some c in values]) if {
	qualifier(block.operator) == "all"
} else := any_of([value_result(block, c) | some c in values])

# value_result: does one request value satisfy the operator against the policy's values?
value_result(block, c) := any_of([match(positive_of(block.operator), p, c) | some p in policy_values(block)]) if {
	not is_negated(block.operator)
}

value_result(block, c) := negate(any_of([match(positive_of(block.operator), p, c) | some p in policy_values(block)])) if {
	is_negated(block.operator)
}

# A policy gives one value or a list; an unresolved value stays an object and is undecided.
policy_values(block) := block.values if {
	is_array(block.values)
} else := [block.values]

# Null: "true" tests that the key is absent, "false" that it is present.
null_check(block, entry) := "yes" if {
	some v in policy_values(block)
	is_string(v)
	lower(v) == presence_word(entry)
} else := "maybe" if {
	some v in policy_values(block)
	not bool_word(v)
} else := "no"

presence_word(entry) := "true" if entry.absent == true

presence_word(entry) := "false" if not entry.absent == true

bool_word(v) if {
	is_string(v)
	lower(v) in {"true", "false"}
}

# ---------------------------------------------------------------- three-valued logic

any_of(results) := "yes" if {
	"yes" in results
} else := "maybe" if {
	"maybe" in results
} else := "no"

all_of(results) := "no" if {
	"no" in results
} else := "maybe" if {
	"maybe" in results
} else := "yes"

negate("yes") := "no"

negate("no") := "yes"

negate("maybe") := "maybe"

# ---------------------------------------------------------------- one value against one value

# match(op, p, c): positive operator op, policy value p, request value c.
match(op, p, c) := "maybe" if {
	not is_string(p)
} else := "maybe" if {
	contains(p, "${")
} else := "yes" if {
	test(op, p, c)
} else := "no" if {
	decidable(op, p, c)
} else := "maybe"

test("StringEquals", p, c) if p == c

test("StringEqualsIgnoreCase", p, c) if lower(p) == lower(c)

test("StringLike", p, c) if iam_match.wild(p, c)

test("Bool", p, c) if lower(p) == lower(c)

test("BinaryEquals", p, c) if p == c

test("ArnEquals", p, c) if iam_match.arn_like(p, c)

test("ArnLike", p, c) if iam_match.arn_like(p, c)

test("IpAddress", p, c) if net.cidr_contains(cidr(p), c) == true

test("NumericEquals", p, c) if to_number(c) == to_number(p)

test("NumericLessThan", p, c) if to_number(c) < to_number(p)

test("NumericLessThanEquals", p, c) if to_number(c) <= to_number(p)

test("NumericGreaterThan", p, c) if to_number(c) > to_number(p)

test("NumericGreaterThanEquals", p, c) if to_number(c) >= to_number(p)

test("DateEquals", p, c) if {
	comparable_dates(p, c)
	date_value(c) == date_value(p)
}

test("DateLessThan", p, c) if {
	comparable_dates(p, c)
	date_value(c) < date_value(p)
}

test("DateLessThanEquals", p, c) if {
	comparable_dates(p, c)
	date_value(c) <= date_value(p)
}

test("DateGreaterThan", p, c) if {
	comparable_dates(p, c)
	date_value(c) > date_value(p)
}

test("DateGreaterThanEquals", p, c) if {
	comparable_dates(p, c)
	date_value(c) >= date_value(p)
}

decidable(op, _, c) if {
	string_family[op]
	is_string(c)
}

decidable(op, p, c) if {
	numeric_family[op]
	is_number(to_number(p))
	is_number(to_number(c))
}

decidable(op, p, c) if {
	date_family[op]
	comparable_dates(p, c)
}

decidable("IpAddress", p, c) if is_boolean(net.cidr_contains(cidr(p), c))

# A bare address in IpAddress means a single host.
cidr(p) := p if contains(p, "/")

cidr(p) := concat("", [p, "/128"]) if {
	not contains(p, "/")
	contains(p, ":")
}

cidr(p) := concat("", [p, "/32"]) if {
	not contains(p, "/")
	not contains(p, ":")
}

# Dates: epoch seconds compare as numbers, UTC ISO 8601 "YYYY-MM-DDTHH:MM:SSZ" as strings (the
# format sorts chronologically). Anything else (offsets, fractions, date-only) stays undecided.
date_kind(s) := "epoch" if regex.match(`^[0-9]+$`, s)

date_kind(s) := "iso" if regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$`, s)

comparable_dates(p, c) if date_kind(p) == date_kind(c)

date_value(s) := to_number(s) if date_kind(s) == "epoch"

date_value(s) := s if date_kind(s) == "iso"
