# METADATA
# title: The runner's optional outbound traffic gets through every egress layer
# description: |
#   The optional egress requirements (aws.logs, a Prometheus remote-write endpoint, additional
#   container registries declared in the config) are judged exactly as egress/allowlist judges
#   the required ones, layer by layer. They are reported by this rule so that a layer blocking
#   one is a warning, not an error: the runner works without them, only the feature is lost.
#   aws.logs applies when the config enables the logs feature; the declared ones when the config
#   declares them.
# scope: package
# schemas:
#   - input: schema["network.schema"]
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/standard-runner/overview#required-outbound-endpoints
#     description: Gitpod, Standard runner, Required Outbound Endpoints
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements
#     description: Gitpod, AWS Runners access requirements
#   - ref: https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-rule-evaluation-order.html
#     description: AWS Network Firewall, evaluation order for stateful rules
#   - ref: https://docs.aws.amazon.com/network-firewall/latest/developerguide/stateful-rule-groups-domain-names.html
#     description: AWS Network Firewall, stateful domain list rule groups
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
#     description: Amazon VPC, network ACLs (stateless, rule order, ephemeral ports)
#   - ref: https://www.squid-cache.org/Doc/config/http_access/
#     description: squid, http_access
# custom:
#   id: egress/optional
#   severity: warning
#   requirements: [aws.logs, metrics.prometheus, "registry.<name>"]
#   input: {kinds: [network]}
#   remediation: >-
#     If the feature is used, allow each listed destination on every layer of the runner's path, on each port: in
#     security groups TCP 443 (and 8443, UDP 4242 for a Standard runner) to 0.0.0.0/0; in
#     network ACLs the same outbound and TCP/UDP 1024-65535 inbound; in Network Firewall a
#     domain list entry with a leading dot for wildcard hosts (.us01.gitpod.dev) on TLS_SNI, and
#     pass rules for UDP 4242 to the gateway IPs; in squid dstdomain ACLs allowed before any deny
#     (and 8443 in SSL_ports); in iptables ACCEPT rules before the DROP.
#   source:
#     document: "003"
#     section: Access Requirements
#   messagesFrom: egress/allowlist # the same layers judge both: one set of templates
package runnerlint.egress.optional

import data.runnerlint.egress.judge
import data.runnerlint.lib.result

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	some body in judge.bodies_for(true)
}
