# METADATA
# title: A firewall rule blocks names of a pattern under a wildcard the runner needs
# description: |
#   The vendor's wildcard destinations (*.us01.gitpod.dev, *.vscode-unpkg.net,
#   *.gallerycdn.vsassets.io) stand for single-label names it does not list. A Network Firewall
#   rule that blocks only some of those names — a tls.sni content such as "ru" or "cdn", a prefix,
#   a deny-listed name under the wildcard — while the rest of the layer allows the others, blocks
#   the runner only if one of the vendor's names matches it, which cannot be told offline. This
#   rule reports such a block as a note naming the rule, instead of a violation of egress/allowlist;
#   a rule that blocks every such name stays a violation there.
# scope: package
# schemas:
#   - input: schema["network.schema"]
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements
#     description: Gitpod, AWS Runners access requirements
#   - ref: https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-rule-evaluation-order.html
#     description: AWS Network Firewall, evaluation order for stateful rules
# custom:
#   id: egress/name-pattern
#   severity: note
#   requirements: [gitpod.gateway-https, vscode.unpkg, vscode.assets, jetbrains.download, jetbrains.services, "scm.<name>", "sso.<name>"]
#   input: {kinds: [network]}
#   remediation: >-
#     Put the rule after the pass rules of the runner's destinations, or narrow it so that it
#     cannot match a name under the wildcard (an endswith on a top-level domain, an exact name).
#   source:
#     document: "003"
#     section: Access Requirements
#   messages:
#     nfw_name_pattern: "Network Firewall policy {policy} passes {protocol} {port} to {destination} ({requirement}) except the names rule group {group}, rule {rule} blocks: whether any of the names the runner uses under the wildcard matches it cannot be told offline."
package runnerlint.egress.name_pattern

import data.runnerlint.egress.judge
import data.runnerlint.lib.result

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	some body in judge.pattern_bodies
}
