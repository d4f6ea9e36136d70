# METADATA
# title: NO_PROXY entries Go cannot use
# description: |
#   The runner (Go's httpproxy) splits NO_PROXY on commas only and trims blanks around each
#   entry. An entry that still holds a semicolon, a pipe or a blank (`.internal;.amazonaws.com`,
#   `a.com b.com`) is one entry to Go and matches nothing. Quote characters are not stripped
#   either: `".internal"` (quotes inside the value, as a CloudFormation or ECS value can carry
#   them) does not match .internal.
# scope: package
# related_resources:
#   - ref: https://pkg.go.dev/golang.org/x/net/http/httpproxy
#     description: Go, httpproxy (NoProxy is a comma-separated list)
#   - ref: https://cs.opensource.google/go/x/net/+/master:http/httpproxy/proxy.go
#     description: Go, httpproxy source (strings.Split on "," and strings.TrimSpace)
# custom:
#   id: noproxy/list-syntax
#   severity: warning
#   requirements: []
#   input: {kinds: [proxy]}
#   remediation: >-
#     Separate NO_PROXY entries with commas only (blanks around commas are fine), and remove
#     quote characters from inside the value.
#   source:
#     document: "003"
#     section: Access Requirements > Enterprise Runner Proxy Support
#   messages:
#     separator: "{variable} in {environment}: `{entry}` is a single entry to the runner (Go splits NO_PROXY on commas only), so it matches nothing; separate entries with commas."
#     quote: "{variable} in {environment}: `{entry}` contains a quote character, which Go keeps as part of the entry, so it matches nothing; remove the quotes from the value."
package runnerlint.noproxy.list_syntax

import data.runnerlint.lib.noproxy_go
import data.runnerlint.lib.result

verdicts contains result.verdict(rego.metadata.chain(), noproxy_go.advice(x.env, x.variable, {
	"messageId": "separator",
	"params": {"entry": e.text},
})) if {
	some x in noproxy_go.effective_no_proxy
	some e in x.entries
	noproxy_go.one_entry_list(e)
}

verdicts contains result.verdict(rego.metadata.chain(), noproxy_go.advice(x.env, x.variable, {
	"messageId": "quote",
	"params": {"entry": e.text},
})) if {
	some x in noproxy_go.effective_no_proxy
	some e in x.entries
	noproxy_go.quoted(e)
}
