# Builders shared by the scp/* and ami/* tests: SCP statements, policies, levels, organization
# inputs and a catalogue fragment shaped like requirements/catalogue.yaml.
package runnerlint.scp.testing_test

at(line) := {"file": "scp.json", "line": line, "column": 5}

# stmt(effect, actions, resources, conditions, line); conditions: [[operator, key, values], ...]
stmt(effect, actions, resources, conditions, line) := {
	"index": line, "sid": concat("", ["S", format_int(line, 10)]), "effect": effect,
	"action": actions, "resource": resources,
	"condition": [{"operator": c[0], "key": c[1], "values": c[2], "location": at(line + 1)} | some c in conditions],
	"location": at(line),
}

policy(id, statements) := {"id": id, "name": id, "awsManaged": false, "location": at(1), "size": {"raw": 100, "minified": 80}, "statements": statements}

full_access := {"id": "p-FullAWSAccess", "name": "FullAWSAccess", "awsManaged": true, "location": at(1), "size": null, "statements": [stmt("Allow", ["*"], ["*"], [], 1)]}

# account(policies): a lone account level with FullAWSAccess beside the policies.
account(policies) := [{"kind": "account", "id": "account", "name": "the account", "policies": array.concat([full_access], policies)}]

org(levels) := org_config(levels, {"runner": "standard", "region": "eu-west-1"})

org_config(levels, config) := {
	"kind": "organization", "config": config, "source": "policy-file",
	"account": {"management": false}, "scpEnabled": true, "levels": levels,
	"declarativeEnabled": true, "declarative": [],
}

# api(service, runners, optional): an aws-api requirement with the real catalogue's calls for the
# service (none for a service the catalogue does not have).
api(service, runners, optional) := {"kind": "aws-api", "runners": runners, "optional": optional, "awsApi": {
	"service": service, "actionPrefix": concat("", [service, ":"]),
	"calls": [c | some r in data.runnerlint.catalogue.requirements; r.awsApi.service == service; some c in r.awsApi.calls],
}}

catalogue := {"version": "test", "requirements": {
	"aws.ec2": api("ec2", ["standard", "enterprise"], false),
	"aws.s3": api("s3", ["standard", "enterprise"], false),
	"aws.sts": api("sts", ["standard", "enterprise"], false),
	"aws.logs": api("logs", ["standard", "enterprise"], true),
	"aws.acm": api("acm", ["enterprise"], false),
	"aws.nothing": api("nothing", ["standard", "enterprise"], false),
	"ami.owner-amazon": {"kind": "ami", "runners": ["standard", "enterprise"], "ami": {
		"owner": "149721548608", "ownerAlias": "amazon", "ownerName": "Amazon",
		"name": "bottlerocket-aws-ecs-1-x86_64", "purpose": "Runner service",
	}},
	"ami.owner-gitpod": {"kind": "ami", "runners": ["standard", "enterprise"], "ami": {
		"owner": "995913728426", "ownerName": "Gitpod",
		"name": "gitpod/images/gitpod-next/ec2-runner-ami-*", "purpose": "Development environments",
	}},
	"ami.allowlist-by-owner": {"kind": "ami", "runners": ["standard", "enterprise"], "ami": {"owners": ["149721548608", "995913728426"]}},
}}

owners := ["149721548608", "amazon", "995913728426"]

# v(verdicts, requirement): the single verdict for a requirement.
v(verdicts, requirement) := x if {
	xs := [y | some y in verdicts; y.requirement == requirement]
	count(xs) == 1
	x := xs[0]
}
