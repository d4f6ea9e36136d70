# METADATA
# title: SCP statements about launching AMIs
# description: |
#   Helpers shared by the ami/* rules: the SCP statements whose Action covers ec2:RunInstances,
#   with where they are, and their condition blocks.
package runnerlint.ami.statements

import data.runnerlint.lib.iam_eval
import data.runnerlint.scp.requests

levels := object.get(input, "levels", [])

# launch[x]: {level, policy, stmt} for every statement that covers ec2:RunInstances.
launch contains x if {
	some x in iam_eval.all_statements(levels)
	not x.stmt.unresolved
	iam_eval.action_result(x.stmt, "ec2:RunInstances") == "yes"
}

# blocks(x, key): the statement's condition blocks on a key (case-insensitive).
blocks(x, key) := [b | some b in object.get(x.stmt, "condition", []); lower(b.key) == key]

policy_name(x) := object.get(levels[x.level].policies[x.policy], "name", levels[x.level].policies[x.policy].id)

where(x) := {"policy": requests.policy_label(policy_name(x), levels[x.level].policies[x.policy].id), "statement": iam_eval.statement_label(x.stmt)}

location(_, b) := b.location if b.location

location(x, b) := object.get(x.stmt, "location", null) if not b.location

amis contains id if {
	some id, req in data.runnerlint.catalogue.requirements
	is_string(req.ami.owner)
}
