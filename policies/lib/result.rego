# METADATA
# title: Verdict builder
# description: |
#   The only way a rule emits a verdict. A verdict is data, never a message: the rule id (from
#   the package's METADATA), the requirement it judges, a status, a messageId that names one of
#   the rule's `custom.messages` templates, the template's params, and a location taken from the
#   input. TypeScript renders the message (the Wasm SDK's sprintf is not OPA's).
package runnerlint.lib.result

statuses := {"satisfied", "violated", "unknown", "not-applicable"}

# verdict(chain, v) returns v with the rule id of the calling package added. Call it as
# result.verdict(rego.metadata.chain(), {...}); v needs requirement, status and messageId.
verdict(chain, v) := object.union(
	{"params": {}, "location": null},
	object.union(v, {"rule": rule_id(chain)}),
) if {
	statuses[v.status]
	is_string(v.requirement)
	is_string(v.messageId)
}

rule_id(chain) := id if {
	some entry in chain
	entry.annotations.scope == "package"
	id := entry.annotations.custom.id
}
