# METADATA
# title: Other clients read this NO_PROXY differently
# description: |
#   The runner is a Go program and reads NO_PROXY with golang.org/x/net/http/httpproxy. Other
#   tools in the same environment (curl in user data and health checks, the AWS CLI and other
#   Python tools, Node tools) parse the same variables differently, so a value that is right
#   for the runner can still send their traffic through the proxy. Each note names the clients
#   and versions whose behaviour was checked against their source:
#
#   - which variable wins: Go reads NO_PROXY (HTTPS_PROXY, HTTP_PROXY) before the lower-case
#     spelling; curl, Python urllib and requests, Node proxy-from-env and undici's
#     EnvHttpProxyAgent read the lower-case one first;
#   - `*.example.com`: Go reads it as `.example.com`; curl (whose only wildcard is a lone `*`)
#     and Python urllib/requests compare it literally and never match;
#   - CIDR ranges: Go matches addresses inside them; curl before 7.86.0, Python urllib, Node
#     proxy-from-env 1.1.0 and undici's EnvHttpProxyAgent do not support CIDR (requests 2.x
#     supports IPv4 CIDRs): noted when a range is the only entry for an address the runner
#     needs (the catalogue's sample addresses, such as 169.254.169.254);
#   - `host:port`: Go restricts the entry to that port; curl has no port syntax (the entry
#     matches nothing); Python urllib and requests match it only when the URL spells out the
#     port;
#   - `.example.com` for the name example.com itself: Go matches subdomains only, curl and
#     Python urllib drop the dot and match the name too;
#   - `example.com` for its subdomains: Go, curl and Python match them, Node proxy-from-env
#     1.1.0 (used by axios) matches the name exactly.
#   These are notes: the runner's own verdicts are the noproxy requirement rules.
# scope: package
# related_resources:
#   - ref: https://pkg.go.dev/golang.org/x/net/http/httpproxy
#     description: Go, httpproxy
#   - ref: https://github.com/curl/curl/blob/master/lib/noproxy.c
#     description: curl, lib/noproxy.c (Curl_check_noproxy)
#   - ref: https://curl.se/docs/manpage.html#--noproxy
#     description: curl, --noproxy (CIDR since 7.86.0)
#   - ref: https://github.com/python/cpython/blob/main/Lib/urllib/request.py
#     description: Python, urllib.request (getproxies_environment, proxy_bypass_environment)
#   - ref: https://github.com/psf/requests/blob/main/src/requests/utils.py
#     description: requests, utils.should_bypass_proxies
#   - ref: https://github.com/Rob--W/proxy-from-env/blob/master/index.js
#     description: Node, proxy-from-env (axios)
#   - ref: https://github.com/nodejs/undici/blob/main/docs/docs/api/EnvHttpProxyAgent.md
#     description: Node, undici EnvHttpProxyAgent
#   - ref: https://about.gitlab.com/blog/2021/01/27/we-need-to-talk-no-proxy/
#     description: "GitLab, We need to talk - can we standardize NO_PROXY?"
# custom:
#   id: noproxy/client-divergence
#   severity: note
#   requirements: []
#   input: {kinds: [proxy]}
#   remediation: >-
#     Write NO_PROXY in the subset every client agrees on where you can: set NO_PROXY and
#     no_proxy to the same value, list `.domain` forms rather than `*.domain`, add the link-local
#     addresses (169.254.169.254, 169.254.170.2) next to 169.254.0.0/16, and avoid ports.
#   source:
#     document: "003"
#     section: Access Requirements > Enterprise Runner Proxy Support
#   messages:
#     precedence: "{variable} and {otherVariable} in {environment} differ: the runner (Go) reads {variable}, but curl, Python urllib/requests, Node proxy-from-env and undici EnvHttpProxyAgent read {otherVariable} first. Give both the same value."
#     precedence_empty: "{otherVariable} in {environment} is set but empty: the runner (Go) skips it and reads {variable}, but Python urllib and undici EnvHttpProxyAgent take the empty {otherVariable} and bypass nothing. Remove it or give it the same value."
#     proxy_precedence: "{variable} and {otherVariable} in {environment} differ: the runner (Go) uses {variable}, but curl, Python and Node clients read {otherVariable} first, so they use a different proxy."
#     wildcard_label: "{variable} in {environment} lists {entry}: Go reads a leading `*.` like `.`, but curl (whose only wildcard is a lone `*`) and Python urllib/requests 2.x compare it literally and never match, so they still use the proxy for these hosts. Prefer the `.domain` form."
#     cidr: "{variable} in {environment} covers {samples} only through the CIDR range {entry}: Go matches addresses inside it, but curl before 7.86.0, Python urllib, Node proxy-from-env 1.1.0 (axios) and undici EnvHttpProxyAgent do not support CIDR (requests 2.x supports IPv4 CIDRs), so tools using them send those requests through the proxy. List {samples} as well."
#     port: "{variable} in {environment} lists {entry} with a port: Go bypasses the proxy only on that port; curl has no port syntax in NO_PROXY (the entry matches nothing), and Python urllib/requests 2.x match it only when the URL spells out the port."
#     leading_dot: "{variable} in {environment} lists {entry}: Go bypasses the proxy only for subdomains of a name with a leading dot, not for the name itself, while curl and Python urllib drop the dot and bypass the name too. List the name without the dot."
#     bare_domain: "{variable} in {environment} lists {entry} without a leading dot: Go, curl and Python also bypass the proxy for its subdomains, but Node proxy-from-env 1.1.0 (axios) matches it only exactly. Add the `.domain` form as well for Node tools."
package runnerlint.noproxy.client_divergence

import data.runnerlint.lib.noproxy_go
import data.runnerlint.lib.result

# --- Which spelling wins ------------------------------------------------------------------------

pairs := [["NO_PROXY", "no_proxy"], ["HTTPS_PROXY", "https_proxy"], ["HTTP_PROXY", "http_proxy"]]

verdicts contains result.verdict(rego.metadata.chain(), noproxy_go.advice(env, upper, {
	"messageId": precedence_message(pair[0], lower),
	"params": {"otherVariable": lower.name},
})) if {
	some env in noproxy_go.proxied_environments
	e := noproxy_go.environ(env.variables)
	some pair in pairs
	upper := e[pair[0]]
	lower := e[pair[1]]
	is_string(upper.value)
	upper.value != ""
	is_string(lower.value)
	upper.value != lower.value
}

precedence_message("NO_PROXY", lower) := "precedence_empty" if {
	lower.value == ""
} else := "precedence"

precedence_message(name, _) := "proxy_precedence" if name != "NO_PROXY"

# --- Entries read differently -------------------------------------------------------------------

verdicts contains result.verdict(rego.metadata.chain(), noproxy_go.advice(x.env, x.variable, {
	"messageId": category,
	"params": {"entry": list},
})) if {
	some x in noproxy_go.effective_no_proxy
	some category in ["wildcard_label", "port", "leading_dot", "bare_domain"]
	list := [e.text | some e in x.entries; in_category(category, e); not listed_as_written(category, e, x.entries)]
	count(list) > 0
}

# `.app.gitpod.io` beside `app.gitpod.io`: the second entry makes every client bypass the name.
listed_as_written("leading_dot", e, entries) if {
	some o in entries
	o.kind == "domain"
	o.matchHost
	o.host == e.host
	o.port == ""
}

# CIDR ranges that hold an address the runner needs (the catalogue's samples: instance metadata,
# ECS credentials) that is not also listed on its own: clients without CIDR support proxy it.
verdicts contains result.verdict(rego.metadata.chain(), noproxy_go.advice(x.env, x.variable, {
	"messageId": "cidr",
	"params": {"entry": list, "samples": samples},
})) if {
	some x in noproxy_go.effective_no_proxy
	samples := [s | some s in sorted_samples; unlisted(x.entries, s); some e in x.entries; e.kind == "cidr"; noproxy_go.net_contains(e.net, noproxy_go.parse_ip(s))]
	list := [e.text | some e in x.entries; e.kind == "cidr"; holds_any(e, samples)]
	count(list) > 0
}

sorted_samples := sort(noproxy_go.catalogue_samples)

holds_any(e, samples) if {
	some s in samples
	noproxy_go.net_contains(e.net, noproxy_go.parse_ip(s))
}

unlisted(entries, s) if {
	not listed(entries, s)
}

listed(entries, s) if {
	some e in entries
	e.kind == "ip"
	e.port == ""
	e.ip == noproxy_go.parse_ip(s)
}

in_category("wildcard_label", e) if {
	e.kind == "domain"
	startswith(e.text, "*.")
}

in_category("port", e) if {
	e.kind in {"ip", "domain"}
	e.port != ""
}

# `.app.gitpod.io` where app.gitpod.io itself is a host the runner needs.
in_category("leading_dot", e) if {
	e.kind == "domain"
	startswith(e.text, ".")
	substring(e.host, 1, -1) in noproxy_go.catalogue_hosts
}

# `amazonaws.com`, `internal`, `gitpod.io`: Go relies on subdomain matching to cover a host the
# runner needs.
in_category("bare_domain", e) if {
	bare_domain(e)
	some suffix in noproxy_go.catalogue_suffixes
	endswith(concat("", [".", suffix]), e.host)
}

in_category("bare_domain", e) if {
	bare_domain(e)
	some host in noproxy_go.catalogue_hosts
	endswith(host, e.host)
}

bare_domain(e) if {
	e.kind == "domain"
	e.matchHost
	not startswith(e.text, "*")
}
