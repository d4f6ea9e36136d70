# METADATA
# title: Security groups as an egress layer
# description: |
#   The security-group layer of an egress path: the egress rules of the groups the runner's
#   traffic leaves through — the groups with the environment or runner role (config, the
#   runnerlint:role tag, or the runner compute using them), or, when no group has one, the
#   groups inferred as the environments' (lib/sg). Groups out of scope are no part of it. A group allows a flow when one of its egress rules opens the
#   protocol and port to a destination that holds the flow's addresses (0.0.0.0/0 for a host
#   name), or when it keeps AWS's default allow-all egress. Security groups are stateful: the
#   return traffic needs no rule.
# scope: package
package runnerlint.lib.layers_sg

import data.runnerlint.lib.layers
import data.runnerlint.lib.ports
import data.runnerlint.lib.sg
import data.runnerlint.lib.unknown

# present: a group in scope (lib/sg): groups that are not the runner's are no layer of its path.
present if count(sg.groups) > 0

_explicit := [g | some g in sg.groups; sg.explicit_role(g)]

# on_path: the groups the runner's traffic leaves through.
on_path := _explicit if {
	count(_explicit) > 0
} else := [e.group | some e in sg.environment]

# answers(f): one answer per group on the path. Groups in scope but none on the path (--scope
# all, no role, nothing inferred): when every candidate answers the flow alike, that answer stands
# whichever group the runner uses; else one unknown, as no group can be identified.
answers(f) := _agreed({group_answer(g, f) | some g in sg.groups}) if {
	present
	count(on_path) == 0
} else := {group_answer(g, f) | some g in on_path}

_agreed(candidates) := candidates if {
	count({a.state | some a in candidates}) == 1
} else := {object.union(layers.answer("sg", "unknown", "sg_unidentified", {"groups": count(sg.groups)}, null, null), {"scope": "requirement"})}

group_answer(g, f) := layers.answer("sg", "allow", "sg_implicit", {"group": g.id}, g.location, g.id) if {
	g.implicitEgress == true
} else := _rules_answer(g, f, _judged(g, f))

# _rules_answer(g, f, js): what the group's egress rules (js, judged for f) say.
_rules_answer(g, f, js) := layers.answer("sg", "allow", "sg_allows", object.union({"group": g.id}, j.params), j.location, g.id) if {
	j := _first(js, "yes")
} else := layers.answer("sg", "unknown", concat("", ["sg_", j.answer.cause]), object.union_n([{"group": g.id}, j.params, j.answer.params]), j.location, g.id) if {
	j := _first(js, "unknown")
} else := layers.answer("sg", "unknown", "sg_conditional", {"group": g.id, "reason": unknown.condition_reason(g)}, g.location, g.id) if {
	unknown.conditional(g)
} else := layers.answer("sg", "block", _missing[f.kind], {"group": g.id}, sg.rules_at(g, "egress"), g.id)

# _first(js, state): the first judged rule with that answer.
_first(js, state) := js[min({i | some i, j in js; j.answer.state == state})]

_missing := {"host": "sg_blocks_hosts", "ip": "sg_blocks", "cidr": "sg_blocks"}

# _judged(g, f): the group's egress rules that open the flow's port, in order, with what each
# says (a rule for other ports says no, whatever its destination).
_judged(g, f) := [{
	"answer": unknown.under_condition(unknown.both(covered, _peer(f, peer)), r),
	"location": object.get(r, "location", null),
	"params": {"peer": sg.label(peer)},
} |
	some r in object.get(g, "egress", [])
	covered := ports.covers(r, f.protocol, f.port)
	covered.state != "no"
	peer := object.get(r, "peer", {})
]

_peer(f, peer) := issue if {
	issue := sg.peer_issue(peer)
} else := sg.prefix_list(peer) if {
	peer.kind == "prefix-list"
} else := unknown.maybe("narrow_destination", {}) if {
	peer.kind == "group"
} else := _cidr(layers.to(peer.cidr, f), f)

_cidr("all", _) := unknown.yes

_cidr("none", _) := unknown.no

_cidr("maybe", f) := unknown.maybe("narrow_destination", {}) if f.kind == "host"

_cidr("maybe", f) := unknown.maybe("partial_destination", {}) if f.kind != "host"

_cidr("some", _) := unknown.maybe("partial_destination", {})
