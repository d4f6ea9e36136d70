package runnerlint.egress.optional_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.egress.optional

verdicts(net) := v if {
	v := optional.verdicts with input as net with data.runnerlint.catalogue as fx.catalogue
}

firewall := fx.network({
	"firewalls": [fx.policy([], [fx.ref("allow", 1, 5)], "STRICT_ORDER", ["aws:drop_established"])],
	"firewallRuleGroups": [fx.group("allow", fx.domain_list("ALLOWLIST", [".gitpod.io"], ["TLS_SNI"], 20))],
})

test_logs_only_when_enabled if {
	verdicts(firewall) == {{
		"rule": "egress/optional",
		"requirement": "aws.logs",
		"status": "not-applicable",
		"messageId": "not_applicable_feature",
		"params": {"requirement": "aws.logs", "feature": "logs"},
		"location": null,
		"resource": null,
	}}
}

test_metrics_template_without_a_declared_endpoint if {
	cat := object.union(fx.catalogue, {"requirements": {"metrics.prometheus": {
		"kind": "egress", "runners": ["standard", "enterprise"], "optional": true,
		"feature": "prometheus", "userDeclared": true, "destinations": [],
	}}})
	x := {[v.requirement, v.messageId] | some v in optional.verdicts} with input as firewall with data.runnerlint.catalogue as cat
	x == {["aws.logs", "not_applicable_feature"], ["metrics.prometheus", "template_none"]}
}

test_blocked_optional if {
	net := object.union(firewall, {"config": {"features": {"logs": true}}})
	{[v.requirement, v.status, v.messageId] | some v in verdicts(net)} == {
		["aws.logs", "violated", "nfw_list_default"],
	}
}

test_declared_registry if {
	declared := {
		"id": "registry.dockerhub", "template": "registry.<name>", "name": "dockerhub", "title": "Additional container registry: dockerhub",
		"feature": "registries", "optional": true,
		"destinations": [{"host": "registry-1.docker.io", "protocol": "tcp", "ports": [443], "scheme": "https", "declared": "registry-1.docker.io"}],
	}
	net := object.union(firewall, {"config": {"declared": [declared]}})
	{[v.requirement, v.status, v.messageId] | some v in verdicts(net)} == {
		["aws.logs", "not-applicable", "not_applicable_feature"],
		["registry.dockerhub", "violated", "nfw_list_default"],
	}
}
