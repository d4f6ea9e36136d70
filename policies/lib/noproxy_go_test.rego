package runnerlint.lib.noproxy_go_test

import data.runnerlint.lib.noproxy_go as go

loc(line) := {"file": "f.env", "line": line, "column": 1}

var(name, value, line) := {"name": name, "value": value, "location": loc(line)}

# --- FromEnvironment ---------------------------------------------------------------------------

test_upper_no_proxy_wins_over_lower if {
	cfg := go.from_environment([var("no_proxy", "a", 1), var("NO_PROXY", "b", 2)])
	cfg.noProxy.value == "b"
}

test_empty_upper_falls_back_to_lower if {
	cfg := go.from_environment([var("NO_PROXY", "", 1), var("no_proxy", "a", 2)])
	cfg.noProxy.value == "a"
}

test_lower_used_when_upper_absent if {
	go.from_environment([var("no_proxy", "a", 1)]).noProxy.value == "a"
}

test_proxy_variables_follow_the_same_precedence if {
	cfg := go.from_environment([
		var("https_proxy", "http://l:1", 1), var("HTTPS_PROXY", "http://u:1", 2),
		var("http_proxy", "http://h:1", 3),
	])
	cfg.httpsProxy.value == "http://u:1"
	cfg.httpProxy.value == "http://h:1"
}

test_names_are_case_sensitive if {
	cfg := go.from_environment([var("No_Proxy", "a", 1), var("Https_Proxy", "http://p:1", 2)])
	not cfg.noProxy
	not cfg.httpsProxy
}

test_last_definition_wins if {
	go.from_environment([var("NO_PROXY", "a", 1), var("NO_PROXY", "b", 2)]).noProxy.value == "b"
}

test_unset_when_both_empty if {
	not go.from_environment([var("NO_PROXY", "", 1), var("no_proxy", "", 2)]).noProxy
}

test_unresolved_upper_stops_the_search if {
	cfg := go.from_environment([var("NO_PROXY", {"$unknown": "parameter P has no value"}, 1), var("no_proxy", "a", 2)])
	cfg.noProxy.name == "NO_PROXY"
	go.unresolved(cfg.noProxy)
}

# --- Config.init: splitting --------------------------------------------------------------------

texts(value) := [e.text | some e in go.entries(value)]

kinds(value) := [e.kind | some e in go.entries(value)]

test_split_on_commas_only_trimmed_empties_dropped if {
	texts(" a.com ,, B.com,\t") == ["a.com", "B.com"]
}

test_trim_uses_unicode_spaces if {
	texts("\u00a0.internal\u3000") == [".internal"]
}

test_entries_are_lower_cased if {
	go.entries("App.Gitpod.IO")[0].host == ".app.gitpod.io"
}

test_semicolons_do_not_separate if {
	texts(".internal;169.254.0.0/16") == [".internal;169.254.0.0/16"]
	kinds(".internal;169.254.0.0/16") == ["domain"]
}

test_blanks_do_not_separate if {
	texts(".internal .amazonaws.com") == [".internal .amazonaws.com"]
}

# --- Config.init: classification ----------------------------------------------------------------

test_star_is_all if {
	kinds("a.com,*") == ["domain", "all"]
}

test_cidr_v4_masks_host_bits if {
	e := go.entries("169.254.169.254/16")[0]
	e.kind == "cidr"
	e.net == {"family": "v4", "start": 2851995648, "end": 2852061183}
}

test_cidr_prefix_may_have_leading_zeros if {
	go.entries("10.0.0.0/08")[0].net.end == 184549375
}

test_cidr_invalid_prefix_is_a_domain if {
	kinds("169.254.0.0/33") == ["domain"]
	kinds("169.254.0.0/") == ["domain"]
	kinds("169.254.0.0/16/1") == ["domain"]
}

test_cidr_with_port_is_a_domain if {
	e := go.entries("169.254.0.0/16:80")[0]
	e.kind == "domain"
	e.port == "80"
}

test_cidr_v6 if {
	e := go.entries("fd00::/8")[0]
	e.net == {"family": "v6", "groups": [64768, 0, 0, 0, 0, 0, 0, 0], "bits": 8}
}

test_cidr_v4_mapped_is_v4_from_96_bits if {
	go.entries("::ffff:169.254.0.0/112")[0].net == {"family": "v4", "start": 2851995648, "end": 2852061183}
	go.entries("::ffff:0:0/95")[0].net.family == "v6"
}

test_ip_without_port if {
	e := go.entries("169.254.169.254")[0]
	e.kind == "ip"
	e.ip == {"v4": 2852039166}
	e.port == ""
}

test_ip_with_port if {
	e := go.entries("169.254.169.254:80")[0]
	e.kind == "ip"
	e.port == "80"
}

test_bracketed_ipv6_with_port if {
	e := go.entries("[::1]:8080")[0]
	e.ip == {"v6": [0, 0, 0, 0, 0, 0, 0, 1]}
	e.port == "8080"
}

test_bare_ipv6 if {
	go.entries("2001:db8::1")[0].ip == {"v6": [8193, 3512, 0, 0, 0, 0, 0, 1]}
}

test_ipv4_with_leading_zeros_is_a_domain if {
	kinds("169.254.169.025") == ["domain"]
}

test_empty_host_with_port_is_ignored if {
	kinds(":443") == ["ignored"]
	kinds("[]:443") == ["ignored"]
}

test_bare_domain_matches_host if {
	go.entries("example.com")[0] == {
		"index": 0, "text": "example.com", "kind": "domain",
		"host": ".example.com", "port": "", "matchHost": true,
	}
}

test_leading_dot_domain if {
	e := go.entries(".example.com")[0]
	e.host == ".example.com"
	e.matchHost == false
}

test_star_dot_is_read_as_dot if {
	e := go.entries("*.example.com")[0]
	e.host == ".example.com"
	e.matchHost == false
}

test_star_without_dot_is_literal if {
	go.entries("*example.com")[0].host == ".*example.com"
}

test_domain_with_port if {
	e := go.entries("app.gitpod.io:8443")[0]
	e.host == ".app.gitpod.io"
	e.port == "8443"
}

test_domain_with_empty_port_matches_every_port if {
	e := go.entries("app.gitpod.io:")[0]
	e.port == ""
	go.bypass([e], "app.gitpod.io", "443")
}

test_non_ascii_domain_is_idna if {
	e := go.entries("bücher.de")[0]
	e.kind == "idna"
	e.asciiTail == "cher.de"
}

test_split_host_port if {
	go.split_host_port("a:1") == {"host": "a", "port": "1"}
	go.split_host_port("[::1]:") == {"host": "::1", "port": ""}
	not go.split_host_port("a")
	not go.split_host_port("a:b:c")
	not go.split_host_port("[::1]")
	not go.split_host_port("[::1]x:1")
	not go.split_host_port("a]:1")
}

# --- IP parsing ---------------------------------------------------------------------------------

test_parse_ipv4 if {
	go.parse_ipv4("0.0.0.0") == 0
	go.parse_ipv4("255.255.255.255") == 4294967295
	not go.parse_ipv4("256.1.1.1")
	not go.parse_ipv4("1.2.3")
	not go.parse_ipv4("01.2.3.4")
}

test_parse_ipv6_forms if {
	go.parse_ipv6("::") == [0, 0, 0, 0, 0, 0, 0, 0]
	go.parse_ipv6("1::") == [1, 0, 0, 0, 0, 0, 0, 0]
	go.parse_ipv6("1:2:3:4:5:6:7:8") == [1, 2, 3, 4, 5, 6, 7, 8]
	go.parse_ipv6("::ffff:1.2.3.4") == [0, 0, 0, 0, 0, 65535, 258, 772]
	go.parse_ipv6("1:2:3:4:5:6:1.2.3.4") == [1, 2, 3, 4, 5, 6, 258, 772]
	go.parse_ipv6("FFFF::a") == [65535, 0, 0, 0, 0, 0, 0, 10]
}

test_parse_ipv6_rejects if {
	not go.parse_ipv6("1:2:3:4:5:6:7")
	not go.parse_ipv6("1:2:3:4:5:6:7:8:9")
	not go.parse_ipv6("1::2::3")
	not go.parse_ipv6("1:::2")
	not go.parse_ipv6(":1::")
	not go.parse_ipv6("1:2:3:4:5:6:7::8")
	not go.parse_ipv6("12345::")
	not go.parse_ipv6("fe80::1%eth0")
	not go.parse_ipv6("1.2.3.4::")
	not go.parse_ipv6("::1.2.3.4:5")
	not go.parse_ipv6("1:2:3:4:5:1.2.3.4")
}

test_mapped_ipv6_is_ipv4 if {
	go.parse_ip("::ffff:169.254.169.254") == {"v4": 2852039166}
	go.parse_ip("::ffff:a9fe:a9fe") == {"v4": 2852039166}
}

# --- useProxy -------------------------------------------------------------------------------------

test_localhost_is_never_proxied if {
	go.bypass([], "localhost", "80")
}

test_loopback_is_never_proxied if {
	go.bypass([], "127.0.0.1", "80")
	go.bypass([], "127.9.9.9", "80")
	go.bypass([], "::1", "80")
	go.bypass([], "::ffff:127.0.0.1", "80")
	not go.bypass([], "128.0.0.1", "80")
}

test_star_matches_everything if {
	go.bypass(go.entries("foo,*"), "app.gitpod.io", "443")
	go.bypass(go.entries("*"), "169.254.169.254", "80")
}

test_ip_entry_matches_equal_ip if {
	go.bypass(go.entries("169.254.169.254"), "169.254.169.254", "80")
	not go.bypass(go.entries("169.254.169.254"), "169.254.170.2", "80")
}

test_ip_entry_matches_mapped_equal if {
	go.bypass(go.entries("::ffff:169.254.169.254"), "169.254.169.254", "80")
}

test_ip_entry_port if {
	go.bypass(go.entries("169.254.169.254:80"), "169.254.169.254", "80")
	not go.bypass(go.entries("169.254.169.254:80"), "169.254.169.254", "443")
}

test_cidr_entry_ignores_port if {
	go.bypass(go.entries("169.254.0.0/16"), "169.254.170.2", "8080")
}

test_cidr_v6_entry if {
	go.bypass(go.entries("fd00::/8"), "fd12::1", "443")
	not go.bypass(go.entries("fd00::/8"), "fe12::1", "443")
	not go.bypass(go.entries("::/0"), "169.254.169.254", "80")
}

test_ip_matchers_only_for_ip_hosts if {
	not go.bypass(go.entries("169.254.169.254"), "metadata.internal", "80")
}

test_bare_domain_matches_itself_and_subdomains if {
	go.bypass(go.entries("gitpod.io"), "gitpod.io", "443")
	go.bypass(go.entries("gitpod.io"), "app.gitpod.io", "443")
	not go.bypass(go.entries("gitpod.io"), "notgitpod.io", "443")
}

test_dot_domain_matches_subdomains_only if {
	go.bypass(go.entries(".gitpod.io"), "app.gitpod.io", "443")
	not go.bypass(go.entries(".app.gitpod.io"), "app.gitpod.io", "443")
}

test_star_dot_domain_matches_subdomains_only if {
	go.bypass(go.entries("*.internal"), "ip-10-0-0-1.ec2.internal", "443")
	not go.bypass(go.entries("*.internal"), "internal", "443")
}

test_domain_port_must_equal if {
	go.bypass(go.entries("app.gitpod.io:443"), "app.gitpod.io", "443")
	not go.bypass(go.entries("app.gitpod.io:8443"), "app.gitpod.io", "443")
	not go.bypass(go.entries("app.gitpod.io:0443"), "app.gitpod.io", "443")
}

test_host_is_lower_cased if {
	go.bypass(go.entries(".amazonaws.com"), "S3.AmazonAWS.com", "443")
}

test_domain_matchers_see_ip_hosts_as_text if {
	go.bypass(go.entries("169.254"), "169.254.169.254", "80")
	not go.bypass(go.entries("169.254"), "169.254.170.2", "80")
}

test_unspecified_port_needs_portless_entries if {
	not go.bypass(go.entries("169.254.169.254:80"), "169.254.169.254", "")
	go.bypass(go.entries("169.254.169.254"), "169.254.169.254", "")
}

test_matchers_list_the_entries if {
	[e.text | some e in go.matchers(go.entries("x.com,gitpod.io,.gitpod.io"), "app.gitpod.io", "443")] == ["gitpod.io", ".gitpod.io"]
}

# --- Coverage -----------------------------------------------------------------------------------

suffix_covered(value, suffix) if count(go.suffix_matchers(go.entries(value), suffix, "")) > 0

test_suffix_coverage if {
	suffix_covered(".amazonaws.com", "amazonaws.com")
	suffix_covered("amazonaws.com", "amazonaws.com")
	suffix_covered("*.amazonaws.com", "amazonaws.com")
	suffix_covered("com", "amazonaws.com")
	suffix_covered("*", "amazonaws.com")
	not suffix_covered("s3.amazonaws.com", "amazonaws.com")
	not suffix_covered(".s3.amazonaws.com", "amazonaws.com")
	not suffix_covered("amazonaws.com:443", "amazonaws.com")
	not suffix_covered("*amazonaws.com", "amazonaws.com")
	not suffix_covered("naws.com", "amazonaws.com")
	not suffix_covered(".", "internal")
}

test_suffix_coverage_with_a_port if {
	count(go.suffix_matchers(go.entries("amazonaws.com:443"), "amazonaws.com", "443")) == 1
}

link_local := go.parse_cidr("169.254.0.0/16")

range_ok(value) if go.range_covered(go.entries(value), link_local, "")

test_range_coverage if {
	range_ok("169.254.0.0/16")
	range_ok("169.254.169.254/16")
	range_ok("169.254.0.0/15")
	range_ok("0.0.0.0/0")
	range_ok("*")
	range_ok("::ffff:169.254.0.0/112")
	range_ok("169.254.128.0/17,169.254.0.0/17")
	not range_ok("169.254.169.254")
	not range_ok("169.254.169.254,169.254.170.2")
	not range_ok("169.254.169.0/24")
	not range_ok("169.254.0.0/17")
	not range_ok("169.254.0.0/17,169.254.129.0/24")
	not range_ok("169.254.0.0/16:80")
	not range_ok("169.254.0.0/16;.internal")
	not range_ok("fe80::/10")
}

test_range_coverage_fills_gaps_with_addresses if {
	range_ok("169.254.0.0/17,169.254.128.0/18,169.254.192.0/19,169.254.224.0/20,169.254.240.0/21,169.254.248.0/22,169.254.252.0/23,169.254.254.0/24,169.254.255.0/25,169.254.255.128/26,169.254.255.192/27,169.254.255.224/28,169.254.255.240/29,169.254.255.248/30,169.254.255.252/31,169.254.255.254,169.254.255.255")
	not range_ok("169.254.0.0/17,169.254.128.0/18,169.254.192.0/19,169.254.224.0/20,169.254.240.0/21,169.254.248.0/22,169.254.252.0/23,169.254.254.0/24,169.254.255.0/25,169.254.255.128/26,169.254.255.192/27,169.254.255.224/28,169.254.255.240/29,169.254.255.248/30,169.254.255.252/31,169.254.255.254")
}

test_range_matchers if {
	[e.text | some e in go.range_matchers(go.entries("10.0.0.0/8,169.254.169.254,169.254.0.0/24"), link_local, "")] == ["169.254.169.254", "169.254.0.0/24"]
}

test_idna_may_match if {
	go.idna_may_match(go.entries("ａｍａｚｏｎａｗｓ.com")[0], ".amazonaws.com", "")
	not go.idna_may_match(go.entries("bücher.de")[0], ".amazonaws.com", "")
}

test_one_entry_list if {
	go.one_entry_list(go.entries("a;b")[0])
	go.one_entry_list(go.entries("a b")[0])
	go.one_entry_list(go.entries("a|b")[0])
	not go.one_entry_list(go.entries("a.b")[0])
}

# --- Judging requirements -----------------------------------------------------------------------
# Fixtures shared with the policies/noproxy/*/_test.rego files.

# catalogue: the NO_PROXY requirements of the real catalogue (and aws.imds), never a drifting copy.
catalogue := {"requirements": object.filter(data.runnerlint.catalogue.requirements, {
	"noproxy.internal", "noproxy.link-local", "noproxy.management", "noproxy.amazonaws", "aws.imds",
})}

proxy := var("HTTPS_PROXY", "http://proxy.corp:3128", 1)

good := ".internal,169.254.0.0/16,app.gitpod.io,.amazonaws.com"

environment(vars) := {"source": "dotenv", "name": "proxy.env", "location": loc(1), "variables": vars}

proxy_input(vars) := {"kind": "proxy", "config": {"runner": "enterprise"}, "environments": [environment(vars)]}

judged(id, doc) := j if {
	j := go.judgements(id) with input as doc with data.runnerlint.catalogue as catalogue
}

# The single outcome for one requirement and a NO_PROXY value (HTTPS_PROXY set).
outcome(id, no_proxy) := j if {
	some j in judged(id, proxy_input([proxy, var("NO_PROXY", no_proxy, 2)]))
}

base(id) := object.union(catalogue.requirements[id].noProxy.covers, {
	"requirement": id, "environment": "proxy.env",
	"wanted": catalogue.requirements[id].noProxy.entry, "proxyVariable": "HTTPS_PROXY",
})

test_judge_catalogue_missing if {
	judged("noproxy.other", proxy_input([proxy])) == {{
		"status": "unknown", "messageId": "catalogue_missing",
		"params": {"requirement": "noproxy.other"}, "location": null,
	}}
}

test_judge_standard_runner_not_applicable if {
	judged("noproxy.internal", object.union(proxy_input([proxy]), {"config": {"runner": "standard"}})) == {{
		"status": "not-applicable", "messageId": "runner_not_applicable",
		"params": {"runner": "standard"}, "location": null,
	}}
}

test_judge_no_environments if {
	judged("noproxy.internal", {"kind": "proxy", "config": {"runner": "enterprise"}, "environments": []}) == {{
		"status": "not-applicable", "messageId": "no_proxy_configured",
		"params": {"environment": "this input"}, "location": null,
	}}
}

test_judge_no_proxy_configured if {
	judged("noproxy.internal", proxy_input([var("NO_PROXY", "x", 2), var("HTTPS_PROXY", "", 3)])) == {{
		"status": "not-applicable", "messageId": "no_proxy_configured",
		"params": {"environment": "proxy.env"}, "location": loc(1),
	}}
}

test_judge_no_proxy_unset if {
	judged("noproxy.internal", proxy_input([var("http_proxy", "http://p:1", 4)])) == {{
		"status": "violated", "messageId": "no_proxy_unset",
		"params": object.union(base("noproxy.internal"), {"proxyVariable": "http_proxy"}), "location": loc(4),
	}}
}

test_judge_proxy_unresolved_and_no_proxy_unset if {
	judged("noproxy.internal", proxy_input([var("HTTPS_PROXY", {"$unknown": "parameter Proxy has no value"}, 3)])) == {{
		"status": "unknown", "messageId": "proxy_unresolved",
		"params": object.union(base("noproxy.internal"), {"reason": "parameter Proxy has no value"}), "location": loc(3),
	}}
}

test_judge_no_proxy_unresolved if {
	judged("noproxy.internal", proxy_input([proxy, var("NO_PROXY", {"$unknown": "Fn::ImportValue NoProxy"}, 2)])) == {{
		"status": "unknown", "messageId": "no_proxy_unresolved",
		"params": object.union(base("noproxy.internal"), {"variable": "NO_PROXY", "reason": "Fn::ImportValue NoProxy"}), "location": loc(2),
	}}
}

test_judge_satisfied if {
	outcome("noproxy.internal", good) == {
		"status": "satisfied", "messageId": "satisfied",
		"params": object.union(base("noproxy.internal"), {"variable": "NO_PROXY", "entry": [".internal"]}), "location": loc(2),
	}
}

test_judge_satisfied_range_reports_samples if {
	j := outcome("noproxy.link-local", good)
	j.status == "satisfied"
	j.params.entry == ["169.254.0.0/16"]
	j.params.covered == ["169.254.169.254", "169.254.170.2"]
	j.params.uncovered == []
}

test_judge_satisfied_host if {
	j := outcome("noproxy.management", "gitpod.io")
	j.status == "satisfied"
	j.params.entry == ["gitpod.io"]
}

test_judge_missing if {
	outcome("noproxy.amazonaws", "localhost,10.0.0.0/8") == {
		"status": "violated", "messageId": "missing",
		"params": object.union(base("noproxy.amazonaws"), {"variable": "NO_PROXY"}), "location": loc(2),
	}
}

test_judge_partial_suffix if {
	j := outcome("noproxy.amazonaws", "s3.amazonaws.com,ec2.us-east-1.amazonaws.com")
	j.messageId == "partial"
	j.params.entry == ["s3.amazonaws.com", "ec2.us-east-1.amazonaws.com"]
}

test_judge_partial_range if {
	j := outcome("noproxy.link-local", "169.254.169.0/24")
	j.status == "violated"
	j.messageId == "partial"
	j.params.entry == ["169.254.169.0/24"]
	j.params.covered == ["169.254.169.254"]
	j.params.uncovered == ["169.254.170.2"]
}

test_judge_partial_range_all_samples if {
	j := outcome("noproxy.link-local", "169.254.169.254,169.254.170.2")
	j.messageId == "partial_samples"
	j.params.uncovered == []
}

test_judge_port_only if {
	j := outcome("noproxy.management", "app.gitpod.io:8443")
	j.messageId == "port_only"
	j.params.entryPort == "8443"
	outcome("noproxy.internal", ".internal:80").messageId == "port_only"
	outcome("noproxy.link-local", "169.254.169.254:80").messageId == "port_only"
}

test_judge_subdomains_only if {
	j := outcome("noproxy.management", ".app.gitpod.io")
	j.messageId == "subdomains_only"
	j.params.entry == [".app.gitpod.io"]
}

test_judge_one_entry if {
	j := outcome("noproxy.internal", "localhost;.internal;169.254.0.0/16")
	j.messageId == "one_entry"
	j.params.entry == ["localhost;.internal;169.254.0.0/16"]
}

test_judge_shadowed if {
	js := judged("noproxy.internal", proxy_input([proxy, var("no_proxy", good, 2), var("NO_PROXY", "localhost", 3)]))
	some j in js
	j.messageId == "shadowed"
	j.params.variable == "NO_PROXY"
	j.params.otherVariable == "no_proxy"
	j.params.entry == [".internal"]
	j.location == loc(3)
}

test_judge_lower_used_when_upper_empty if {
	js := judged("noproxy.internal", proxy_input([proxy, var("no_proxy", good, 2), var("NO_PROXY", "", 3)]))
	some j in js
	j.status == "satisfied"
	j.params.variable == "no_proxy"
}

test_judge_idna_is_unknown if {
	j := outcome("noproxy.amazonaws", "ａｍａｚｏｎａｗｓ.com")
	j.status == "unknown"
	j.messageId == "idna"
}

test_judge_unrelated_idna_does_not_block if {
	outcome("noproxy.amazonaws", "bücher.de").messageId == "missing"
}

test_judge_proxy_unresolved_and_not_covered if {
	js := judged("noproxy.internal", proxy_input([var("HTTPS_PROXY", {"$unknown": "no value"}, 1), var("NO_PROXY", "localhost", 2)]))
	some j in js
	j.status == "unknown"
	j.messageId == "proxy_unresolved"
	j.params.reason == "no value"
}

test_judge_proxy_unresolved_but_covered if {
	js := judged("noproxy.internal", proxy_input([var("HTTPS_PROXY", {"$unknown": "no value"}, 1), var("NO_PROXY", good, 2)]))
	some j in js
	j.status == "satisfied"
}

test_judge_proxy_assumed_and_labels if {
	doc := {"kind": "proxy", "config": {"runner": "enterprise"}, "environments": [{
		"source": "command-line", "name": "the command line", "location": loc(1), "proxyAssumed": true,
		"variables": [{"name": "NO_PROXY", "value": "localhost", "location": loc(1), "label": "--no-proxy"}],
	}]}
	some j in judged("noproxy.internal", doc)
	j.status == "violated"
	j.params.variable == "--no-proxy"
	j.params.proxyVariable == "--no-proxy"
}

test_judge_resource_is_kept if {
	doc := {"kind": "proxy", "config": {"runner": "enterprise"}, "environments": [object.union(
		environment([proxy, var("NO_PROXY", good, 2)]),
		{"resource": "RunnerTask/runner"},
	)]}
	some j in judged("noproxy.internal", doc)
	j.resource == "RunnerTask/runner"
}

test_judge_one_outcome_per_environment if {
	doc := {"kind": "proxy", "config": {"runner": "enterprise"}, "environments": [
		environment([proxy, var("NO_PROXY", good, 2)]),
		object.union(environment([proxy]), {"name": "other.env"}),
	]}
	{j.status | some j in judged("noproxy.internal", doc)} == {"satisfied", "violated"}
}

test_star_covers_everything if {
	every id in ["noproxy.internal", "noproxy.link-local", "noproxy.management", "noproxy.amazonaws"] {
		outcome(id, "*").status == "satisfied"
	}
}

test_proxied_environments_need_the_runner if {
	count(go.proxied_environments) == 1 with input as proxy_input([proxy]) with data.runnerlint.catalogue as catalogue
	count(go.proxied_environments) == 0 with input as object.union(proxy_input([proxy]), {"config": {"runner": "standard"}})
		with data.runnerlint.catalogue as catalogue
}

test_range_coverage_ignores_intervals_outside if {
	range_ok("10.0.0.0/8,169.254.0.0/16,192.168.0.0/16")
}

test_judge_assumed_proxy_without_no_proxy if {
	doc := {"kind": "proxy", "config": {"runner": "enterprise"}, "environments": [{
		"source": "command-line", "name": "the command line", "location": loc(1), "proxyAssumed": true,
		"variables": [],
	}]}
	some j in judged("noproxy.internal", doc)
	j.messageId == "no_proxy_unset"
	j.location == null
}

test_judge_quoted if {
	j := outcome("noproxy.internal", `".internal,app.gitpod.io"`)
	j.messageId == "quoted"
	j.params.entry == [`".internal`]
	outcome("noproxy.management", `".internal,app.gitpod.io"`).messageId == "quoted"
	outcome("noproxy.link-local", `'169.254.0.0/16'`).messageId == "quoted"
}

# Go sends https requests through HTTPS_PROXY only: with HTTP_PROXY alone, the management plane
# and the AWS APIs (https) go direct, while instance metadata (plain http) is proxied.
test_http_proxy_alone_proxies_only_http if {
	vars := [var("HTTP_PROXY", "http://proxy.corp:3128", 1)]
	{j.messageId | some j in judged("noproxy.management", proxy_input(vars))} == {"scheme_not_proxied"}
	{j.messageId | some j in judged("noproxy.amazonaws", proxy_input(vars))} == {"scheme_not_proxied"}
	some m in judged("noproxy.management", proxy_input(vars))
	m.status == "not-applicable"
	m.params == {"environment": "proxy.env", "requirement": "noproxy.management", "scheme": "https", "setVariable": "HTTP_PROXY"}
	{[j.status, j.messageId] | some j in judged("noproxy.link-local", proxy_input(vars))} == {["violated", "no_proxy_unset"]}
	{[j.status, j.messageId] | some j in judged("noproxy.internal", proxy_input(vars))} == {["violated", "no_proxy_unset"]}
}

# An unresolved HTTPS_PROXY beside a set HTTP_PROXY: whether https requests are proxied is unknown.
test_unresolved_https_proxy_with_http_proxy_set if {
	vars := [var("HTTP_PROXY", "http://proxy.corp:3128", 1), var("HTTPS_PROXY", {"$unknown": "Ref ProxyUrl"}, 2)]
	{[j.status, j.messageId] | some j in judged("noproxy.management", proxy_input(vars))} == {["unknown", "proxy_unresolved"]}
}
