# METADATA
# title: AMI allowlists name owner accounts, not AMI ids
# description: |
#   Gitpod and Amazon publish new AMIs regularly. An SCP that allowlists AMIs by id (a condition
#   on ec2:ImageID, or image ARNs naming AMI ids) blocks every new release until someone edits
#   the policy; an owner allowlist (ec2:Owner) keeps working. An owner allowlist must name both
#   owners: Amazon (149721548608, alias amazon) for the runner service and Gitpod
#   (995913728426) for the environments. Allowlists are Allow statements with a positive
#   operator, or Deny statements with a negated one (StringNotEquals, ...), on RunInstances.
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements#allowlisting-recommendations
#     description: "Gitpod: Allowlisting Recommendations"
#   - ref: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-policy-keys
#     description: "Amazon EC2 condition keys"
# custom:
#   id: ami/allowlist-by-owner
#   severity: warning
#   requirements: [ami.allowlist-by-owner]
#   input:
#     kinds: [organization]
#   remediation: >-
#     Allow AMIs by owner, not by id: an ec2:Owner condition, scoped to image ARNs, that lists
#     149721548608 (or amazon) and 995913728426, in place of AMI ids or of an owner list that
#     lacks one of them.
#   source:
#     document: "003"
#     section: "AMI Requirements > Allowlisting Recommendations"
#   messages:
#     by-owner: "AMI restrictions in the SCPs name owner accounts."
#     no-allowlist: "The SCPs do not allowlist AMIs."
#     image-id: "Statement {statement} of SCP {policy} allowlists AMIs by ec2:ImageID ({operator}): every new AMI release is blocked until the policy is edited."
#     image-arn: "Statement {statement} of SCP {policy} names AMI ids in its {element} ({arn}): every new AMI release is blocked until the policy is edited."
#     owner-missing: "Statement {statement} of SCP {policy} allowlists AMI owners ({owners}) without {ownerName} ({owner}), needed for the {purpose}."
package runnerlint.ami.allowlist_by_owner

import data.runnerlint.ami.statements
import data.runnerlint.lib.iam_conditions as cond
import data.runnerlint.lib.iam_match
import data.runnerlint.lib.result

catalogue := data.runnerlint.catalogue.requirements

findings contains {"messageId": "image-id", "params": object.union(statements.where(x), {"operator": b.operator}), "location": statements.location(x, b)} if {
	some x in statements.launch
	some b in statements.blocks(x, "ec2:imageid")
}

findings contains {"messageId": "image-arn", "params": object.union(statements.where(x), {"element": element, "arn": arn}), "location": object.get(x.stmt, "location", null)} if {
	some x in statements.launch
	some element in ["resource", "notResource"]
	some arn in object.get(x.stmt, element, [])
	regex.match(`image/ami-[0-9a-fA-F]`, arn)
}

findings contains {
	"messageId": "owner-missing", "params": object.union(statements.where(x), {
		"owners": cond.policy_values(b),
		"owner": req.ami.owner,
		"ownerName": object.get(req.ami, "ownerName", req.ami.owner),
		"purpose": lower(object.get(req.ami, "purpose", "runner")),
	}),
	"location": statements.location(x, b),
} if {
	some x in statements.launch
	some b in statements.blocks(x, "ec2:owner")
	allowlist(x.stmt.effect, b.operator)
	some id in statements.amis
	req := catalogue[id]
	not names_owner(b, req.ami)
}

# An allowlist: Allow with a positive operator, or Deny with a negated one.
allowlist("Allow", op) if not cond.is_negated(op)

allowlist("Deny", op) if cond.is_negated(op)

names_owner(b, ami) if {
	some v in cond.policy_values(b)
	some name in {ami.owner, object.get(ami, "ownerAlias", ami.owner)}
	covers(v, name)
}

covers(v, name) if iam_match.wild(v, name)

covers(v, name) if lower(v) == lower(name)

owner_restricted if {
	some x in statements.launch
	count(statements.blocks(x, "ec2:owner")) > 0
}

verdicts contains result.verdict(rego.metadata.chain(), object.union(f, {"requirement": "ami.allowlist-by-owner", "status": "violated"})) if {
	some f in findings
}

verdicts contains result.verdict(rego.metadata.chain(), {"requirement": "ami.allowlist-by-owner", "status": "satisfied", "messageId": "by-owner"}) if {
	count(findings) == 0
	owner_restricted
}

verdicts contains result.verdict(rego.metadata.chain(), {"requirement": "ami.allowlist-by-owner", "status": "satisfied", "messageId": "no-allowlist"}) if {
	count(findings) == 0
	not owner_restricted
}
