# METADATA
# title: Egress verdicts, shared by the egress rules
# description: |
#   Judges every egress and aws-api requirement of the catalogue (and every user-declared
#   instance of the config) against each layer of the runner's egress path found in the input:
#   security groups, network ACLs, Network Firewall policies, squid proxies, iptables. One
#   verdict body per flow and layer — satisfied where the layer allows the flow, violated where
#   it blocks it, unknown where it cannot be told — so the requirement is violated when any layer
#   blocks any flow, satisfied only when every layer allows every flow, and unknown otherwise.
#   The rule packages (egress/allowlist, egress/optional, egress/vpc_endpoint) split the bodies
#   between them by severity.
package runnerlint.egress.judge

import data.runnerlint.lib.iptables
import data.runnerlint.lib.layers
import data.runnerlint.lib.layers_sg
import data.runnerlint.lib.nacl
import data.runnerlint.lib.nfw
import data.runnerlint.lib.squid

# ids: the requirements judged, templates apart: the catalogue's and the declared instances.
ids := {id | some id, _ in layers.catalogue; not layers.template(id)} | {id | some id, _ in layers.declared}

# templates: the user-declared templates judged as such. A `<name>` template stands for its
# instances in the requirement table (scm.github for scm.<name>), so it needs no verdict of its
# own; metrics.prometheus has no `<name>` and is its own instance when declared.
templates := {id |
	some id, _ in layers.catalogue
	layers.template(id)
	not contains(id, "<name>")
	not layers.declared[id]
}

# present: the layers the input describes.
present contains "sg" if layers_sg.present

present contains "nacl" if nacl.present

present contains "nfw" if nfw.present

present contains "squid" if squid.present

present contains "iptables" if iptables.present

link_local(id) if layers.requirement(id).linkLocal == true

# answers(id, f): what every present layer says about the flow. Link-local destinations are
# answered by the instance itself: only a host firewall filters them.
answers(id, f) := iptables.answers(f) if {
	link_local(id)
	iptables.present
} else := set() if {
	link_local(id)
} else := (((_sg(f) | _nacl(f)) | _nfw(f)) | _squid(f)) | _iptables(f)

_sg(f) := layers_sg.answers(f) if layers_sg.present

_sg(_) := set() if not layers_sg.present

_nacl(f) := nacl.answers(f) if nacl.present

_nacl(_) := set() if not nacl.present

_nfw(f) := nfw.answers(f) if nfw.present

_nfw(_) := set() if not nfw.present

_squid(f) := squid.answers(f) if squid.present

_squid(_) := set() if not squid.present

_iptables(f) := iptables.answers(f) if iptables.present

_iptables(_) := set() if not iptables.present

# A layer answers "na" for a flow that does not pass through it (a proxy and UDP).
# A layer that blocks only names of a pattern under a wildcard ("pattern") cannot be judged on the
# vendor's actual names: unknown, reported by egress/name-pattern as a note.
_status := {"allow": "satisfied", "block": "violated", "unknown": "unknown", "na": "not-applicable", "pattern": "unknown"}

pattern_causes := {"nfw_name_pattern"}

body(id, status, message_id, params, location, resource) := {
	"requirement": id,
	"status": status,
	"messageId": message_id,
	"params": object.union(params, {"requirement": id}),
	"location": location,
	"resource": resource,
}

# bodies(id): the verdict bodies of one requirement.
bodies(id) := {body(id, "not-applicable", s.messageId, s.params, null, null)} if {
	s := layers.skip(id)
} else := {body(id, "not-applicable", "no_layers", {}, null, null)} if {
	count(present) == 0
	not link_local(id)
} else := _judged(id) | _notes(id)

# _judged(id): one body per layer outcome, the flows that share it listed together: five gateway
# IPs dropped by one default action are one verdict. Blocks and unknowns keep each port apart
# (they are findings); what a layer allows, or does not see, is evidence and lists the ports too;
# an answer about the layer as a whole (no security group identified) is one per requirement.
_judged(id) := {body(id, _status[k.state], k.cause, object.union(k.params, _listed(k, flows)), k.location, k.resource) |
	per_flow := _outcomes(id)
	some k in {k | some o in per_flow; some k in o.keys}
	flows := [o.flow | some o in per_flow; o.keys[k]]
}

# _outcomes(id): for each flow of the requirement, the set of its outcome keys. A set per flow, looked
# up for each key: flows are few and keys many (one per security group of an account's export),
# where filtering every (key, flow) pair once per key was quadratic in the groups (minutes for a
# thousand; Wasm has no n log n sort to group them with).
_outcomes(id) := [{"flow": layers.flow_params(f), "keys": {_key(a, f) | some a in answers(id, f)}} | some f in layers.flows(id)]

_key(a, f) := {
	"state": a.state,
	"cause": a.cause,
	"params": object.union(object.remove(layers.flow_params(f), _merged(a)), a.params),
	"location": a.location,
	"resource": a.resource,
	"scope": object.get(a, "scope", "flow"),
}

# _merged(a): the flow fields an answer's verdict lists rather than keys on.
_merged(a) := ["destination", "protocol", "port"] if {
	a.scope == "requirement"
} else := ["destination", "port"] if {
	a.state in {"allow", "na"}
} else := ["destination"]

# _listed(k, flows): the flow fields outcome k lists (see _merged), from the flows that share it.
# An answer about the layer as a whole names no flow.
_listed(k, flows) := {} if {
	k.scope == "requirement"
} else := {field: _one_or_all(sort({f[field] | some f in flows})) |
	some field in ["destination", "protocol", "port"]
	not k.params[field]
}

_one_or_all(vs) := vs[0] if count(vs) == 1

_one_or_all(vs) := vs if count(vs) > 1

# Notes that explain what is not judged (never a finding).
_notes(id) := {body(id, "not-applicable", "link_local", {"destination": [f.destination | some f in layers.flows(id)]}, null, null)} if {
	link_local(id)
} else := {body(id, "not-applicable", "udp_names", {"names": sort(layers.named_udp(id))}, null, null)} if {
	count(layers.named_udp(id)) > 0
} else := set()

# template_body(id): a user-declared template without a declared instance: nothing to check.
template_body(id) := body(id, "not-applicable", "template_none", {"feature": object.get(layers.catalogue[id], "feature", null)}, null, null)

# --- VPC endpoints -----------------------------------------------------------------------------

# service(id): the endpoint service suffix of an AWS API requirement, from its destination:
# the labels before <region>, reversed ("ec2", "ecr.dkr" for <account-id>.dkr.ecr.<region>...).
service(id) := concat(".", array.reverse([l | some l in array.slice(labels, 0, i); not startswith(l, "<")])) if {
	req := layers.requirement(id)
	req.kind == "aws-api"
	hosts := [d.host | some d in req.destinations; is_string(d.host)]
	labels := split(hosts[0], ".")
	i := min({i | some i, l in labels; l == "<region>"})
}

# Only AWS APIs (hosts under amazonaws.com): Gitpod's own services still need the internet path.
_amazonaws(id) if {
	some d in layers.requirement(id).destinations
	endswith(d.host, ".amazonaws.com")
}

# endpoint(id): an interface (or gateway) endpoint in the inputs that serves the requirement.
endpoint(id) := es[0] if {
	_amazonaws(id)
	svc := service(id)
	es := [e |
		some e in object.get(input, "vpcEndpoints", [])
		is_string(e.serviceName)
		startswith(e.serviceName, "com.amazonaws.")
		endswith(e.serviceName, concat("", [".", svc]))
		object.get(e, "type", "Interface") in {"Interface", "Gateway"}
		object.get(e, "privateDns", true) != false
	]
	count(es) > 0
}

# demoted(id, b): a violation the endpoint makes a note of.
demoted(id, b) if {
	b.status == "violated"
	e := endpoint(id)
	not still_blocks(e, b)
}

# still_blocks(e, b): a gateway endpoint changes only the route: the instance still sends its
# packets to the service's public addresses, so the security group, the network ACLs and the
# host's firewall filter them as before (AWS: gateway endpoints, "Security").
still_blocks(e, b) if {
	object.get(e, "type", "Interface") == "Gateway"
	regex.match(`^(sg|nacl|iptables)_`, b.messageId)
}

demote(id, b) := object.union(b, {
	"status": "unknown",
	"messageId": "endpoint_covers",
	"params": object.union(b.params, {
		"endpoint": e.id,
		"serviceName": e.serviceName,
		"blockedBy": b.messageId,
	}),
}) if {
	e := endpoint(id)
}

# --- the split between the rule packages ---------------------------------------------------------

# bodies_for(optional): the bodies of the required (false) or optional (true) requirements,
# without the violations an endpoint demotes. An array: each body names its requirement, so
# they are distinct, and the rule's verdicts set is the one place they need hashing.
bodies_for(optional) := array.concat(
	[b |
		some id in ids
		_optional(id) == optional
		some b in _kept(id)
	],
	[template_body(id) |
		some id in templates
		_optional(id) == optional
	],
)

# _kept(id): the bodies the required / optional rule reports: all, but the demoted violations and
# the name-pattern notes.
_kept(id) := {b | some b in bodies(id); not b.messageId in pattern_causes} if {
	not endpoint(id)
} else := {b | some b in bodies(id); not demoted(id, b); not b.messageId in pattern_causes}

# pattern_bodies: the name-pattern notes (egress/name-pattern).
pattern_bodies := {b |
	some id in ids
	some b in bodies(id)
	b.messageId in pattern_causes
}

_optional(id) if {
	layers.optional(id)
} else := false

demoted_bodies := {demote(id, b) |
	some id in ids
	endpoint(id)
	some b in bodies(id)
	demoted(id, b)
}
