# METADATA
# title: The runner's required outbound traffic gets through every egress layer
# description: |
#   The runner and its environments must reach Gitpod's management plane and gateway, release
#   artifacts, IDE and extension downloads, container registries and AWS APIs. This rule judges
#   every required egress and aws-api requirement of the catalogue that applies to the runner
#   kind (and every SCM / SSO host declared in the config) against each layer of the egress path
#   found in the inputs, on every destination, protocol and port it lists, for the whole pattern
#   a destination stands for (*.us01.gitpod.dev: every single-label subdomain; <region> /
#   <account-id>: the config's value, or any value when unknown, which only a suffix or wildcard
#   rule can cover).
#
#   Layers: security groups (egress rules of the environment / runner groups), network ACLs
#   (first match by rule number, implicit deny, and the inbound return traffic on 1024-65535),
#   Network Firewall policies (stateless engine, then the stateful engine in DEFAULT_ACTION_ORDER
#   or STRICT_ORDER with its default actions; domain lists, 5-tuple rules and Suricata rules),
#   squid http_access, iptables chains. Each layer gives one verdict per flow, located at the rule
#   that decided it: the requirement is violated when any layer blocks any flow, satisfied only
#   when every layer present allows every flow, unknown otherwise. A broader coveredBy entry
#   (*.amazonaws.com, *.jetbrains.com) satisfies a destination because the rule that allows it
#   matches every host the destination stands for. Host-name rules say nothing about ports, so
#   the ports come from the port-level layers; UDP is judged by addresses only. aws.imds is
#   link-local: only a host firewall filters it. Requirements of a feature the config disables,
#   or of another runner kind, are not applicable. Violations of AWS APIs that a VPC endpoint in
#   the inputs serves are reported by egress/vpc-endpoint instead.
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
#   id: egress/allowlist
#   severity: error
#   requirements: [gitpod.management, gitpod.gateway-https, gitpod.gateway-udp, gitpod.releases, vscode.update, vscode.unpkg, vscode.marketplace, vscode.assets, jetbrains.download, jetbrains.services, registry.ecr-public, registry.mcr, "scm.<name>", "sso.<name>", aws.ec2, aws.ecr, aws.s3, aws.ssm, aws.sts, aws.dynamodb, aws.cloudformation, aws.secretsmanager, aws.elasticloadbalancing, aws.acm, aws.imds]
#   input: {kinds: [network]}
#   remediation: >-
#     Allow each listed destination on every layer of the runner's path, on each port: in
#     security groups TCP 443 (and 8443, UDP 4242 for a Standard runner) to 0.0.0.0/0; in
#     network ACLs the same outbound and TCP/UDP 1024-65535 inbound; in Network Firewall a
#     domain list entry with a leading dot for wildcard hosts (.us01.gitpod.dev) on TLS_SNI, and
#     pass rules for UDP 4242 to the gateway IPs; in squid dstdomain ACLs allowed before any deny
#     (and 8443 in SSL_ports); in iptables ACCEPT rules before the DROP.
#   source:
#     document: "003"
#     section: Access Requirements
#   messages:
#     not_applicable_runner: "Not needed by {runner} runners ({requirement} applies to {runners} runners)."
#     not_applicable_feature: "Not needed: the {feature} feature is not enabled in the config ({requirement})."
#     no_layers: "The inputs describe no egress filtering layer (security group, network ACL, Network Firewall policy, squid proxy, iptables) to judge {requirement} against."
#     link_local: "{destination} is link-local: the instance answers it itself, never through the VPC, so security groups, network ACLs, Network Firewall and proxies do not filter it (a host firewall can; the proxy side is noproxy.link-local)."
#     udp_names: "UDP carries no host name a firewall could filter on: {names} is judged through the addresses {requirement} lists."
#     template_none: "The config declares no host for {requirement} (feature {feature}): nothing to check."
#     sg_allows: "Security group {group} allows {protocol} {port} to {destination} ({requirement}): egress rule to {peer}."
#     sg_implicit: "Security group {group} keeps AWS's default allow-all egress, so {protocol} {port} to {destination} ({requirement}) is allowed."
#     sg_blocks_hosts: "Security group {group} blocks {protocol} {port} to {destination} ({requirement}): no egress rule opens it to 0.0.0.0/0, which a host name needs (its addresses are not fixed)."
#     sg_blocks: "Security group {group} blocks {protocol} {port} to {destination} ({requirement}): no egress rule opens it to a block that holds that address."
#     sg_unidentified: "Cannot tell which of the {groups} security group(s) the runner's traffic leaves through, so {requirement} cannot be checked against them: tag them runnerlint:role (environment or runner) or use --sg-role."
#     sg_conditional: "Cannot verify that security group {group} allows {protocol} {port} to {destination} ({requirement}): the group or rule exists only under a CloudFormation condition that could not be resolved ({reason})."
#     sg_narrow_destination: "Cannot verify that security group {group} allows {protocol} {port} to {destination} ({requirement}): it allows it only to {peer}, and a host name's addresses are not known offline."
#     sg_partial_destination: "Cannot verify that security group {group} allows {protocol} {port} to {destination} ({requirement}): {peer} covers only part of it."
#     sg_prefix_list: "Cannot verify that security group {group} allows {protocol} {port} to {destination} ({requirement}): the destination is prefix list {prefixList}, whose entries are not in the inputs."
#     sg_unknown_value: "Cannot verify that security group {group} allows {protocol} {port} to {destination} ({requirement}): the rule's {field} is unresolved ({reason})."
#     sg_unknown_protocol: "Cannot verify that security group {group} allows {protocol} {port} to {destination} ({requirement}): IpProtocol {ipProtocol} is not a protocol runnerlint recognises."
#     sg_invalid_ports: "Cannot verify that security group {group} allows {protocol} {port} to {destination} ({requirement}): the port range {fromPort}..{toPort} is not one AWS accepts."
#     sg_invalid_cidr: "Cannot verify that security group {group} allows {protocol} {port} to {destination} ({requirement}): {cidr} is not a valid CIDR block."
#     nacl_out_allows: "Network ACL {acl} allows {protocol} {port} to {destination} ({requirement}): outbound entry {rule} ({ruleAction} {cidr}) is the first that matches."
#     nacl_out_blocks: "Network ACL {acl} blocks {protocol} {port} to {destination} ({requirement}): outbound entry {rule} denies {cidr} before any entry allows it."
#     nacl_out_default: "Network ACL {acl} blocks {protocol} {port} to {destination} ({requirement}): no outbound entry allows it, so the implicit final entry (*) denies it."
#     nacl_out_maybe: "Cannot verify that network ACL {acl} allows {protocol} {port} to {destination} ({requirement}): outbound entry {rule} ({ruleAction} {cidr}) may or may not match it (a host name's addresses, or an unresolved value)."
#     nacl_return_allows: "Network ACL {acl} lets the replies of {protocol} {port} from {destination} ({requirement}) back in on ports 1024-65535: inbound entries {rules}."
#     nacl_return_blocks: "Network ACL {acl} blocks the replies of {protocol} {port} from {destination} ({requirement}): inbound entry {rule} denies ports {fromPort}-{toPort} ({cidr}). Network ACLs are stateless: the ephemeral ports 1024-65535 must be allowed in."
#     nacl_return_default: "Network ACL {acl} blocks the replies of {protocol} {port} from {destination} ({requirement}): no inbound entry allows ports {fromPort}-{toPort}, so the implicit final entry (*) denies them. Network ACLs are stateless: the ephemeral ports 1024-65535 must be allowed in."
#     nacl_return_maybe: "Cannot verify that network ACL {acl} lets the replies of {protocol} {port} from {destination} ({requirement}) back in on ports {fromPort}-{toPort}: inbound entry {rule} ({ruleAction} {cidr}) may or may not match them."
#     nacl_unknown_order: "Cannot verify that network ACL {acl} allows {protocol} {port} to {destination} ({requirement}): an entry's rule number is unresolved ({reason}), so the order of its entries is not known."
#     nacl_conditional: "Network ACL {acl} would block {protocol} {port} to {destination} ({requirement}), but it exists only under a CloudFormation condition that could not be resolved ({reason})."
#     nfw_pass: "Network Firewall policy {policy} passes {protocol} {port} to {destination} ({requirement}): rule group {group}, rule {rule}"
#     nfw_list_pass: "Network Firewall policy {policy} passes {protocol} {port} to {destination} ({requirement}): the domain list of rule group {group} allows {target}."
#     nfw_drop: "Network Firewall policy {policy} drops {protocol} {port} to {destination} ({requirement}) before any rule passes it: rule group {group}, rule {rule}"
#     nfw_list_drop: "Network Firewall policy {policy} drops {protocol} {port} to {destination} ({requirement}): the domain list of rule group {group} denies {target}."
#     nfw_list_default: "Network Firewall policy {policy} drops {protocol} {port} to {destination} ({requirement}): the allow list of rule group {group} does not list it, and the list drops the other {rule} traffic."
#     nfw_drop_partial: "Network Firewall policy {policy} drops {protocol} {port} to part of {destination} ({requirement}): {partialRule} (rule group {partialGroup}) passes only some of its hosts, and rule group {group}, rule {rule} drops the others."
#     nfw_default_pass: "Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: no stateful rule drops it, and traffic no rule matches passes ({action})."
#     nfw_default_drop: "Network Firewall policy {policy} drops {protocol} {port} to {destination} ({requirement}): no stateful rule passes it, and the default action {action} drops traffic no rule matches."
#     nfw_default_drop_partial: "Network Firewall policy {policy} drops {protocol} {port} to part of {destination} ({requirement}): {partialRule} (rule group {partialGroup}) passes only some of its hosts, and the default action {action} drops the others."
#     nfw_handshake_drop: "Network Firewall policy {policy} drops the TCP handshake of {protocol} {port} to {destination} ({requirement}): rule group {group}, rule {rule} matches the connection's first packets, before any TLS or HTTP rule can see the host name."
#     nfw_handshake_default: "Network Firewall policy {policy} drops the TCP handshake of {protocol} {port} to {destination} ({requirement}): the default action {action} drops every packet no rule matches, and no rule passes the packets that open the connection (add a pass tcp rule with flow:not_established, or use aws:drop_established)."
#     nfw_refused_rule: "Network Firewall refuses rule group {group} as written, so policy {policy} cannot be deployed with it ({protocol} {port} to {destination}, {requirement}): {rule} has {reason}, which Suricata 7 does not load. Fix or remove the rule."
#     nfw_maybe_option: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: rule group {group}, rule {rule} may or may not match it; runnerlint does not evaluate: {options}."
#     nfw_maybe: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: rule group {group}, rule {rule} may or may not match it (a host name's addresses, an unknown region or account id, a variable, or an option runnerlint does not evaluate)."
#     nfw_group_managed: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: rule group {group} is AWS-managed and its rules are not in the inputs."
#     nfw_group_missing: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: rule group {group} is not in the inputs (export it with aws network-firewall describe-rule-group)."
#     nfw_group_unresolved: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: a rule group reference is unresolved ({why})."
#     nfw_group_conditional: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: rule group {group} exists only under a CloudFormation condition that could not be resolved ({why})."
#     nfw_group_unreadable: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: the rules of rule group {group} cannot be read ({why})."
#     nfw_group_unordered: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: the priority of rule group {group} is unresolved, so the order of the rules is not known."
#     nfw_rule_order: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: the rule order {order} is not one runnerlint knows."
#     nfw_unsupported: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: it uses {feature}, which runnerlint does not evaluate."
#     nfw_conditional: "Network Firewall policy {policy} would block {protocol} {port} to {destination} ({requirement}), but it exists only under a CloudFormation condition that could not be resolved ({reason})."
#     nfw_stateless_pass: "Network Firewall policy {policy} passes {protocol} {port} to {destination} ({requirement}) in its stateless engine, without stateful inspection: rule group {group}, rule priority {priority}."
#     nfw_stateless_default_pass: "Network Firewall policy {policy} passes {protocol} {port} to {destination} ({requirement}): no stateless rule matches it and the stateless default action is aws:pass (no stateful inspection)."
#     nfw_stateless_drop: "Network Firewall policy {policy} drops {protocol} {port} to {destination} ({requirement}) in its stateless engine: rule group {group}, rule priority {priority}."
#     nfw_stateless_default_drop: "Network Firewall policy {policy} drops {protocol} {port} to {destination} ({requirement}): no stateless rule matches it, and the stateless default action {action} drops it."
#     nfw_stateless_maybe: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: stateless rule priority {priority} of rule group {group} may or may not match it."
#     nfw_stateless_default_unknown: "Cannot verify that Network Firewall policy {policy} lets {protocol} {port} to {destination} ({requirement}) through: its stateless default actions are unresolved."
#     nfw_return_drop: "Network Firewall policy {policy} drops the replies of {protocol} {port} from {destination} ({requirement}) to ports {fromPort}-{toPort}: stateless rule priority {priority} of rule group {group} (stateless rules see each direction separately)."
#     nfw_return_default_drop: "Network Firewall policy {policy} drops the replies of {protocol} {port} from {destination} ({requirement}) to ports {fromPort}-{toPort}: no stateless rule passes or forwards them, and the stateless default action {action} drops them."
#     nfw_return_allows: "Network Firewall policy {policy} lets the replies of {protocol} {port} from {destination} ({requirement}) back: no stateless rule drops them."
#     nfw_return_maybe: "Cannot verify that Network Firewall policy {policy} lets the replies of {protocol} {port} from {destination} ({requirement}) back to ports {fromPort}-{toPort}: stateless rule priority {priority} of rule group {group} may or may not match them."
#     squid_bypass: "{destination} ({protocol} {port}, {requirement}) does not go through squid ({proxy}): UDP never does, the runner dials the endpoints the catalogue marks direct itself, and NO_PROXY sends AWS APIs, app.gitpod.io and link-local addresses direct (the noproxy.* requirements check those entries)."
#     squid_allows: "squid ({proxy}) allows {destination}:{port} ({requirement}): http_access allow {acls} is the first line that matches."
#     squid_implicit_allow: "squid ({proxy}) allows {destination}:{port} ({requirement}): no http_access line matches, and the implicit final rule allows (the last line denies)."
#     squid_denies: "squid ({proxy}) denies {destination}:{port} ({requirement}): http_access deny {acls} matches before any line allows it."
#     squid_implicit_deny: "squid ({proxy}) denies {destination}:{port} ({requirement}): no http_access line allows it, and the implicit final rule denies (the opposite of the last line, {lastAction})."
#     squid_maybe: "Cannot verify that squid ({proxy}) allows {destination}:{port} ({requirement}): http_access {acls} may or may not match it (an address-based ACL, an unknown value, or an ACL type runnerlint does not evaluate)."
#     squid_unsupported: "Cannot verify that squid ({proxy}) allows {destination}:{port} ({requirement}): it uses {feature}, which runnerlint does not evaluate."
#     squid_refused_overlap: "squid ({proxy}) refuses to start, so it passes nothing ({destination}:{port}, {requirement}): in acl {acl}, {entry} overlaps {other}, listed before it (squid 5 and 6: FATAL: Bungled ... acl). Keep only the broader entry, or list it first."
#     squid_refused_undefined_acl: "squid ({proxy}) refuses to start, so it passes nothing ({destination}:{port}, {requirement}): http_access names the ACL {acl}, which no acl line above it defines (FATAL: Bungled ... http_access). Define it above its first use."
#     squid_refused_acl_type: "squid ({proxy}) refuses to start, so it passes nothing ({destination}:{port}, {requirement}): acl {acl} has the type {type}, which squid does not have (squid 5 and 6: FATAL: Invalid ACL type). Use dstdomain for host names."
#     squid_refused_flag: "squid ({proxy}) refuses to start, so it passes nothing ({destination}:{port}, {requirement}): acl {acl} has the flag {flag}, which dstdomain does not take (its domains already match regardless of case). Remove the flag."
#     iptables_allows: "iptables ({file}) chain {chain} accepts {protocol} {port} to {destination} ({requirement}): {rule}"
#     iptables_policy_allows: "iptables ({file}) chain {chain} accepts {protocol} {port} to {destination} ({requirement}): no rule matches it and the policy is {policy}."
#     iptables_blocks: "iptables ({file}) chain {chain} blocks {protocol} {port} to {destination} ({requirement}): {rule}"
#     iptables_policy_blocks: "iptables ({file}) chain {chain} blocks {protocol} {port} to {destination} ({requirement}): no rule accepts it and the policy is {policy}."
#     iptables_maybe: "Cannot verify that iptables ({file}) chain {chain} accepts {protocol} {port} to {destination} ({requirement}): {rule} may or may not match it."
#     iptables_policy_unknown: "Cannot verify that iptables ({file}) chain {chain} accepts {protocol} {port} to {destination} ({requirement}): its policy is {policy}."
#     iptables_return_allows: "iptables ({file}) chain {chain} accepts the replies of {protocol} {port} from {destination} ({requirement}): {rule}"
#     iptables_return_policy_allows: "iptables ({file}) chain {chain} accepts the replies of {protocol} {port} from {destination} ({requirement}): no rule matches them and the policy is {policy}."
#     iptables_return_blocks: "iptables ({file}) chain {chain} blocks the replies of {protocol} {port} from {destination} ({requirement}): {rule}"
#     iptables_return_policy_blocks: "iptables ({file}) chain {chain} blocks the replies of {protocol} {port} from {destination} ({requirement}): no rule accepts them (-m state --state ESTABLISHED) and the policy is {policy}."
#     iptables_return_maybe: "Cannot verify that iptables ({file}) chain {chain} accepts the replies of {protocol} {port} from {destination} ({requirement}): {rule} may or may not match them."
#     iptables_return_policy_unknown: "Cannot verify that iptables ({file}) chain {chain} accepts the replies of {protocol} {port} from {destination} ({requirement}): its policy is {policy}."
package runnerlint.egress.allowlist

import data.runnerlint.egress.judge
import data.runnerlint.lib.result

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	some body in judge.bodies_for(false)
}
