# METADATA
# title: SCP evaluation
# description: |
#   Decides whether Service Control Policies allow one request, exactly as AWS Organizations
#   evaluates them:
#   - an explicit Deny that matches, in any policy at any level, wins;
#   - otherwise the request is allowed only if, at EVERY level on the path (root, each OU, the
#     account), some Allow statement matches; a level with no matching Allow denies implicitly.
#   A statement matches when its Action (or NotAction), its Resource (or NotResource) and every
#   Condition block match (see iam_match and iam_conditions).
#
#   A request is {action, resource, context}. `resource` is an ARN template whose {key}
#   placeholders are filled from the context (region, account, AMI id, ...). Context entries:
#     {"values": [...]}                 the key is present with these values
#     {"absent": true}                  the key is not in the request
#     {"oneOf": [...]}                  one of these values, not known which
#     {"unknown": reason, "fresh": v, "mayBeAbsent": bool}   any value
#   A key the policies test that the context does not list is unknown and may be absent.
#   Unknown keys are enumerated: every value the relevant statements compare the key with (wildcard
#   patterns instantiated), a fresh value that matches none of them, and absence where possible.
#   The decision is made under every combination; only agreement is a decision, otherwise the
#   request is "unknown" and the keys it depends on are named.
package runnerlint.lib.iam_eval

import data.runnerlint.lib.iam_conditions as cond
import data.runnerlint.lib.iam_match

# Beyond this many combinations of unknown keys the request is reported unknown.
max_scenarios := 256

unmodelled := {"unknown": "not modelled", "fresh": "runnerlint-unknown", "mayBeAbsent": true}

# ---------------------------------------------------------------- statements

# all_statements lists every statement with its level and policy indices. A policy whose content
# could not be resolved stands for an Allow and a Deny that may match anything.
all_statements(levels) := [s |
	some li, level in levels
	some pi, policy in level.policies
	some st in statements_of(policy)
	s := {"level": li, "policy": pi, "stmt": st}
]

statements_of(policy) := policy.statements if not policy.unresolved

statements_of(policy) := [
	{"index": -1, "effect": "Allow", "unresolved": policy.unresolved, "location": object.get(policy, "location", null)},
	{"index": -1, "effect": "Deny", "unresolved": policy.unresolved, "location": object.get(policy, "location", null)},
] if policy.unresolved

action_result(stmt, action) := "yes" if {
	is_array(stmt.action)
	some p in stmt.action
	iam_match.action_matches(p, action)
} else := "no" if {
	is_array(stmt.action)
} else := "no" if {
	is_array(stmt.notAction)
	some p in stmt.notAction
	iam_match.action_matches(p, action)
} else := "yes" if {
	is_array(stmt.notAction)
} else := "no"

resource_result(stmt, arn) := "yes" if {
	is_array(stmt.resource)
	some p in stmt.resource
	iam_match.resource_matches(p, arn)
} else := "no" if {
	is_array(stmt.resource)
} else := "no" if {
	is_array(stmt.notResource)
	some p in stmt.notResource
	iam_match.resource_matches(p, arn)
} else := "yes"

conditions_result(stmt, ctx) := cond.all_of([cond.evaluate(b, ctx) | some b in object.get(stmt, "condition", [])])

# stmt_result(stmt, action, arn, ctx): "yes", "no" or "maybe". A statement with an unresolved
# part is "maybe", unless its Action (when that part is known) rules the request out.
stmt_result(stmt, action, arn, ctx) := "no" if {
	rules_out(stmt, action)
} else := "maybe" if {
	stmt.unresolved
} else := cond.all_of([
	action_result(stmt, action),
	resource_result(stmt, arn),
	conditions_result(stmt, ctx),
])

# Statements whose Action could apply to the request (the only ones that can decide it).
relevant(levels, action) := [s |
	some s in all_statements(levels)
	relevant_stmt(s.stmt, action)
]

relevant_stmt(stmt, action) if {
	stmt.unresolved
	not rules_out(stmt, action)
}

# rules_out(stmt, action): the statement's known Action (or NotAction) does not cover the action,
# whatever its unresolved parts hold.
rules_out(stmt, action) if {
	stmt.unresolved
	action_known(stmt)
	action_result(stmt, action) == "no"
}

action_known(stmt) if is_array(stmt.action)

action_known(stmt) if is_array(stmt.notAction)

relevant_stmt(stmt, action) if action_result(stmt, action) == "yes"

# ---------------------------------------------------------------- unknown keys

placeholders(template) := {m[1] | some m in regex.find_all_string_submatch_n(`\{([^{}]+)\}`, template, -1)}

entry(ctx, k) := object.get(ctx, k, unmodelled)

needs_enumeration(ctx, k) if not ctx[k]

needs_enumeration(ctx, k) if ctx[k].oneOf

needs_enumeration(ctx, k) if ctx[k].unknown

narrows_resource(stmt) if {
	some p in object.get(stmt, "resource", [])
	p != "*"
}

narrows_resource(stmt) if {
	some p in object.get(stmt, "notResource", [])
	p != "*"
}

# scenario_keys: the unknown keys the relevant statements depend on.
scenario_keys(rel, request) := sort(condition_keys(rel, request) | resource_keys(rel, request))

condition_keys(rel, request) := {k |
	some s in rel
	some b in object.get(s.stmt, "condition", [])
	k := lower(b.key)
	needs_enumeration(request.context, k)
}

resource_keys(rel, request) := {k |
	some s in rel
	narrows_resource(s.stmt)
	some k in placeholders(request.resource)
	needs_enumeration(request.context, k)
}

candidates(_, request, k) := {{"values": [v]} | some v in entry(request.context, k).oneOf} if {
	entry(request.context, k).oneOf
}

candidates(rel, request, k) := present | absent if {
	e := entry(request.context, k)
	not e.oneOf
	values := (policy_candidates(rel, k) | resource_candidates(rel, request.resource, k)) | {object.get(e, "fresh", "runnerlint-unknown")}
	present := {{"values": [v]} | some v in values}
	absent := {{"absent": true} | object.get(e, "mayBeAbsent", false) == true}
}

policy_candidates(rel, k) := {c |
	some s in rel
	some b in object.get(s.stmt, "condition", [])
	lower(b.key) == k
	some v in cond.policy_values(b)
	is_string(v)
	not contains(v, "${")
	some c in candidate_values(cond.base(b.operator), v)
}

candidate_values(op, v) := {iam_match.instantiate(v)} if {
	op in {"StringLike", "StringNotLike", "ArnLike", "ArnNotLike", "ArnEquals", "ArnNotEquals"}
}

candidate_values(op, v) := {split(v, "/")[0]} if op in {"IpAddress", "NotIpAddress"}

candidate_values("Bool", _) := {"true", "false"}

candidate_values("Null", _) := set()

candidate_values(op, v) := {v} if {
	not op in {"StringLike", "StringNotLike", "ArnLike", "ArnNotLike", "ArnEquals", "ArnNotEquals", "IpAddress", "NotIpAddress", "Bool", "Null"}
}

# resource_candidates: the values a placeholder takes in the ARNs the statements name, e.g. the
# AMI id "ami-0abc" from "arn:aws:ec2:*::image/ami-0abc" for "arn:aws:ec2:{r}::image/{id}".
resource_candidates(rel, template, k) := {iam_match.instantiate(mid) |
	tparts := iam_match.arn_parts(colon_free(template))
	token := concat("", ["{", replace(k, ":", "~"), "}"])
	some s in rel
	some p in array.concat(object.get(s.stmt, "resource", []), object.get(s.stmt, "notResource", []))
	pparts := iam_match.arn_parts(p)
	some i in numbers.range(0, 5)
	contains(tparts[i], token)
	pieces := split(tparts[i], token)
	pre := pieces[0]
	post := pieces[1]
	pc := pparts[i]
	startswith(pc, pre)
	endswith(pc, post)
	count(pc) > count(pre) + count(post)
	mid := substring(pc, count(pre), (count(pc) - count(pre)) - count(post))
	mid != "*"
}

# colon_free: placeholders hold keys with colons ({aws:requestedregion}); spell them with "~" so
# the template splits into its ARN components.
colon_free(template) := strings.replace_n(
	{concat("", ["{", k, "}"]): concat("", ["{", replace(k, ":", "~"), "}"]) | some k in placeholders(template)},
	template,
)

# scenarios(rel, request): every combination of candidate values, as context overlays; at most
# max_scenarios + 1 (the caller reports more as too many).
scenarios(_, _, keys) := [{}] if count(keys) == 0

scenarios(rel, request, keys) := [{keys[i]: cands[i][floor(n / strides[i]) % count(cands[i])] |
	some i in numbers.range(0, count(keys) - 1)
} |
	some n in numbers.range(0, total - 1)
] if {
	count(keys) > 0
	cands := [sort(candidates(rel, request, k)) | some k in keys]
	strides := [product([count(cands[j]) | some j in numbers.range(0, count(keys) - 1); j < i]) | some i in numbers.range(0, count(keys) - 1)]
	total := min([product([count(c) | some c in cands]), max_scenarios + 1])
}

# ---------------------------------------------------------------- one decision

# fill(template, ctx): the concrete ARN under one scenario.
fill(template, ctx) := strings.replace_n({concat("", ["{", k, "}"]): arn_value(ctx, k) | some k in placeholders(template)}, template)

arn_value(ctx, k) := ctx[k].values[0] if ctx[k].values[0]

arn_value(ctx, k) := object.get(entry(ctx, k), "fresh", "runnerlint-unknown") if not ctx[k].values[0]

evidence(levels, s) := {
	"levelIndex": s.level,
	"levelKind": levels[s.level].kind,
	"levelId": levels[s.level].id,
	"levelName": object.get(levels[s.level], "name", levels[s.level].id),
	"policyId": levels[s.level].policies[s.policy].id,
	"policyName": object.get(levels[s.level].policies[s.policy], "name", levels[s.level].policies[s.policy].id),
	"statement": statement_label(s.stmt),
	"location": object.get(s.stmt, "location", null),
}

statement_label(stmt) := stmt.sid if {
	is_string(stmt.sid)
	stmt.sid != ""
} else := concat("", ["#", format_int(stmt.index, 10)]) if {
	stmt.index >= 0
} else := "(unresolved policy)"

# decide_in(levels, rel, request, ctx): the decision in one fully chosen context.
decide_in(levels, rel, request, ctx) := d if {
	arn := fill(request.resource, ctx)
	results := [{"s": s, "r": stmt_result(s.stmt, request.action, arn, ctx)} | some s in rel]
	d := object.union(decision(levels, results), {"arn": arn})
}

decision(levels, results) := {"decision": "denied", "how": "explicit", "evidence": evidence(levels, denies[0].s)} if {
	denies := [x | some x in results; x.s.stmt.effect == "Deny"; x.r == "yes"]
	count(denies) > 0
} else := {"decision": "denied", "how": "implicit", "evidence": level_evidence(levels, closed[0])} if {
	# the first level (from the root) without a matching Allow
	closed := [li | some li, _ in levels; level_allow(results, li) == "no"]
	count(closed) > 0
} else := {"decision": "unknown", "how": "undecided", "evidence": evidence(levels, undecided[0].s)} if {
	undecided := [x | some x in results; x.r == "maybe"]
	count(undecided) > 0
} else := {"decision": "allowed", "how": "allowed", "evidence": allows} if {
	allows := [evidence(levels, first_allow(results, li)) | some li, _ in levels]
}

level_allow(results, li) := cond.any_of([x.r | some x in results; x.s.level == li; x.s.stmt.effect == "Allow"])

first_allow(results, li) := [x.s | some x in results; x.s.level == li; x.s.stmt.effect == "Allow"; x.r == "yes"][0]

level_evidence(levels, li) := {
	"levelIndex": li,
	"levelKind": levels[li].kind,
	"levelId": levels[li].id,
	"levelName": object.get(levels[li], "name", levels[li].id),
	"policyId": "",
	"policyName": "",
	"statement": "",
	"location": object.get(levels[li], "location", null),
}

# ---------------------------------------------------------------- the decision

# decide(levels, request) is {decision: allowed|denied|unknown, how, evidence, dependsOn,
# scenario} where `scenario` shows the key values of the evidence's case.
decide(levels, request) := result if {
	rel := relevant(levels, request.action)
	keys := scenario_keys(rel, request)
	result := decide_keys(levels, rel, request, keys)
}

decide_keys(levels, rel, request, keys) := {
	"decision": "unknown", "how": "too-many-cases", "evidence": null,
	"dependsOn": keys, "scenario": {}, "arn": request.resource,
} if {
	count(scenarios(rel, request, keys)) > max_scenarios
} else := combine(keys, [{"scenario": scen, "d": decide_in(levels, rel, request, overlay(request.context, keys, scen))} |
	some scen in scenarios(rel, request, keys)
])

combine(keys, cases) := object.union(cases[0].d, {"dependsOn": [], "scenario": cases[0].scenario}) if {
	count({c.d.decision | some c in cases}) == 1
} else := {
	"decision": "unknown", "how": "depends",
	"evidence": denied[0].d.evidence,
	"dependsOn": deciding_keys(keys, cases),
	"scenario": denied[0].scenario,
	"arn": denied[0].d.arn,
} if {
	denied := [c | some c in cases; c.d.decision == "denied"]
	count(denied) > 0
} else := {
	"decision": "unknown", "how": "undecided",
	"evidence": [c | some c in cases; c.d.decision == "unknown"][0].d.evidence,
	"dependsOn": keys,
	"scenario": [c | some c in cases; c.d.decision == "unknown"][0].scenario,
	"arn": [c | some c in cases; c.d.decision == "unknown"][0].d.arn,
}

# overlay replaces (never merges) the context entries of the enumerated keys.
overlay(ctx, keys, scen) := object.union(object.remove(ctx, keys), scen)

# deciding_keys: the keys whose value alone changes the decision (two cases that differ only in
# that key decide differently); all enumerated keys when that cannot be told cheaply.
deciding_keys(keys, cases) := ks if {
	count(cases) <= 64
	ks := sort({k |
		some k in keys
		some c1 in cases
		some c2 in cases
		c1.d.decision != c2.d.decision
		object.remove(c1.scenario, [k]) == object.remove(c2.scenario, [k])
	})
	count(ks) > 0
} else := keys

# decide_all(levels, requests): one request per resource of an action (RunInstances authorizes
# each resource separately); denied if any is denied in every case, allowed if all are allowed.
decide_all(levels, requests) := d if {
	ds := [object.union(decide(levels, r), {"resource": r.resource}) | some r in requests]
	d := worst(ds)
}

worst(ds) := [d | some d in ds; d.decision == "denied"][0] if {
	some d in ds
	d.decision == "denied"
} else := [d | some d in ds; d.decision == "unknown"][0] if {
	some d in ds
	d.decision == "unknown"
} else := ds[0]
