# METADATA
# title: Security groups of the network model
# description: |
#   Shared logic of the securitygroup rules: which groups are the environments' (roles), a
#   group's VPC blocks, peers (sources and destinations), and the verdict bodies of the two
#   kinds of requirement: "each environment group must allow X" and "no group may expose X".
#   Answers are three-valued assessments (lib/unknown.rego). The functions here return verdict
#   bodies; each rule package wraps them with lib.result.verdict and its own METADATA.
# scope: package
# schemas:
#   - input: schema["network.schema"]
package runnerlint.lib.sg

import data.runnerlint.lib.cidr
import data.runnerlint.lib.ports
import data.runnerlint.lib.unknown

role_tag := "runnerlint:role"

roles := {"environment", "runner"}

# role_values: what the config, --sg-role or the tag may say; "none" takes a group out of scope.
role_values := roles | {"none"}

cidr_kinds := {"cidr4", "cidr6"}

# all_groups: every group in the input, the runner's or not.
all_groups := object.get(input, "securityGroups", [])

# scope_all: --scope all (an audit of a runner-only folder): every group is a candidate.
scope_all if input.config.scope == "all"

# --- roles ---------------------------------------------------------------------------------

# declared_role(g): what the user or the inputs say of the group: from the run's config (it wins:
# it is the run's explicit override), else the runnerlint:role tag, else the role of the runner
# compute that uses the group (an ECS service, a launch template or an instance with a role).
declared_role(g) := g.configRole if {
	g.configRole in role_values
} else := r if {
	t := g.tags[role_tag]
	is_string(t)
	r := lower(trim_space(t))
	r in role_values
} else := g.computeRole.role if {
	g.computeRole.role in roles
}

# explicit_role(g): "environment" or "runner", when declared.
explicit_role(g) := r if {
	r := declared_role(g)
	r in roles
}

# excluded(g): the user said the group is not the runner's (role none).
excluded(g) if declared_role(g) == "none"

role_from(g) := "config" if {
	g.configRole in role_values
} else := "tag" if {
	declared_role(g) == _tag_role(g)
} else := "compute" if {
	explicit_role(g)
}

_tag_role(g) := lower(trim_space(g.tags[role_tag]))

# assigned: at least one group has an explicit environment role; then environment groups are not
# inferred (a group marked as the runner's says nothing about which are the environments').
assigned if {
	some g in all_groups
	explicit_role(g) == "environment"
}

# environment: the environment groups, each {"group": g, "roleFrom": "config"|"tag"|"compute"|"inferred"}.
environment contains {"group": g, "roleFrom": role_from(g)} if {
	assigned
	some g in all_groups
	explicit_role(g) == "environment"
}

# With no explicit environment role, a group whose ingress rule opens a port of the catalogue's
# environment ingress requirements (29222, 22999) specifically is taken for the environment group.
environment contains {"group": g, "roleFrom": "inferred"} if {
	not assigned
	some g in all_groups
	not excluded(g)
	not explicit_role(g)
	_marked(g)
}

_environment_ids := {e.group.id | some e in environment}

# groups: the groups in scope, those the rules judge. By default the runner's: a declared role
# (environment or runner) or an inferred environment group; every group no one excluded with
# --scope all. Other groups (a load balancer's, a database's) are not the runner's: no verdict.
groups := [g | some g in all_groups; not excluded(g)] if {
	scope_all
} else := [g | some g in all_groups; _runner_group(g)]

_runner_group(g) if explicit_role(g)

_runner_group(g) if g.id in _environment_ids

# none: no security group in scope, so no sg.* requirement applies.
none if count(groups) == 0

# out_of_scope: how many groups of the input are not the runner's.
out_of_scope := count(all_groups) - count(groups)

# scope: which groups the rules took as the runner's, and why: reported once per document.
scope := {
	"mode": _mode,
	"groups": [{"id": g.id, "role": _role_of(g), "roleFrom": _scope_from(g)} | some g in groups],
	"outOfScope": out_of_scope,
}

_mode := "all" if scope_all

_mode := "runner" if not scope_all

_role_of(g) := "environment" if {
	g.id in _environment_ids
} else := r if {
	r := explicit_role(g)
} else := "candidate"

_scope_from(g) := "inferred" if {
	not explicit_role(g)
	g.id in _environment_ids
} else := role_from(g) if {
	explicit_role(g)
} else := "scope-all"

# environment_groups: the environment groups as an array, to key targets by position.
environment_groups := [e | some e in environment]

# marker_ports: [protocol, port] of the catalogue's "environment groups must allow" ingress requirements.
marker_ports contains [s.protocol, port] if {
	some req in data.runnerlint.catalogue.requirements
	s := req.securityGroup
	s.direction == "ingress"
	s.appliesTo == "environment"
	s.expectation == "allow"
	some port in s.ports
}

_marked(g) if {
	some r in g.ingress
	some [proto, port] in marker_ports
	ports.specifically_covers(r, proto, port)
}

# role_params(e): the params every verdict on environment group e carries.
role_params(e) := {"group": e.group.id, "roleFrom": e.roleFrom, "inferred": e.roleFrom == "inferred"}

# peer_role(id): the role of the group a peer names, from the inputs or else from the config.
peer_role(id) := r if {
	rs := {explicit_role(g) | some g in all_groups; g.id == id}
	count(rs) == 1
	some r in rs
} else := r if {
	r := input.config.securityGroupRoles[id]
	r in roles
}

# rules_at(g, direction): where a missing rule of that direction is reported: the group's list of
# such rules (SecurityGroupEgress, IpPermissionsEgress), else the group itself.
rules_at(g, direction) := object.get(g, ["rulesAt", direction], object.get(g, "location", null))

# --- VPC blocks ----------------------------------------------------------------------------

# disjoint_from_runner(blocks): a network-wide control over these blocks provably does not cover
# the runner: every block is a valid CIDR and none overlaps the runner's VPC (the config's
# vpcCidrs, else the VPCs of the groups in scope). False when either side is not known.
disjoint_from_runner(blocks) if {
	count(blocks) > 0
	every c in blocks {
		cidr.valid(c)
	}
	runner := _runner_vpc_cidrs
	count(runner) > 0
	every a in blocks {
		every b in runner {
			not cidr.overlaps(a, b)
		}
	}
}

_runner_vpc_cidrs := input.config.vpcCidrs if {
	count(input.config.vpcCidrs) > 0
} else := [c |
	some g in groups
	v := vpc_blocks(g)
	v.state == "yes"
	some c in v.cidrs
]

# vpc_blocks(g): {"state": "yes", "cidrs": [...]}, the CIDR blocks of the group's VPC (from
# input.vpcs, else the config's vpcCidrs), or an unknown assessment.
vpc_blocks(g) := _vpc_blocks(g, [c |
	some v in object.get(input, "vpcs", [])
	v.id == g.vpc
	some c in object.get(v, "cidrs", [])
])

_vpc_blocks(g, own) := _checked(own) if {
	count(own) > 0
} else := _checked(input.config.vpcCidrs) if {
	count(input.config.vpcCidrs) > 0
} else := unknown.value("vpc", g.vpc) if {
	unknown.unresolved(g.vpc)
} else := unknown.maybe("vpc_unknown", {"vpc": object.get(g, "vpc", "default")})

_checked(blocks) := unknown.value("vpcCidr", bad[0]) if {
	bad := [c | some c in blocks; unknown.unresolved(c)]
	count(bad) > 0
} else := unknown.maybe("invalid_cidr", {"cidr": bad[0]}) if {
	bad := [c | some c in blocks; not cidr.valid(c)]
	count(bad) > 0
} else := {"state": "yes", "cidrs": blocks}

# runner_blocks(blocks): the blocks the runner's traffic comes from: the IPv4 ones (the runner
# reaches environments on their private IPv4 addresses), or all when there is no IPv4 block.
runner_blocks(blocks) := v4 if {
	v4 := [c | some c in blocks; cidr.ipv4(c)]
	count(v4) > 0
} else := blocks

# --- peers ---------------------------------------------------------------------------------

# label(peer): how a verdict names a peer: its CIDR, group id or prefix-list id.
label(peer) := peer.cidr if {
	peer.kind in cidr_kinds
} else := peer.group if {
	peer.kind == "group"
} else := peer.id if {
	peer.kind == "prefix-list"
} else := object.get(peer, "kind", null)

# peer_issue(peer): an unknown assessment when the peer itself cannot be read (unresolved,
# an invalid CIDR, a shape the model does not define); undefined for a readable peer.
peer_issue(peer) := unknown.maybe("invalid_cidr", {"cidr": peer.cidr}) if {
	peer.kind in cidr_kinds
	is_string(peer.cidr)
	not cidr.valid(peer.cidr)
} else := unknown.value("peer", peer.cidr) if {
	peer.kind in cidr_kinds
	unknown.unresolved(peer.cidr)
} else := unknown.value("peer", peer.group) if {
	peer.kind == "group"
	unknown.unresolved(peer.group)
} else := unknown.maybe("unknown_value", {"field": "peer", "reason": object.get(peer, "reason", "")}) if {
	not _readable(peer)
}

_readable(peer) if {
	peer.kind in cidr_kinds
	cidr.valid(peer.cidr)
}

_readable(peer) if {
	peer.kind == "group"
	is_string(peer.group)
}

_readable(peer) if {
	peer.kind == "prefix-list"
	is_string(peer.id)
}

prefix_list(peer) := unknown.maybe("prefix_list", {"prefixList": peer.id})

# --- requirements that environment groups must allow -----------------------------------------

# must_allow(requirement, targets, judged): verdict bodies for "each target must be allowed".
#   targets: [{"key": k, "group": g, "missing": messageId, "at": location, "params": {...}, ...}]:
#            one thing one environment group must allow (a port, a flow), k unique among the
#            targets; "at": where it is reported missing (rules_at; default the group);
#   judged:  {k: [{"answer": assessment, "location": l, "params": {...}}]}: what each rule of
#            the group (or AWS's implicit egress, with "messageId") answers for target k.
# Keyed by k, not sets of targets: a set would hash (and compare) the whole group again for every
# target and every rule; and an object, not a list to filter: filtering it for every target made an
# account's export of a thousand environment groups quadratic (minutes).
# A target is satisfied by every rule that allows it; else unknown for every rule that might;
# else violated at the group, or unknown when the group itself exists only under a condition.
must_allow(requirement, targets, judged) := {o |
	some t in targets
	some o in _outcomes(requirement, t, object.get(judged, [t.key], []))
}

_outcomes(requirement, t, js) := {_body(requirement, t, j, "satisfied", object.get(j, "messageId", "satisfied"), {}) |
	some j in js
	j.answer.state == "yes"
} if {
	some j in js
	j.answer.state == "yes"
} else := {_body(requirement, t, j, "unknown", j.answer.cause, j.answer.params) |
	some j in js
	j.answer.state == "unknown"
} if {
	some j in js
	j.answer.state == "unknown"
} else := {_group_body(requirement, t, "unknown", "conditional", {"reason": unknown.condition_reason(t.group)})} if {
	unknown.conditional(t.group)
} else := {_group_body(requirement, t, "violated", t.missing, {})}

_body(requirement, t, j, status, message_id, extra) := {
	"requirement": requirement,
	"status": status,
	"messageId": message_id,
	"params": object.union_n([t.params, j.params, extra]),
	"location": j.location,
	"resource": t.group.id,
}

_group_body(requirement, t, status, message_id, extra) := {
	"requirement": requirement,
	"status": status,
	"messageId": message_id,
	"params": object.union(t.params, extra),
	"location": object.get(t, "at", object.get(t.group, "location", null)),
	"resource": t.group.id,
}

# no_environment(requirement): groups of the runner's exist but none is an environment group.
# The environments' group may well be defined in another input (the runner's service in one stack,
# the environments' in another): not applicable here, and the run says once when no input had
# one (check.ts, the scope note). With --scope all, where every group is a candidate: unknown.
no_environment(requirement) := {
	"requirement": requirement,
	"status": _no_environment_status,
	"messageId": "no_environment_group",
	"params": {"groups": count(all_groups)},
	"location": null,
}

_no_environment_status := "unknown" if scope_all

_no_environment_status := "not-applicable" if not scope_all

not_applicable(requirement) := {
	"requirement": requirement,
	"status": "not-applicable",
	"messageId": "not_applicable",
	"params": {},
	"location": null,
}

runner := object.get(input, ["config", "runner"], null)

# skip(requirement): the one verdict body of a requirement that does not apply to this input:
# there are no security groups, none is the runner's (out of scope), or the catalogue limits it
# to other runner kinds. Undefined
# when the requirement applies (an unknown runner kind never makes it not applicable).
skip(requirement) := not_applicable(requirement) if {
	count(all_groups) == 0
} else := {
	"requirement": requirement,
	"status": "not-applicable",
	"messageId": "not_applicable_runner",
	"params": {"runner": runner, "runners": req.runners},
	"location": null,
} if {
	req := data.runnerlint.catalogue.requirements[requirement]
	is_string(runner)
	is_array(req.runners)
	not runner in req.runners
} else := {
	"requirement": requirement,
	"status": "not-applicable",
	"messageId": "out_of_scope",
	"params": {"groups": count(all_groups)},
	"location": null,
} if {
	none
}

# --- requirements that no group may expose ---------------------------------------------------

# candidates(spec): the groups an exposure requirement judges: the groups in scope when it
# applies to "any"; for "environment", the environment groups, or every group in scope when none
# is (with --scope all, an unmarked environment group is still checked).
candidates(spec) := groups if {
	spec.appliesTo != "environment"
} else := [e.group | some e in environment] if {
	count(environment) > 0
} else := groups

# exposed_peer(g, peer, expectation): does an ingress rule of group g from peer break the
# expectation? yes = exposed.
#   "not-world":      the peer is 0.0.0.0/0 or ::/0;
#   "not-beyond-vpc": the peer is a CIDR not inside the group's VPC blocks (the world always).
# Group peers never expose; a prefix list is judged by its entries when the inputs define them,
# else unknown, as unreadable peers are.
exposed_peer(g, peer, expectation) := issue if {
	issue := peer_issue(peer)
} else := _prefix_list_exposure(g, entries, expectation) if {
	peer.kind == "prefix-list"
	entries := prefix_list_entries(peer.id)
} else := prefix_list(peer) if {
	peer.kind == "prefix-list"
} else := unknown.no if {
	peer.kind == "group"
} else := _cidr_exposure(g, peer, expectation)

_cidr_exposure(g, peer, expectation) := issue if {
	issue := peer_issue(peer)
} else := unknown.yes if {
	cidr.world(peer.cidr)
} else := unknown.no if {
	expectation == "not-world"
} else := _outside(peer.cidr, vpc_blocks(g))

# prefix_list_entries(id): the CIDRs of a prefix list the inputs define in full (a CloudFormation
# AWS::EC2::PrefixList of the same template); undefined for any other list.
prefix_list_entries(id) := pl.entries if {
	some pl in object.get(input, "prefixLists", [])
	pl.id == id
}

# A prefix list exposes when one of its entries does; unknown when one might and none does.
_prefix_list_exposure(g, entries, expectation) := _first_state(answers, "yes") if {
	answers := [_cidr_exposure(g, {"kind": _cidr_kind(c), "cidr": c}, expectation) | some c in entries]
	_first_state(answers, "yes")
} else := _first_state(answers, "unknown") if {
	answers := [_cidr_exposure(g, {"kind": _cidr_kind(c), "cidr": c}, expectation) | some c in entries]
	_first_state(answers, "unknown")
} else := unknown.no

_first_state(answers, state) := [a | some a in answers; a.state == state][0]

_cidr_kind(c) := "cidr6" if contains(c, ":")

_cidr_kind(c) := "cidr4" if not contains(c, ":")

_outside(c, vpc) := vpc if {
	vpc.state == "unknown"
} else := unknown.no if {
	cidr.within_any(c, vpc.cidrs)
} else := unknown.yes

# exposures(requirement, spec, candidates): verdict bodies for "no candidate group exposes
# spec.ports beyond spec.expectation": violated for each exposing rule, unknown for each rule
# that might, and one satisfied verdict when none does.
exposures(requirement, spec, candidates) := found if {
	found := {_exposure_body(requirement, j) | some j in _exposure_judged(spec, candidates); j.answer.state != "no"}
	count(found) > 0
} else := {_unexposed(requirement, spec, candidates)}

_unexposed(requirement, spec, candidates) := {
	"requirement": requirement,
	"status": "satisfied",
	"messageId": "satisfied",
	"params": {"protocol": upper(spec.protocol), "ports": spec.ports, "groups": count(candidates)},
	"location": null,
}

_exposure_judged(spec, candidates) := {j |
	some g in candidates
	some r in object.get(g, "ingress", [])
	some port in spec.ports
	covered := ports.covers(r, spec.protocol, port)
	covered.state != "no" # the peer need not be judged for a rule that does not open the port
	peer := object.get(r, "peer", {})
	answer := unknown.both(covered, exposed_peer(g, peer, spec.expectation))
	j := {
		"answer": unknown.under_condition(unknown.under_condition(answer, r), g),
		"location": object.get(r, "location", null),
		"resource": g.id,
		"params": {"group": g.id, "protocol": upper(spec.protocol), "port": port, "peer": label(peer)},
	}
}

_exposure_body(requirement, j) := {
	"requirement": requirement,
	"status": "violated",
	"messageId": "exposed",
	"params": j.params,
	"location": j.location,
	"resource": j.resource,
} if {
	j.answer.state == "yes"
} else := {
	"requirement": requirement,
	"status": "unknown",
	"messageId": j.answer.cause,
	"params": object.union(j.params, j.answer.params),
	"location": j.location,
	"resource": j.resource,
}
