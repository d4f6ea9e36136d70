# One native `opa eval` over many normalized inputs: input.docs is [{kind, input}], and each is
# evaluated by the same entrypoint runnerlint's Wasm module uses (data.runnerlint.main.<kind>.verdicts).
# Bench only (test/robustness uses its own copy for the differential test).
package bench.batch

verdicts := [v | some d in input.docs; v := _verdicts(d)]

_verdicts(d) := v if {
	d.kind == "network"
	v := data.runnerlint.main.network.verdicts with input as d.input
}

_verdicts(d) := v if {
	d.kind == "organization"
	v := data.runnerlint.main.organization.verdicts with input as d.input
}

_verdicts(d) := v if {
	d.kind == "proxy"
	v := data.runnerlint.main.proxy.verdicts with input as d.input
}
