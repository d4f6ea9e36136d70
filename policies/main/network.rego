# METADATA
# title: Network entrypoint
# description: |
#   Aggregate Wasm entrypoint for the normalized network model (security groups, network ACLs,
#   Network Firewall policies, squid proxies, iptables, VPC endpoints). Every rule package that
#   reads the network model is listed here: one entrypoint per input kind, since each evaluate()
#   re-parses the input inside Wasm.
package runnerlint.main.network

import data.runnerlint.egress.allowlist
import data.runnerlint.egress.optional
import data.runnerlint.egress.vpc_endpoint
import data.runnerlint.securitygroup.egress
import data.runnerlint.securitygroup.healthcheck_exposed
import data.runnerlint.securitygroup.runner_ingress
import data.runnerlint.securitygroup.runner_port_exposed
import data.runnerlint.securitygroup.ssh_ingress
import data.runnerlint.securitygroup.ssh_world_open

# The union of every network rule package's verdicts (each package imported above).
verdicts := union({
	ssh_ingress.verdicts,
	runner_ingress.verdicts,
	egress.verdicts,
	runner_port_exposed.verdicts,
	healthcheck_exposed.verdicts,
	ssh_world_open.verdicts,
	allowlist.verdicts,
	optional.verdicts,
	vpc_endpoint.verdicts,
})
