package runnerlint.main.network_test

import data.runnerlint.lib.test
import data.runnerlint.main.network

# sg_requirements: every security-group requirement of the catalogue.
sg_requirements := {id | some id, r in test.catalogue.requirements; r.kind == "security-group"}

verdicts(net) := v if {
	v := network.verdicts with input as net
		with data.runnerlint.catalogue as test.catalogue
}

# statuses(vs): requirement -> the set of statuses its verdicts have.
statuses(vs) := {r: {v.status | some v in vs; v.requirement == r} | some r in sg_requirements}

# judged_as(vs, expected): the requirements named have these statuses (a requirement a new rule
# adds is that rule's tests' business).
judged_as(vs, expected) if {
	got := statuses(vs)
	every r, s in expected {
		got[r] == s
	}
}

# Gitpod's default template: SSH from anywhere, runner port from the VPC, default egress.
gitpod_default := test.network([object.union(test.sg("Env", "environment", 10), {
	"ingress": [
		test.tcp(29222, 29222, test.cidr("0.0.0.0/0"), 12),
		test.tcp(22999, 22999, test.cidr(test.vpc_cidr), 13),
	],
	"implicitEgress": true,
})])

test_every_requirement_is_judged_for_the_gitpod_default if {
	judged_as(verdicts(gitpod_default), {
		"sg.ssh-ingress": {"satisfied"},
		"sg.runner-ingress": {"satisfied"},
		"sg.egress": {"satisfied"},
		"sg.runner-port-exposed": {"satisfied"},
		"sg.healthcheck-exposed": {"satisfied"},
		"sg.ssh-world-open": {"violated"},
	})
}

test_every_rule_package_contributes if {
	got := {v.rule | some v in verdicts(gitpod_default)}
	every rule in {
		"securitygroup/ssh-ingress", "securitygroup/runner-ingress", "securitygroup/egress",
		"securitygroup/runner-port-exposed", "securitygroup/healthcheck-exposed",
		"securitygroup/ssh-world-open",
		"egress/allowlist", "egress/optional", "runnerlint/scope",
	} {
		rule in got
	}
}

# The last element is the scope record: which groups were taken as the runner's, and why.
test_the_scope_record_comes_last if {
	vs := verdicts(gitpod_default)
	vs[count(vs) - 1] == {
		"rule": "runnerlint/scope", "requirement": "", "status": "not-applicable", "messageId": "scope",
		"params": {"mode": "runner", "outOfScope": 0, "groups": [{"id": "Env", "role": "environment", "roleFrom": "tag"}], "controls": []},
		"location": null,
	}
}

# Network-wide controls that provably do not cover the runner's VPC are named in the scope record.
test_the_scope_record_names_controls_out_of_scope if {
	other := {"id": "vpc-other", "cidrs": ["192.168.0.0/16"]}
	acl := {"id": "OtherAcl", "vpc": "vpc-other", "subnets": ["s"], "entries": [], "location": null}
	policy := {"id": "P", "name": "inspection", "variables": {"HOME_NET": ["172.16.0.0/12"]}, "statelessGroups": [], "statefulGroups": []}
	net := object.union(test.network([]), {"config": {"vpcCidrs": ["10.8.0.0/16"]}, "vpcs": [other], "nacls": [acl], "firewalls": [policy]})
	vs := verdicts(net)
	vs[count(vs) - 1].params.controls == [{"kind": "network-acl", "id": "OtherAcl"}, {"kind": "network-firewall-policy", "id": "inspection"}]
}

# Groups that are not the runner's change no requirement: as if the input had none.
test_groups_out_of_scope_are_silent if {
	statuses(verdicts(test.network([test.sg("A", "", 1), test.sg("B", "", 2)]))) == {r: {"not-applicable"} | some r in sg_requirements}
	every v in verdicts(test.network([test.sg("A", "", 1)])) {
		v.status == "not-applicable"
	}
}

test_no_security_groups_is_not_applicable if {
	statuses(verdicts(test.network([]))) == {r: {"not-applicable"} | some r in sg_requirements}
}

test_unidentified_groups_are_unknown_never_silent_with_scope_all if {
	statuses(verdicts(test.scope_all(test.network([test.sg("A", "", 1), test.sg("B", "", 2)])))) == {
		"sg.ssh-ingress": {"unknown"},
		"sg.runner-ingress": {"unknown"},
		"sg.egress": {"unknown"},
		"sg.runner-port-exposed": {"satisfied"},
		"sg.healthcheck-exposed": {"satisfied"},
		"sg.ssh-world-open": {"satisfied"},
	}
}

test_every_verdict_names_a_message if {
	every v in verdicts(gitpod_default) {
		is_string(v.messageId)
		v.messageId != ""
	}
}

test_enterprise_runner_needs_only_egress if {
	net := object.union(gitpod_default, {"config": {"runner": "enterprise"}})
	judged_as(verdicts(net), {
		"sg.ssh-ingress": {"not-applicable"},
		"sg.runner-ingress": {"not-applicable"},
		"sg.egress": {"satisfied"},
		"sg.runner-port-exposed": {"not-applicable"},
		"sg.healthcheck-exposed": {"not-applicable"},
		"sg.ssh-world-open": {"not-applicable"},
	})
}
