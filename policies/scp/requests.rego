# METADATA
# title: The runner's requests, as SCPs see them
# description: |
#   Builds the request context of the runner's API calls explicitly and decides them with
#   lib.iam_eval against the organization input's SCP levels. Shared by the scp/* and ami/* rules.
#   What is known: the region (--region), the account, the organization, the principal when the
#   config names the runner's role (runnerRoleArn); the principal is an assumed role, the calls
#   use TLS. What is not: the role otherwise, the AMI id (it changes with every release), the
#   names of the runner's buckets, tables, ... (created by its stack). The image's ec2:Owner is
#   the owner account, or the owner alias "amazon" for Amazon's AMIs: both are evaluated.
#   ec2:ImageOwnerAlias is not a condition key, so it is never in a request.
package runnerlint.scp.requests

import data.runnerlint.lib.features
import data.runnerlint.lib.iam_eval

catalogue := data.runnerlint.catalogue.requirements

config := object.get(input, "config", {})

runner := object.get(config, "runner", "standard")

levels := object.get(input, "levels", [])

applies(req) if runner in req.runners

account_id := input.account.id if {
	is_string(input.account.id)
} else := config.accountId if {
	is_string(config.accountId)
}

default account_value := ""

account_value := account_id

known_or_unknown(v, _, _) := {"values": [v]} if {
	is_string(v)
	v != ""
}

known_or_unknown(v, reason, fresh) := {"unknown": reason, "fresh": fresh, "mayBeAbsent": false} if {
	not known_string(v)
}

known_string(v) if {
	is_string(v)
	v != ""
}

with_entries(ctx, overrides) := object.union(object.remove(ctx, object.keys(overrides)), overrides)

region_entry := known_or_unknown(object.get(config, "region", ""), "the region (pass --region)", "xx-unknown-1")

base_context := {
	"aws:requestedregion": region_entry,
	"ec2:region": region_entry,
	"aws:principalaccount": known_or_unknown(account_value, "the account", "000000000000"),
	"aws:principalarn": known_or_unknown(object.get(config, "runnerRoleArn", ""), "the runner's role", "arn:aws:iam::000000000000:role/runnerlint-unknown-role"),
	"aws:principalorgid": known_or_unknown(object.get(object.get(input, "organization", {}), "id", ""), "the organization", "o-runnerlintunknown"),
	"aws:principaltype": {"values": ["AssumedRole"]},
	"aws:principalisawsservice": {"values": ["false"]},
	"aws:securetransport": {"values": ["true"]},
	"ec2:imageowneralias": {"absent": true},
	"ec2:owner": {"absent": true},
	"ec2:imageid": {"absent": true},
	"ec2:public": {"absent": true},
	"ec2:imagetype": {"absent": true},
}

owner_entry(ami) := {"oneOf": [ami.owner, ami.ownerAlias]} if {
	is_string(object.get(ami, "ownerAlias", null))
} else := {"values": [ami.owner]}

image_context(ami) := with_entries(base_context, {
	"ec2:owner": owner_entry(ami),
	"ec2:imageid": {"unknown": "AMI ids change with every release", "fresh": "ami-00000000000000000", "mayBeAbsent": false},
	"ec2:public": {"values": ["true"]},
	"ec2:imagetype": {"values": ["machine"]},
})

# The image RunInstances is authorized against (the AMI rules' part of the call).
image_resource := "arn:aws:ec2:{aws:requestedregion}::image/{ec2:imageid}"

# launch_requests(ami): RunInstances, once per resource it is authorized against: the image, and
# those the catalogue's ec2 call names (instance, network interface, volume, subnet, group).
launch_requests(ami) := array.concat(
	[{"action": "ec2:RunInstances", "resource": image_resource, "context": image_context(ami)}],
	[{"action": "ec2:RunInstances", "resource": r, "context": base_context} |
		some req in catalogue
		some c in object.get(req, ["awsApi", "calls"], [])
		c.action == "ec2:RunInstances"
		some r in c.resources
	],
)

# ---------------------------------------------------------------- decisions

# api_decision(id): the worst decision over the calls the catalogue lists for the requirement.
api_decision(id) := iam_eval.worst([object.union(iam_eval.decide_all(levels, call_requests(c)), {"action": c.action}) |
	some c in catalogue[id].awsApi.calls
]) if {
	count(object.get(catalogue[id].awsApi, "calls", [])) > 0
}

call_requests(c) := [{"action": c.action, "resource": r, "context": base_context} | some r in c.resources]

ami_decision(id) := object.union(iam_eval.decide_all(levels, launch_requests(catalogue[id].ami)), {"action": "ec2:RunInstances"})

# ---------------------------------------------------------------- decision → verdict fields

# outcome(id, d): status, messageId, params and location for requirement id under decision d,
# with the organization-wide cases first.
outcome(id, d) := {"status": "not-applicable", "messageId": "runner-kind", "params": {"runner": runner}, "location": null} if {
	not applies(catalogue[id])
} else := {"status": "not-applicable", "messageId": "feature-off", "params": {"feature": feature}, "location": null} if {
	feature := features.off(config, catalogue[id])
} else := {"status": "satisfied", "messageId": "management-account", "params": {"account": account_value}, "location": null} if {
	input.account.management == true
} else := {"status": "satisfied", "messageId": "scp-disabled", "params": {}, "location": null} if {
	input.scpEnabled == false
} else := decision_outcome(d)

decision_outcome(d) := {"status": "satisfied", "messageId": "allowed", "params": base_params(d), "location": null} if {
	d.decision == "allowed"
} else := {"status": "violated", "messageId": "denied-explicit", "params": base_params(d), "location": d.evidence.location} if {
	d.decision == "denied"
	d.how == "explicit"
} else := {"status": "violated", "messageId": "denied-implicit", "params": base_params(d), "location": d.evidence.location} if {
	d.decision == "denied"
} else := {"status": "unknown", "messageId": "depends", "params": base_params(d), "location": d.evidence.location} if {
	d.how == "depends"
} else := {"status": "unknown", "messageId": "too-many-cases", "params": base_params(d), "location": null} if {
	d.how == "too-many-cases"
} else := {"status": "unknown", "messageId": "undecided", "params": base_params(d), "location": d.evidence.location}

base_params(d) := {
	"action": object.get(d, "action", ""),
	"resource": shown(object.get(d, "arn", object.get(d, "resource", ""))),
	"region": region_label,
	"policy": policy_label(evidence_field(d, "policyName"), evidence_field(d, "policyId")),
	"policyId": evidence_field(d, "policyId"),
	"statement": evidence_field(d, "statement"),
	"level": level_label(d),
	"keys": object.get(d, "dependsOn", []),
	"case": case_suffix(object.get(d, "scenario", {})),
	"hint": concat(" ", sort({hints[k] | some k in object.get(d, "dependsOn", []); hints[k]})),
}

region_label := config.region if {
	is_string(config.region)
} else := "every region"

evidence_field(d, f) := d.evidence[f] if {
	is_object(d.evidence)
} else := ""

level_label(d) := "the account" if {
	is_object(d.evidence)
	d.evidence.levelKind == "account"
	d.evidence.levelId == "account"
} else := concat("", [level_kind_names[d.evidence.levelKind], " ", _level_name(d.evidence), level_id_suffix(d.evidence), _above_account(d.evidence)]) if {
	is_object(d.evidence)
}

# policy_label(name, id): the policy's name, and its id when that says more (p-…).
policy_label(name, id) := concat("", [name, " (", id, ")"]) if {
	id != ""
	id != name
} else := name

# _level_name(e): an OU by its path below the root ("Workloads / Runners"); other levels by name.
_level_name(e) := concat(" / ", [object.get(levels[i], "name", levels[i].id) |
	some i in numbers.range(0, e.levelIndex)
	levels[i].kind == "ou"
]) if {
	e.levelKind == "ou"
	is_number(e.levelIndex)
} else := e.levelName

# _above_account(e): which account a policy at the root or an OU was judged for.
_above_account(e) := concat("", [", above account ", _account_name, " (", account_id, ")"]) if {
	e.levelKind != "account"
	is_string(input.account.name)
} else := concat("", [", above account ", account_id]) if {
	e.levelKind != "account"
	account_id
} else := ""

_account_name := input.account.name

level_label(d) := "" if not is_object(object.get(d, "evidence", null))

level_id_suffix(e) := "" if e.levelName == e.levelId

level_id_suffix(e) := concat("", [" (", e.levelId, ")"]) if e.levelName != e.levelId

level_kind_names := {"root": "root", "ou": "OU", "account": "account"}

# case_suffix: " when ec2:owner=amazon, aws:principalarn=(absent)", or "" when nothing was unknown.
case_suffix(scen) := "" if count(scen) == 0

case_suffix(scen) := concat("", [" when ", case_label(scen)]) if count(scen) > 0

case_label(scen) := concat(", ", [concat("=", [k, case_value(scen[k])]) | some k in sort(object.keys(scen))])

case_value(e) := shown(e.values[0]) if e.values[0]

case_value(e) := "(absent)" if e.absent == true

# shown(s): s without the placeholders that stand for a value no one can know offline (an AMI
# id, the region, the account: the "fresh" values above, which match no pattern). Shown as they
# are, they read as real values ("ami-00000000000000000").
shown(s) := strings.replace_n(_placeholders, s)

_placeholders := {
	"ami-00000000000000000": "(any AMI)",
	"xx-unknown-1": "(the region)",
	"000000000000": "(the account)",
	"arn:aws:iam::000000000000:role/runnerlint-unknown-role": "(the runner's role)",
	"o-runnerlintunknown": "(the organization)",
	"runnerlint-unknown": "(any other value)",
}

hints := {
	"aws:principalarn": "Set runnerRoleArn in the config to the runner's role ARN.",
	"aws:requestedregion": "Pass --region.",
	"ec2:region": "Pass --region.",
	"ec2:owner": "Amazon AMIs carry the owner alias amazon as well as the account id: list both.",
	"ec2:imageid": "AMI ids change with every release: allow by owner, not by AMI id.",
	"aws:principalaccount": "Pass --account-id.",
}
