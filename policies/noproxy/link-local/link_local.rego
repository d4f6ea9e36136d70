# METADATA
# title: NO_PROXY covers all of 169.254.0.0/16
# description: |
#   An Enterprise runner behind an HTTP proxy must reach link-local addresses directly: the EC2
#   instance metadata service (169.254.169.254, credentials and identity) and the ECS task
#   metadata and credentials endpoint (169.254.170.2). A proxy cannot reach them on the
#   runner's behalf, so NO_PROXY must make every address of 169.254.0.0/16 bypass the proxy.
#
#   The value is judged the way the runner, a Go program, reads it
#   (golang.org/x/net/http/httpproxy): only CIDR entries and IP addresses match IP hosts, and
#   together they must leave no address of 169.254.0.0/16 out. A single address such as
#   169.254.169.254, or a /24 around it, covers only part of the range; the finding says which
#   of the sample addresses are still proxied.
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements
#     description: Gitpod, Access Requirements (Enterprise Runner Proxy Support)
#   - ref: https://pkg.go.dev/golang.org/x/net/http/httpproxy
#     description: Go, httpproxy (how the runner reads NO_PROXY)
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
#     description: AWS, Access instance metadata (169.254.169.254)
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
#     description: AWS, ECS task IAM roles (credentials endpoint 169.254.170.2)
# custom:
#   id: noproxy/link-local
#   severity: error
#   requirements: [noproxy.link-local]
#   input: {kinds: [proxy]}
#   remediation: >-
#     Add `169.254.0.0/16` to NO_PROXY. Tools that do not understand CIDR (curl before 7.86.0,
#     Python urllib, Node proxy-from-env) also need the addresses themselves:
#     `169.254.169.254,169.254.170.2`.
#   source:
#     document: "003"
#     section: Access Requirements > Enterprise Runner Proxy Support
#   messages:
#     satisfied: "{variable} in {environment}: `{entry}` makes the runner bypass the proxy for all of {cidr} ({covered} included)."
#     missing: "{variable} in {environment} has no entry for {cidr}: the runner sends instance metadata and ECS credential requests ({uncovered}) through the proxy. Add `{wanted}`."
#     partial: "{variable} in {environment}: `{entry}` covers only part of {cidr}; the runner still proxies {uncovered}. Add `{wanted}`."
#     partial_samples: "{variable} in {environment}: `{entry}` covers {covered} but not all of {cidr}, so other link-local addresses still go through the proxy. Add `{wanted}`."
#     port_only: "{variable} in {environment}: `{entry}` bypasses the proxy only on port {entryPort}, not for all of {cidr} on every port; add `{wanted}`."
#     quoted: "{variable} in {environment}: `{entry}` contains quote characters, which Go keeps as part of the entry, so it does not match {cidr}; remove the quotes from the value."
#     one_entry: "{variable} in {environment}: `{entry}` is a single entry to Go, which splits NO_PROXY on commas only, so it matches nothing; separate the entries with commas and include `{wanted}`."
#     shadowed: "{variable} in {environment} has no entry for {cidr}; {otherVariable} has `{entry}`, but the runner (Go) reads {variable} whenever it is set and ignores {otherVariable}. Add `{wanted}` to {variable}."
#     idna: "Cannot verify that {variable} in {environment} covers {cidr}: `{entry}` has non-ASCII characters, which Go converts with IDNA before matching and runnerlint does not."
#     no_proxy_unset: "{proxyVariable} is set in {environment} but NO_PROXY is not: the runner sends instance metadata and ECS credential requests ({samples}) through the proxy. Set NO_PROXY and include `{wanted}`."
#     no_proxy_unresolved: "Cannot verify that {variable} in {environment} covers {cidr}: its value is unresolved ({reason})."
#     proxy_unresolved: "Cannot tell whether the runner in {environment} uses a proxy ({proxyVariable} is unresolved: {reason}); if it does, NO_PROXY must include `{wanted}`, and it does not."
#     no_proxy_configured: "No proxy is configured in {environment} (no HTTPS_PROXY or HTTP_PROXY), so NO_PROXY is not needed."
#     runner_not_applicable: "NO_PROXY requirements apply to Enterprise runners behind a proxy; this is a {runner} runner."
#     catalogue_missing: "The requirement catalogue gives no NO_PROXY coverage for {requirement}; it cannot be judged."
package runnerlint.noproxy.link_local

import data.runnerlint.lib.noproxy_go
import data.runnerlint.lib.result

requirement := "noproxy.link-local"

verdicts contains result.verdict(rego.metadata.chain(), object.union(j, {"requirement": requirement})) if {
	some j in noproxy_go.judgements(requirement)
}
