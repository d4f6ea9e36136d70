# Thin wrapper for conftest, which reads deny/warn rules from one namespace: every runnerlint
# verdict of the input's kind, evaluated by the same Rego (policies/) with the same data
# (dist/policy/data.json). violated → deny, unknown → warn. Bench only.
package runnerlint_bench

import data.runnerlint.main

verdicts := main.network.verdicts if input.kind == "network"

verdicts := main.organization.verdicts if input.kind == "organization"

verdicts := main.proxy.verdicts if input.kind == "proxy"

deny contains msg if {
	some v in verdicts
	v.status == "violated"
	msg := concat(": ", [v.rule, v.messageId])
}

warn contains msg if {
	some v in verdicts
	v.status == "unknown"
	msg := concat(": ", [v.rule, v.messageId])
}
