# METADATA
# title: Proxy entrypoint
# description: |
#   Aggregate Wasm entrypoint for the normalized proxy model (proxy variables from dotenv files,
#   CloudFormation and the command line). The rules that read the proxy model come from the
#   generated registry (rules.rego): one entrypoint per input kind, since each evaluate()
#   re-parses the input inside Wasm.
package runnerlint.main.proxy

import data.runnerlint.main.rules

# verdicts: every rule's verdicts, as an array: the rules' sets are disjoint (each verdict names
# its rule), and a set of them would hash every verdict again.
verdicts := [v |
	some vs in rules.proxy
	some v in vs
]
