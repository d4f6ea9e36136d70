package runnerlint.lib.sg_test

import data.runnerlint.lib.sg
import data.runnerlint.lib.test

yes := {"state": "yes"}

no := {"state": "no"}

maybe(cause, params) := {"state": "unknown", "cause": cause, "params": params}

users := test.cidr("198.51.100.0/24")

# --- roles ---

test_explicit_role_from_tag_or_config if {
	sg.explicit_role(test.sg("E", "environment", 1)) == "environment"
	sg.explicit_role(test.sg("E", "Environment ", 1)) == "environment"
	sg.explicit_role(object.union(test.sg("R", "", 1), {"configRole": "runner"})) == "runner"
	sg.role_from(object.union(test.sg("R", "", 1), {"configRole": "runner"})) == "config"
	sg.role_from(test.sg("E", "environment", 1)) == "tag"
	not sg.explicit_role(test.sg("X", "", 1))
	not sg.explicit_role(test.sg("X", "database", 1))
	not sg.explicit_role(object.union(test.sg("X", "", 1), {"tags": {"runnerlint:role": {"$unknown": "r"}}}))
}

test_config_role_wins_over_the_tag if {
	g := object.union(test.sg("E", "runner", 1), {"configRole": "environment"})
	sg.explicit_role(g) == "environment"
	sg.role_from(g) == "config"
}

test_environment_groups_by_role if {
	env := test.sg("Env", "environment", 1)
	ssh_like := object.union(test.sg("Other", "", 5), {"ingress": [test.tcp(29222, 29222, users, 6)]})
	sg.environment == {{"group": env, "roleFrom": "tag"}} with input as test.network([env, ssh_like, test.sg("Run", "runner", 9)])
		with data.runnerlint.catalogue as test.catalogue
}

test_environment_inferred_only_without_any_role if {
	ssh := object.union(test.sg("A", "", 1), {"ingress": [test.tcp(29222, 29222, users, 2)]})
	runner := object.union(test.sg("B", "", 3), {"ingress": [test.tcp(22000, 23000, test.cidr(test.vpc_cidr), 4)]})
	everything := object.union(test.sg("C", "", 5), {"ingress": [test.rule("-1", null, null, users, 6)]})
	wide := object.union(test.sg("D", "", 7), {"ingress": [test.tcp(0, 65535, users, 8)]})
	near := object.union(test.sg("E", "", 9), {"ingress": [test.tcp(29221, 29221, users, 10)]})
	sg.environment == {{"group": ssh, "roleFrom": "inferred"}, {"group": runner, "roleFrom": "inferred"}} with input as test.network([ssh, runner, everything, wide, near])
		with data.runnerlint.catalogue as test.catalogue
}

# A group marked as the runner's says nothing about which are the environments': they are still
# inferred. An explicit environment role anywhere stops inference.
test_environment_inferred_beside_a_runner_role if {
	ssh := object.union(test.sg("A", "", 1), {"ingress": [test.tcp(29222, 29222, users, 2)]})
	sg.environment == {{"group": ssh, "roleFrom": "inferred"}} with input as test.network([ssh, test.sg("R", "runner", 3)])
		with data.runnerlint.catalogue as test.catalogue
	count(sg.environment) == 1 with input as test.network([ssh, test.sg("E", "environment", 3)])
		with data.runnerlint.catalogue as test.catalogue
	sg.environment == {{"group": test.sg("E", "environment", 3), "roleFrom": "tag"}} with input as test.network([ssh, test.sg("E", "environment", 3)])
		with data.runnerlint.catalogue as test.catalogue
}

# Scope: the runner's groups are those with a role (config, tag, runner compute) and the inferred
# environment groups; role none takes a group out even when it opens an environment port.
test_scope if {
	ssh := object.union(test.sg("A", "", 1), {"ingress": [test.tcp(29222, 29222, users, 2)]})
	alb := object.union(test.sg("Alb", "", 3), {"ingress": [test.rule("-1", null, null, users, 4)]})
	none := object.union(test.sg("N", "none", 5), {"ingress": [test.tcp(22999, 22999, users, 6)]})
	cfg := object.union(test.sg("C", "", 7), {"configRole": "none", "tags": {"runnerlint:role": "environment"}})
	task := object.union(test.sg("T", "", 8), {"computeRole": {"role": "runner", "resource": "Service"}})
	net := test.network([ssh, alb, none, cfg, task])
	sg.groups == [ssh, task] with input as net with data.runnerlint.catalogue as test.catalogue
	sg.scope == {
		"mode": "runner", "outOfScope": 3,
		"groups": [{"id": "A", "role": "environment", "roleFrom": "inferred"}, {"id": "T", "role": "runner", "roleFrom": "compute"}],
	} with input as net
		with data.runnerlint.catalogue as test.catalogue
	sg.groups == [ssh, alb, task] with input as test.scope_all(net) with data.runnerlint.catalogue as test.catalogue
	sg.scope.groups[1] == {"id": "Alb", "role": "candidate", "roleFrom": "scope-all"} with input as test.scope_all(net)
		with data.runnerlint.catalogue as test.catalogue
}

# The config wins over the tag, the tag over the compute that uses the group.
test_declared_role_order if {
	g := object.union(test.sg("G", "runner", 1), {"computeRole": {"role": "environment", "resource": "Lt"}})
	sg.declared_role(g) == "runner"
	sg.role_from(g) == "tag"
	sg.declared_role(object.union(g, {"configRole": "none"})) == "none"
	sg.role_from(object.union(g, {"configRole": "environment"})) == "config"
	untagged := object.union(object.remove(g, ["tags"]), {"tags": {}})
	sg.declared_role(untagged) == "environment"
	sg.role_from(untagged) == "compute"
	not sg.declared_role(object.union(g, {"tags": {"runnerlint:role": "bastion"}, "computeRole": {"role": "other", "resource": "X"}}))
}

test_role_params if {
	sg.role_params({"group": {"id": "A"}, "roleFrom": "inferred"}) == {"group": "A", "roleFrom": "inferred", "inferred": true}
	sg.role_params({"group": {"id": "A"}, "roleFrom": "tag"}) == {"group": "A", "roleFrom": "tag", "inferred": false}
}

test_peer_role if {
	net := object.union(test.network([test.sg("Run", "runner", 1), test.sg("Env", "environment", 2), test.sg("X", "", 3)]), {"config": {
		"runner": "standard",
		"securityGroupRoles": {"sg-0runner": "runner", "sg-0bad": "database"},
	}})
	sg.peer_role("Run") == "runner" with input as net
	sg.peer_role("Env") == "environment" with input as net
	sg.peer_role("sg-0runner") == "runner" with input as net
	not sg.peer_role("X") with input as net
	not sg.peer_role("sg-0bad") with input as net
	not sg.peer_role("sg-0missing") with input as net
}

test_peer_role_conflict_is_unknown if {
	not sg.peer_role("G") with input as test.network([test.sg("G", "runner", 1), test.sg("G", "environment", 2)])
}

# --- VPC blocks ---

test_vpc_blocks_from_the_inputs if {
	sg.vpc_blocks(test.sg("A", "", 1)) == {"state": "yes", "cidrs": ["10.8.0.0/16"]} with input as test.network([])
}

test_vpc_blocks_from_the_config if {
	net := object.union(test.network([]), {"vpcs": [], "config": {"runner": "standard", "vpcCidrs": ["10.9.0.0/16"]}})
	sg.vpc_blocks(test.sg("A", "", 1)) == {"state": "yes", "cidrs": ["10.9.0.0/16"]} with input as net
}

test_vpc_blocks_unknown if {
	net := object.union(test.network([]), {"vpcs": []})
	sg.vpc_blocks(test.sg("A", "", 1)) == maybe("vpc_unknown", {"vpc": "Vpc"}) with input as net
	sg.vpc_blocks(object.remove(test.sg("A", "", 1), ["vpc"])) == maybe("vpc_unknown", {"vpc": "default"}) with input as net
	sg.vpc_blocks(object.union(test.sg("A", "", 1), {"vpc": {"$unknown": "parameter VpcId"}})) == maybe("unknown_value", {"field": "vpc", "reason": "parameter VpcId"}) with input as net
}

test_vpc_blocks_with_an_unresolved_or_invalid_cidr if {
	unresolved := object.union(test.network([]), {"vpcs": [{"id": "Vpc", "cidrs": ["10.8.0.0/16", {"$unknown": "ImportValue"}]}]})
	sg.vpc_blocks(test.sg("A", "", 1)) == maybe("unknown_value", {"field": "vpcCidr", "reason": "ImportValue"}) with input as unresolved
	invalid := object.union(test.network([]), {"vpcs": [{"id": "Vpc", "cidrs": ["10.8.0.0/33"]}]})
	sg.vpc_blocks(test.sg("A", "", 1)) == maybe("invalid_cidr", {"cidr": "10.8.0.0/33"}) with input as invalid
}

test_runner_blocks_prefer_ipv4 if {
	sg.runner_blocks(["2001:db8::/56", "10.8.0.0/16"]) == ["10.8.0.0/16"]
	sg.runner_blocks(["2001:db8::/56"]) == ["2001:db8::/56"]
}

# --- peers ---

test_label if {
	sg.label(users) == "198.51.100.0/24"
	sg.label(test.group_peer("Run")) == "Run"
	sg.label(test.prefix_list("pl-1")) == "pl-1"
	sg.label(test.unknown_peer("r")) == "unknown"
}

test_peer_issue if {
	not sg.peer_issue(users)
	not sg.peer_issue(test.group_peer("Run"))
	not sg.peer_issue(test.prefix_list("pl-1"))
	sg.peer_issue(test.cidr("10.0.0.0/40")) == maybe("invalid_cidr", {"cidr": "10.0.0.0/40"})
	sg.peer_issue({"kind": "cidr4", "cidr": {"$unknown": "SSM"}}) == maybe("unknown_value", {"field": "peer", "reason": "SSM"})
	sg.peer_issue({"kind": "group", "group": {"$unknown": "ImportValue"}}) == maybe("unknown_value", {"field": "peer", "reason": "ImportValue"})
	sg.peer_issue(test.unknown_peer("ImportValue sg")) == maybe("unknown_value", {"field": "peer", "reason": "ImportValue sg"})
	sg.peer_issue({}) == maybe("unknown_value", {"field": "peer", "reason": ""})
}

# --- exposure ---

test_exposed_peer_beyond_vpc if {
	g := test.sg("A", "", 1)
	sg.exposed_peer(g, test.cidr("0.0.0.0/0"), "not-beyond-vpc") == yes with input as test.network([])
	sg.exposed_peer(g, test.cidr("::/0"), "not-beyond-vpc") == yes with input as test.network([])
	sg.exposed_peer(g, test.cidr("0.0.0.0/1"), "not-beyond-vpc") == yes with input as test.network([])
	sg.exposed_peer(g, test.cidr("10.0.0.0/8"), "not-beyond-vpc") == yes with input as test.network([])
	sg.exposed_peer(g, test.cidr("10.8.1.0/24"), "not-beyond-vpc") == no with input as test.network([])
	sg.exposed_peer(g, test.cidr("10.8.0.0/16"), "not-beyond-vpc") == no with input as test.network([])
	sg.exposed_peer(g, test.group_peer("Run"), "not-beyond-vpc") == no with input as test.network([])
	sg.exposed_peer(g, test.prefix_list("pl-1"), "not-beyond-vpc") == maybe("prefix_list", {"prefixList": "pl-1"}) with input as test.network([])
	sg.exposed_peer(g, test.cidr("10.8.1.0/24"), "not-beyond-vpc") == maybe("vpc_unknown", {"vpc": "Vpc"}) with input as test.network([]) with input.vpcs as []
	sg.exposed_peer(g, test.cidr("0.0.0.0/0"), "not-beyond-vpc") == yes with input as test.network([]) with input.vpcs as []
}

# A prefix list the inputs define in full is judged by its entries: one exposing entry exposes,
# one that might (an invalid CIDR) leaves it unknown, all inside the VPC do not.
with_list(entries) := object.union(test.network([]), {"prefixLists": [{"id": "Office", "entries": entries, "location": test.at(2)}]})

test_prefix_list_entries if {
	g := test.sg("A", "", 1)
	sg.exposed_peer(g, test.prefix_list("Office"), "not-beyond-vpc") == no with input as with_list(["10.8.1.0/24", "10.8.2.0/24"])
	sg.exposed_peer(g, test.prefix_list("Office"), "not-beyond-vpc") == yes with input as with_list(["10.8.1.0/24", "203.0.113.0/24"])
	sg.exposed_peer(g, test.prefix_list("Office"), "not-world") == no with input as with_list(["10.8.1.0/24", "203.0.113.0/24"])
	sg.exposed_peer(g, test.prefix_list("Office"), "not-world") == yes with input as with_list(["::/0"])
	sg.exposed_peer(g, test.prefix_list("Office"), "not-world") == maybe("invalid_cidr", {"cidr": "10.8.1/24"}) with input as with_list(["10.8.1/24"])
	sg.exposed_peer(g, test.prefix_list("Other"), "not-world") == maybe("prefix_list", {"prefixList": "Other"}) with input as with_list(["10.8.1.0/24"])
}

test_exposed_peer_world if {
	g := test.sg("A", "", 1)
	sg.exposed_peer(g, test.cidr("0.0.0.0/0"), "not-world") == yes
	sg.exposed_peer(g, test.cidr("::/0"), "not-world") == yes
	sg.exposed_peer(g, test.cidr("0.0.0.0/1"), "not-world") == no
	sg.exposed_peer(g, test.cidr("10.0.0.0/8"), "not-world") == no
	sg.exposed_peer(g, test.unknown_peer("r"), "not-world") == maybe("unknown_value", {"field": "peer", "reason": "r"})
}

# --- verdict bodies ---

test_must_allow_outcomes if {
	g := test.sg("A", "environment", 1)
	t := {"key": 1, "group": g, "missing": "missing", "params": {"group": "A"}}
	yes_j := {"answer": yes, "location": test.at(2), "params": {"peer": "x"}}
	maybe_j := {"answer": maybe("prefix_list", {"prefixList": "pl-1"}), "location": test.at(3), "params": {"peer": "pl-1"}}
	no_j := {"answer": no, "location": test.at(4), "params": {"peer": "y"}}
	sg.must_allow("r", [t], {1: [yes_j, maybe_j, no_j]}) == {{
		"requirement": "r", "status": "satisfied", "messageId": "satisfied",
		"params": {"group": "A", "peer": "x"}, "location": test.at(2), "resource": "A",
	}}
	sg.must_allow("r", [t], {1: [maybe_j, no_j]}) == {{
		"requirement": "r", "status": "unknown", "messageId": "prefix_list",
		"params": {"group": "A", "peer": "pl-1", "prefixList": "pl-1"}, "location": test.at(3), "resource": "A",
	}}
	sg.must_allow("r", [t], {1: [no_j]}) == {{
		"requirement": "r", "status": "violated", "messageId": "missing",
		"params": {"group": "A"}, "location": test.at(1), "resource": "A",
	}}
}

test_must_allow_on_a_conditional_group if {
	g := object.union(test.sg("A", "environment", 1), {"condition": {"$unknown": "condition UseCustomSg"}})
	t := {"key": 1, "group": g, "missing": "missing", "params": {"group": "A"}}
	sg.must_allow("r", [t], {}) == {{
		"requirement": "r", "status": "unknown", "messageId": "conditional",
		"params": {"group": "A", "reason": "condition UseCustomSg"}, "location": test.at(1), "resource": "A",
	}}
}

test_no_environment_and_not_applicable if {
	sg.no_environment("r") == {"requirement": "r", "status": "not-applicable", "messageId": "no_environment_group", "params": {"groups": 1}, "location": null} with input as test.network([test.sg("A", "", 1)])
	sg.no_environment("r") == {"requirement": "r", "status": "unknown", "messageId": "no_environment_group", "params": {"groups": 1}, "location": null} with input as test.scope_all(test.network([test.sg("A", "", 1)]))
	sg.not_applicable("r") == {"requirement": "r", "status": "not-applicable", "messageId": "not_applicable", "params": {}, "location": null}
	sg.none with input as test.network([])
	sg.none with input as {"kind": "network"}
	sg.none with input as test.network([test.sg("A", "", 1)])
	not sg.none with input as test.scope_all(test.network([test.sg("A", "", 1)]))
	not sg.none with input as test.network([test.sg("A", "runner", 1)])
}

test_exposures if {
	spec := {"protocol": "tcp", "ports": [9090], "expectation": "not-beyond-vpc"}
	open := object.union(test.sg("A", "", 1), {"ingress": [test.tcp(9000, 9100, test.cidr("::/0"), 2), test.tcp(9090, 9090, test.cidr(test.vpc_cidr), 3)]})
	sg.exposures("r", spec, [open]) == {{
		"requirement": "r", "status": "violated", "messageId": "exposed",
		"params": {"group": "A", "protocol": "TCP", "port": 9090, "peer": "::/0"}, "location": test.at(2), "resource": "A",
	}} with input as test.network([open])
	closed := object.union(test.sg("B", "", 1), {"ingress": [test.tcp(9090, 9090, test.cidr(test.vpc_cidr), 3)]})
	got := sg.exposures("r", spec, [closed]) with input as test.network([closed])
	got == {{
		"requirement": "r", "status": "satisfied", "messageId": "satisfied",
		"params": {"protocol": "TCP", "ports": [9090], "groups": 1}, "location": null,
	}}
}

test_candidates if {
	env := test.sg("Env", "environment", 1)
	run := test.sg("Run", "runner", 2)
	other := test.sg("Other", "", 3)
	sg.candidates({"appliesTo": "any"}) == [env, run] with input as test.network([env, run, other])
	sg.candidates({"appliesTo": "environment"}) == [env] with input as test.network([env, run, other])
	sg.candidates({"appliesTo": "environment"}) == [run] with input as test.network([run, other])
	sg.candidates({"appliesTo": "any"}) == [env, run, other] with input as test.scope_all(test.network([env, run, other]))
	sg.candidates({"appliesTo": "environment"}) == [run, other] with input as test.scope_all(test.network([run, other]))
}

test_skip if {
	sg.skip("sg.ssh-ingress") == sg.not_applicable("sg.ssh-ingress") with input as test.network([])
		with data.runnerlint.catalogue as test.catalogue
	enterprise := object.union(test.network([test.sg("A", "runner", 1)]), {"config": {"runner": "enterprise"}})
	sg.skip("sg.ssh-ingress") == {
		"requirement": "sg.ssh-ingress", "status": "not-applicable", "messageId": "not_applicable_runner",
		"params": {"runner": "enterprise", "runners": ["standard"]}, "location": null,
	} with input as enterprise
		with data.runnerlint.catalogue as test.catalogue
	not sg.skip("sg.egress") with input as enterprise with data.runnerlint.catalogue as test.catalogue
	sg.skip("sg.ssh-ingress") == {
		"requirement": "sg.ssh-ingress", "status": "not-applicable", "messageId": "out_of_scope",
		"params": {"groups": 1}, "location": null,
	} with input as test.network([test.sg("A", "", 1)])
		with data.runnerlint.catalogue as test.catalogue
	not sg.skip("sg.ssh-ingress") with input as test.scope_all(test.network([test.sg("A", "", 1)])) with data.runnerlint.catalogue as test.catalogue
	not sg.skip("sg.not-in-catalogue") with input as enterprise with data.runnerlint.catalogue as test.catalogue
}

# An unknown runner kind never makes a requirement not applicable.
test_skip_needs_a_runner_kind if {
	no_runner := object.union(test.network([test.sg("A", "runner", 1)]), {"config": {}})
	not sg.skip("sg.ssh-ingress") with input as no_runner with data.runnerlint.catalogue as test.catalogue
}
