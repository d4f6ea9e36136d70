# METADATA
# title: iptables (host firewalls) as an egress layer
# description: |
#   The filter table of an iptables-save file, user chains inlined by the loader (a jump's
#   conditions are added to the rules of the chain it jumps to; a RETURN's conditions exclude
#   the rules after it). For a chain, the rules are read in order and the first whose matches
#   all hold decides: ACCEPT allows, DROP and REJECT block; RETURN in a built-in chain, or no
#   match, applies the chain's policy. The runner's own traffic leaves through OUTPUT (its
#   replies come back through INPUT); traffic the host forwards (containers, a NAT instance)
#   goes through FORWARD both ways, which is judged when the chain has rules. The connection's
#   first packet is NEW, the replies ESTABLISHED (-m state / -m conntrack --ctstate).
#   Evaluated matches: -p, -d, -s, --dport / --dports, --sport / --sports, the state, and -o /
#   -i lo (never the runner's outbound traffic); any other match may or may not hold. Unlike
#   security groups and VPC firewalls, a host firewall does filter the instance metadata service.
# scope: package
package runnerlint.lib.iptables

import data.runnerlint.lib.domains
import data.runnerlint.lib.layers
import data.runnerlint.lib.ports

firewalls := [h | some h in object.get(input, "hostFirewalls", []); h.kind == "iptables"]

present if count(firewalls) > 0

_chain(h, name) := h.chains[min({i | some i, c in h.chains; c.name == name})]

# answers(f): for each file, the outbound packet (OUTPUT, and FORWARD when it has rules) and the
# replies (INPUT, and FORWARD).
answers(f) := {a |
	some h in firewalls
	some a in _answers(h, f)
}

_answers(h, f) := {_judge(h, c, f, dir) |
	some [name, dir] in [["OUTPUT", "out"], ["INPUT", "back"], ["FORWARD", "out"], ["FORWARD", "back"]]
	c := _chain(h, name)
	_judged(c)
}

_judged(c) if c.name in {"OUTPUT", "INPUT"}

_judged(c) if {
	c.name == "FORWARD"
	count(c.rules) > 0
}

_policy(c) := {"action": "allow", "policy": c.policy} if {
	upper(c.policy) == "ACCEPT"
} else := {"action": "block", "policy": c.policy} if {
	upper(c.policy) in {"DROP", "REJECT"}
} else := {"action": "either", "policy": c.policy}

_target(c, t) := "allow" if {
	upper(t) == "ACCEPT"
} else := "block" if {
	upper(t) in {"DROP", "REJECT"}
} else := _policy(c).action if {
	upper(t) == "RETURN"
} else := "either"

_entry(c, r, f, dir) := {
	"match": domains.all_of(array.concat(
		[_match(m, f, dir) | some m in r.matches],
		[domains.negated(domains.all_of([_match(m, f, dir) | some m in u])) | some u in r.unless],
	)),
	"action": _target(c, r.target),
	"target": r.target,
	"rule": r.text,
	"location": r.location,
}

_match(m, f, dir) := domains.negated(_plain(m, f, dir)) if {
	m.negated
} else := _plain(m, f, dir)

_plain(m, f, _) := "all" if {
	m.kind == "protocol"
	ports.protocol(m.values[0]) == "all"
} else := "all" if {
	m.kind == "protocol"
	ports.protocol(m.values[0]) == f.protocol
} else := "none" if {
	m.kind == "protocol"
	ports.protocol(m.values[0])
} else := "maybe" if {
	m.kind == "protocol"
}

# Addresses: outbound, the destination is the flow's; on the way back, the source is.
_plain(m, f, "out") := layers.to_any(m.values, f) if m.kind == "destination"

_plain(m, _, "out") := layers.from_any(m.values) if m.kind == "source"

_plain(m, f, "back") := layers.to_any(m.values, f) if m.kind == "source"

_plain(m, _, "back") := layers.from_any(m.values) if m.kind == "destination"

_plain(m, f, "out") := _ports(m.values, f.port) if m.kind == "dport"

_plain(m, _, "out") := _ephemeral(m.values) if m.kind == "sport"

_plain(m, f, "back") := _ports(m.values, f.port) if m.kind == "sport"

_plain(m, _, "back") := _ephemeral(m.values) if m.kind == "dport"

_plain(m, _, "out") := _state(m.values, "NEW") if m.kind == "state"

_plain(m, _, "back") := _state(m.values, "ESTABLISHED") if m.kind == "state"

_plain(m, _, _) := "none" if {
	m.kind in {"out-interface", "in-interface"}
	startswith(m.values[0], "lo")
}

_plain(m, _, _) := "maybe" if {
	m.kind in {"out-interface", "in-interface"}
	not startswith(m.values[0], "lo")
}

_plain(m, _, _) := "maybe" if {
	not m.kind in {"protocol", "destination", "source", "dport", "sport", "state", "out-interface", "in-interface"}
}

_ports(values, port) := domains.any_of([_port(v, port) | some v in values])

_port(v, port) := layers.port_in(to_number(b[0]), to_number(b[1]), port) if {
	b := split(v, ":")
	count(b) == 2
	regex.match(`^[0-9]+$`, b[0])
	regex.match(`^[0-9]+$`, b[1])
} else := layers.port_in(to_number(v), to_number(v), port) if {
	regex.match(`^[0-9]+$`, v)
} else := "maybe"

# The runner's ephemeral ports: "all" when one range holds them all; part of them: "maybe".
_ephemeral(values) := "all" if {
	some v in values
	_range(v) == "all"
} else := "none" if {
	every v in values {
		_range(v) == "none"
	}
} else := "maybe"

_range(v) := layers.range_in(to_number(b[0]), to_number(b[1]), layers.ephemeral.from, layers.ephemeral.to) if {
	b := split(v, ":")
	count(b) == 2
	regex.match(`^[0-9]+$`, b[0])
	regex.match(`^[0-9]+$`, b[1])
} else := layers.range_in(to_number(v), to_number(v), layers.ephemeral.from, layers.ephemeral.to) if {
	regex.match(`^[0-9]+$`, v)
} else := "maybe"

_state(values, s) := "all" if {
	s in {upper(v) | some v in values}
} else := "none"

_judge(h, c, f, dir) := _answer(h, c, dir, layers.first_match([_entry(c, r, f, dir) | some r in c.rules], _policy(c)))

_answer(h, c, dir, r) := layers.answer("iptables", "allow", _cause(dir, "allows"), _params(h, c, r.by), r.by.location, h.id) if {
	r.state == "allow"
	r.by.rule
} else := layers.answer("iptables", "allow", _cause(dir, "policy_allows"), {"file": h.id, "chain": c.name, "policy": c.policy}, c.location, h.id) if {
	r.state == "allow"
} else := layers.answer("iptables", "block", _cause(dir, "blocks"), _params(h, c, r.by), r.by.location, h.id) if {
	r.state == "block"
	r.by.rule
} else := layers.answer("iptables", "block", _cause(dir, "policy_blocks"), {"file": h.id, "chain": c.name, "policy": c.policy}, c.location, h.id) if {
	r.state == "block"
} else := layers.answer("iptables", "unknown", _cause(dir, "maybe"), _params(h, c, r.by), r.by.location, h.id) if {
	r.by.rule
} else := layers.answer("iptables", "unknown", _cause(dir, "policy_unknown"), {"file": h.id, "chain": c.name, "policy": c.policy}, c.location, h.id)

_cause("out", x) := concat("_", ["iptables", x])

_cause("back", x) := concat("_", ["iptables_return", x])

_params(h, c, e) := {"file": h.id, "chain": c.name, "rule": e.rule, "target": e.target}
