# METADATA
# title: IAM wildcard and name matching
# description: |
#   How IAM matches the names in a policy against a request: `*` matches any run of characters
#   (including none, and including `:` and `/`), `?` exactly one character. Action names and
#   condition keys are compared case-insensitively; ARNs and condition values case-sensitively.
#   Matching is done with anchored regular expressions built from the pattern (every other regex
#   metacharacter escaped), so `[`, `{` and `\` in a value are literal, as in IAM.
package runnerlint.lib.iam_match

# wild(pattern, s) is true when s matches the IAM wildcard pattern, case-sensitively.
wild(pattern, s) if {
	is_string(pattern)
	is_string(s)
	_wild(pattern, s)
}

# Most patterns need no regular expression (built afresh on every call): a plain name, "*", or a
# prefix and one trailing "*" ("ec2:*"), which SCPs are mostly written with.
_wild(pattern, s) if {
	not has_wildcard(pattern)
	pattern == s
}

_wild("*", _)

_wild(pattern, s) if {
	_prefix_pattern(pattern)
	startswith(s, trim_suffix(pattern, "*"))
}

_wild(pattern, s) if {
	has_wildcard(pattern)
	pattern != "*"
	not _prefix_pattern(pattern)
	regex.match(to_regex(pattern), s)
}

_prefix_pattern(pattern) if {
	endswith(pattern, "*")
	not has_wildcard(trim_suffix(pattern, "*"))
}

# to_regex turns an IAM wildcard pattern into an anchored RE2 expression.
to_regex(pattern) := concat("", ["(?s)^", wildcards(escape_meta(pattern)), "$"])

# Backslash first: the later replacements add backslashes that must stay escapes.
escape_meta(s) := r if {
	r0 := replace(s, `\`, `\\`)
	r1 := replace(r0, ".", `\.`)
	r2 := replace(r1, "+", `\+`)
	r3 := replace(r2, "(", `\(`)
	r4 := replace(r3, ")", `\)`)
	r5 := replace(r4, "[", `\[`)
	r6 := replace(r5, "]", `\]`)
	r7 := replace(r6, "{", `\{`)
	r8 := replace(r7, "}", `\}`)
	r9 := replace(r8, "|", `\|`)
	r10 := replace(r9, "^", `\^`)
	r := replace(r10, "$", `\$`)
}

wildcards(s) := replace(replace(s, "*", ".*"), "?", ".")

# action_matches(pattern, action): IAM action names ("ec2:RunInstances", "ec2:Describe*", "*")
# are case-insensitive.
action_matches(pattern, action) if wild(lower(pattern), lower(action))

# key_matches(a, b): condition keys are case-insensitive.
key_matches(a, b) if lower(a) == lower(b)

# resource_matches(pattern, arn): the Resource / NotResource element. The whole ARN is matched
# case-sensitively; `*` may span segments ("arn:aws:ec2:*" covers every EC2 ARN).
resource_matches("*", _)

resource_matches(pattern, arn) if {
	pattern != "*"
	wild(pattern, arn)
}

# arn_like(pattern, arn): ArnLike / ArnEquals. When both sides are ARNs (six colon-separated
# components, the last one keeping its own colons), each component is matched on its own, so a
# wildcard never reaches into the next component; otherwise the whole string is matched.
arn_like(pattern, arn) if {
	p := arn_parts(pattern)
	a := arn_parts(arn)
	every i in numbers.range(0, 5) {
		wild(p[i], a[i])
	}
}

arn_like(pattern, arn) if {
	not arn_parts(pattern)
	wild(pattern, arn)
}

arn_like(pattern, arn) if {
	arn_parts(pattern)
	not arn_parts(arn)
	wild(pattern, arn)
}

# arn_parts splits "arn:partition:service:region:account:resource" into its six components.
arn_parts(s) := parts if {
	is_string(s)
	all := split(s, ":")
	count(all) >= 6
	parts := array.concat(array.slice(all, 0, 5), [concat(":", array.slice(all, 5, count(all)))])
}

# instantiate(pattern) is one concrete value the pattern matches (each wildcard becomes "x"):
# a candidate value for a request key the policy compares with a wildcard.
instantiate(pattern) := replace(replace(pattern, "*", "x"), "?", "x")

# has_wildcard(s) is true when s contains an IAM wildcard.
has_wildcard(s) if contains(s, "*")

has_wildcard(s) if contains(s, "?")
