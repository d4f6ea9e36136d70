# METADATA
# title: Organization entrypoint
# description: |
#   Aggregate Wasm entrypoint for the normalized organization model (SCPs by level, EC2
#   declarative policies, the account): from SCP files, describe-policy output,
#   AWS::Organizations::Policy in CloudFormation, and org-audit snapshots. The rules that read
#   the organization model come from the generated registry (rules.rego).
package runnerlint.main.organization

import data.runnerlint.main.rules

# verdicts: every rule's verdicts, as an array: the rules' sets are disjoint (each verdict names
# its rule), and a set of them would hash every verdict again.
verdicts := [v |
	some vs in rules.organization
	some v in vs
]
