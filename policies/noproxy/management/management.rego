# METADATA
# title: NO_PROXY covers app.gitpod.io on port 443
# description: |
#   An Enterprise runner behind an HTTP proxy talks to Gitpod's management plane,
#   https://app.gitpod.io, directly, so NO_PROXY must make app.gitpod.io on port 443 bypass the
#   proxy.
#
#   The value is judged the way the runner, a Go program, reads it
#   (golang.org/x/net/http/httpproxy): `app.gitpod.io`, `app.gitpod.io:443`, a parent domain
#   (`gitpod.io`, `.gitpod.io`, `*.gitpod.io`) or `*` match it. `.app.gitpod.io` does not: a
#   leading dot matches subdomains only. `app.gitpod.io:8443` does not either: a port restricts
#   the entry to that port.
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements
#     description: Gitpod, Access Requirements (Enterprise Runner Proxy Support, Management Plane)
#   - ref: https://pkg.go.dev/golang.org/x/net/http/httpproxy
#     description: Go, httpproxy (how the runner reads NO_PROXY)
# custom:
#   id: noproxy/management
#   severity: error
#   requirements: [noproxy.management]
#   input: {kinds: [proxy]}
#   remediation: >-
#     Add `app.gitpod.io` to NO_PROXY (without a leading dot, and without a port or with :443),
#     and keep NO_PROXY and no_proxy identical if both are set.
#   source:
#     document: "003"
#     section: Access Requirements > Enterprise Runner Proxy Support
#   messages:
#     satisfied: "{variable} in {environment}: `{entry}` makes the runner bypass the proxy for {host} on port {port}."
#     missing: "{variable} in {environment} has no entry that matches {host} on port {port}: the runner reaches the management plane through the proxy. Add `{wanted}`."
#     subdomains_only: "{variable} in {environment}: `{entry}` matches only subdomains of {host} in Go, not {host} itself; add `{wanted}` without the leading dot."
#     port_only: "{variable} in {environment}: `{entry}` matches {host} only on port {entryPort}, and the runner connects on port {port}; add `{wanted}`."
#     quoted: "{variable} in {environment}: `{entry}` contains quote characters, which Go keeps as part of the entry, so it does not match {host}; remove the quotes from the value."
#     one_entry: "{variable} in {environment}: `{entry}` is a single entry to Go, which splits NO_PROXY on commas only, so it matches nothing; separate the entries with commas and include `{wanted}`."
#     shadowed: "{variable} in {environment} has no entry for {host}; {otherVariable} has `{entry}`, but the runner (Go) reads {variable} whenever it is set and ignores {otherVariable}. Add `{wanted}` to {variable}."
#     idna: "Cannot verify that {variable} in {environment} covers {host}: `{entry}` has non-ASCII characters, which Go converts with IDNA before matching and runnerlint does not."
#     no_proxy_unset: "{proxyVariable} is set in {environment} but NO_PROXY is not: the runner reaches the management plane ({host}) through the proxy. Set NO_PROXY and include `{wanted}`."
#     no_proxy_unresolved: "Cannot verify that {variable} in {environment} covers {host}: its value is unresolved ({reason})."
#     proxy_unresolved: "Cannot tell whether the runner in {environment} uses a proxy ({proxyVariable} is unresolved: {reason}); if it does, NO_PROXY must include `{wanted}`, and it does not."
#     no_proxy_configured: "No proxy is configured in {environment} (no HTTPS_PROXY or HTTP_PROXY), so NO_PROXY is not needed."
#     scheme_not_proxied: "{environment} sets {setVariable} but not HTTPS_PROXY: the runner (Go) sends {scheme} requests through HTTPS_PROXY only, so those of {requirement} go direct and need no NO_PROXY entry."
#     runner_not_applicable: "NO_PROXY requirements apply to Enterprise runners behind a proxy; this is a {runner} runner."
#     catalogue_missing: "The requirement catalogue gives no NO_PROXY coverage for {requirement}; it cannot be judged."
package runnerlint.noproxy.management

import data.runnerlint.lib.noproxy_go
import data.runnerlint.lib.result

requirement := "noproxy.management"

verdicts contains result.verdict(rego.metadata.chain(), object.union(j, {"requirement": requirement})) if {
	some j in noproxy_go.judgements(requirement)
}
