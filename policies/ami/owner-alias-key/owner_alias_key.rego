# METADATA
# title: ec2:ImageOwnerAlias is not a condition key
# description: |
#   EC2 has no ec2:ImageOwnerAlias condition key (the owner alias "amazon" is a value of
#   ec2:Owner). A key that does not exist is never in the request, so a condition on it behaves as
#   on an absent key: in an Allow it never matches (nothing is allowed by it); in a Deny with a
#   negated operator (StringNotEquals, ...) it always matches and denies everything the statement
#   covers; in a Deny with a positive operator it never applies. Whatever was meant, the policy
#   does not do it.
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements#allowlisting-recommendations
#     description: "Gitpod: Allowlisting Recommendations"
#   - ref: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-policy-keys
#     description: "Amazon EC2 condition keys"
# custom:
#   id: ami/owner-alias-key
#   severity: error
#   requirements: [ami.allowlist-by-owner]
#   input:
#     kinds: [organization]
#   remediation: Use ec2:Owner, which takes the owner alias amazon as well as account ids.
#   source:
#     document: "003"
#     section: "AMI Requirements > Allowlisting Recommendations"
#   messages:
#     none: "No SCP uses the non-existent key ec2:ImageOwnerAlias."
#     allow: "Statement {statement} of SCP {policy} conditions its Allow on ec2:ImageOwnerAlias, which is not a condition key: the statement never matches. Use ec2:Owner."
#     deny-everything: "Statement {statement} of SCP {policy} denies when ec2:ImageOwnerAlias {operator} ...: the key does not exist, so the condition is always true and the statement denies every request it covers. Use ec2:Owner."
#     deny-never: "Statement {statement} of SCP {policy} conditions its Deny on ec2:ImageOwnerAlias, which is not a condition key: the statement never applies. Use ec2:Owner."
package runnerlint.ami.owner_alias_key

import data.runnerlint.lib.iam_conditions as cond
import data.runnerlint.lib.iam_eval
import data.runnerlint.lib.result

uses contains {"x": x, "b": b} if {
	some x in iam_eval.all_statements(object.get(input, "levels", []))
	some b in object.get(x.stmt, "condition", [])
	lower(b.key) == "ec2:imageowneralias"
}

message_id("Allow", _) := "allow"

message_id("Deny", op) := "deny-everything" if cond.absent_result(op) == "yes"

message_id("Deny", op) := "deny-never" if cond.absent_result(op) == "no"

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": "ami.allowlist-by-owner",
	"status": "violated",
	"messageId": message_id(u.x.stmt.effect, u.b.operator),
	"params": {
		"policy": object.get(input.levels[u.x.level].policies[u.x.policy], "name", ""),
		"statement": iam_eval.statement_label(u.x.stmt),
		"operator": u.b.operator,
	},
	"location": object.get(u.b, "location", object.get(u.x.stmt, "location", null)),
}) if {
	some u in uses
}

verdicts contains result.verdict(rego.metadata.chain(), {"requirement": "ami.allowlist-by-owner", "status": "satisfied", "messageId": "none"}) if {
	count(uses) == 0
}
