# METADATA
# title: SCPs fit AWS's size limit
# description: |
#   AWS Organizations rejects an SCP over 5,120 characters, so a policy that grows (typically an
#   AMI allowlist that lists AMI ids) cannot be saved, and the organization keeps enforcing the
#   previous version. The console removes whitespace outside strings before counting; the API,
#   the CLI and CloudFormation store the text as given. A policy over the limit even minified is
#   violated; one over it only with its whitespace is unknown (it depends on how it is saved).
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements#allowlisting-recommendations
#     description: "Gitpod: Allowlisting Recommendations"
#   - ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
#     description: "AWS Organizations: quotas"
# custom:
#   id: scp/policy-size
#   severity: warning
#   requirements: [ami.allowlist-by-owner]
#   input:
#     kinds: [organization]
#   remediation: >-
#     Allow AMIs by owner account instead of listing AMI ids, merge statements, or split the
#     policy in two (each level takes up to five SCPs).
#   source:
#     document: "003"
#     section: "AMI Requirements > Allowlisting Recommendations"
#   messages:
#     fits: "Every SCP fits the 5,120-character limit."
#     too-large: "SCP {policy} is {size} characters ({raw} as written); AWS rejects SCPs over {limit}."
#     whitespace: "SCP {policy} is {raw} characters as written and {size} without whitespace; AWS counts the whitespace when it is saved through the API, the CLI or CloudFormation (limit {limit})."
package runnerlint.scp.policy_size

import data.runnerlint.lib.result

limit := 5120

policies contains p if {
	some level in object.get(input, "levels", [])
	some p in level.policies
	is_object(p.size)
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": "ami.allowlist-by-owner",
	"status": "violated",
	"messageId": "too-large",
	"params": params(p),
	"location": object.get(p, "location", null),
}) if {
	some p in policies
	p.size.minified > limit
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": "ami.allowlist-by-owner",
	"status": "unknown",
	"messageId": "whitespace",
	"params": params(p),
	"location": object.get(p, "location", null),
}) if {
	some p in policies
	p.size.minified <= limit
	p.size.raw > limit
}

verdicts contains result.verdict(rego.metadata.chain(), {
	"requirement": "ami.allowlist-by-owner",
	"status": "satisfied",
	"messageId": "fits",
}) if {
	every p in policies {
		p.size.raw <= limit
	}
}

params(p) := {"policy": object.get(p, "name", p.id), "size": p.size.minified, "raw": p.size.raw, "limit": limit}
