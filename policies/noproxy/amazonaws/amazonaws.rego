# METADATA
# title: NO_PROXY covers every .amazonaws.com host
# description: |
#   An Enterprise runner behind an HTTP proxy calls AWS APIs (EC2, ECR, S3, SSM, STS, DynamoDB,
#   CloudFormation, Secrets Manager, CloudWatch Logs, ...) directly, so NO_PROXY must make every
#   host under .amazonaws.com bypass the proxy.
#
#   The value is judged the way the runner, a Go program, reads it
#   (golang.org/x/net/http/httpproxy): an entry covers every host under .amazonaws.com only if
#   it is `.amazonaws.com`, `amazonaws.com`, `*.amazonaws.com`, a parent such as `com`, or `*`,
#   without a port. `s3.amazonaws.com` or `ec2.us-east-1.amazonaws.com` cover only one service.
# scope: package
# related_resources:
#   - ref: https://www.gitpod.io/docs/gitpod/runners/aws/detailed-access-requirements
#     description: Gitpod, Access Requirements (Enterprise Runner Proxy Support, AWS Services)
#   - ref: https://pkg.go.dev/golang.org/x/net/http/httpproxy
#     description: Go, httpproxy (how the runner reads NO_PROXY)
#   - ref: https://docs.aws.amazon.com/general/latest/gr/rande.html
#     description: AWS, Service endpoints
# custom:
#   id: noproxy/amazonaws
#   severity: error
#   requirements: [noproxy.amazonaws]
#   input: {kinds: [proxy]}
#   remediation: >-
#     Add `.amazonaws.com` to NO_PROXY (comma-separated, no port), and keep NO_PROXY and
#     no_proxy identical if both are set.
#   source:
#     document: "003"
#     section: Access Requirements > Enterprise Runner Proxy Support
#   messages:
#     satisfied: "{variable} in {environment}: `{entry}` makes the runner bypass the proxy for every host under .{domainSuffix}."
#     missing: "{variable} in {environment} has no entry that makes the runner bypass the proxy for AWS APIs (hosts under .{domainSuffix}): add `{wanted}`."
#     partial: "{variable} in {environment}: `{entry}` covers only some AWS endpoints under .{domainSuffix}; add `{wanted}` to cover all of them."
#     port_only: "{variable} in {environment}: `{entry}` bypasses the proxy for .{domainSuffix} only on port {entryPort}; add `{wanted}` without a port."
#     quoted: "{variable} in {environment}: `{entry}` contains quote characters, which Go keeps as part of the entry, so it does not match hosts under .{domainSuffix}; remove the quotes from the value."
#     one_entry: "{variable} in {environment}: `{entry}` is a single entry to Go, which splits NO_PROXY on commas only, so it matches nothing; separate the entries with commas and include `{wanted}`."
#     shadowed: "{variable} in {environment} has no entry for hosts under .{domainSuffix}; {otherVariable} has `{entry}`, but the runner (Go) reads {variable} whenever it is set and ignores {otherVariable}. Add `{wanted}` to {variable}."
#     idna: "Cannot verify that {variable} in {environment} covers .{domainSuffix}: `{entry}` has non-ASCII characters, which Go converts with IDNA before matching and runnerlint does not."
#     no_proxy_unset: "{proxyVariable} is set in {environment} but NO_PROXY is not: the runner sends AWS API calls (hosts under .{domainSuffix}) through the proxy. Set NO_PROXY and include `{wanted}`."
#     no_proxy_unresolved: "Cannot verify that {variable} in {environment} covers .{domainSuffix}: its value is unresolved ({reason})."
#     proxy_unresolved: "Cannot tell whether the runner in {environment} uses a proxy ({proxyVariable} is unresolved: {reason}); if it does, NO_PROXY must include `{wanted}`, and it does not."
#     no_proxy_configured: "No proxy is configured in {environment} (no HTTPS_PROXY or HTTP_PROXY), so NO_PROXY is not needed."
#     scheme_not_proxied: "{environment} sets {setVariable} but not HTTPS_PROXY: the runner (Go) sends {scheme} requests through HTTPS_PROXY only, so those of {requirement} go direct and need no NO_PROXY entry."
#     runner_not_applicable: "NO_PROXY requirements apply to Enterprise runners behind a proxy; this is a {runner} runner."
#     catalogue_missing: "The requirement catalogue gives no NO_PROXY coverage for {requirement}; it cannot be judged."
package runnerlint.noproxy.amazonaws

import data.runnerlint.lib.noproxy_go
import data.runnerlint.lib.result

requirement := "noproxy.amazonaws"

verdicts contains result.verdict(rego.metadata.chain(), object.union(j, {"requirement": requirement})) if {
	some j in noproxy_go.judgements(requirement)
}
