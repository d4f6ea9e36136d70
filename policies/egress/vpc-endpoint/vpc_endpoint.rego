# METADATA
# title: AWS APIs served by a VPC endpoint
# description: |
#   A VPC interface endpoint (or a gateway endpoint, for S3 and DynamoDB) with private DNS lets
#   the runner call an AWS API without the internet path: the regional host name resolves to the
#   endpoint inside the VPC. When the inputs hold an endpoint for the service of an aws-api
#   requirement (com.amazonaws.<region>.ec2 for ec2.<region>.amazonaws.com,
#   com.amazonaws.<region>.ecr.dkr for <account-id>.dkr.ecr.<region>.amazonaws.com, ...), a layer
#   that blocks that API's internet path — typically a firewall without a *.amazonaws.com rule —
#   is reported here as a note, with the blocking rule, instead of a violation of
#   egress/allowlist: whether the runner's calls reach the endpoint cannot be verified offline.
#   A gateway endpoint changes only the route: the instance still sends to the service's public
#   addresses, so a block by the security group, a network ACL or the host's iptables stays a
#   violation. Gitpod's own endpoints are not AWS services: they still need the internet path.
# scope: package
# schemas:
#   - input: schema["network.schema"]
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html
#     description: AWS PrivateLink, interface VPC endpoints and private DNS
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
#     description: AWS, gateway endpoints (security groups and network ACLs still apply)
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements#aws-services
#     description: Gitpod, AWS Runners access requirements, AWS Services
# custom:
#   id: egress/vpc-endpoint
#   severity: note
#   requirements: [aws.ec2, aws.ecr, aws.s3, aws.ssm, aws.sts, aws.dynamodb, aws.cloudformation, aws.secretsmanager, aws.logs, aws.elasticloadbalancing, aws.acm]
#   input: {kinds: [network]}
#   remediation: >-
#     Keep private DNS enabled on the endpoint and let the runner's security group reach it on
#     TCP 443, or allow the service's regional host (or .amazonaws.com) on the internet path.
#   source:
#     document: "003"
#     section: AWS Services > Regional APIs
#   messages:
#     endpoint_covers: "VPC endpoint {endpoint} ({serviceName}) serves {destination}: its internet path is blocked here ({protocol} {port}, {requirement}), but the runner reaches the API through the endpoint when the name resolves to it (private DNS)."
package runnerlint.egress.vpc_endpoint

import data.runnerlint.egress.judge
import data.runnerlint.lib.result

verdicts contains result.verdict(rego.metadata.chain(), body) if {
	some body in judge.demoted_bodies
}
