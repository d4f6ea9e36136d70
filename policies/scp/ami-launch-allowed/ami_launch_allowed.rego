# METADATA
# title: SCPs let the runner launch its AMIs
# description: |
#   The runner service runs on Amazon's Bottlerocket ECS AMI (owner 149721548608) and the
#   environments on Gitpod's AMIs (owner 995913728426). An SCP that restricts AMIs must let the
#   account launch both. ec2:RunInstances is authorized once per resource: the image, the
#   instance, the network interface, the volume, the subnet and the security group are each
#   evaluated on their own, so a deny conditioned on ec2:Owner that is not scoped to image ARNs
#   denies every launch (only the image carries ec2:Owner; a negated operator on an absent key is
#   true, and adding IfExists does not change that). Amazon's AMIs carry the owner alias
#   "amazon" as well as the account id: the Bottlerocket image is evaluated with both, and only
#   agreement is a verdict.
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements#ami-requirements
#     description: "Gitpod: AMI Requirements"
#   - ref: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html
#     description: "Amazon EC2: actions, resources and condition keys"
#   - ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
#     description: "AWS Organizations: SCP evaluation"
# custom:
#   id: scp/ami-launch-allowed
#   severity: error
#   requirements: [ami.owner-amazon, ami.owner-gitpod]
#   input:
#     kinds: [organization]
#   remediation: >-
#     Allow the owner accounts 149721548608 (and its alias amazon) and 995913728426 in the
#     ec2:Owner condition, and scope owner conditions to image ARNs
#     ("Resource": "arn:aws:ec2:*::image/*").
#   source:
#     document: "003"
#     section: "AMI Requirements > Allowlisting Recommendations"
#   messages:
#     allowed: "SCPs let the account launch {ami} (owner {owner}) in {region}."
#     denied-explicit: "Launching {ami} (owner {owner}) is denied for {resource} by statement {statement} of SCP {policy} at {level}{case}."
#     denied-implicit: "Launching {ami} (owner {owner}) is not allowed for {resource} at {level}: no SCP attached there has an Allow that matches{case}."
#     depends: "Launching {ami} (owner {owner}) is allowed or denied depending on {keys}: statement {statement} of SCP {policy} at {level} denies it for {resource}{case}. {hint}"
#     undecided: "Launching {ami} (owner {owner}): statement {statement} of SCP {policy} at {level} cannot be evaluated offline (an unresolved value, a policy variable or a date)."
#     too-many-cases: "Launching {ami} depends on too many unknown values ({keys}) to evaluate."
#     management-account: "SCPs do not apply to the management account {account}."
#     scp-disabled: "The SERVICE_CONTROL_POLICY type is not enabled in the organization: SCPs have no effect."
#     runner-kind: "Not needed by {runner} runners."
package runnerlint.scp.ami_launch_allowed

import data.runnerlint.lib.result
import data.runnerlint.scp.requests

verdicts contains v if {
	some id, req in requests.catalogue
	is_string(req.ami.owner)
	o := requests.outcome(id, requests.ami_decision(id))
	v := result.verdict(rego.metadata.chain(), object.union(o, {
		"requirement": id,
		"params": object.union(o.params, {"ami": req.ami.name, "owner": req.ami.owner}),
	}))
}
