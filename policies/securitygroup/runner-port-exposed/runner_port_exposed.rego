# METADATA
# title: The runner port stays inside the VPC
# description: |
#   TCP 22999 is how the runner talks to environments: internal communication that only the
#   runner needs. A security group that allows it from beyond the VPC (0.0.0.0/0, ::/0, or any
#   CIDR not inside the group's VPC blocks, such as 0.0.0.0/1 or a wider 10.0.0.0/8) offers
#   the environments' control port to networks that have no business with it.
#
#   Only the runner's groups are judged (lib/sg, "scope"): a group with a role (the config,
#   `--sg-role`, the `runnerlint:role` tag, or runner compute tagged with a role that uses it),
#   or, when no group has the environment role, a group with an ingress rule for an environment
#   port (29222 or 22999, not an all-traffic rule), taken for an environment group. Other groups
#   (a load balancer's, a database's) are out of scope and yield nothing; `--scope all` judges
#   every group.
#
#   Every group in scope is checked, whatever its role. Sources inside the VPC and
#   security-group sources are fine. A prefix list, an unresolved source, or a CIDR source on a
#   group whose VPC blocks are not in the inputs cannot be verified; a rule that exists only
#   under an unresolved CloudFormation condition is reported as unknown, not as a violation.
# scope: package
# schemas:
#   - input: schema["network.schema"]
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/standard-runner/overview#required-ports
#     description: Gitpod, Standard runner, Required Ports
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#     description: AWS, Security group rules
# custom:
#   id: securitygroup/runner-port-exposed
#   severity: error
#   requirements: [sg.runner-port-exposed]
#   input: {kinds: [network]}
#   remediation: >-
#     Allow TCP 22999 only from the runner's security group (SourceSecurityGroupId) or from the
#     VPC's CIDR block, never from 0.0.0.0/0, ::/0 or other ranges outside the VPC.
#   source:
#     document: "000"
#     section: Network Requirements > Required Ports
#   messages:
#     exposed: "Security group {group} allows {protocol} {port}, the runner's internal port, inbound from {peer}, beyond its VPC."
#     satisfied: "No security group allows {protocol} {ports} inbound from beyond its VPC ({groups} group(s) checked)."
#     prefix_list: "Cannot verify that security group {group} keeps {protocol} {port} inside its VPC: the source is prefix list {prefixList}, whose entries are not in the inputs."
#     vpc_unknown: "Cannot verify that security group {group} keeps {protocol} {port} inside its VPC: it allows it from {peer}, and the CIDR blocks of its VPC {vpc} are not in the inputs. Add a describe-vpcs export or set vpcCidrs in the config."
#     unknown_value: "Cannot verify that security group {group} keeps {protocol} {port} inside its VPC: the rule's {field} is unresolved ({reason})."
#     unknown_protocol: "Cannot verify that security group {group} keeps {protocol} {port} inside its VPC: IpProtocol {ipProtocol} is not a protocol runnerlint recognises."
#     invalid_ports: "Cannot verify that security group {group} keeps {protocol} {port} inside its VPC: the port range {fromPort}..{toPort} is not one AWS accepts."
#     invalid_cidr: "Cannot verify that security group {group} keeps {protocol} {port} inside its VPC: {cidr} is not a valid CIDR block."
#     conditional: "Security group {group} may allow {protocol} {port} inbound from {peer}, beyond its VPC: the rule or group exists only under a CloudFormation condition that could not be resolved ({reason})."
#     not_applicable: "The inputs define no security groups."
#     out_of_scope: "No security group here is the runner's (none has a runnerlint:role, runner compute or an environment port; the run's Scope says where they are): not judged."
#     not_applicable_runner: "This requirement applies to {runners} runners, not to {runner} runners."
package runnerlint.securitygroup.runner_port_exposed

import data.runnerlint.lib.result
import data.runnerlint.lib.sg

requirement := "sg.runner-port-exposed"

spec := data.runnerlint.catalogue.requirements[requirement].securityGroup

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	body := sg.skip(requirement)
}

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	not sg.skip(requirement)
	some body in sg.exposures(requirement, spec, sg.candidates(spec))
}
