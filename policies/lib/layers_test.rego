package runnerlint.lib.layers_test

import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.lib.cidr
import data.runnerlint.lib.layers

e(match, action) := {"match": match, "action": action, "id": concat("", [match, "-", action])}

dflt_block := {"action": "block", "id": "default"}

dflt_allow := {"action": "allow", "id": "default"}

test_first_match_takes_the_first_full_match if {
	layers.first_match([e("none", "block"), e("all", "allow"), e("all", "block")], dflt_block) == {"state": "allow", "by": e("all", "allow")}
	layers.first_match([e("all", "block"), e("all", "allow")], dflt_allow) == {"state": "block", "by": e("all", "block")}
	layers.first_match([e("none", "allow")], dflt_block) == {"state": "block", "by": dflt_block}
	layers.first_match([], dflt_allow) == {"state": "allow", "by": dflt_allow}
}

test_first_match_partial_block_before_allow_blocks if {
	layers.first_match([e("some", "block"), e("all", "allow")], dflt_block).state == "block"
	layers.first_match([e("some", "block"), e("all", "allow")], dflt_block).by == e("some", "block")
}

test_first_match_uncertain_entries if {
	# a maybe-block before the deciding allow: unknown
	layers.first_match([e("maybe", "block"), e("all", "allow")], dflt_block) == {"state": "unknown", "by": e("maybe", "block")}

	# a maybe-allow before the deciding block: unknown
	layers.first_match([e("maybe", "allow"), e("all", "block")], dflt_block) == {"state": "unknown", "by": e("maybe", "allow")}

	# an allow of part of a wildcard, then the default deny: the rest is blocked
	layers.first_match([e("some", "allow")], dflt_block) == {"state": "block", "by": dflt_block, "partial": e("some", "allow")}

	# an uncertain allow before a partial block could shadow it
	layers.first_match([e("some", "allow"), e("some", "block"), e("all", "allow")], dflt_block).state == "unknown"

	# an entry that may do anything
	layers.first_match([e("maybe", "either")], dflt_block).state == "unknown"
	layers.first_match([], {"action": "either"}).state == "unknown"

	# a maybe-allow before an allow changes nothing
	layers.first_match([e("maybe", "allow"), e("all", "allow")], dflt_block).state == "allow"
}

test_unordered_pass_wins if {
	layers.unordered([e("all", "block"), e("all", "allow")], dflt_allow) == {"state": "allow", "by": e("all", "allow")}
	layers.unordered([e("all", "block"), e("maybe", "allow")], dflt_allow).state == "unknown"
	layers.unordered([e("some", "block"), e("some", "allow")], dflt_allow) == {"state": "block", "by": e("some", "block")}
	layers.unordered([e("maybe", "block")], dflt_allow).state == "unknown"
	layers.unordered([e("none", "block")], dflt_allow) == {"state": "allow", "by": dflt_allow}
	layers.unordered([e("maybe", "allow")], dflt_block).state == "unknown"
	layers.unordered([], dflt_block) == {"state": "block", "by": dflt_block}
	layers.unordered([e("some", "block"), e("all", "block")], dflt_allow).by == e("all", "block")
}

test_segments_cut_at_every_bound if {
	layers.segments(1024, 65535, []) == [{"from": 1024, "to": 65535}]
	layers.segments(1024, 65535, [{"from": 1024, "to": 32767}, {"from": 40000, "to": 70000}, {"from": 1, "to": 10}]) == [
		{"from": 1024, "to": 32767},
		{"from": 32768, "to": 39999},
		{"from": 40000, "to": 65535},
	]
}

test_ports if {
	layers.port_in(443, 443, 443) == "all"
	layers.port_in(1, 442, 443) == "none"
	layers.port_in({"$unknown": "x"}, 443, 443) == "maybe"
	layers.port_in(1, {"$unknown": "x"}, 443) == "maybe"
	layers.range_in(0, 65535, 1024, 65535) == "all"
	layers.range_in(32768, 65535, 1024, 65535) == "some"
	layers.range_in(1, 1023, 1024, 65535) == "none"
	layers.range_in(70000, 80000, 1024, 65535) == "none"
	layers.range_in({"$unknown": "x"}, 1, 2, 3) == "maybe"
	layers.range_in(1, {"$unknown": "x"}, 2, 3) == "maybe"
}

test_destination_addresses_of_host_names if {
	f := fx.host("app.gitpod.io", 443)
	layers.to("0.0.0.0/0", f) == "all"
	layers.to("10.0.0.0/8", f) == "none"
	layers.to("::/0", f) == "none"
	layers.to("52.0.0.0/8", f) == "maybe"
	layers.to("nonsense", f) == "maybe"
	layers.to({"$unknown": "parameter"}, f) == "maybe"
	layers.to_any([], f) == "none"
	layers.to_any(["10.0.0.0/8", "0.0.0.0/0"], f) == "all"
}

test_destination_addresses_of_ips if {
	f := fx.ip("35.171.240.32", "udp", 4242)
	layers.to("35.171.240.0/24", f) == "all"
	layers.to("35.171.240.32", f) == "all"
	layers.to("35.171.240.33/32", f) == "none"
	g := object.union(f, {"kind": "cidr", "address": "35.171.240.0/24", "destination": "35.171.240.0/24"})
	layers.to("35.171.240.0/25", g) == "maybe"
	layers.to("2001:db8::1", g) == "none"
}

test_runner_addresses if {
	layers.from("10.0.0.0/8") == "all" with input as fx.network({})
	layers.from("10.8.1.0/24") == "maybe" with input as fx.network({})
	layers.from("192.168.0.0/16") == "none" with input as fx.network({})
	layers.from("0.0.0.0/0") == "all" with input as fx.network({})
	layers.from("::/0") == "none" with input as fx.network({})
	layers.from("bad") == "maybe" with input as fx.network({})

	# unknown runner addresses: only the world holds them for sure
	unknown_runner := {"config": {"runner": "standard"}, "vpcs": []}
	layers.from("10.0.0.0/8") == "maybe" with input as unknown_runner
	layers.from_any(["0.0.0.0/0"]) == "all" with input as unknown_runner

	# the only VPC of the input gives them
	one_vpc := {"config": {"runner": "standard"}, "vpcs": [{"id": "v", "cidrs": ["10.1.0.0/16"]}]}
	layers.from("10.0.0.0/8") == "all" with input as one_vpc
}

test_flows_fill_placeholders_and_leave_out_udp_names if {
	fs := layers.flows("gitpod.gateway-udp") with data.runnerlint.catalogue as fx.catalogue with input as fx.network({})
	count(fs) == 5
	every f in fs {
		f.kind == "ip"
		f.protocol == "udp"
	}
	layers.named_udp("gitpod.gateway-udp") == {"*.us01.gitpod.dev"} with data.runnerlint.catalogue as fx.catalogue with input as fx.network({})

	net := object.union(fx.network({}), {"config": {"runner": "standard", "region": "eu-west-1", "accountId": "123456789012"}})
	{f.destination | some f in layers.flows("aws.ecr")} == {"123456789012.dkr.ecr.eu-west-1.amazonaws.com"} with data.runnerlint.catalogue as fx.catalogue with input as net
	{f.destination | some f in layers.flows("aws.ec2")} == {"ec2.<region>.amazonaws.com"} with data.runnerlint.catalogue as fx.catalogue with input as fx.network({})
	{[f.port, f.destination] | some f in layers.flows("gitpod.gateway-https")} == {[8443, "us01.gitpod.dev"], [443, "*.us01.gitpod.dev"], [8443, "*.us01.gitpod.dev"]} with data.runnerlint.catalogue as fx.catalogue with input as fx.network({})
}

test_applicability if {
	enterprise := object.union(fx.network({}), {"config": {"runner": "enterprise"}})
	layers.skip("gitpod.gateway-https").messageId == "not_applicable_runner" with data.runnerlint.catalogue as fx.catalogue with input as enterprise
	not layers.skip("gitpod.management") with data.runnerlint.catalogue as fx.catalogue with input as enterprise

	# IDEs: every IDE unless the config lists them
	not layers.skip("vscode.marketplace") with data.runnerlint.catalogue as fx.catalogue with input as fx.network({})
	jetbrains_only := object.union(fx.network({}), {"config": {"runner": "standard", "ides": ["jetbrains"]}})
	layers.skip("vscode.marketplace").messageId == "not_applicable_feature" with data.runnerlint.catalogue as fx.catalogue with input as jetbrains_only

	# logs: only when enabled
	layers.skip("aws.logs").messageId == "not_applicable_feature" with data.runnerlint.catalogue as fx.catalogue with input as fx.network({})
	logs := object.union(fx.network({}), {"config": {"runner": "standard", "features": {"logs": true}}})
	not layers.skip("aws.logs") with data.runnerlint.catalogue as fx.catalogue with input as logs
	layers.optional("aws.logs") with data.runnerlint.catalogue as fx.catalogue
}

test_declared_instances_are_requirements if {
	declared := {"id": "scm.github", "template": "scm.<name>", "name": "github", "title": "SCM provider: github", "feature": "scm", "optional": false, "destinations": [{"host": "github.com", "protocol": "tcp", "ports": [443], "scheme": "https", "declared": "github.com"}]}
	net := object.union(fx.network({}), {"config": {"runner": "standard", "declared": [declared]}})
	layers.requirement("scm.github") == declared with data.runnerlint.catalogue as fx.catalogue with input as net
	{f.destination | some f in layers.flows("scm.github")} == {"github.com"} with data.runnerlint.catalogue as fx.catalogue with input as net
	layers.template("scm.<name>") with data.runnerlint.catalogue as fx.catalogue
	not layers.optional("scm.github") with data.runnerlint.catalogue as fx.catalogue with input as net
}

test_tls_and_http_flows if {
	layers.tls(fx.host("a.b", 443))
	not layers.tls(fx.http_host("a.b", 80))
	layers.http(fx.http_host("a.b", 80))
	not layers.http(fx.ip("1.2.3.4", "udp", 4242))
	layers.flow_params(fx.host("a.b", 443)) == {"protocol": "TCP", "port": 443, "destination": "a.b"}
}

test_non_public_blocks_are_valid_ipv4_blocks if {
	every b in layers.non_public {
		cidr.ipv4(b)
	}
	layers.non_public_block("10.1.0.0/16")
	layers.non_public_block("192.0.2.7/32")
	not layers.non_public_block("8.8.8.0/24")
	not layers.non_public_block("10.0.0.0/7") # wider than the private block
	not layers.non_public_block("not a block")
}
