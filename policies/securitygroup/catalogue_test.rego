# Runs the securitygroup rules against the real requirement catalogue
# (data.runnerlint.catalogue from dist/policy/data.json, built by scripts/build.mjs).
package runnerlint.securitygroup.catalogue_test

import data.runnerlint.lib.sg
import data.runnerlint.lib.test
import data.runnerlint.main.network
import data.runnerlint.securitygroup.egress

requirements := data.runnerlint.catalogue.requirements

# judged: every security-group requirement of the catalogue.
judged := {id | some id, r in requirements; r.kind == "security-group"}

test_the_catalogue_defines_every_judged_requirement if {
	every id in judged {
		requirements[id].securityGroup.direction in {"ingress", "egress"}
	}
}

test_ports_the_rules_read if {
	{id: [s.protocol, s.ports, s.expectation] |
		some id in judged
		id != "sg.egress"
		s := requirements[id].securityGroup
	} == {
		"sg.ssh-ingress": ["tcp", [29222], "allow"],
		"sg.runner-ingress": ["tcp", [22999], "allow"],
		"sg.runner-port-exposed": ["tcp", [22999], "not-beyond-vpc"],
		"sg.healthcheck-exposed": ["tcp", [9090], "not-beyond-vpc"],
		"sg.ssh-world-open": ["tcp", [29222], "not-world"],
	}
}

test_environment_marker_ports if sg.marker_ports == {["tcp", 29222], ["tcp", 22999]}

flows(runner) := {[f.protocol, f.port, f.kind, f.to] | some f in got} if {
	got := egress.flows with input as object.union(test.network([]), {"config": {"runner": runner}})
}

test_standard_runner_flows if {
	flows("standard") == {
		["tcp", 443, "hosts", "0.0.0.0/0"],
		["tcp", 8443, "hosts", "0.0.0.0/0"],
		# the UDP host name is judged through the five addresses
		["udp", 4242, "ip", "35.171.240.32"],
		["udp", 4242, "ip", "13.216.138.24"],
		["udp", 4242, "ip", "44.223.157.13"],
		["udp", 4242, "ip", "54.163.142.39"],
		["udp", 4242, "ip", "35.171.31.215"],
	}
}

test_enterprise_runner_flows if flows("enterprise") == {["tcp", 443, "hosts", "0.0.0.0/0"]}

# IMDS is link-local: security groups do not filter it, so it is no flow.
test_imds_is_not_a_flow if {
	requirements["aws.imds"].linkLocal == true
	got := egress.flows with input as test.network([])
	count(got) > 0
	every f in got {
		not "aws.imds" in f.requirements
	}
}

statuses(net) := {r: {v.status | some v in vs; v.requirement == r} | some r in judged} if {
	vs := network.verdicts with input as net
}

gitpod_default := test.network([object.union(test.sg("Env", "environment", 10), {
	"ingress": [
		test.tcp(29222, 29222, test.cidr("0.0.0.0/0"), 12),
		test.tcp(22999, 22999, test.cidr(test.vpc_cidr), 13),
	],
	"implicitEgress": true,
})])

test_gitpod_default_with_the_real_catalogue if {
	statuses(gitpod_default) == {
		"sg.ssh-ingress": {"satisfied"},
		"sg.runner-ingress": {"satisfied"},
		"sg.egress": {"satisfied"},
		"sg.runner-port-exposed": {"satisfied"},
		"sg.healthcheck-exposed": {"satisfied"},
		"sg.ssh-world-open": {"violated"},
	}
}

# The exposed-noncompliant fixture: runner port from anywhere, healthcheck range from ::/0,
# egress TCP 443 only.
test_exposed_noncompliant_with_the_real_catalogue if {
	net := test.network([object.union(test.sg("Env", "environment", 10), {
		"ingress": [
			test.tcp(29222, 29222, test.cidr("198.51.100.0/24"), 12),
			test.tcp(22999, 22999, test.cidr("0.0.0.0/0"), 13),
			test.rule("6", 9000, 9100, test.cidr("::/0"), 14),
		],
		"egress": [test.tcp(443, 443, test.cidr("0.0.0.0/0"), 15)],
	})])
	statuses(net) == {
		"sg.ssh-ingress": {"satisfied"},
		"sg.runner-ingress": {"satisfied"},
		"sg.egress": {"satisfied", "violated"},
		"sg.runner-port-exposed": {"violated"},
		"sg.healthcheck-exposed": {"violated"},
		"sg.ssh-world-open": {"satisfied"},
	}
}
