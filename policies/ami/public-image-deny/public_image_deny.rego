# METADATA
# title: A deny of public AMIs blocks the runner's AMIs
# description: |
#   Both AMIs the runner needs are public: Amazon's Bottlerocket ECS AMI and Gitpod's
#   environment AMIs. A Deny on ec2:RunInstances conditioned on ec2:Public = true blocks them
#   unless it exempts their owners. Each such statement is evaluated on its own (beside
#   FullAWSAccess) against the launch of each required AMI.
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements#required-amis
#     description: "Gitpod: Required AMIs"
#   - ref: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-policy-keys
#     description: "Amazon EC2 condition keys (ec2:Public)"
# custom:
#   id: ami/public-image-deny
#   severity: error
#   requirements: [ami.owner-amazon, ami.owner-gitpod]
#   input:
#     kinds: [organization]
#   remediation: >-
#     Exempt the owners from the public-AMI deny (add StringNotEquals ec2:Owner with
#     149721548608, amazon and 995913728426 to the statement's condition).
#   source:
#     document: "003"
#     section: "AMI Requirements > Required AMIs"
#   messages:
#     none: "No SCP statement denies launching public AMIs such as {ami}."
#     exempted: "The public-AMI denies in the SCPs exempt {ami} (owner {owner})."
#     denies: "Statement {statement} of SCP {policy} denies launching public AMIs; {ami} (owner {owner}) is public, so it is blocked."
#     depends: "Statement {statement} of SCP {policy} denies launching public AMIs; whether it blocks {ami} (owner {owner}) depends on {keys}."
#     management-account: "SCPs do not apply to the management account {account}: its public-AMI denies do not block {ami}."
#     scp-disabled: "The SERVICE_CONTROL_POLICY type is not enabled in the organization: SCPs have no effect, so no public-AMI deny blocks {ami}."
package runnerlint.ami.public_image_deny

import data.runnerlint.ami.statements
import data.runnerlint.lib.iam_eval
import data.runnerlint.lib.result
import data.runnerlint.scp.requests

catalogue := data.runnerlint.catalogue.requirements

public_denies contains x if {
	some x in statements.launch
	x.stmt.effect == "Deny"
	count(statements.blocks(x, "ec2:public")) > 0
}

# SCPs apply to the account: not the organization's management account, and the policy type is
# enabled (both known from an org-audit snapshot; a lone policy file is taken as applying).
scps_apply if {
	not input.account.management == true
	not input.scpEnabled == false
}

full_access := {"id": "FullAWSAccess", "name": "FullAWSAccess", "statements": [{"index": 0, "effect": "Allow", "action": ["*"], "resource": ["*"]}]}

# alone(x, id): the statement's decision on launching AMI id, beside FullAWSAccess only.
alone(x, id) := iam_eval.decide(
	[{"kind": "account", "id": "statement", "policies": [full_access, {"id": "p", "name": "p", "statements": [x.stmt]}]}],
	requests.launch_requests(catalogue[id].ami)[0],
)

params(x, id) := object.union(statements.where(x), {"ami": catalogue[id].ami.name, "owner": catalogue[id].ami.owner})

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "violated", "messageId": "denies",
	"params": params(x, id), "location": object.get(x.stmt, "location", null),
}) if {
	scps_apply
	some x in public_denies
	some id in statements.amis
	alone(x, id).decision == "denied"
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "unknown", "messageId": "depends",
	"params": object.union(params(x, id), {"keys": alone(x, id).dependsOn}), "location": object.get(x.stmt, "location", null),
}) if {
	scps_apply
	some x in public_denies
	some id in statements.amis
	alone(x, id).decision == "unknown"
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "satisfied", "messageId": "none",
	"params": {"ami": catalogue[id].ami.name, "owner": catalogue[id].ami.owner},
}) if {
	scps_apply
	count(public_denies) == 0
	some id in statements.amis
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "satisfied", "messageId": "exempted",
	"params": {"ami": catalogue[id].ami.name, "owner": catalogue[id].ami.owner},
}) if {
	scps_apply
	count(public_denies) > 0
	some id in statements.amis
	every x in public_denies {
		alone(x, id).decision == "allowed"
	}
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "satisfied", "messageId": "management-account",
	"params": {"account": requests.account_value, "ami": catalogue[id].ami.name},
}) if {
	input.account.management == true
	some id in statements.amis
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "satisfied", "messageId": "scp-disabled",
	"params": {"ami": catalogue[id].ami.name},
}) if {
	not input.account.management == true
	input.scpEnabled == false
	some id in statements.amis
}
