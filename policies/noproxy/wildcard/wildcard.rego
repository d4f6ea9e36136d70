# METADATA
# title: NO_PROXY contains `*`
# description: |
#   A `*` entry makes the runner (Go's httpproxy) bypass the proxy for every host: the proxy
#   the Enterprise runner was configured with is then not used at all, which is rarely what a
#   network that requires a proxy intends (and traffic that the firewall expects to see at the
#   proxy goes direct). Go honours `*` anywhere in the list, even with blanks around it.
#
#   Other clients disagree: curl, Python urllib and Node proxy-from-env treat `*` as a wildcard
#   only when it is the whole value, so a `*` among other entries disables the proxy for the
#   runner but not for them.
# scope: package
# related_resources:
#   - ref: https://pkg.go.dev/golang.org/x/net/http/httpproxy
#     description: Go, httpproxy ("A single asterisk (*) indicates that no proxying should be done")
#   - ref: https://curl.se/docs/manpage.html#--noproxy
#     description: curl, --noproxy (the only wildcard is a single *)
# custom:
#   id: noproxy/wildcard
#   severity: warning
#   requirements: []
#   input: {kinds: [proxy]}
#   remediation: >-
#     Remove `*` and list the destinations that must bypass the proxy (for the runner:
#     `.internal,169.254.0.0/16,app.gitpod.io,.amazonaws.com`), or remove the proxy settings if
#     no proxy is meant to be used.
#   source:
#     document: "003"
#     section: Access Requirements > Enterprise Runner Proxy Support
#   messages:
#     alone: "{variable} in {environment} is `*`: the runner (Go) bypasses the proxy for every host, so the configured proxy is never used."
#     in_list: "{variable} in {environment} contains `*` among other entries: the runner (Go) then bypasses the proxy for every host, while curl, Python urllib and Node proxy-from-env 1.1.0 treat `*` as a wildcard only when it is the whole value and keep using the proxy."
package runnerlint.noproxy.wildcard

import data.runnerlint.lib.noproxy_go
import data.runnerlint.lib.result

verdicts contains result.verdict(rego.metadata.chain(), noproxy_go.advice(x.env, x.variable, {
	"messageId": message(x.variable.value),
	"params": {},
})) if {
	some x in noproxy_go.effective_no_proxy
	some e in x.entries
	e.kind == "all"
}

message(value) := "alone" if {
	value == "*"
} else := "in_list"
