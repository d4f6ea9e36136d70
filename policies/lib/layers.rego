# METADATA
# title: Egress flows and the layers on their path
# description: |
#   Shared logic of the egress rules: the flows a requirement stands for (one per destination,
#   protocol and port), and the building blocks every layer (security groups, network ACLs,
#   Network Firewall, squid, iptables) judges them with:
#
#   - three-valued matches, as in lib/domains: "all" (every host of the flow matches), "none",
#     "some" (part of a wildcard), "maybe" (depends on a value runnerlint does not know);
#   - first-match evaluation of an ordered rule list (network ACLs, strict-order firewalls, squid
#     http_access, iptables chains), and the unordered "pass wins" evaluation of Suricata's
#     action order;
#   - port segments, to judge a whole port range (the ephemeral return ports) rule by rule.
#
#   A flow to a host name has no fixed addresses: a CIDR-based rule matches all of them only when
#   it covers every IPv4 address (0.0.0.0/0); a rule limited to private, link-local or other
#   non-public blocks matches none of them (public names resolve to public addresses); any other
#   block may or may not hold them. IPv6 blocks never match: the runner's traffic is IPv4.
# scope: package
package runnerlint.lib.layers

import data.runnerlint.lib.cidr
import data.runnerlint.lib.domains
import data.runnerlint.lib.features
import data.runnerlint.lib.ports
import data.runnerlint.lib.unknown

config := object.get(input, "config", {})

runner := object.get(config, "runner", null)

# --- requirements and flows ----------------------------------------------------------------------

flow_kinds := {"egress", "aws-api"}

# catalogue: the egress / aws-api requirements of the catalogue, templates included.
catalogue[id] := req if {
	some id, req in data.runnerlint.catalogue.requirements
	req.kind in flow_kinds
}

# declared[id]: the user-declared instances made concrete from the config (scm.github, ...).
declared[id] := d if {
	some d in object.get(config, "declared", [])
	id := d.id
	is_string(id)

	# the first declaration of an id wins
	d == [x | some x in object.get(config, "declared", []); x.id == id][0]
}

# template(id): a requirement whose hosts come from the config (scm.<name>, ...).
template(id) if catalogue[id].userDeclared == true

# requirement(id): the catalogue entry or declared instance judged as id.
requirement(id) := catalogue[id] if not declared[id]

requirement(id) := declared[id]

# optional(id): blocked optional requirements are warnings (egress/optional).
optional(id) if requirement(id).optional == true

# skip(id): why a requirement does not apply to this input: {"messageId", "params"}, or undefined.
skip(id) := {"messageId": "not_applicable_runner", "params": {"runner": runner, "runners": req.runners}} if {
	req := requirement(id)
	is_array(req.runners)
	is_string(runner)
	not runner in req.runners
} else := {"messageId": "not_applicable_feature", "params": {"feature": feature}} if {
	feature := requirement(id).feature
	is_string(feature)
	not enabled(feature)
}

# enabled(feature): the config turns the feature on (lib.features, shared with the SCP rules).
enabled(feature) if features.enabled(config, feature)

# flows(id): one flow per destination, protocol and port of the requirement. A host-named UDP
# destination is left out when the requirement also names addresses for that protocol and port:
# UDP carries no name a firewall could filter on, so only the addresses can be judged. So is a
# destination of a gateway region the config's gatewayRegions leave out (the runner is pinned).
flows(id) := {f |
	req := requirement(id)
	some d in object.get(req, "destinations", [])
	not _udp_name_with_addresses(req, d)
	not _other_region(d)
	some port in d.ports
	f := flow(id, d, port)
}

_other_region(d) if {
	is_string(d.gatewayRegion)
	is_array(config.gatewayRegions)
	not d.gatewayRegion in config.gatewayRegions
}

_udp_name_with_addresses(req, d) if {
	is_string(d.host)
	ports.protocol(d.protocol) == "udp"
	some other in req.destinations
	is_string(other.ip)
	ports.protocol(other.protocol) == "udp"
	some port in d.ports
	port in other.ports
}

# named_udp(id): the requirement's UDP host names left out by flows(id).
named_udp(id) := {d.host |
	req := requirement(id)
	some d in object.get(req, "destinations", [])
	_udp_name_with_addresses(req, d)
}

flow(id, d, port) := {
	"requirement": id,
	"kind": "host",
	"destination": host,
	"pattern": domains.pattern(host),
	"protocol": ports.protocol(d.protocol),
	"port": port,
	"scheme": object.get(d, "scheme", null),
	"direct": object.get(d, "direct", false),
} if {
	is_string(d.host)
	host := domains.fill(d.host, config)
}

flow(id, d, port) := {
	"requirement": id,
	"kind": "ip",
	"destination": d.ip,
	"address": d.ip,
	"protocol": ports.protocol(d.protocol),
	"port": port,
	"scheme": object.get(d, "scheme", null),
	"direct": object.get(d, "direct", false),
} if is_string(d.ip)

flow(id, d, port) := {
	"requirement": id,
	"kind": "cidr",
	"destination": d.cidr,
	"address": d.cidr,
	"protocol": ports.protocol(d.protocol),
	"port": port,
	"scheme": object.get(d, "scheme", null),
	"direct": object.get(d, "direct", false),
} if is_string(d.cidr)

# tls(f): the flow is TLS (HTTPS): TLS SNI rules see its name.
tls(f) if {
	f.protocol == "tcp"
	f.scheme == "https"
}

# http(f): the flow is plain HTTP: HTTP Host rules see its name.
http(f) if {
	f.protocol == "tcp"
	f.scheme == "http"
}

# flow_params(f): what every verdict on a flow interpolates.
flow_params(f) := {"protocol": upper(f.protocol), "port": f.port, "destination": f.destination}

# --- addresses ----------------------------------------------------------------------------------

# Blocks that hold no public address: a public host name never resolves into them.
non_public := [
	"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
	"172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
	"198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
]

# non_public_block(c): c lies inside a non-public block (the list's blocks are valid: layers_test).
non_public_block(c) if {
	cidr.valid(c)
	some b in non_public
	net.cidr_contains(b, c)
}

# block(c): c as a CIDR block ("1.2.3.4" → "1.2.3.4/32"), or undefined when it is not one.
block(c) := c if {
	cidr.valid(c)
} else := concat("", [c, "/32"]) if {
	is_string(c)
	not contains(c, "/")
	not contains(c, ":")
	cidr.valid(concat("", [c, "/32"]))
} else := concat("", [c, "/128"]) if {
	is_string(c)
	not contains(c, "/")
	contains(c, ":")
	cidr.valid(concat("", [c, "/128"]))
}

# to(c, f): how destination block c (a CIDR, an address, or unresolved) matches flow f's
# destination.
to(c, f) := _to(b, f) if {
	b := block(c)
} else := "maybe"

_to(b, f) := "all" if {
	f.kind == "host"
	cidr.world4(b)
} else := "none" if {
	f.kind == "host"
	cidr.ipv6(b)
} else := "none" if {
	f.kind == "host"
	non_public_block(b)
} else := "maybe" if {
	f.kind == "host"
} else := "all" if {
	cidr.contains_block(b, block(f.address))
} else := "maybe" if {
	cidr.overlaps(b, block(f.address))
} else := "none"

# to_any(cs, f): the disjunction over a list of blocks; an empty list matches nothing.
to_any(cs, f) := domains.any_of([to(c, f) | some c in cs])

# runner_blocks: the runner's own addresses: the config's vpcCidrs, else the blocks of the only
# VPC in the input. Undefined when unknown.
runner_blocks := config.vpcCidrs if {
	count(config.vpcCidrs) > 0
} else := bs if {
	count(object.get(input, "vpcs", [])) == 1
	bs := [c | some c in input.vpcs[0].cidrs; cidr.ipv4(c)]
	count(bs) > 0
	count(bs) == count(input.vpcs[0].cidrs)
}

# from(c): how source block c matches the runner's addresses: "all" when it holds every runner
# block, "none" when it overlaps none, else (or when the runner's addresses are unknown) "maybe".
# A world block always holds them.
from(c) := _from(b) if {
	b := block(c)
} else := "maybe"

_from(b) := "all" if {
	cidr.world4(b)
} else := "none" if {
	cidr.ipv6(b)
} else := "maybe" if {
	not runner_blocks
} else := "all" if {
	every r in runner_blocks {
		cidr.contains_block(b, r)
	}
} else := "none" if {
	every r in runner_blocks {
		not cidr.overlaps(b, r)
	}
} else := "maybe"

from_any(cs) := domains.any_of([from(c) | some c in cs])

# --- ports and protocols --------------------------------------------------------------------------

# port_in(from, to, port): "all" / "none" / "maybe" (unresolved bounds).
port_in(lo, hi, port) := "maybe" if {
	not is_number(lo)
} else := "maybe" if {
	not is_number(hi)
} else := "all" if {
	lo <= port
	port <= hi
} else := "none"

# range_in(lo, hi, a, b): does lo..hi hold all of a..b ("all"), none ("none") or part ("some")?
range_in(lo, hi, a, b) := "maybe" if {
	not is_number(lo)
} else := "maybe" if {
	not is_number(hi)
} else := "all" if {
	lo <= a
	b <= hi
} else := "none" if {
	hi < a
} else := "none" if {
	lo > b
} else := "some"

# ephemeral: the client ports return traffic comes back to (AWS: 1024-65535 covers every client).
ephemeral := {"from": 1024, "to": 65535}

# segments(lo, hi, ranges): lo..hi cut at every bound of the ranges ({"from", "to"}, numbers),
# so that each segment is wholly inside or outside each range.
segments(lo, hi, ranges) := [{"from": b, "to": _segment_end(bounds, i, hi)} |
	bounds := sort({lo} | {x |
		some r in ranges
		some x in [r.from, r.to + 1]
		is_number(x)
		lo < x
		x <= hi
	})
	some i, b in bounds
]

_segment_end(bounds, i, _) := bounds[i + 1] - 1 if i + 1 < count(bounds)

_segment_end(bounds, i, hi) := hi if i + 1 == count(bounds)

# --- ordered evaluation ---------------------------------------------------------------------------

# first_match(entries, dflt): the outcome of the first entry that matches, in order, for every
# host of the flow. Each entry has "match" (all / none / some / maybe) and "action" (allow /
# block / either — either: the entry may do anything, e.g. an unreadable rule group); dflt has
# "action" and applies when none matches. Returns {"state": allow | block | unknown, "by": the
# deciding or the uncertain entry, "partial": an earlier entry that matched only part}; "pattern"
# when only blocks of names of a pattern under a wildcard come before the allow.
first_match(entries, dflt) := _first(entries, dflt, _decisive_index(entries))

_decisive_index(entries) := min({i | some i, e in entries; e.match == "all"} | {count(entries)})

_decisive(entries, _, i) := entries[i] if i < count(entries)

_decisive(entries, dflt, i) := dflt if i == count(entries)

_uncertain(entries, i) := [e |
	some j, e in entries
	j < i
	e.match in {"some", "maybe"}
]

_first(entries, dflt, i) := _allowed(_uncertain(entries, i), _decisive(entries, dflt, i)) if {
	_decisive(entries, dflt, i).action == "allow"
} else := _blocked(_uncertain(entries, i), _decisive(entries, dflt, i)) if {
	_decisive(entries, dflt, i).action == "block"
} else := {"state": "unknown", "by": _decisive(entries, dflt, i)}

# Decided allow: blocks before it that match only names of a pattern under a wildcard (namePartial)
# and nothing else: "pattern" (the vendor's single-label names are not known to match it); a
# partial block of anything else blocks part of the flow, unless an uncertain allow before it
# could shadow it; a maybe-block before it makes the outcome unknown.
_allowed(before, d) := {"state": "pattern", "by": before[0], "allowedBy": d} if {
	count(before) > 0
	every e in before {
		e.action == "block"
		e.match == "some"
		e.namePartial == true
	}
} else := {"state": "block", "by": before[k]} if {
	k := min({k |
		some k, b in before
		b.action == "block"
		b.match == "some"
		not b.namePartial
		every e in array.slice(before, 0, k) {
			e.action == "block"
		}
	})
} else := {"state": "unknown", "by": before[k]} if {
	k := min({k | some k, b in before; b.action != "allow"})
} else := {"state": "allow", "by": d}

# Decided block: an uncertain allow before it that matches only "maybe" (a value runnerlint
# does not know) makes it unknown; one that matches "some" hosts of a wildcard still leaves the
# others blocked.
_blocked(before, d) := {"state": "unknown", "by": before[k]} if {
	k := min({k | some k, a in before; a.action != "block"; a.match == "maybe"})
} else := {"state": "unknown", "by": before[k]} if {
	k := min({k | some k, a in before; a.action == "either"})
} else := {"state": "block", "by": d, "partial": before[k]} if {
	k := min({k | some k, a in before; a.action == "allow"})
} else := {"state": "block", "by": d}

# unordered(entries, dflt): Suricata's action order: a pass that matches wins over any drop;
# then a drop or reject; else the default.
unordered(entries, dflt) := {"state": "allow", "by": entries[k]} if {
	k := min({k | some k, a in entries; a.action == "allow"; a.match == "all"})
} else := {"state": "unknown", "by": entries[k]} if {
	_definite_block(entries)
	k := min({k | some k, a in entries; a.action != "block"; a.match == "maybe"})
} else := {"state": "block", "by": _first_of(_definite_blocks(entries))} if {
	_definite_block(entries)
} else := {"state": "unknown", "by": entries[k]} if {
	k := min({k | some k, b in entries; b.action != "allow"; b.match in {"some", "maybe", "all"}})
} else := {"state": "allow", "by": dflt} if {
	dflt.action == "allow"
} else := {"state": "unknown", "by": entries[k]} if {
	k := min({k | some k, a in entries; a.action == "allow"; a.match == "maybe"})
} else := {"state": "block", "by": dflt}

_definite_blocks(entries) := [b |
	some b in entries
	b.action == "block"
	b.match in {"all", "some"}
]

_definite_block(entries) if count(_definite_blocks(entries)) > 0

# _first_of(bs): the first "all" entry, else the first.
_first_of(bs) := b if {
	alls := [x | some x in bs; x.match == "all"]
	b := alls[0]
} else := bs[0]

# --- answers ---------------------------------------------------------------------------------------

# answer(layer, state, cause, params, location, resource): what one layer says about one flow.
answer(layer, state, cause, params, location, resource) := {
	"layer": layer,
	"state": state,
	"cause": cause,
	"params": params,
	"location": location,
	"resource": resource,
}

# maybe_value(v): a value the loaders could not resolve.
maybe_value(v) if unknown.unresolved(v)
