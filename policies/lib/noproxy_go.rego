# METADATA
# title: NO_PROXY as Go reads it
# description: |
#   golang.org/x/net/http/httpproxy, the proxy logic of Go's net/http (and so of the Gitpod
#   runner), re-implemented in Rego: FromEnvironment (which variable wins), Config.init (how
#   NO_PROXY is split and each entry classified) and useProxy (whether a host:port bypasses the
#   proxy), plus the coverage questions the noproxy rules ask ("does every host under
#   .amazonaws.com bypass the proxy?", "does all of 169.254.0.0/16?").
#   Every builtin used here is native to the Wasm module; nothing relies on an error to mean
#   "no": a value that cannot be parsed is classified explicitly.
# related_resources:
#   - ref: https://pkg.go.dev/golang.org/x/net/http/httpproxy
#   - ref: https://cs.opensource.google/go/x/net/+/master:http/httpproxy/proxy.go
package runnerlint.lib.noproxy_go

# ---------------------------------------------------------------------------------------------
# FromEnvironment
# ---------------------------------------------------------------------------------------------

# environ(variables) maps each exact variable name to its last definition (later definitions
# override earlier ones, as in a shell script or a dotenv file). Go's os.Getenv is
# case-sensitive: NO_PROXY and no_proxy are different variables.
environ(variables) := {v.name: v |
	some i, v in variables
	not redefined(variables, i)
}

redefined(variables, i) if {
	some j, w in variables
	j > i
	w.name == variables[i].name
}

# set_value(v): the variable has a value Go would use: a non-empty string, or a value the loader
# could not resolve (which might be non-empty).
set_value(v) if {
	is_string(v.value)
	v.value != ""
}

set_value(v) if unresolved(v)

unresolved(v) if is_string(v.value["$unknown"])

# get_env_any(e, first, second) is getEnvAny(first, second): the first of the two variables
# whose value is not empty. An unresolved value stops the search (it may be non-empty).
get_env_any(e, first, _) := e[first] if set_value(e[first])

get_env_any(e, first, second) := e[second] if {
	not first_set(e, first)
	set_value(e[second])
}

first_set(e, first) if set_value(e[first])

# from_environment(variables) is Config: the variable definitions Go reads for each setting.
# A key is absent when neither spelling is set.
from_environment(variables) := {key: v |
	e := environ(variables)
	some key, names in setting_names
	v := get_env_any(e, names[0], names[1])
}

setting_names := {
	"httpProxy": ["HTTP_PROXY", "http_proxy"],
	"httpsProxy": ["HTTPS_PROXY", "https_proxy"],
	"noProxy": ["NO_PROXY", "no_proxy"],
}

# ---------------------------------------------------------------------------------------------
# Config.init: splitting and classifying NO_PROXY
# ---------------------------------------------------------------------------------------------

# unicode.IsSpace, the runes strings.TrimSpace removes.
space_cutset := "\t\n\u000b\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"

trim_space(s) := trim(s, space_cutset)

# entries(value): strings.Split(value, ","), each entry trimmed and lower-cased, empty ones
# dropped. "text" is the trimmed entry as written (for messages); "index" its position.
entries(value) := [e |
	some i, raw in split(value, ",")
	e := entry(raw, i)
]

entry(raw, i) := object.union({"index": i, "text": t}, classify(lower(t))) if {
	t := trim_space(raw)
	t != ""
}

# classify(p) follows the order of the checks in Config.init:
#   "*" → all; net.ParseCIDR → cidr; net.SplitHostPort with an empty host → ignored;
#   net.ParseIP (of the host part) → ip; otherwise a domain ("*." prefix read as ".").
# Non-ASCII domains go through IDNA in Go (idna.Lookup.ToASCII), which this library does not
# implement: they are kept as kind "idna" so callers can fail closed.
classify(p) := {"kind": "all"} if {
	p == "*"
} else := {"kind": "cidr", "net": n} if {
	n := parse_cidr(p)
} else := {"kind": "ignored", "port": hp.port} if {
	hp := split_host_port(p)
	hp.host == ""
} else := {"kind": "ip", "ip": ip, "port": hp.port} if {
	hp := host_and_port(p)
	ip := parse_ip(hp.host)
} else := {"kind": "idna", "asciiTail": ascii_tail(hp.host), "port": hp.port} if {
	hp := host_and_port(p)
	regex.match(`[^\x00-\x7f]`, hp.host)
} else := domain(host_and_port(p))

# host_and_port(p): SplitHostPort's result, or the whole entry without a port when it fails.
host_and_port(p) := hp if {
	hp := split_host_port(p)
} else := {"host": p, "port": ""}

# split_host_port(s) is net.SplitHostPort: "host:port" with exactly one colon and no brackets,
# or "[host]:port" where the first "]" is followed by the last ":". Undefined on error.
split_host_port(s) := {"host": m[1], "port": m[2]} if {
	m := regex.find_all_string_submatch_n(`^\[([^\[\]]*)\]:([^:\[\]]*)$`, s, 1)[0]
} else := {"host": m[1], "port": m[2]} if {
	m := regex.find_all_string_submatch_n(`^([^:\[\]]*):([^:\[\]]*)$`, s, 1)[0]
}

# domain(hp): a leading "*." is read as "."; a name without a leading dot also matches itself
# (matchHost); the stored host always starts with ".".
domain(hp) := {"kind": "domain", "host": host, "port": hp.port, "matchHost": match_host} if {
	phost := strip_star(hp.host)
	match_host := startswith(phost, ".") == false
	host := dotted(phost)
}

strip_star(h) := substring(h, 1, -1) if {
	startswith(h, "*.")
} else := h

dotted(h) := h if {
	startswith(h, ".")
} else := concat("", [".", h])

# The ASCII characters after the last non-ASCII one: IDNA maps characters one by one and keeps
# ASCII ones, so an IDNA entry can only end up matching names that end with this tail.
ascii_tail(h) := regex.find_all_string_submatch_n(`[\x00-\x7f]*$`, h, 1)[0][0]

# ---------------------------------------------------------------------------------------------
# IP addresses (net.ParseIP, net.ParseCIDR: Go >= 1.17 rules via net/netip)
# ---------------------------------------------------------------------------------------------

# parse_ip(s) → {"v4": n} or {"v6": [8 groups]}. IPv4-mapped IPv6 addresses (::ffff:a.b.c.d)
# are IPv4 addresses, as net.IP.Equal and IPNet.Contains treat them. Zones are rejected.
parse_ip(s) := {"v4": n} if {
	n := parse_ipv4(s)
} else := {"v4": (g[6] * 65536) + g[7]} if {
	g := parse_ipv6(s)
	mapped(g)
} else := {"v6": g} if {
	g := parse_ipv6(s)
}

# Four decimal fields 0-255 without leading zeros (netip rejects "010").
parse_ipv4(s) := n if {
	regex.match(`^(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$`, s)
	f := [to_number(x) | some x in split(s, ".")]
	every x in f {
		x <= 255
	}
	n := (((((f[0] * 256) + f[1]) * 256) + f[2]) * 256) + f[3]
}

# parse_ipv6(s) → 8 groups of 16 bits. One "::" at most, standing for at least one zero group;
# 1-4 hex digits per group; an embedded IPv4 address only as the last two groups.
parse_ipv6(s) := groups if {
	contains(s, ":")
	not contains(s, "%")
	regex.match(`^[0-9a-fA-F:.]+$`, s)
	halves := split(s, "::")
	groups := expand(halves)
}

expand(halves) := g if {
	count(halves) == 1
	g := hex_groups(halves[0])
	count(g) == 8
} else := g if {
	count(halves) == 2
	left := left_groups(halves[0])
	right := right_groups(halves[1])
	n := count(left) + count(right)
	n <= 7
	zeros := [0 | some _ in numbers.range(1, 8 - n)]
	g := array.concat(array.concat(left, zeros), right)
}

# Before "::" only hex groups; after it, the last group may be an embedded IPv4 address.
left_groups(s) := [] if {
	s == ""
} else := plain_groups(s)

right_groups(s) := [] if {
	s == ""
} else := hex_groups(s)

# Groups of one side, the last of which may be an embedded IPv4 address.
hex_groups(s) := g if {
	fields := split(s, ":")
	last := fields[count(fields) - 1]
	contains(last, ".")
	v4 := parse_ipv4(last)
	head := plain_groups_of(array.slice(fields, 0, count(fields) - 1))
	g := array.concat(head, [floor(v4 / 65536), v4 % 65536])
} else := plain_groups(s)

plain_groups(s) := plain_groups_of(split(s, ":"))

plain_groups_of(fields) := [hex_value(f) | some f in fields] if {
	every f in fields {
		regex.match(`^[0-9a-fA-F]{1,4}$`, f)
	}
}

hex_digit := {
	"0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
	"a": 10, "b": 11, "c": 12, "d": 13, "e": 14, "f": 15,
}

hex_value(f) := sum([d |
	some i, c in chars
	d := hex_digit[c] * pow16[(count(chars) - 1) - i]
]) if {
	chars := split(lower(f), "")
}

pow16 := [1, 16, 256, 4096]

mapped(g) if {
	array.slice(g, 0, 6) == [0, 0, 0, 0, 0, 65535]
}

# 2^k for k = 0..32.
pow2 := [
	1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536,
	131072, 262144, 524288, 1048576, 2097152, 4194304, 8388608, 16777216, 33554432, 67108864,
	134217728, 268435456, 536870912, 1073741824, 2147483648, 4294967296,
]

# parse_cidr(p) is net.ParseCIDR: address "/" decimal prefix length (leading zeros allowed, as
# Go's dtoi allows them). IPv4 networks become integer ranges. An IPv4-mapped IPv6 network with
# a prefix of 96 or more is an IPv4 network for IPNet.Contains; any other IPv6 network never
# contains an IPv4 address.
parse_cidr(p) := n if {
	parts := split(p, "/")
	count(parts) == 2
	regex.match(`^[0-9]+$`, parts[1])
	bits := to_number(parts[1])
	n := network(parts[0], bits)
}

network(addr, bits) := v4_range(a, bits) if {
	a := parse_ipv4(addr)
	bits <= 32
} else := v4_range((g[6] * 65536) + g[7], bits - 96) if {
	g := parse_ipv6(addr)
	mapped(g)
	bits >= 96
	bits <= 128
} else := {"family": "v6", "groups": g, "bits": bits} if {
	g := parse_ipv6(addr)
	bits <= 128
}

v4_range(a, bits) := {"family": "v4", "start": start, "end": (start + size) - 1} if {
	size := pow2[32 - bits]
	start := floor(a / size) * size
}

# net_contains(n, ip) is IPNet.Contains.
net_contains(n, ip) if {
	n.family == "v4"
	ip.v4 >= n.start
	ip.v4 <= n.end
}

net_contains(n, ip) if {
	n.family == "v6"
	g := ip.v6
	every k in numbers.range(0, 7) {
		same_prefix(n.groups[k], g[k], group_bits(n.bits, k))
	}
}

group_bits(bits, k) := min([16, max([0, bits - (16 * k)])])

same_prefix(_, _, nb) if nb == 0

same_prefix(a, b, nb) if {
	nb > 0
	floor(a / pow2[16 - nb]) == floor(b / pow2[16 - nb])
}

# net.IP.IsLoopback: 127.0.0.0/8 (also IPv4-mapped) and ::1.
loopback(ip) if floor(ip.v4 / 16777216) == 127

loopback(ip) if ip.v6 == [0, 0, 0, 0, 0, 0, 0, 1]

# ---------------------------------------------------------------------------------------------
# useProxy
# ---------------------------------------------------------------------------------------------

# bypass(list, host, port): true when Go does NOT use the proxy for host:port, i.e.
# !useProxy(host:port). port is a decimal string ("443"); "" stands for "any port": only entries
# without a port match it.
bypass(list, host, port) if {
	some e in list
	matches(e, host, port)
}

bypass(_, host, _) if host == "localhost"

bypass(_, host, _) if loopback(parse_ip(host))

# matchers(list, host, port): the entries that make host:port bypass the proxy.
matchers(list, host, port) := [e |
	some e in list
	matches(e, host, port)
]

matches(e, _, _) if e.kind == "all"

# ipMatchers are consulted only when the host is an IP address.
matches(e, host, _) if {
	e.kind == "cidr"
	net_contains(e.net, parse_ip(host)) # cidrMatch ignores the port
}

matches(e, host, port) if {
	e.kind == "ip"
	e.ip == parse_ip(host)
	port_matches(e.port, port)
}

# domainMatchers are consulted for every host, IP addresses included (as text).
matches(e, host, port) if {
	e.kind == "domain"
	h := lower(trim_space(host))
	domain_matches(e, h)
	port_matches(e.port, port)
}

domain_matches(e, h) if endswith(h, e.host)

domain_matches(e, h) if {
	e.matchHost
	h == substring(e.host, 1, -1)
}

port_matches(p, _) if p == ""

port_matches(p, port) if {
	p != ""
	p == port
}

# ---------------------------------------------------------------------------------------------
# Coverage: does every host a requirement stands for bypass the proxy?
# ---------------------------------------------------------------------------------------------

# Every name under suffix (any subdomain of it), on port (or on every port when port is ""):
# only "*" or a domain entry whose host is a suffix of "." + suffix matches all of them.
suffix_matchers(list, suffix, port) := [e |
	some e in list
	covers_suffix(e, suffix, port)
]

covers_suffix(e, _, _) if e.kind == "all"

covers_suffix(e, suffix, port) if {
	e.kind == "domain"
	endswith(concat("", [".", suffix]), e.host)
	port_matches(e.port, port)
}

# Every IPv4 address of the range n (parse_cidr of the catalogue's CIDR), on every port: the
# union of the CIDR and IP entries must have no gap. A range [a, b] is covered when a is covered
# and every interval that ends inside [a, b) is followed by a covered address.
range_covered(list, _, _) if {
	some e in list
	e.kind == "all"
}

range_covered(list, n, port) if {
	ivs := intervals(list, port)
	point_covered(ivs, n.start)
	every iv in ivs {
		no_gap_after(ivs, iv, n)
	}
}

is_range_covered(list, n) if {
	range_covered(list, n, "")
} else := false

# The entries that contribute addresses of the range n.
range_matchers(list, n, port) := [e |
	some e in list
	iv := interval(e, port)
	iv.end >= n.start
	iv.start <= n.end
]

intervals(list, port) := [iv |
	some e in list
	iv := interval(e, port)
]

interval(e, _) := {"start": e.net.start, "end": e.net.end} if {
	e.kind == "cidr"
	e.net.family == "v4"
}

interval(e, port) := {"start": e.ip.v4, "end": e.ip.v4} if {
	e.kind == "ip"
	is_number(e.ip.v4)
	port_matches(e.port, port)
}

point_covered(ivs, p) if {
	some iv in ivs
	iv.start <= p
	p <= iv.end
}

no_gap_after(_, iv, n) if iv.end < n.start

no_gap_after(_, iv, n) if iv.end >= n.end

no_gap_after(ivs, iv, n) if {
	iv.end >= n.start
	iv.end < n.end
	point_covered(ivs, iv.end + 1)
}

# An IDNA entry that might, once converted, match names ending in target (see ascii_tail).
idna_may_match(e, target, port) if {
	e.kind == "idna"
	endswith(target, e.asciiTail)
	port_matches(e.port, port)
}

# Entries with quote characters, which Go keeps (a value quoted twice, `".internal,..."`).
quoted(e) if regex.match("[\"'\\x60]", e.text)

unquoted(text) := replace(replace(replace(text, "\"", ""), "'", ""), "`", "")

# Entries that Go keeps as one because they hold another separator (";", blanks, "|").
one_entry_list(e) if regex.match(`[;|\s]`, e.text)

# ---------------------------------------------------------------------------------------------
# Judging a NO_PROXY requirement of the catalogue for the proxy input
# ---------------------------------------------------------------------------------------------
# A requirement's `noProxy.covers` in the catalogue says which hosts must bypass the proxy:
#   {domainSuffix: S}          every name under S, on every port
#   {cidr: C, samples: [...]}  every address of C, on every port (samples are reported)
#   {host: H, port: P}         H itself on port P
# judgements(id) returns one outcome per environment of the input: {status, messageId, params,
# location, resource?}; the calling rule turns each into a verdict with its own messages.

catalogue_requirement(id) := data.runnerlint.catalogue.requirements[id]

# (Negations go through these helpers: OPA hoists a function call out of `not f(x).y`, which
# would make the whole body undefined instead of true.)
has_coverage(id) if catalogue_requirement(id).noProxy.covers

runner_listed(id) if input.config.runner in catalogue_requirement(id).runners

# The runner kinds some NO_PROXY requirement of the catalogue applies to.
proxy_runners contains r if {
	some req in data.runnerlint.catalogue.requirements
	req.noProxy.covers
	some r in req.runners
}

# Advisory rules speak only when a NO_PROXY requirement applies to this runner.
runner_applies if input.config.runner in proxy_runners

# The environments of the input that use a proxy (or may: an unresolved proxy variable).
proxied_environments contains env if {
	runner_applies
	some env in input.environments
	proxy_state(env) != "unset"
}

# proxy_state: "set" (a proxy URL Go would use, or the command line's --no-proxy alone),
# "unresolved" (a proxy variable whose value is not known), "unset".
proxy_state(env) := "set" if {
	env.proxyAssumed == true
} else := "set" if {
	some key in ["httpsProxy", "httpProxy"]
	v := cfg_value(env, key)
	is_string(v)
} else := "unresolved" if {
	some key in ["httpsProxy", "httpProxy"]
	unresolved(from_environment(env.variables)[key])
} else := "unset"

cfg_value(env, key) := from_environment(env.variables)[key].value

# proxy_keys(req): the proxy settings Go would use for the requirement's requests: HTTPS_PROXY
# for https, HTTP_PROXY for http (httpproxy's ProxyFunc), either when the scheme is not known.
proxy_keys(req) := ["httpsProxy"] if {
	req.noProxy.scheme == "https"
} else := ["httpProxy"] if {
	req.noProxy.scheme == "http"
} else := ["httpsProxy", "httpProxy"]

# scheme_state(req, env): proxy_state for the requirement's scheme alone.
scheme_state(req, env) := "set" if {
	env.proxyAssumed == true
} else := "set" if {
	some key in proxy_keys(req)
	is_string(cfg_value(env, key))
} else := "unresolved" if {
	some key in proxy_keys(req)
	unresolved(from_environment(env.variables)[key])
} else := "unset"

# The proxy variable to name in messages: the HTTPS one when set, else the HTTP one.
proxy_variable(cfg) := cfg.httpsProxy if {
	cfg.httpsProxy
} else := cfg.httpProxy

judgements(id) := {{
	"status": "unknown",
	"messageId": "catalogue_missing",
	"params": {"requirement": id},
	"location": null,
}} if {
	not has_coverage(id)
} else := {{
	"status": "not-applicable",
	"messageId": "runner_not_applicable",
	"params": {"runner": object.get(input, ["config", "runner"], "unspecified")},
	"location": null,
}} if {
	not runner_listed(id)
} else := {{
	"status": "not-applicable",
	"messageId": "no_proxy_configured",
	"params": {"environment": "this input"},
	"location": null,
}} if {
	count(object.get(input, "environments", [])) == 0
} else := {j |
	req := catalogue_requirement(id)
	some env in input.environments
	j := with_resource(judge(req, env), env)
}

with_resource(j, env) := object.union(j, {"resource": env.resource}) if {
	is_string(env.resource)
} else := j

# judge(req, env): one environment.
judge(req, env) := {
	"status": "not-applicable",
	"messageId": "no_proxy_configured",
	"params": {"environment": env.name},
	"location": env.location,
} if {
	proxy_state(env) == "unset"
} else := {
	"status": "not-applicable",
	"messageId": "scheme_not_proxied",
	"params": {"environment": env.name, "requirement": req.id, "scheme": req.noProxy.scheme, "setVariable": label(proxy_variable(from_environment(env.variables)))},
	"location": env.location,
} if {
	scheme_state(req, env) == "unset"
} else := outcome if {
	cfg := from_environment(env.variables)
	outcome := judge_no_proxy(req, env, cfg)
}

base_params(req, env, cfg) := object.union(req.noProxy.covers, {
	"requirement": req.id,
	"environment": env.name,
	"wanted": req.noProxy.entry,
	"proxyVariable": label(proxy_variable(cfg)),
}) if {
	proxy_variable(cfg)
} else := object.union(req.noProxy.covers, {
	"requirement": req.id,
	"environment": env.name,
	"wanted": req.noProxy.entry,
	"proxyVariable": "--no-proxy",
})

# label(v): the name to show for a variable (a stack parameter shows as "parameter X (NO_PROXY)").
label(v) := v.label if {
	is_string(v.label)
} else := v.name

judge_no_proxy(req, env, cfg) := {
	"status": status_without(req, env),
	"messageId": message_without(req, env),
	"params": object.union(base_params(req, env, cfg), proxy_reason(cfg)),
	"location": proxy_location(env, cfg),
} if {
	not cfg.noProxy
} else := {
	"status": "unknown",
	"messageId": "no_proxy_unresolved",
	"params": object.union(base_params(req, env, cfg), {
		"variable": label(cfg.noProxy),
		"reason": cfg.noProxy.value["$unknown"],
	}),
	"location": cfg.noProxy.location,
} if {
	unresolved(cfg.noProxy)
} else := judge_list(req, env, cfg, entries(cfg.noProxy.value))

proxy_reason(cfg) := {"reason": proxy_variable(cfg).value["$unknown"]} if {
	unresolved(proxy_variable(cfg))
} else := {}

status_without(req, env) := "unknown" if {
	scheme_state(req, env) == "unresolved"
} else := "violated"

message_without(req, env) := "proxy_unresolved" if {
	scheme_state(req, env) == "unresolved"
} else := "no_proxy_unset"

proxy_location(_, cfg) := cfg.httpsProxy.location if {
	cfg.httpsProxy
} else := cfg.httpProxy.location if {
	cfg.httpProxy
} else := null

judge_list(req, env, cfg, list) := outcome if {
	c := coverage(req.noProxy.covers, list)
	outcome := decide(req, env, cfg, list, c)
}

params_of(req, env, cfg, extra) := object.union(
	object.union(base_params(req, env, cfg), {"variable": label(cfg.noProxy)}),
	extra,
)

decide(req, env, cfg, _, c) := {
	"status": "satisfied",
	"messageId": "satisfied",
	"params": params_of(req, env, cfg, object.union(c.params, {"entry": texts(c.matchers)})),
	"location": cfg.noProxy.location,
} if {
	c.covered
} else := {
	"status": "unknown",
	"messageId": "idna",
	"params": params_of(req, env, cfg, {"entry": texts(c.idna)}),
	"location": cfg.noProxy.location,
} if {
	count(c.idna) > 0
} else := {
	"status": "unknown",
	"messageId": "proxy_unresolved",
	"params": object.union(params_of(req, env, cfg, c.params), {"reason": proxy_variable(cfg).value["$unknown"]}),
	"location": cfg.noProxy.location,
} if {
	scheme_state(req, env) == "unresolved"
} else := {
	"status": "violated",
	"messageId": miss.messageId,
	"params": params_of(req, env, cfg, object.union(c.params, miss.params)),
	"location": cfg.noProxy.location,
} if {
	miss := near_miss(req, env, cfg, list_of(cfg))
}

list_of(cfg) := entries(cfg.noProxy.value)

texts(list) := [e.text | some e in list]

# coverage(covers, list) := {covered, matchers, idna, params}
coverage(covers, list) := {
	"covered": count(m) > 0,
	"matchers": m,
	"idna": [e | some e in list; idna_may_match(e, concat("", [".", covers.domainSuffix]), "")],
	"params": {},
} if {
	is_string(covers.domainSuffix)
	m := suffix_matchers(list, covers.domainSuffix, port_string(covers))
}

coverage(covers, list) := {
	"covered": is_range_covered(list, n),
	"matchers": range_matchers(list, n, ""),
	"idna": [e | some e in list; some s in samples; idna_may_match(e, s, "")],
	"params": {
		"covered": [s | some s in samples; bypass(list, s, "")],
		"uncovered": [s | some s in samples; not bypass(list, s, "")],
	},
} if {
	is_string(covers.cidr)
	n := parse_cidr(covers.cidr)
	samples := object.get(covers, "samples", [])
}

coverage(covers, list) := {
	"covered": count(m) > 0,
	"matchers": m,
	"idna": [e | some e in list; idna_may_match(e, covers.host, port)],
	"params": {},
} if {
	is_string(covers.host)
	port := port_string(covers)
	m := matchers(list, covers.host, port)
}

port_string(covers) := format_int(covers.port, 10) if {
	is_number(covers.port)
} else := ""

# near_miss: why no entry covers the requirement, most specific reason first.
near_miss(req, env, cfg, list) := {"messageId": "shadowed", "params": {
	"entry": texts(other.matchers),
	"otherVariable": label(other_var),
}} if {
	other_var := other_spelling(env, cfg.noProxy)
	is_string(other_var.value)
	other := coverage(req.noProxy.covers, entries(other_var.value))
	other.covered
} else := {"messageId": "one_entry", "params": {"entry": texts(o)}} if {
	o := [e | some e in list; one_entry_list(e); contains(lower(e.text), trim_left(req.noProxy.entry, "."))]
	count(o) > 0
} else := {"messageId": "quoted", "params": {"entry": texts(q)}} if {
	q := [e | some e in list; quoted(e); coverage(req.noProxy.covers, entries(unquoted(e.text))).covered]
	count(q) > 0
} else := {"messageId": "port_only", "params": {"entry": texts(p), "entryPort": p[0].port}} if {
	p := port_only(req.noProxy.covers, list)
	count(p) > 0
} else := {"messageId": "subdomains_only", "params": {"entry": texts(s)}} if {
	s := subdomains_only(req.noProxy.covers, list)
	count(s) > 0
} else := {"messageId": partial_message(req.noProxy.covers, list), "params": {"entry": texts(r)}} if {
	r := partial(req.noProxy.covers, list)
	count(r) > 0
} else := {"messageId": "missing", "params": {}}

# For a range whose sample addresses all bypass the proxy, the message says so.
partial_message(covers, list) := "partial_samples" if {
	is_string(covers.cidr)
	every s in object.get(covers, "samples", []) {
		bypass(list, s, "")
	}
} else := "partial"

# The other spelling of the NO_PROXY variable (no_proxy for NO_PROXY and back).
other_spelling(env, v) := w if {
	some name in ["NO_PROXY", "no_proxy"]
	name != v.name
	w := environ(env.variables)[name]
}

# Entries that would cover the requirement if they had no port (or the wanted one).
port_only(covers, list) := [e |
	some e in list
	e.port != ""
	e.kind == "domain"
	covers_suffix(object.union(e, {"port": ""}), covers.domainSuffix, "")
] if is_string(covers.domainSuffix)

port_only(covers, list) := [e |
	some e in list
	e.port != ""
	e.kind == "ip"
	net_contains(n, e.ip)
] if n := parse_cidr(covers.cidr)

port_only(covers, list) := [e |
	some e in list
	e.port != ""
	matches(object.union(e, {"port": ""}), covers.host, "")
] if is_string(covers.host)

# ".app.gitpod.io" for app.gitpod.io: subdomains only.
subdomains_only(covers, list) := [e |
	some e in list
	e.kind == "domain"
	e.host == concat("", [".", covers.host])
	not e.matchHost
] if is_string(covers.host)

# Entries that cover only part of what is required: a narrower name under the suffix, or
# addresses and smaller ranges inside the CIDR.
partial(covers, list) := [e |
	some e in list
	e.kind == "domain"
	endswith(e.host, concat("", [".", covers.domainSuffix]))
] if is_string(covers.domainSuffix)

partial(covers, list) := range_matchers(list, parse_cidr(covers.cidr), "")

# ---------------------------------------------------------------------------------------------
# Helpers for the advisory rules (wildcard, list syntax, other clients)
# ---------------------------------------------------------------------------------------------

# The effective NO_PROXY of each proxied environment, when its value is known:
# {env, variable, entries}.
effective_no_proxy contains {"env": env, "variable": v, "entries": entries(v.value)} if {
	some env in proxied_environments
	v := from_environment(env.variables).noProxy
	is_string(v.value)
}

# advice(env, variable, fields): an advisory outcome located at the variable.
advice(env, v, fields) := with_resource(
	object.union(
		{"requirement": "", "status": "violated", "location": v.location},
		object.union(fields, {"params": object.union({"variable": label(v), "environment": env.name}, fields.params)}),
	),
	env,
)

# Hosts and suffixes the catalogue's NO_PROXY requirements stand for.
catalogue_hosts contains req.noProxy.covers.host if {
	some req in data.runnerlint.catalogue.requirements
	is_string(req.noProxy.covers.host)
}

catalogue_samples contains s if {
	some req in data.runnerlint.catalogue.requirements
	some s in req.noProxy.covers.samples
}

catalogue_suffixes contains req.noProxy.covers.domainSuffix if {
	some req in data.runnerlint.catalogue.requirements
	is_string(req.noProxy.covers.domainSuffix)
}
