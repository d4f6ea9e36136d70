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

verdicts := (((((internal.verdicts | link_local.verdicts) | management.verdicts) | amazonaws.verdicts) | wildcard.verdicts) | list_syntax.verdicts) | client_divergence.verdicts
