# METADATA
# title: AWS Network Firewall policies as an egress layer
# description: |
#   How a Network Firewall policy treats one runner flow, as AWS evaluates it:
#
#   1. Stateless engine: rule groups by priority, their rules by priority; the first rule that
#      matches the packet decides (aws:pass: through, no stateful inspection; aws:drop;
#      aws:forward_to_sfe: to the stateful engine; custom actions only publish metrics), else the
#      stateless default actions. Stateless rules see each direction separately, so the return
#      packets (from the destination to the runner's ports 1024-65535) must not be dropped either.
#   2. Stateful engine, with the policy's rule order:
#      - DEFAULT_ACTION_ORDER: pass rules win over drop and reject, alert does nothing, and
#        traffic no rule matches passes;
#      - STRICT_ORDER: rule groups by priority, rules in the order written, the first pass, drop
#        or reject that matches decides; unmatched packets get the stateful default actions
#        (aws:drop_strict drops every unmatched packet, the TCP handshake included;
#        aws:drop_established and the application-layer drops (aws:drop_established_app_layer,
#        ..._to_server) drop unmatched packets of established connections and all unmatched UDP;
#        aws:alert_* only log). Flowbits are evaluated in rule order.
#      TCP flows are judged in two phases (lib/suricata): the handshake, which TLS and HTTP rules
#      cannot see, and the established connection up to the TLS ClientHello / HTTP request. A
#      pass without flow:not_established passes the whole flow.
#   Domain lists become the rules AWS generates: for each target type (TLS_SNI → tls, HTTP_HOST
#   → http), ALLOWLIST: pass for each target, then drop the rest of that protocol; DENYLIST:
#   drop; REJECTLIST: reject; ALERTLIST: nothing. They match only TLS / HTTP traffic from
#   HOME_NET, on any port. HOME_NET: the rule group's, else the policy's variable, else the
#   firewall VPC (the runner's traffic is taken to be inside it). A policy whose HOME_NET variable
#   provably does not hold the runner's VPC protects other networks: out of scope.
#
#   Whatever cannot be read offline — a rule group that is not in the inputs or is AWS-managed,
#   an IP set reference, a setting such as TLS inspection, an unsupported rule option — makes the
#   answer unknown, never allowed.
# scope: package
package runnerlint.lib.nfw

import data.runnerlint.lib.domains
import data.runnerlint.lib.layers
import data.runnerlint.lib.sg
import data.runnerlint.lib.suricata
import data.runnerlint.lib.unknown

# policies: the firewall policies that may inspect the runner's traffic. One whose HOME_NET (the
# policy variable: the networks it protects, AWS's advice for an inspection VPC) provably does not
# hold the runner's VPC protects other networks: out of scope.
policies := [p |
	some p in object.get(input, "firewalls", [])
	not outside_runner_vpc(p)
]

outside_runner_vpc(p) if sg.disjoint_from_runner(object.get(p, ["variables", "HOME_NET"], []))

present if count(policies) > 0

groups := object.get(input, "firewallRuleGroups", [])

# group(ref): the rule group a policy references, by ARN, logical id or name.
group(ref) := groups[_group_index(ref)]

managed(ref) if {
	is_string(ref)
	contains(ref, ":aws-managed:")
}

# answers(f): one answer per policy (plus one for the return traffic when the stateless engine
# may drop it).
answers(f) := {a |
	some p in policies
	some a in policy_answers(p, f)
}

policy_answers(p, f) := {_conditional(p, _unsupported(p, outbound(p, f)))} | {_conditional(p, a) |
	a := inbound(p, f)
	a.state != "allow"
}

_conditional(p, a) := object.union(a, {"state": "unknown", "cause": "nfw_conditional", "params": object.union(a.params, {"reason": unknown.condition_reason(p)})}) if {
	a.state == "block"
	unknown.conditional(p)
} else := a

# A setting runnerlint does not evaluate can change what passes: no "allow" through it.
_unsupported(p, a) := layers.answer("nfw", "unknown", "nfw_unsupported", object.union(a.params, {"feature": u.feature}), u.location, p.id) if {
	a.state == "allow"
	u := p.unsupported[0]
} else := a

_params(p, extra) := object.union({"policy": object.get(p, "name", p.id)}, extra)

# _loc(p, key): where a default action of the policy is written, else the policy.
_loc(p, key) := object.get(p, ["locations", key], p.location)

# --- stateless engine ----------------------------------------------------------------------------

# _stateless_refs(p): the stateless group references in priority order.
_sorted_refs(refs) := [refs[x[1]] |
	some x in sort({[object.get(r, "priority", 0), i] | some i, r in refs; is_number(object.get(r, "priority", 0))})
]

_unordered_ref(refs) := refs[min({i | some i, r in refs; not is_number(object.get(r, "priority", 0))})]

_stateless_rules(g) := [g.stateless[x[1]] |
	some x in sort({[r.priority, i] | some i, r in object.get(g, "stateless", []); is_number(r.priority)})
]

# _stateless_entries(p, f, dir): one entry per stateless rule (or unreadable group), in order.
_stateless_entries(p, f, dir) := [e |
	some ref in _sorted_refs(p.statelessRuleGroups)
	some e in _ref_entries(p, ref, f, dir)
]

_ref_entries(_, ref, _, _) := [_unreadable(ref)] if {
	not _readable(ref)
}

_ref_entries(_, ref, f, dir) := [_stateless_entry(g, r, f, dir) | some r in _stateless_rules(g)] if {
	_readable(ref)
	g := group(ref.ref)
}

_readable(ref) if {
	g := group(ref.ref)
	not g.unresolved
	not unknown.conditional(g)
	not _unordered_rule(g)
}

_unordered_rule(g) if {
	some r in object.get(g, "stateless", [])
	not is_number(r.priority)
}

_unreadable(ref) := {
	"match": "maybe",
	"action": "either",
	"unreadable": true,
	"group": _ref_label(ref.ref),
	"reason": _unreadable_reason(ref.ref),
	"why": _why(ref.ref),
	"location": ref.location,
}

_why(ref) := g.unresolved if {
	g := group(ref)
	is_string(g.unresolved)
} else := unknown.condition_reason(group(ref)) if {
	unknown.conditional(group(ref))
} else := unknown.reason(ref) if {
	unknown.unresolved(ref)
} else := ""

_ref_label(ref) := ref if is_string(ref)

_ref_label(ref) := "(unresolved)" if not is_string(ref)

_unreadable_reason(ref) := "unresolved" if {
	not is_string(ref)
} else := "managed" if {
	not group(ref)
	managed(ref)
} else := "missing" if {
	not group(ref)
} else := "conditional" if {
	unknown.conditional(group(ref))
} else := "unreadable"

_stateless_action(r) := "block" if {
	"aws:drop" in r.actions
} else := "allow" if {
	"aws:pass" in r.actions
} else := "sfe" if {
	"aws:forward_to_sfe" in r.actions
} else := "either"

_stateless_entry(g, r, f, dir) := {
	"match": _stateless_match(r, f, dir),
	"action": _as_allow(_stateless_action(r)),
	"sfe": _stateless_action(r) == "sfe",
	"group": object.get(g, "name", g.id),
	"priority": r.priority,
	"location": r.location,
}

_as_allow("sfe") := "allow"

_as_allow(a) := a if a != "sfe"

_protocols(r, f) := "all" if {
	count(r.protocols) == 0
} else := "all" if {
	_proto_number[f.protocol] in r.protocols
} else := "maybe" if {
	some n in r.protocols
	not is_number(n)
} else := "none"

_proto_number := {"tcp": 6, "udp": 17}

_tcp_flags(r, f) := "maybe" if {
	r.tcpFlags == true
	f.protocol == "tcp"
} else := "all"

_src_cidrs(cs) := "all" if {
	count(cs) == 0
} else := layers.from_any(cs)

_dst_cidrs(cs, f) := "all" if {
	count(cs) == 0
} else := layers.to_any(cs, f)

_dst_port(ranges, port) := "all" if {
	count(ranges) == 0
} else := domains.any_of([layers.port_in(x.from, x.to, port) | some x in ranges])

_range(ranges, lo, hi) := "all" if {
	count(ranges) == 0
} else := domains.any_of([layers.range_in(x.from, x.to, lo, hi) | some x in ranges])

_stateless_match(r, f, "out") := domains.all_of([
	_protocols(r, f),
	_tcp_flags(r, f),
	_src_cidrs(r.sources),
	_dst_cidrs(r.destinations, f),
	_range(r.sourcePorts, layers.ephemeral.from, layers.ephemeral.to),
	_dst_port(r.destinationPorts, f.port),
])

# Return packets of one segment of the ephemeral ports: from the destination to the runner.
_stateless_match(r, f, seg) := domains.all_of([
	_protocols(r, f),
	_tcp_flags(r, f),
	_dst_cidrs(r.sources, f),
	_src_cidrs(r.destinations),
	_dst_port(r.sourcePorts, f.port),
	_range(r.destinationPorts, seg.from, seg.to),
]) if is_object(seg)

_stateless_default(p) := {"action": "block", "default": true, "defaultAction": "aws:drop"} if {
	"aws:drop" in p.statelessDefaultActions
} else := {"action": "allow", "sfe": false, "default": true, "defaultAction": "aws:pass"} if {
	"aws:pass" in p.statelessDefaultActions
} else := {"action": "allow", "sfe": true, "default": true, "defaultAction": "aws:forward_to_sfe"} if {
	"aws:forward_to_sfe" in p.statelessDefaultActions
} else := {"action": "either", "default": true, "defaultAction": "(unresolved)"}

# stateless(p, f): the outbound packets through the stateless engine.
stateless(p, f) := {"state": "unknown", "by": _unreadable(r)} if {
	r := _unordered_ref(p.statelessRuleGroups)
} else := layers.first_match(_stateless_entries(p, f, "out"), _stateless_default(p))

# A pass before a forward that only may match: the stateful verdict may be skipped.
_pass_maybe(p, f) if {
	some e in _stateless_entries(p, f, "out")
	e.match in {"some", "maybe"}
	e.action != "block"
	not e.sfe
}

# inbound(p, f): the return packets through the stateless engine (stateful inspection tracks
# the flow once it saw it leave).
inbound(p, f) := _inbound(p, f, [{"segment": s, "result": layers.first_match(_stateless_entries(p, f, s), _stateless_default(p))} |
	some s in layers.segments(layers.ephemeral.from, layers.ephemeral.to, _return_bounds(p))
]) if {
	not _unordered_ref(p.statelessRuleGroups)
}

_return_bounds(p) := [x |
	some ref in p.statelessRuleGroups
	g := group(ref.ref)
	some r in object.get(g, "stateless", [])
	some x in r.destinationPorts
	is_number(x.from)
	is_number(x.to)
]

_inbound(p, f, segs) := _stateless_answer(p, f, s.result, "nfw_return", {"fromPort": s.segment.from, "toPort": s.segment.to}) if {
	s := _segment_with(segs, "block")
} else := _stateless_answer(p, f, s.result, "nfw_return", {"fromPort": s.segment.from, "toPort": s.segment.to}) if {
	s := _segment_with(segs, "unknown")
} else := layers.answer("nfw", "allow", "nfw_return_allows", _params(p, {}), p.location, p.id)

_segment_with(segs, state) := segs[min({i | some i, s in segs; s.result.state == state})]

# _stateless_answer(p, f, r, prefix, extra): the answer for a stateless outcome.
_stateless_answer(p, _, r, prefix, extra) := layers.answer("nfw", "block", concat("_", [prefix, "default_drop"]), _params(p, object.union(extra, {"action": r.by.defaultAction})), _loc(p, "statelessDefaultActions"), p.id) if {
	r.state == "block"
	r.by.default
} else := layers.answer("nfw", "block", concat("_", [prefix, "drop"]), _params(p, object.union(extra, _where(r.by))), r.by.location, p.id) if {
	r.state == "block"
} else := layers.answer("nfw", "unknown", concat("_", ["nfw_group", r.by.reason]), _params(p, object.union(extra, {"group": r.by.group, "why": r.by.why})), r.by.location, p.id) if {
	r.state == "unknown"
	r.by.unreadable
} else := layers.answer("nfw", "unknown", "nfw_stateless_default_unknown", _params(p, extra), _loc(p, "statelessDefaultActions"), p.id) if {
	r.state == "unknown"
	r.by.default
} else := layers.answer("nfw", "unknown", concat("_", [prefix, "maybe"]), _params(p, object.union(extra, _where(r.by))), r.by.location, p.id) if {
	r.state == "unknown"
} else := layers.answer("nfw", "allow", "nfw_stateless_default_pass", _params(p, extra), _loc(p, "statelessDefaultActions"), p.id) if {
	r.by.default
} else := layers.answer("nfw", "allow", "nfw_stateless_pass", _params(p, object.union(extra, _where(r.by))), r.by.location, p.id)

_where(e) := {"group": object.get(e, "group", null), "priority": object.get(e, "priority", null)}

# outbound(p, f): the flow through the stateless, then the stateful engine.
outbound(p, f) := _outbound(p, f, stateless(p, f))

_outbound(p, f, r) := _stateless_answer(p, f, r, "nfw_stateless", {}) if {
	r.state != "allow"
} else := _stateless_answer(p, f, r, "nfw_stateless", {}) if {
	not r.by.sfe
} else := _maybe_skipped(p, f, stateful(p, f))

# A stateless pass that may match first could skip a stateful drop.
_maybe_skipped(p, f, a) := layers.answer("nfw", "unknown", "nfw_stateless_maybe", _params(p, {"group": e.group, "priority": e.priority}), e.location, p.id) if {
	a.state == "block"
	es := [x | some x in _stateless_entries(p, f, "out"); x.match in {"some", "maybe"}; not x.sfe; x.action != "block"]
	e := es[0]
} else := a

# --- stateful engine ------------------------------------------------------------------------------

strict(p) if p.ruleOrder == "STRICT_ORDER"

# _stateful_refs(p): in priority order under STRICT_ORDER; as listed otherwise.
_stateful_refs(p) := _sorted_refs(p.statefulRuleGroups) if strict(p)

_stateful_refs(p) := p.statefulRuleGroups if not strict(p)

# ctx(p, g): the variables a group's rules see (lib/suricata).
ctx(p, g) := {
	"vars": object.get(g, "ipSets", {}),
	"ports": object.get(g, "portSets", {}),
	"refs": object.keys(object.get(g, "ipSetReferences", {})),
	"home": home,
} if {
	home := _home(p, g)
} else := {
	"vars": object.get(g, "ipSets", {}),
	"ports": object.get(g, "portSets", {}),
	"refs": object.keys(object.get(g, "ipSetReferences", {})),
}

# HOME_NET: the group's, else the policy's.
_home(p, g) := g.ipSets.HOME_NET if {
	count(g.ipSets.HOME_NET) > 0
} else := p.variables.HOME_NET if {
	count(p.variables.HOME_NET) > 0
}

_stateful_action(a) := "allow" if {
	lower(a) == "pass"
} else := "block" if {
	lower(a) in {"drop", "reject", "rejectsrc", "rejectdst", "rejectboth"}
} else := "none" if {
	lower(a) == "alert"
} else := "either"

# _rules(g): the group's rules as Suricata rules; a domain list becomes the rules AWS generates.
_rules(g) := g.rules if {
	not g.domainList
} else := _generated(g.domainList)

_targets := {"TLS_SNI": ["tls", "tls.sni"], "HTTP_HOST": ["http", "http.host"]}

_home_to_external := {
	"source": [{"value": "$HOME_NET", "negated": false}],
	"sourcePort": [],
	"direction": "->",
	"destination": [{"value": "$EXTERNAL_NET", "negated": false}],
	"destinationPort": [],
	"flow": ["to_server", "established"],
	"unsupported": [],
}

_generated(dl) := array.concat(
	[object.union(_home_to_external, {
		"action": _list_action[dl.type],
		"protocol": _targets[tt][0],
		"hosts": [],
		"matcher": _target_matcher(t.value),
		"target": t.value,
		"text": t.value,
		"location": t.location,
	}) |
		some tt in dl.targetTypes
		_targets[tt]
		some t in dl.targets
	],
	[object.union(_home_to_external, {
		"action": "drop",
		"protocol": _targets[tt][0],
		"hosts": [],
		"listDefault": true,
		"text": tt,
		"location": dl.location,
	}) |
		dl.type == "ALLOWLIST"
		some tt in dl.targetTypes
		_targets[tt]
	],
)

_list_action := {"ALLOWLIST": "pass", "DENYLIST": "drop", "REJECTLIST": "reject", "ALERTLIST": "alert"}

_target_matcher(t) := domains.target(t) if {
	is_string(t)
	domains.valid_target(t)
} else := {"type": "maybe"}

# _rule_match(p, g, rule, f, phase): a rule's match; a generated domain-list rule adds its target.
_rule_match(c, rule, f, phase) := "none" if {
	_target(rule, f) == "none"
} else := domains.all_of([suricata.match(rule, f, phase, c), _target(rule, f)])

_target(rule, f) := domains.match(rule.matcher, f.pattern) if {
	rule.matcher
	f.kind == "host"
} else := "none" if {
	rule.matcher
} else := "all"

# _name_partial: the rule matches only some names of the flow's wildcard, and all of the flow
# but for the name (not part of the runner's ports or addresses).
_name_partial(c, rule, f, phase, m) if {
	m == "some"
	f.pattern.wild
	suricata.match(object.union(rule, {"hosts": []}), f, phase, c) == "all"
} else := false

_override(ref, a) := "none" if {
	a == "block"
	ref.override == "DROP_TO_ALERT"
} else := a

# _stateful_entries(p, seq, phase): the rules that can pass or drop in the phase, in order (groups
# by priority, rules as written), each with its match, flowbits included; an unreadable group is
# one entry that may do anything.
_stateful_entries(p, seq, phase) := [object.union(e, {"match": ms[i]}) |
	ms := _matches(p, seq)
	some i, e in seq
	e.phase == phase
	e.action != "none"
	ms[i] != "none"
]

# _sequence(p, f): every rule that may match the flow, phase after phase, in the order Suricata
# evaluates them: those that pass or drop, and the alert rules that write flowbits.
_sequence(p, f) := [object.union(e, {"phase": phase}) |
	some phase in suricata.phases(f)
	some ref in _stateful_refs(p)
	some e in _stateful_ref_entries(p, ref, f, phase)
	e.match != "none"
]

# --- flowbits ---------------------------------------------------------------------------------------
# A flowbit is set (unset, toggled) when a rule that writes it matches a packet of the flow, and is
# read by the rules evaluated after it, on that packet or a later one. Under STRICT_ORDER that is
# rule order; a rule later in the same phase may write on an earlier packet of it (the handshake
# and a UDP flow are several packets), so it can change what an earlier rule reads. Under
# DEFAULT_ACTION_ORDER Suricata reorders the rules: every read is "maybe". A rule that reads bits
# written by rules that read bits is resolved in rounds: round 0 takes every read as "maybe", each
# round reads what the one before wrote; three rounds resolve chains of three (AWS's default block
# rules need two), and a longer chain stays "maybe".

_matches(p, seq) := _round(p, seq, _round(p, seq, _round(p, seq, _round0(seq)))) if {
	_reads_any(seq)
} else := [e.match | some e in seq]

_reads_any(seq) if {
	some e in seq
	count(_reads(e)) > 0
}

_reads(e) := [b | some b in object.get(e, "flowbits", []); b.op in {"isset", "isnotset"}]

_writes(e, name) := [b.op |
	some b in object.get(e, "flowbits", [])
	b.op in {"set", "unset", "toggle"}
	name in b.names
]

_round0(seq) := [_unread(e) | some e in seq]

_unread(e) := e.match if {
	count(_reads(e)) == 0
} else := domains.all_of([e.match, "maybe"])

_round(p, seq, ms) := [domains.all_of([e.match, _conditions(p, seq, i, ms)]) | some i, e in seq]

_conditions(p, seq, i, ms) := "all" if {
	count(_reads(seq[i])) == 0
} else := "maybe" if {
	not strict(p)
} else := domains.all_of([_read(seq, i, r, ms) | some r in _reads(seq[i])])

# _read(seq, i, r, ms): one isset / isnotset of rule i: its names OR'd ("a|b"), or AND'd ("a&b").
_read(seq, i, r, ms) := domains.any_of(_name_reads(seq, i, r, ms)) if {
	r.join == "or"
} else := domains.all_of(_name_reads(seq, i, r, ms))

_name_reads(seq, i, r, ms) := [_is(r.op, _state(seq, i, n, ms)) | some n in r.names]

_is("isset", state) := state

_is("isnotset", state) := domains.negated(state)

# _state(seq, i, name, ms): whether the bit is set when rule i reads it: the last write before i
# that surely happens decides ("none" when there is none: bits start unset); a write that may
# happen after it, or one later in the same phase, may change that.
_state(seq, i, name, ms) := _changed(_base(d), [w | some w in ws; w.at > d.at; w.effect != "none"]) if {
	ws := _writers(seq, i, name, ms)
	d := _last_sure(ws)
} else := _changed("none", [w | some w in _writers(seq, i, name, ms); w.effect != "none"])

# _writers: the rules that write the bit and may run before rule i reads it, with the effect of
# their match; a later rule of the same phase writes only on an earlier packet: "maybe".
_writers(seq, i, name, ms) := [{"at": j, "op": op, "effect": _effect(seq, j, i, ms)} |
	some j, e in seq
	j != i
	_visible(seq, j, i)
	some op in _writes(e, name)
]

_visible(_, j, i) if j < i

_visible(seq, j, i) if {
	j > i
	seq[j].phase == seq[i].phase
}

_effect(seq, j, i, ms) := domains.all_of([_gated(seq, j, ms), "maybe"]) if {
	j > i
} else := _gated(seq, j, ms)

# _gated(seq, j, ms): rule j's match, unless a pass earlier in its phase that passes only that
# packet (flow:not_established) stops the packet's inspection first.
_gated(seq, j, ms) := domains.all_of(array.concat([ms[j]], [domains.negated(ms[k]) |
	some k, e in seq
	k < j
	e.phase == seq[j].phase
	e.action == "allow"
	e.scope == "phase"
]))

_last_sure(ws) := ws[k] if {
	k := max({k | some k, w in ws; w.effect == "all"})
}

_base(d) := "all" if d.op == "set"

_base(d) := "none" if d.op == "unset"

_base(d) := "maybe" if d.op == "toggle"

# _changed(state, ws): the state after writes that may or may not happen.
_changed(state, ws) := state if {
	count(ws) == 0
} else := "all" if {
	state == "all"
	every w in ws {
		w.op == "set"
	}
} else := "none" if {
	state == "none"
	every w in ws {
		w.op == "unset"
	}
} else := "maybe"

_stateful_ref_entries(_, ref, _, _) := [_unreadable(ref)] if {
	not _readable_stateful(ref)
}

_stateful_ref_entries(p, ref, f, phase) := [object.union(r.entry, {"match": m, "namePartial": _name_partial(c, r.rule, f, phase, m)}) |
	some r in prepared[[p.id, gi, _override_of(ref), suricata.kind(f, phase)]]
	m := _rule_match(c, r.rule, f, phase)
	m != "none"
] if {
	_readable_stateful(ref)
	gi := _group_index(ref.ref)
	c := contexts[[p.id, gi]]
}

_override_of(ref) := object.get(ref, "override", "")

# prepared[[policy, group, override, kind]]: the rules of a group that can pass or drop in a kind
# of phase (lib/suricata kinds), with their entry fields, built once per policy and group.
prepared[[p.id, gi, o, kind]] := [{"rule": rule, "entry": {
	"action": a,
	"ruleAction": lower(rule.action),
	"scope": suricata.scope(rule),
	"group": object.get(g, "name", g.id),
	"rule": rule.text,
	"target": object.get(rule, "target", null),
	"listDefault": object.get(rule, "listDefault", false),
	"flowbits": object.get(rule, "flowbits", []),
	"unsupported": object.get(rule, "unsupported", []),
	"location": rule.location,
}} |
	some rule in group_rules[gi]
	a := _override({"override": o}, _stateful_action(rule.action))
	_acts(a, rule)
	suricata.possible(rule, kind)
] if {
	some p in policies
	some ref in p.statefulRuleGroups
	gi := _group_index(ref.ref)
	g := groups[gi]
	o := _override_of(ref)
	some kind in suricata.kinds
}

# _acts(a, rule): the rule can pass or drop, or writes flowbits that others read.
_acts(a, _) if a != "none"

_acts("none", rule) if {
	some b in object.get(rule, "flowbits", [])
	b.op in {"set", "unset", "toggle"}
}

# group_rules[i]: the rules of group i (a domain list as the rules AWS generates), built once.
group_rules[i] := _rules(g) if {
	some i, g in groups
}

# refusals[i]: the rules of group i that Network Firewall refuses (lib/suricata's refused): the group
# cannot be created as written, so neither can a policy that references it.
refusals[i] := [{"group": object.get(g, "name", g.id), "rule": r.text, "reason": why, "location": r.location} |
	some r in group_rules[i]
	why := suricata.refused(r)
] if {
	some i, g in groups
}

_refused(p) := xs[0] if {
	xs := [x |
		some ref in _stateful_refs(p)
		some x in refusals[_group_index(ref.ref)]
	]
	count(xs) > 0
}

# contexts[[policy, i]]: the variables group i's rules see in a policy, built once.
contexts[[p.id, i]] := ctx(p, g) if {
	some p in policies
	some i, g in groups
}

_group_index(ref) := min({i | some i, g in groups; ref in {g.id, object.get(g, "arn", null)}}) if is_string(ref)

_readable_stateful(ref) if {
	g := group(ref.ref)
	not g.unresolved
	not unknown.conditional(g)
	is_array(group_rules[_group_index(ref.ref)])
}

# The stateful default for a phase (STRICT_ORDER only).
_stateful_default(p, "handshake") := {"action": "block", "default": "aws:drop_strict"} if {
	strict(p)
	"aws:drop_strict" in p.statefulDefaultActions
} else := {"action": "allow", "default": _default_label(p), "scope": "phase"}

_stateful_default(p, phase) := {"action": "block", "default": ds[0]} if {
	phase != "handshake"
	strict(p)
	ds := [d | some d in p.statefulDefaultActions; d in _drop_defaults]
	count(ds) > 0
} else := {"action": "allow", "default": _default_label(p), "scope": "flow"} if {
	phase != "handshake"
}

# The drop defaults that drop what no rule matches once the connection is established: the
# application-layer ones wait for the ClientHello / request (a flow is judged there, lib/suricata)
# and, "to_server", drop only what the client sends; all drop every unmatched UDP packet.
_drop_defaults := {
	"aws:drop_strict", "aws:drop_established",
	"aws:drop_established_app_layer", "aws:drop_established_app_layer_to_server",
}

_default_label(p) := concat(", ", [d | some d in p.statefulDefaultActions; is_string(d)]) if {
	strict(p)
	count(p.statefulDefaultActions) > 0
} else := "STRICT_ORDER" if {
	strict(p)
} else := "DEFAULT_ACTION_ORDER"

_evaluate(p, seq, phase) := layers.first_match(_stateful_entries(p, seq, phase), _stateful_default(p, phase)) if {
	strict(p)
} else := layers.unordered(_stateful_entries(p, seq, phase), _stateful_default(p, phase))

# stateful(p, f): the answer of the stateful engine for the flow's phases.
stateful(p, f) := layers.answer("nfw", "block", "nfw_refused_rule", _params(p, {"group": x.group, "rule": x.rule, "reason": x.reason}), x.location, p.id) if {
	x := _refused(p)
} else := layers.answer("nfw", "unknown", "nfw_group_unordered", _params(p, {"group": _ref_label(r.ref)}), r.location, p.id) if {
	strict(p)
	r := _unordered_ref(p.statefulRuleGroups)
} else := layers.answer("nfw", "unknown", "nfw_rule_order", _params(p, {"order": p.ruleOrder}), p.location, p.id) if {
	not p.ruleOrder in {"STRICT_ORDER", "DEFAULT_ACTION_ORDER"}
} else := _phases(p, f, [{"phase": phase, "result": _evaluate(p, seq, phase)} |
	seq := _sequence(p, f)
	some phase in suricata.phases(f)
])

# The first phase that does not simply continue decides.
_phases(p, f, rs) := _phase_answer(p, f, rs[i]) if {
	i := min({j |
		some j, r in rs
		_decides(r, j, count(rs))
	})
}

_decides(r, _, _) if r.result.state != "allow"

_decides(r, _, _) if object.get(r.result.by, "scope", "flow") == "flow"

_decides(_, j, n) if j == n - 1

_phase_answer(p, _, r) := layers.answer("nfw", "allow", "nfw_default_pass", _params(p, {"action": r.result.by.default}), _loc(p, "statefulDefaultActions"), p.id) if {
	r.result.state == "allow"
	r.result.by.default
} else := layers.answer("nfw", "allow", _pass_cause(r), _rule_params(p, r.result.by), r.result.by.location, p.id) if {
	r.result.state == "allow"
} else := layers.answer("nfw", "pattern", "nfw_name_pattern", _rule_params(p, r.result.by), r.result.by.location, p.id) if {
	r.result.state == "pattern"
} else := layers.answer("nfw", "block", "nfw_handshake_default", _params(p, {"action": r.result.by.default}), _loc(p, "statefulDefaultActions"), p.id) if {
	r.result.state == "block"
	r.result.by.default
	r.phase == "handshake"
} else := layers.answer("nfw", "block", _default_cause(r), _params(p, _partial(r.result, {"action": r.result.by.default})), _loc(p, "statefulDefaultActions"), p.id) if {
	r.result.state == "block"
	r.result.by.default
} else := layers.answer("nfw", "block", "nfw_handshake_drop", _rule_params(p, r.result.by), r.result.by.location, p.id) if {
	r.result.state == "block"
	r.phase == "handshake"
} else := layers.answer("nfw", "block", _drop_cause(r), _partial(r.result, _rule_params(p, r.result.by)), r.result.by.location, p.id) if {
	r.result.state == "block"
} else := layers.answer("nfw", "unknown", concat("_", ["nfw_group", r.result.by.reason]), _params(p, {"group": r.result.by.group, "why": r.result.by.why}), r.result.by.location, p.id) if {
	r.result.by.unreadable
} else := layers.answer("nfw", "unknown", "nfw_maybe_option", object.union(_rule_params(p, r.result.by), {"options": concat(", ", r.result.by.unsupported)}), r.result.by.location, p.id) if {
	count(object.get(r.result.by, "unsupported", [])) > 0
} else := layers.answer("nfw", "unknown", "nfw_maybe", _rule_params(p, r.result.by), r.result.by.location, p.id)

_default_cause(r) := "nfw_default_drop_partial" if {
	r.result.partial
} else := "nfw_default_drop"

_drop_cause(r) := "nfw_drop_partial" if {
	r.result.partial
} else := "nfw_list_default" if {
	r.result.by.listDefault
} else := "nfw_list_drop" if {
	is_string(r.result.by.target)
} else := "nfw_drop"

_pass_cause(r) := "nfw_list_pass" if {
	is_string(r.result.by.target)
} else := "nfw_pass"

_partial(result, params) := object.union(params, {"partialRule": result.partial.rule, "partialGroup": result.partial.group}) if {
	result.partial.rule
} else := params

_rule_params(p, e) := _params(p, {"group": e.group, "rule": e.rule, "action": e.ruleAction, "target": e.target})
