# METADATA
# title: Network ACLs as an egress layer
# description: |
#   Network ACLs are stateless. For an outbound flow, the outbound entries (Egress true) are
#   read in ascending rule-number order and the first that matches the protocol, port and
#   destination decides (allow or deny); when none matches, the implicit final rule (*) denies.
#   The replies come back as inbound traffic from the destination to the runner's ephemeral
#   ports, so the inbound entries must allow every port of 1024-65535 from the destination (AWS
#   recommends that range: it covers every client). Protocol -1 is every protocol; 6 is TCP, 17
#   UDP; other numbers never match TCP or UDP. An ACL associated with no subnet filters nothing,
#   and one of a VPC that provably is not the runner's is out of scope.
# scope: package
package runnerlint.lib.nacl

import data.runnerlint.lib.domains
import data.runnerlint.lib.layers
import data.runnerlint.lib.ports
import data.runnerlint.lib.sg
import data.runnerlint.lib.unknown

# acls: the ACLs that filter a subnet.
acls := [a |
	some a in object.get(input, "nacls", [])
	_filters(a)
	not outside_runner_vpc(a)
]

# outside_runner_vpc(a): scope: the ACL provably filters none of the runner's traffic: its VPC's
# CIDR blocks are all known (a VPC in the inputs) and none overlaps the runner's VPC (lib/sg).
outside_runner_vpc(a) if sg.disjoint_from_runner([c | some v in object.get(input, "vpcs", []); v.id == a.vpc; some c in v.cidrs])

_filters(a) if count(object.get(a, "subnets", [])) > 0

_filters(a) if a.isDefault == true

present if count(acls) > 0

answers(f) := {_conditional(a, out(a, f)) | some a in acls} | {_conditional(a, back(a, f)) | some a in acls}

# A blocking ACL that exists only under an unresolved condition may not exist.
_conditional(a, ans) := layers.answer("nacl", "unknown", "nacl_conditional", object.union(ans.params, {"reason": unknown.condition_reason(a)}), ans.location, a.id) if {
	ans.state == "block"
	unknown.conditional(a)
} else := ans

# _entries(a, egress): the entries of one direction, in rule-number order. An entry whose
# direction is unresolved belongs to both.
_entries(a, egress) := [e |
	some n in sort({[e.ruleNumber, i] |
		some i, e in a.entries
		is_number(e.ruleNumber)
		_direction(e, egress)
	})
	e := a.entries[n[1]]
]

_direction(e, egress) if e.egress == egress

_direction(e, _) if unknown.unresolved(e.egress)

# _unordered(a): an entry whose rule number is unresolved: the order cannot be known.
_unordered(a) := a.entries[min({i | some i, e in a.entries; not is_number(e.ruleNumber)})]

_action(e) := "allow" if {
	lower(e.action) == "allow"
} else := "block" if {
	lower(e.action) == "deny"
} else := "either"

_protocol(e, f) := "maybe" if {
	not ports.protocol(e.protocol)
} else := "all" if {
	ports.protocol(e.protocol) == "all"
} else := "all" if {
	ports.protocol(e.protocol) == f.protocol
} else := "none"

_ports(e, _) := "all" if {
	ports.protocol(e.protocol) == "all"
} else := "all" if {
	not _given(e, "fromPort")
	not _given(e, "toPort")
} else := "maybe" if {
	not _given(e, "fromPort")
} else := "maybe" if {
	not _given(e, "toPort")
}

_ports(e, port) := layers.port_in(e.fromPort, e.toPort, port) if {
	ports.protocol(e.protocol) != "all"
	_given(e, "fromPort")
	_given(e, "toPort")
}

_given(e, k) if {
	v := e[k]
	v != null
}

# _exists(m, e): an entry under an unresolved condition may or may not be there.
_exists(m, e) := "maybe" if {
	m != "none"
	unknown.conditional(e)
} else := m

_entry(e, m) := {
	"match": _exists(m, e),
	"action": _action(e),
	"rule": e.ruleNumber,
	"ruleAction": object.get(e, "action", null),
	"cidr": object.get(e, "cidr", null),
	"location": e.location,
}

_implicit := {"action": "block", "implicit": true}

# --- outbound -------------------------------------------------------------------------------------

out(a, f) := layers.answer("nacl", "unknown", "nacl_unknown_order", {"acl": a.id, "reason": unknown.reason(e.ruleNumber)}, e.location, a.id) if {
	e := _unordered(a)
} else := _out(a, f, layers.first_match([_entry(e, domains.all_of([_protocol(e, f), _ports(e, f.port), layers.to(e.cidr, f)])) | some e in _entries(a, true)], _implicit))

_out(a, _, r) := layers.answer("nacl", "allow", "nacl_out_allows", _params(a, r.by), r.by.location, a.id) if {
	r.state == "allow"
} else := layers.answer("nacl", "block", "nacl_out_default", {"acl": a.id}, a.location, a.id) if {
	r.state == "block"
	r.by.implicit
} else := layers.answer("nacl", "block", "nacl_out_blocks", _params(a, r.by), r.by.location, a.id) if {
	r.state == "block"
} else := layers.answer("nacl", "unknown", "nacl_out_maybe", _params(a, r.by), r.by.location, a.id)

_params(a, e) := {"acl": a.id, "rule": e.rule, "ruleAction": e.ruleAction, "cidr": e.cidr}

# --- return traffic ---------------------------------------------------------------------------------

# back(a, f): the replies from f's destination to every ephemeral port of the runner.
back(a, f) := layers.answer("nacl", "unknown", "nacl_unknown_order", {"acl": a.id, "reason": unknown.reason(e.ruleNumber)}, e.location, a.id) if {
	e := _unordered(a)
} else := _back(a, f, [_segment(a, f, s) | some s in layers.segments(layers.ephemeral.from, layers.ephemeral.to, _bounds(a))])

_bounds(a) := [{"from": e.fromPort, "to": e.toPort} |
	some e in _entries(a, false)
	is_number(e.fromPort)
	is_number(e.toPort)
]

_segment(a, f, s) := {"segment": s, "result": layers.first_match(
	[_entry(e, domains.all_of([_protocol(e, f), _range(e, s), layers.to(e.cidr, f)])) | some e in _entries(a, false)],
	_implicit,
)}

_range(e, s) := "all" if {
	ports.protocol(e.protocol) == "all"
} else := "all" if {
	not _given(e, "fromPort")
	not _given(e, "toPort")
} else := layers.range_in(e.fromPort, e.toPort, s.from, s.to) if {
	_given(e, "fromPort")
	_given(e, "toPort")
} else := "maybe"

_back(a, _, segs) := layers.answer("nacl", "block", "nacl_return_default", {"acl": a.id, "fromPort": s.segment.from, "toPort": s.segment.to}, a.location, a.id) if {
	s := _segment_with(segs, "block")
	s.result.by.implicit
} else := layers.answer("nacl", "block", "nacl_return_blocks", object.union(_params(a, s.result.by), {"fromPort": s.segment.from, "toPort": s.segment.to}), s.result.by.location, a.id) if {
	s := _segment_with(segs, "block")
} else := layers.answer("nacl", "unknown", "nacl_return_maybe", object.union(_params(a, s.result.by), {"fromPort": s.segment.from, "toPort": s.segment.to}), s.result.by.location, a.id) if {
	s := _segment_with(segs, "unknown")
} else := layers.answer("nacl", "allow", "nacl_return_allows", {"acl": a.id, "rules": sort({s.result.by.rule | some s in segs})}, segs[0].result.by.location, a.id)

# _segment_with(segs, state): the first segment with that outcome.
_segment_with(segs, state) := segs[min({i | some i, s in segs; s.result.state == state})]
