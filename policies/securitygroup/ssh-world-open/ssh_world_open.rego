# METADATA
# title: Environment SSH is not open to the whole internet
# description: |
#   Gitpod's default template allows SSH to environments (TCP 29222) from 0.0.0.0/0: fine for a
#   trial, but for production the vendor recommends restricting it to your users' IP ranges
#   (a VPN or office egress range), so that only they can even attempt a connection.
#
#   The environment groups are checked (`runnerlint:role: environment`, the role in the config,
#   or inferred from an environment port); when there is none, every group in scope is. Groups
#   that are not the runner's are out of scope (`--scope all` judges every group). A rule from 0.0.0.0/0 or
#   ::/0 that opens TCP 29222 (a single port, a range, or all traffic) is reported. Two halves
#   such as 0.0.0.0/1 + 128.0.0.0/1 are not flagged here. A prefix list or an unresolved source
#   could be the whole internet and is unknown; so is a world rule that exists only under an
#   unresolved CloudFormation condition.
# scope: package
# schemas:
#   - input: schema["network.schema"]
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/standard-runner/overview#using-a-custom-security-group-optional
#     description: Gitpod, Standard runner, Using a Custom Security Group
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#     description: AWS, Security group rules
# custom:
#   id: securitygroup/ssh-world-open
#   severity: warning
#   requirements: [sg.ssh-world-open]
#   input: {kinds: [network]}
#   remediation: >-
#     Replace the 0.0.0.0/0 (or ::/0) source of the TCP 29222 rule with your users' IP ranges,
#     for example a VPN or office egress CIDR, or a managed prefix list of them.
#   source:
#     document: "000"
#     section: Security Group Configuration > Using a Custom Security Group (Optional)
#   messages:
#     exposed: "Security group {group} allows SSH ({protocol} {port}) from anywhere ({peer}): fine for a trial; for production, restrict it to your users' IP ranges."
#     satisfied: "No environment security group allows {protocol} {ports} from anywhere ({groups} group(s) checked)."
#     prefix_list: "Cannot verify that security group {group} keeps SSH ({protocol} {port}) closed to the internet: the source is prefix list {prefixList}, whose entries are not in the inputs."
#     unknown_value: "Cannot verify that security group {group} keeps SSH ({protocol} {port}) closed to the internet: the rule's {field} is unresolved ({reason})."
#     unknown_protocol: "Cannot verify that security group {group} keeps SSH ({protocol} {port}) closed to the internet: IpProtocol {ipProtocol} is not a protocol runnerlint recognises."
#     invalid_ports: "Cannot verify that security group {group} keeps SSH ({protocol} {port}) closed to the internet: the port range {fromPort}..{toPort} is not one AWS accepts."
#     invalid_cidr: "Cannot verify that security group {group} keeps SSH ({protocol} {port}) closed to the internet: {cidr} is not a valid CIDR block."
#     conditional: "Security group {group} may allow SSH ({protocol} {port}) from anywhere ({peer}): the rule or group exists only under a CloudFormation condition that could not be resolved ({reason})."
#     not_applicable: "The inputs define no security groups."
#     out_of_scope: "No security group here is the runner's (none has a runnerlint:role, runner compute or an environment port; the run's Scope says where they are): not judged."
#     not_applicable_runner: "This requirement applies to {runners} runners, not to {runner} runners."
package runnerlint.securitygroup.ssh_world_open

import data.runnerlint.lib.result
import data.runnerlint.lib.sg

requirement := "sg.ssh-world-open"

spec := data.runnerlint.catalogue.requirements[requirement].securityGroup

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	body := sg.skip(requirement)
}

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	not sg.skip(requirement)
	some body in sg.exposures(requirement, spec, sg.candidates(spec))
}
