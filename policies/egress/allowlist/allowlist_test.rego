package runnerlint.egress.allowlist_test

import data.runnerlint.egress.allowlist
import data.runnerlint.egress.fixtures_test as fx

verdicts(net) := v if {
	v := allowlist.verdicts with input as net with data.runnerlint.catalogue as fx.catalogue
}

of(vs, id) := {v | some v in vs; v.requirement == id}

statuses(vs) := {id: {v.status | some v in vs; v.requirement == id} | some v in vs; id := v.requirement}

allow_list(targets) := fx.group("allow", fx.domain_list("ALLOWLIST", targets, ["TLS_SNI"], 20))

firewall(targets, defaults) := fx.network({
	"firewalls": [fx.policy([], [fx.ref("allow", 1, 5)], "STRICT_ORDER", defaults)],
	"firewallRuleGroups": [allow_list(targets)],
})

test_nothing_to_judge_against if {
	of(verdicts(fx.network({})), "gitpod.management") == {{
		"rule": "egress/allowlist",
		"requirement": "gitpod.management",
		"status": "not-applicable",
		"messageId": "no_layers",
		"params": {"requirement": "gitpod.management"},
		"location": null,
		"resource": null,
	}}
}

test_exact_name_versus_leading_dot if {
	vs := verdicts(firewall(["app.gitpod.io", "us01.gitpod.dev"], ["aws:drop_established"]))
	{v | some v in of(vs, "gitpod.gateway-https"); v.status == "violated"} == {
		{
			"rule": "egress/allowlist",
			"requirement": "gitpod.gateway-https",
			"status": "violated",
			"messageId": "nfw_list_default",
			"params": {
				"requirement": "gitpod.gateway-https",
				"protocol": "TCP",
				"port": 443,
				"destination": "*.us01.gitpod.dev",
				"policy": "egress",
				"group": "allow",
				"rule": "TLS_SNI",
				"action": "drop",
				"target": null,
			},
			"location": fx.at(20),
			"resource": fx.policy([], [], "", []).id,
		},
		{
			"rule": "egress/allowlist",
			"requirement": "gitpod.gateway-https",
			"status": "violated",
			"messageId": "nfw_list_default",
			"params": {
				"requirement": "gitpod.gateway-https",
				"protocol": "TCP",
				"port": 8443,
				"destination": "*.us01.gitpod.dev",
				"policy": "egress",
				"group": "allow",
				"rule": "TLS_SNI",
				"action": "drop",
				"target": null,
			},
			"location": fx.at(20),
			"resource": fx.policy([], [], "", []).id,
		},
	}
	{v.status | some v in of(vs, "gitpod.management")} == {"satisfied"}

	# the leading dot covers the apex and every subdomain
	fixed := verdicts(firewall(["app.gitpod.io", ".us01.gitpod.dev"], ["aws:drop_established"]))
	{v.status | some v in of(fixed, "gitpod.gateway-https")} == {"satisfied"}
}

test_udp_verdicts if {
	vs := verdicts(firewall([".gitpod.io", ".us01.gitpod.dev"], ["aws:drop_established"]))
	{[v.status, v.messageId] | some v in of(vs, "gitpod.gateway-udp")} == {["not-applicable", "udp_names"], ["violated", "nfw_default_drop"]}
	{v.params.destination | some v in of(vs, "gitpod.gateway-udp"); v.status == "violated"} == {sort(fx.gateway_ips)}
}

test_every_required_requirement_is_judged if {
	vs := verdicts(firewall([".gitpod.io"], []))
	{v.requirement | some v in vs} == {
		"gitpod.management", "gitpod.gateway-https", "gitpod.gateway-udp", "vscode.marketplace",
		"aws.ec2", "aws.ecr", "aws.imds",
	}
}

test_runner_kind_and_features if {
	enterprise := object.union(firewall([".gitpod.io"], []), {"config": {"runner": "enterprise"}})
	of(verdicts(enterprise), "gitpod.gateway-udp") == {{
		"rule": "egress/allowlist",
		"requirement": "gitpod.gateway-udp",
		"status": "not-applicable",
		"messageId": "not_applicable_runner",
		"params": {"requirement": "gitpod.gateway-udp", "runner": "enterprise", "runners": ["standard"]},
		"location": null,
		"resource": null,
	}}
	no_vscode := object.union(firewall([".gitpod.io"], []), {"config": {"ides": ["jetbrains"]}})
	{v.messageId | some v in of(verdicts(no_vscode), "vscode.marketplace")} == {"not_applicable_feature"}
}

test_imds_is_link_local if {
	of(verdicts(firewall([".gitpod.io"], ["aws:drop_strict"])), "aws.imds") == {{
		"rule": "egress/allowlist",
		"requirement": "aws.imds",
		"status": "not-applicable",
		"messageId": "link_local",
		"params": {"requirement": "aws.imds", "destination": ["169.254.169.254"]},
		"location": null,
		"resource": null,
	}}
}

test_templates_and_declared_instances if {
	# a <name> template stands for its instances: no verdict of its own
	of(verdicts(firewall([".gitpod.io"], [])), "scm.<name>") == set()
	declared := {
		"id": "scm.github", "template": "scm.<name>", "name": "github", "title": "SCM provider: github",
		"feature": "scm", "optional": false,
		"destinations": [{"host": "github.com", "protocol": "tcp", "ports": [443], "scheme": "https", "declared": "github.com"}],
	}
	net := object.union(firewall([".gitpod.io"], ["aws:drop_established"]), {"config": {"declared": [declared]}})
	vs := verdicts(net)
	of(vs, "scm.<name>") == set()
	{[v.status, v.messageId] | some v in of(vs, "scm.github")} == {["violated", "nfw_list_default"]}
}

test_all_layers_must_allow if {
	# the firewall allows app.gitpod.io; the security group does not
	sg := {
		"id": "Env", "tags": {"runnerlint:role": "environment"}, "location": fx.at(50),
		"ingress": [], "egress": [], "implicitEgress": false,
	}
	net := object.union(firewall([".gitpod.io"], []), {"securityGroups": [sg]})
	{[v.status, v.messageId] | some v in of(verdicts(net), "gitpod.management")} == {
		["satisfied", "nfw_list_pass"],
		["violated", "sg_blocks_hosts"],
	}
}
