# METADATA
# title: Organization entrypoint
# description: |
#   Aggregate Wasm entrypoint for the normalized organization model (SCPs by level, EC2
#   declarative policies, the account): from SCP files, describe-policy output,
#   AWS::Organizations::Policy in CloudFormation, and org-audit snapshots. Every rule package
#   that reads the organization model is listed here.
package runnerlint.main.organization

import data.runnerlint.ami.allowed_images_policy
import data.runnerlint.ami.allowlist_by_owner
import data.runnerlint.ami.owner_alias_key
import data.runnerlint.ami.public_image_deny
import data.runnerlint.scp.ami_launch_allowed
import data.runnerlint.scp.aws_api_allowed
import data.runnerlint.scp.optional_api_allowed
import data.runnerlint.scp.policy_size

# verdicts: every rule's verdicts, as an array: the rules' sets are disjoint (each verdict names
# its rule), and a set of them would hash every verdict again.
verdicts := [v |
	some vs in [
		allowed_images_policy.verdicts,
		allowlist_by_owner.verdicts,
		owner_alias_key.verdicts,
		public_image_deny.verdicts,
		ami_launch_allowed.verdicts,
		aws_api_allowed.verdicts,
		optional_api_allowed.verdicts,
		policy_size.verdicts,
	]
	some v in vs
]
