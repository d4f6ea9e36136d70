# METADATA
# title: Proxy entrypoint
# description: |
#   Aggregate Wasm entrypoint for the normalized proxy model (proxy variables from dotenv files,
#   CloudFormation and the command line). Every rule package that reads the proxy model is
#   listed here: one entrypoint per input kind, since each evaluate() re-parses the input inside
#   Wasm.
package runnerlint.main.proxy

import data.runnerlint.noproxy.amazonaws
import data.runnerlint.noproxy.client_divergence
import data.runnerlint.noproxy.internal
import data.runnerlint.noproxy.link_local
import data.runnerlint.noproxy.list_syntax
import data.runnerlint.noproxy.management
import data.runnerlint.noproxy.wildcard

# verdicts: every rule's verdicts, as an array: the rules' sets are disjoint (each verdict names
# its rule), and a set of them would hash every verdict again.
verdicts := [v |
	some vs in [
		amazonaws.verdicts,
		client_divergence.verdicts,
		internal.verdicts,
		link_local.verdicts,
		list_syntax.verdicts,
		management.verdicts,
		wildcard.verdicts,
	]
	some v in vs
]
