# METADATA
# title: squid forward proxies as an egress layer
# description: |
#   How squid's http_access decides a runner request: HTTPS goes through the proxy as
#   "CONNECT host:port", plain HTTP as "GET http://host:port/...". The http_access lines are
#   read in file order and the first whose ACLs all match (a "!" negates one) decides; when none
#   matches, the implicit final rule is the opposite of the last line's action (deny when there
#   are no lines). An ACL name defined on several lines matches when any of its values does.
#   ACL types evaluated: dstdomain and ssl::server_name (a leading dot matches the domain and its
#   subdomains, no dot only the name), dst (the destination's addresses: a host name's are
#   not known offline), port, method, src (the runner's addresses; when they are unknown, an
#   ACL holding 10/8, 172.16/12 and 192.168/16 counts as holding them), and the built-in all,
#   localhost, to_localhost and manager. Other types and directives such as include or ssl_bump
#   bump leave the answer unknown. A configuration squid refuses to load (an ACL used before it is
#   defined, overlapping dstdomain entries; see refusal below) blocks every flow: the proxy does
#   not start.
#   Traffic that does not go through the proxy is not judged here: UDP, link-local destinations,
#   destinations the catalogue marks direct (the runner dials them bypassing any proxy), and the
#   hosts the catalogue's NO_PROXY requirements exempt (noproxy.* judges those entries).
#   When the run gives the runner's NO_PROXY (--no-proxy), a single known host is tested against
#   it with Go's rules; otherwise (and for wildcards) the catalogue's NO_PROXY requirements stand
#   for it. TODO: NO_PROXY values found in other inputs (.env files, templates: the proxy input
#   kind) are not seen here, since each input kind is evaluated on its own.
# scope: package
package runnerlint.lib.squid

import data.runnerlint.lib.cidr
import data.runnerlint.lib.domains
import data.runnerlint.lib.layers
import data.runnerlint.lib.noproxy_go

proxies := [p | some p in object.get(input, "proxies", []); p.kind == "squid"]

present if count(proxies) > 0

# bypass(f): the flow does not go through a proxy.
bypass(f) if f.protocol != "tcp"

# The catalogue says the runner dials it directly, whatever NO_PROXY says (direct: true).
bypass(f) if f.direct == true

bypass(f) if {
	f.kind != "host"
	cidr.within_any(layers.block(f.address), _no_proxy_blocks)
}

# A host the runner's NO_PROXY (--no-proxy) sends direct, with Go's rules (lib/noproxy_go). Only
# a single known host is tested against it; a wildcard or a name with an unknown region falls back
# to the catalogue's NO_PROXY requirements.
bypass(f) if {
	f.kind == "host"
	domains.fixed(f.pattern)
	noproxy_go.bypass(noproxy_go.entries(_no_proxy_value), f.destination, format_int(f.port, 10))
}

bypass(f) if {
	f.kind == "host"
	not _precise(f)
	some covers in _no_proxy_covers
	_exempt(covers, f)
}

_no_proxy_value := v if {
	v := input.config.proxy.noProxy
	is_string(v)
}

_precise(f) if {
	_no_proxy_value
	domains.fixed(f.pattern)
}

_no_proxy_covers contains req.noProxy.covers if {
	some req in data.runnerlint.catalogue.requirements
	req.kind == "no-proxy"
}

_no_proxy_blocks := [c.cidr | some c in _no_proxy_covers; is_string(c.cidr)]

_exempt(covers, f) if domains.match({"type": "domain", "value": covers.domainSuffix}, f.pattern) == "all"

_exempt(covers, f) if domains.match({"type": "exact", "value": covers.host}, f.pattern) == "all"

# answers(f): one per proxy, for the flows that go through it.
answers(f) := {answer(p, f) | some p in proxies} if not bypass(f)

# A flow that skips the proxy: said so, never judged.
answers(f) := {layers.answer("squid", "na", "squid_bypass", {"proxy": p.id}, null, p.id) | some p in proxies} if bypass(f)

_acl_lines(p, name) := [a | some a in p.acls; a.name == name]

# acl(p, name, f): how a named ACL matches the flow's request.
acl(p, name, f) := _builtin[name] if {
	count(_acl_lines(p, name)) == 0
	_builtin[name]
} else := "undefined" if {
	count(_acl_lines(p, name)) == 0
} else := domains.any_of([_value(a, v, f) | some a in _acl_lines(p, name); some v in _values(a)])

_builtin := {"all": "all", "localhost": "none", "to_localhost": "none", "manager": "none", "to_linklocal": "none"}

# A line without values (acl name type) matches nothing.
_values(a) := a.values if count(a.values) > 0

_values(a) := [null] if count(a.values) == 0

_value(a, v, f) := "none" if {
	v == null
} else := _domain(v, f) if {
	a.type in {"dstdomain", "ssl::server_name"}
} else := layers.to(v, f) if {
	a.type == "dst"
	v != "all"
} else := "all" if {
	a.type in {"dst", "src"}
	v == "all"
} else := _port(v, f.port) if {
	a.type == "port"
} else := _method(v, f) if {
	a.type == "method"
} else := _src(v) if {
	a.type == "src"
} else := "maybe"

_domain(v, f) := domains.match(domains.target(v), f.pattern) if {
	f.kind == "host"
} else := "none"

_port(v, port) := layers.port_in(to_number(b[0]), to_number(b[1]), port) if {
	b := split(v, "-")
	count(b) == 2
	regex.match(`^[0-9]+$`, b[0])
	regex.match(`^[0-9]+$`, b[1])
} else := layers.port_in(to_number(v), to_number(v), port) if {
	regex.match(`^[0-9]+$`, v)
} else := "maybe"

# HTTPS requests are CONNECTs; plain HTTP ones GETs.
_method(v, f) := "all" if {
	upper(v) == "CONNECT"
	layers.tls(f)
} else := "all" if {
	upper(v) == "GET"
	not layers.tls(f)
} else := "none"

_private := ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]

_src(v) := layers.from(v)

# --- http_access ---------------------------------------------------------------------------------

_line_acl(p, x, f) := domains.negated(m) if {
	m := _acl_or_private(p, x.name, f)
	x.negated
	m != "undefined"
} else := m if {
	m := _acl_or_private(p, x.name, f)
}

# An src ACL whose values together hold every private block holds the runner when its
# addresses are unknown.
_acl_or_private(p, name, f) := "all" if {
	not layers.runner_blocks
	lines := _acl_lines(p, name)
	count(lines) > 0
	every a in lines {
		a.type == "src"
	}
	every b in _private {
		some a in lines
		some v in a.values
		cidr.contains_block(layers.block(v), b)
	}
} else := acl(p, name, f)

_entry(p, line, f) := {
	"match": _line_match(p, line, f),
	"action": _line_action(line.action),
	"lineAction": line.action,
	"acls": [_label(x) | some x in line.acls],
	"undefined": [x.name | some x in line.acls; acl(p, x.name, f) == "undefined"],
	"location": line.location,
}

_line_match(p, line, f) := "maybe" if {
	some x in line.acls
	acl(p, x.name, f) == "undefined"
} else := domains.all_of([_line_acl(p, x, f) | some x in line.acls])

_line_action(a) := "allow" if {
	lower(a) == "allow"
} else := "block" if {
	lower(a) == "deny"
} else := "either"

_label(x) := concat("", ["!", x.name]) if x.negated

_label(x) := x.name if not x.negated

# The implicit final rule: the opposite of the last line (deny without lines).
_final(p) := {"action": "block", "implicit": true, "lastAction": "none"} if {
	count(p.httpAccess) == 0
} else := {"action": "allow", "implicit": true, "lastAction": "deny"} if {
	lower(p.httpAccess[count(p.httpAccess) - 1].action) == "deny"
} else := {"action": "block", "implicit": true, "lastAction": "allow"}

answer(p, f) := layers.answer("squid", "block", r.cause, object.union({"proxy": p.id}, r.params), r.location, p.id) if {
	r := refusal(p)
} else := layers.answer("squid", "unknown", "squid_unsupported", {"proxy": p.id, "feature": u.feature}, u.location, p.id) if {
	u := p.unsupported[0]
} else := _answer(p, layers.first_match([_entry(p, line, f) | some line in p.httpAccess], _final(p)))

_answer(p, r) := layers.answer("squid", "allow", "squid_allows", {"proxy": p.id, "acls": r.by.acls}, r.by.location, p.id) if {
	r.state == "allow"
	not r.by.implicit
} else := layers.answer("squid", "allow", "squid_implicit_allow", {"proxy": p.id}, p.location, p.id) if {
	r.state == "allow"
} else := layers.answer("squid", "block", "squid_implicit_deny", {"proxy": p.id, "lastAction": r.by.lastAction}, p.location, p.id) if {
	r.state == "block"
	r.by.implicit
} else := layers.answer("squid", "block", "squid_denies", {"proxy": p.id, "acls": r.by.acls}, r.by.location, p.id) if {
	r.state == "block"
} else := layers.answer("squid", "unknown", "squid_maybe", {"proxy": p.id, "acls": r.by.acls}, r.by.location, p.id)

# --- configurations squid refuses to load ---------------------------------------------------------
#
# A proxy that does not start passes nothing: every flow through it is blocked, and the finding
# names the line squid stops at ("FATAL: Bungled <file> line N: acl ..."). As squid 5.7 (Debian 12,
# tested) and 6 load a dstdomain ACL: its entries, in file order across the lines of one name, go
# into a tree that keeps one of two overlapping entries. A later entry inside an earlier dotted
# one (.example.com, then a.example.com) is dropped with a warning; any other overlap is fatal:
# a later entry that covers an earlier one (a.example.com, then .example.com), and the pair
# example.com / .example.com in either order. Case does not matter; exact duplicates are fine.
# dstdomain takes the flag -n, never -i (domains already match without regard to case).

# refusal(p): the first line of p (in file order) that squid refuses, with the cause and params.
refusal(p) := rs[_first_line(rs)] if {
	rs := array.concat(array.concat(_flags(p), _overlaps(p)), array.concat(_undefined_uses(p), _unknown_types(p)))
	count(rs) > 0
}

_first_line(rs) := min({i | some i, l in lines; l == min(lines)}) if {
	lines := [object.get(r, ["location", "line"], 0) | some r in rs]
}

# _unknown_types(p): acl lines of a type squid does not have ("FATAL: Invalid ACL type"). The
# types of squid 5 and 6, those of a build with OpenSSL included (ssl::server_name, at_step, ...).
_unknown_types(p) := [{"cause": "squid_refused_acl_type", "params": {"acl": a.name, "type": a.type}, "location": a.location} |
	some a in p.acls
	not a.type in acl_types
]

acl_types := {
	"adaptation_service", "all-of", "annotate_client", "annotate_transaction", "any-of", "arp",
	"at_step", "browser", "ca_cert", "client_connection_mark", "clientside_mark",
	"connections_encrypted", "dst", "dst_as", "dstdom_regex", "dstdomain", "eui64", "ext_user",
	"ext_user_regex", "external", "has", "hier_code", "http_status", "ident", "ident_regex",
	"localip", "localport", "max_user_ip", "maxconn", "method", "myip", "myport", "myportname",
	"note", "peername", "peername_regex", "port", "proto", "proxy_auth", "proxy_auth_regex",
	"random", "referer_regex", "rep_header", "rep_mime_type", "req_header", "req_mime_type",
	"server_cert_fingerprint", "snmp_community", "squid_error", "src", "src_as", "srcdom_regex",
	"srcdomain", "ssl::server_name", "ssl::server_name_regex", "ssl_error", "tag", "time",
	"transaction_initiator", "url_regex", "urllogin", "urlpath_regex", "user_cert",
}

_flags(p) := [{"cause": "squid_refused_flag", "params": {"acl": a.name, "flag": "-i"}, "location": a.location} |
	some a in p.acls
	a.type == "dstdomain"
	"-i" in a.flags
]

# _overlaps(p): the fatal overlaps, by ACL name over its entries in file order. An entry inside an
# earlier dotted one is dropped (a warning) and never compared again; a kept entry that overlaps
# an earlier kept one otherwise is fatal.
_overlaps(p) := [{"cause": "squid_refused_overlap", "params": {"acl": name, "entry": es[k].value, "other": es[m].value}, "location": es[k].location} |
	some name in {a.name | some a in p.acls; a.type == "dstdomain"}
	es := _entries(p, name)
	some k, n in es
	_kept(es, k)
	some m, e in es
	m < k
	_kept(es, m)
	e.value != n.value
	_fatal_overlap(e.value, n.value)
]

# _entries(p, name): the values of the dstdomain ACL name, lower-cased, in file order.
_entries(p, name) := [{"value": lower(v), "location": a.location} |
	some a in p.acls
	a.name == name
	a.type == "dstdomain"
	some v in a.values
]

_kept(es, k) if {
	not _dropped(es, k)
}

_dropped(es, k) if {
	some m, e in es
	m < k
	startswith(e.value, ".")
	endswith(es[k].value, e.value)
}

# An http_access line that names an ACL not defined above it (nor built in) is fatal too:
# squid reads the file in order, so an acl line below the use does not count.
_undefined_uses(p) := [{"cause": "squid_refused_undefined_acl", "params": {"acl": ref.name}, "location": line.location} |
	some line in p.httpAccess
	some ref in line.acls
	not _builtin[ref.name]
	not _defined_above(p, ref.name, line.location)
]

_defined_above(p, name, loc) if {
	some a in p.acls
	a.name == name
	a.location.line < loc.line
}

# _covers(x, y): the dotted entry x matches every name entry y matches.
_covers(x, y) if {
	startswith(x, ".")
	y == substring(x, 1, -1)
}

_covers(x, y) if {
	startswith(x, ".")
	endswith(y, x)
}

_fatal_overlap(e, n) if {
	_covers(n, e)
}

_fatal_overlap(e, n) if {
	_covers(e, n)
	not endswith(n, e)
}
