# METADATA
# title: SCPs allow the runner's optional AWS API calls
# description: |
#   Optional services (CloudWatch Logs) work like the required ones (scp/aws-api-allowed) but a
#   denied call only loses the feature, so findings are warnings. Service Control Policies
#   can block those calls for every principal in an account, whatever its IAM role grants. For
#   each service this rule evaluates the calls the catalogue lists (awsApi.calls) exactly as
#   AWS Organizations does: an Allow must match at the root, at every OU on the path
#   and at the account; any matching Deny wins. Values runnerlint cannot know (the runner's
#   role, the region when --region is not given, the names of the stack's resources) are tried
#   with every value the policies mention: when the outcome differs, the requirement is unknown.
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements#aws-services
#     description: "Gitpod: AWS Runners access requirements, AWS Services"
#   - ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
#     description: "AWS Organizations: SCP evaluation"
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
#     description: "IAM: condition operators"
# custom:
#   id: scp/optional-api-allowed
#   severity: warning
#   requirements: [aws.logs]
#   input:
#     kinds: [organization]
#   remediation: >-
#     Exempt the runner's calls from the denying statement (for example with an ArnNotLike
#     aws:PrincipalARN condition naming the runner's role, or a NotAction exemption), or allow
#     the service at the level that has no matching Allow.
#   source:
#     document: "003"
#     section: "AWS Services > Regional APIs"
#   messages:
#     allowed: "SCPs allow the runner's {requirement} calls in {region}."
#     denied-explicit: "{action} on {resource} is denied by statement {statement} of SCP {policy} at {level}{case}."
#     denied-implicit: "{action} on {resource} is not allowed at {level}: no SCP attached there has an Allow that matches it{case}."
#     depends: "{action} on {resource} is allowed or denied depending on {keys}: statement {statement} of SCP {policy} at {level} denies it{case}. {hint}"
#     undecided: "{action} on {resource}: statement {statement} of SCP {policy} at {level} cannot be evaluated offline (an unresolved value, a policy variable or a date)."
#     too-many-cases: "{action} on {resource} depends on too many unknown values ({keys}) to evaluate."
#     management-account: "SCPs do not apply to the management account {account}."
#     scp-disabled: "The SERVICE_CONTROL_POLICY type is not enabled in the organization: SCPs have no effect."
#     runner-kind: "Not needed by {runner} runners."
#     feature-off: "Not needed: the {feature} feature is not enabled in the config."
#     no-actions: "runnerlint has no representative calls for {requirement}."
package runnerlint.scp.optional_api_allowed

import data.runnerlint.lib.result
import data.runnerlint.scp.requests

verdicts contains v if {
	some id, req in requests.catalogue
	req.kind == "aws-api"
	req.optional == true
	v := verdict(id)
}

verdict(id) := result.verdict(rego.metadata.chain(), object.union(o, {
	"requirement": id,
	"params": object.union(o.params, {"requirement": id}),
})) if {
	o := requests.outcome(id, requests.api_decision(id))
}

verdict(id) := result.verdict(rego.metadata.chain(), {
	"requirement": id, "status": "unknown", "messageId": "no-actions",
	"params": {"requirement": id},
}) if {
	not requests.api_decision(id)
	requests.applies(requests.catalogue[id])
}

verdict(id) := result.verdict(rego.metadata.chain(), object.union(o, {
	"requirement": id,
	"params": object.union(o.params, {"requirement": id}),
})) if {
	not requests.api_decision(id)
	not requests.applies(requests.catalogue[id])
	o := requests.outcome(id, {})
}
