# METADATA
# title: Representative API calls per AWS service
# description: |
#   Which concrete actions (and on which resources) must be allowed for each aws-api requirement,
#   keyed by the catalogue's awsApi.service. The seeds list the service endpoints the runner
#   talks to, not the calls it makes, so this is a small representative set per service: the
#   calls a runner needs to launch and manage environment instances, pull images, keep state and
#   read its configuration (the same families the runner's CloudFormation role grants).
#   A policy that denies any of them breaks the runner; one that allows them all is very likely
#   fine for the rest of the service. This belongs in the requirement catalogue (owned
#   separately) and lives here until it moves there.
#
#   Resource templates are ARNs with {key} placeholders, filled from the request context:
#   {aws:requestedregion}, {aws:principalaccount}, and runnerlint:* names that are unknown (the
#   runner's own buckets, tables, roles, ... are created by its stack). RunInstances is
#   authorized per resource: the AMI is judged by scp/ami-launch-allowed, the other five
#   resources here and there.
package runnerlint.scp.actions

region := "{aws:requestedregion}"

account := "{aws:principalaccount}"

ec2(kind, id) := concat("", ["arn:aws:ec2:", region, ":", account, ":", kind, "/", id])

# run_instances_resources: what RunInstances is authorized against besides the image. The
# instance, volume and network interface do not exist yet, so AWS names them with "*".
run_instances_resources := [
	ec2("instance", "*"),
	ec2("network-interface", "*"),
	ec2("volume", "*"),
	ec2("subnet", "{runnerlint:subnet-id}"),
	ec2("security-group", "{runnerlint:security-group-id}"),
]

image_resource := concat("", ["arn:aws:ec2:", region, "::image/{ec2:imageid}"])

in_account(service, resource) := concat("", ["arn:aws:", service, ":", region, ":", account, ":", resource])

# by_service[service] is a list of {action, resources}.
by_service := {
	"ec2": [
		{"action": "ec2:RunInstances", "resources": run_instances_resources},
		{"action": "ec2:DescribeImages", "resources": ["*"]},
		{"action": "ec2:DescribeInstances", "resources": ["*"]},
		{"action": "ec2:CreateTags", "resources": [ec2("instance", "{runnerlint:instance-id}")]},
		{"action": "ec2:StartInstances", "resources": [ec2("instance", "{runnerlint:instance-id}")]},
		{"action": "ec2:StopInstances", "resources": [ec2("instance", "{runnerlint:instance-id}")]},
		{"action": "ec2:TerminateInstances", "resources": [ec2("instance", "{runnerlint:instance-id}")]},
	],
	"ecr": [
		{"action": "ecr:GetAuthorizationToken", "resources": ["*"]},
		{"action": "ecr:BatchGetImage", "resources": [in_account("ecr", "repository/{runnerlint:ecr-repository}")]},
		{"action": "ecr:GetDownloadUrlForLayer", "resources": [in_account("ecr", "repository/{runnerlint:ecr-repository}")]},
	],
	"s3": [
		{"action": "s3:GetObject", "resources": ["arn:aws:s3:::{runnerlint:s3-object}"]},
		{"action": "s3:PutObject", "resources": ["arn:aws:s3:::{runnerlint:s3-object}"]},
		{"action": "s3:ListBucket", "resources": ["arn:aws:s3:::{runnerlint:s3-bucket}"]},
	],
	"ssm": [
		{"action": "ssm:GetParameter", "resources": [in_account("ssm", "parameter/{runnerlint:ssm-parameter}")]},
		{"action": "ssm:GetParameters", "resources": [in_account("ssm", "parameter/{runnerlint:ssm-parameter}")]},
	],
	"sts": [
		{"action": "sts:AssumeRole", "resources": [concat("", ["arn:aws:iam::", account, ":role/{runnerlint:role-name}"])]},
		{"action": "sts:GetCallerIdentity", "resources": ["*"]},
	],
	"dynamodb": [
		{"action": "dynamodb:GetItem", "resources": [in_account("dynamodb", "table/{runnerlint:dynamodb-table}")]},
		{"action": "dynamodb:PutItem", "resources": [in_account("dynamodb", "table/{runnerlint:dynamodb-table}")]},
		{"action": "dynamodb:Query", "resources": [in_account("dynamodb", "table/{runnerlint:dynamodb-table}")]},
	],
	"cloudformation": [
		{"action": "cloudformation:DescribeStacks", "resources": [in_account("cloudformation", "stack/{runnerlint:stack}")]},
		{"action": "cloudformation:DescribeStackResources", "resources": [in_account("cloudformation", "stack/{runnerlint:stack}")]},
	],
	"secretsmanager": [{"action": "secretsmanager:GetSecretValue", "resources": [in_account("secretsmanager", "secret:{runnerlint:secret}")]}],
	"logs": [
		{"action": "logs:CreateLogStream", "resources": [in_account("logs", "log-group:{runnerlint:log-group}")]},
		{"action": "logs:PutLogEvents", "resources": [in_account("logs", "log-group:{runnerlint:log-group-stream}")]},
	],
	"elasticloadbalancing": [
		{"action": "elasticloadbalancing:DescribeLoadBalancers", "resources": ["*"]},
		{"action": "elasticloadbalancing:RegisterTargets", "resources": [in_account("elasticloadbalancing", "targetgroup/{runnerlint:target-group}")]},
	],
	"acm": [
		{"action": "acm:DescribeCertificate", "resources": [in_account("acm", "certificate/{runnerlint:certificate}")]},
		{"action": "acm:ListCertificates", "resources": ["*"]},
	],
}
