# METADATA
# title: EC2 Allowed AMIs (declarative policy) admits the runner's AMIs
# description: |
#   An EC2 declarative policy (DECLARATIVE_POLICY_EC2) can turn on Allowed AMIs for every account
#   below it: ec2_attributes.allowed_images_settings with "state" "enabled" blocks launching any
#   AMI that matches none of its image_criteria (criteria_1 ... criteria_10); "audit_mode" only
#   reports. A criterion admits an AMI when every field it sets matches: allowed_image_providers
#   (account ids, or the alias amazon for Amazon's AMIs), image_names (wildcards), and not
#   marketplace_product_codes (neither AMI is from the Marketplace). The effective policy is the
#   policies from the root down to the account merged with @@assign, @@append and @@remove (a
#   plain value counts as @@assign).
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements#allowlisting-recommendations
#     description: "Gitpod: Allowlisting Recommendations"
#   - ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_syntax.html
#     description: "AWS Organizations: declarative policy syntax (Allowed Images Settings)"
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html
#     description: "Amazon EC2: Allowed AMIs"
# custom:
#   id: ami/allowed-images-policy
#   severity: error
#   requirements: [ami.owner-amazon, ami.owner-gitpod]
#   input:
#     kinds: [organization]
#   remediation: >-
#     Add a criterion whose allowed_image_providers include amazon (or 149721548608) and
#     995913728426, without image_names or marketplace restrictions.
#   source:
#     document: "003"
#     section: "AMI Requirements > Allowlisting Recommendations"
#   messages:
#     no-policy: "No EC2 declarative policy restricts AMIs."
#     type-disabled: "The DECLARATIVE_POLICY_EC2 type is not enabled in the organization."
#     disabled: "Allowed AMIs is {state} in the effective EC2 declarative policy."
#     admitted: "Allowed AMIs ({state}) admits {ami} (owner {owner}) through {criterion}."
#     blocked: "Allowed AMIs is enabled and none of its criteria admits {ami} (owner {owner}): launches are blocked."
#     audit-only: "Allowed AMIs is in audit mode and none of its criteria admits {ami} (owner {owner}): launches are reported, not blocked."
#     depends: "Allowed AMIs ({state}) may admit {ami} (owner {owner}) through {criterion}, depending on {why}."
#     unresolved: "EC2 declarative policy {policy} could not be read: {reason}."
package runnerlint.ami.allowed_images_policy

import data.runnerlint.lib.iam_match
import data.runnerlint.lib.result

catalogue := data.runnerlint.catalogue.requirements

amis contains id if {
	some id, req in catalogue
	is_string(req.ami.owner)
}

# entries: every policy's allowed_images_settings, root first.
entries := [{"i": i, "settings": s.settings, "policy": s.policy} | some i, s in flat]

flat := [{"settings": p.settings, "policy": p} |
	some level in object.get(input, "declarative", [])
	some p in level.policies
	is_object(p.settings)
]

unresolved contains p if {
	some level in object.get(input, "declarative", [])
	some p in level.policies
	is_string(p.unresolved)
}

# ---------------------------------------------------------------- merging

# op(v): how one policy sets a value: {"assign"|"append"|"remove": value}; a plain value assigns.
ops(v) := {o: v[k] | some k, o in {"@@assign": "assign", "@@append": "append", "@@remove": "remove"}; k in object.keys(v)} if is_object(v)

ops(v) := {"assign": v} if not is_object(v)

as_list(v) := v if is_array(v)

as_list(v) := [v] if not is_array(v)

# scalar(path): the merged value of a scalar setting (last @@assign wins).
scalar(path) := v if {
	sets := [[e.i, o.assign] | some e in entries; o := ops(object.get(e.settings, path, null)); o.assign != null]
	count(sets) > 0
	v := sort(sets)[count(sets) - 1][1]
}

# list(path): the merged value of a list setting; undefined when no policy sets it.
list(path) := {v |
	some v in added
	last_add(steps, v) > last_remove(steps, v)
} if {
	steps := [[e.i, o] | some e in entries; x := object.get(e.settings, path, null); x != null; o := ops(x)]
	count(steps) > 0
	start := max(array.concat([-1], [s[0] | some s in steps; s[1].assign]))
	added := {v | some s in steps; s[0] >= start; some k in ["assign", "append"]; s[1][k]; some v in as_list(s[1][k])}
}

last_add(steps, v) := max(array.concat([-1], [s[0] | some s in steps; some k in ["assign", "append"]; v in as_list(object.get(s[1], k, []))]))

last_remove(steps, v) := max(array.concat([-2], [s[0] | some s in steps; v in as_list(object.get(s[1], "remove", []))]))

state := scalar(["state"])

default state_value := ""

state_value := state

criteria_names contains name if {
	some e in entries
	some name, _ in object.get(e.settings, "image_criteria", {})
}

# ---------------------------------------------------------------- one criterion, one AMI

# field results: "yes", "no", "maybe"; a field the criterion does not set admits everything.
providers_ok(name, ami) := "yes" if {
	ps := list(["image_criteria", name, "allowed_image_providers"])
	some p in ps
	p in {ami.owner, object.get(ami, "ownerAlias", ami.owner)}
} else := "no" if {
	list(["image_criteria", name, "allowed_image_providers"])
} else := "yes"

names_ok(name, ami) := "yes" if {
	some pattern in list(["image_criteria", name, "image_names"])
	iam_match.wild(pattern, example_name(ami.name))
} else := "maybe" if {
	count(list(["image_criteria", name, "image_names"])) > 0
} else := "yes"

# A published name: the catalogue's name pattern with wildcards filled, or its prefix plus a version.
example_name(n) := iam_match.instantiate(n) if iam_match.has_wildcard(n)

example_name(n) := concat("", [n, "-v1.0.0-00000000"]) if not iam_match.has_wildcard(n)

marketplace_ok(name) := "no" if {
	count(list(["image_criteria", name, "marketplace_product_codes"])) > 0
} else := "yes"

# Age limits: the current AMIs are released more often than every 90 days, so a limit of at
# least 90 days admits them; a shorter one depends on the release dates.
age_ok(name) := "maybe" if {
	some field in [["creation_date_condition", "maximum_days_since_created"], ["deprecation_time_condition", "maximum_days_since_deprecated"]]
	days := scalar(array.concat(["image_criteria", name], field))
	not to_number(days) >= 90
} else := "yes"

criterion(name, ami) := "no" if {
	"no" in {providers_ok(name, ami), names_ok(name, ami), marketplace_ok(name), age_ok(name)}
} else := "maybe" if {
	"maybe" in {providers_ok(name, ami), names_ok(name, ami), marketplace_ok(name), age_ok(name)}
} else := "yes"

admitting(ami, r) := sort([name | some name in criteria_names; criterion(name, ami) == r])

# ---------------------------------------------------------------- verdicts

params(id) := {"ami": catalogue[id].ami.name, "owner": catalogue[id].ami.owner, "state": state_value}

verdicts contains result.verdict(rego.metadata.chain(), {"requirement": id, "status": "not-applicable", "messageId": "type-disabled"}) if {
	input.declarativeEnabled == false
	some id in amis
}

verdicts contains result.verdict(rego.metadata.chain(), {"requirement": id, "status": "unknown", "messageId": "unresolved", "params": {"policy": p.name, "reason": p.unresolved}, "location": object.get(p, "location", null)}) if {
	not input.declarativeEnabled == false
	some p in unresolved
	some id in amis
}

verdicts contains result.verdict(rego.metadata.chain(), {"requirement": id, "status": "not-applicable", "messageId": "no-policy"}) if {
	not input.declarativeEnabled == false
	not state
	count(unresolved) == 0
	some id in amis
}

verdicts contains result.verdict(rego.metadata.chain(), {"requirement": id, "status": "not-applicable", "messageId": "disabled", "params": params(id)}) if {
	not input.declarativeEnabled == false
	not state in {"enabled", "audit_mode"}
	is_string(state)
	some id in amis
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "satisfied", "messageId": "admitted",
	"params": object.union(params(id), {"criterion": admitting(catalogue[id].ami, "yes")[0]}),
	"location": state_location,
}) if {
	enforcing
	some id in amis
	count(admitting(catalogue[id].ami, "yes")) > 0
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "unknown", "messageId": "depends",
	"params": object.union(params(id), {"criterion": admitting(catalogue[id].ami, "maybe")[0], "why": "its image_names or age limits"}),
	"location": state_location,
}) if {
	enforcing
	some id in amis
	count(admitting(catalogue[id].ami, "yes")) == 0
	count(admitting(catalogue[id].ami, "maybe")) > 0
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": status, "messageId": message,
	"params": params(id), "location": state_location,
}) if {
	enforcing
	some id in amis
	count(admitting(catalogue[id].ami, "yes")) == 0
	count(admitting(catalogue[id].ami, "maybe")) == 0
	[status, message] := {"enabled": ["violated", "blocked"], "audit_mode": ["satisfied", "audit-only"]}[state]
}

enforcing if {
	not input.declarativeEnabled == false
	state in {"enabled", "audit_mode"}
}

# The policy that set the effective state.
state_location := object.get(sort([[e.i, e.policy] | some e in entries; ops(object.get(e.settings, ["state"], null)).assign != null])[count([1 | some e in entries; ops(object.get(e.settings, ["state"], null)).assign != null]) - 1][1], "location", null)
