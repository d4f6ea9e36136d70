# METADATA
# title: Unresolved values and three-valued assessments
# description: |
#   Loaders write a value they cannot resolve (an Fn::ImportValue, a parameter without a value,
#   an SSM reference, ...) as {"$unknown": "<reason>"}. Such a value never counts as satisfied
#   or as safe.
#
#   The security-group rules judge a question ("does this rule allow TCP 29222?") with an
#   assessment, one of:
#     {"state": "yes"}
#     {"state": "no"}
#     {"state": "unknown", "cause": <messageId>, "params": {...}}
#   where cause names the message template (in the calling rule's METADATA) that explains why
#   the answer cannot be known, and params are the values that template interpolates.
package runnerlint.lib.unknown

# unresolved(v): v is an unresolvable value {"$unknown": reason}.
unresolved(v) if is_string(v["$unknown"])

# reason(v): the loader's reason for an unresolvable value.
reason(v) := v["$unknown"] if unresolved(v)

yes := {"state": "yes"}

no := {"state": "no"}

# maybe(cause, params): an unknown answer, explained by message template `cause`.
maybe(cause, params) := {"state": "unknown", "cause": cause, "params": params}

# value(field, v): the unknown answer for an unresolvable value v of a field.
value(field, v) := maybe("unknown_value", {"field": field, "reason": reason(v)})

# both(a, b): the answer to "a and b": no if either is no, else the first unknown, else yes.
both(a, b) := a if a.state == "no"

else := b if b.state == "no"

else := a if a.state == "unknown"

else := b

# conditional(x): x (a rule, group or VPC) exists only under a CloudFormation condition that
# could not be resolved.
conditional(x) if {
	x.condition != null
}

# condition_reason(x): why x's condition could not be resolved.
condition_reason(x) := object.get(x, ["condition", "$unknown"], "")

# under_condition(a, x): answer a, judged on x, when x may not exist. A yes becomes unknown: a
# conditional rule never satisfies a requirement, nor is it a definite finding.
under_condition(a, x) := maybe("conditional", {"reason": condition_reason(x)}) if {
	a.state == "yes"
	conditional(x)
} else := a
