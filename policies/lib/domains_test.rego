package runnerlint.lib.domains_test

import data.runnerlint.lib.domains

p(h) := domains.pattern(h)

m(t, v) := {"type": t, "value": v}

test_fill_uses_config_values if {
	domains.fill("<account-id>.dkr.ecr.<region>.amazonaws.com", {"region": "eu-west-1", "accountId": "123456789012"}) == "123456789012.dkr.ecr.eu-west-1.amazonaws.com"
	domains.fill("ec2.<region>.amazonaws.com.", {}) == "ec2.<region>.amazonaws.com"
	domains.fill("App.Gitpod.IO", {"region": ""}) == "app.gitpod.io"
}

test_pattern if {
	p("*.us01.gitpod.dev") == {"wild": true, "labels": ["us01", "gitpod", "dev"]}
	p("app.gitpod.io") == {"wild": false, "labels": ["app", "gitpod", "io"]}
	domains.fixed(p("app.gitpod.io"))
	not domains.fixed(p("ec2.<region>.amazonaws.com"))
	not domains.fixed(p("*.gitpod.io"))
}

# An explicit name matches only itself; a leading dot matches the domain and every subdomain.
test_exact_vs_leading_dot if {
	domains.match(domains.target("app.gitpod.io"), p("app.gitpod.io")) == "all"
	domains.match(domains.target("gitpod.io"), p("app.gitpod.io")) == "none"
	domains.match(domains.target(".gitpod.io"), p("app.gitpod.io")) == "all"
	domains.match(domains.target(".app.gitpod.io"), p("app.gitpod.io")) == "all"
	domains.match(domains.target("us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "none"
	domains.match(domains.target(".us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "all"
	domains.match(domains.target(".us01.gitpod.dev"), p("us01.gitpod.dev")) == "all"
	domains.match(domains.target(".gitpod.dev"), p("*.us01.gitpod.dev")) == "all"
	domains.match(domains.target("x.us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "some"
	domains.match(domains.target(".x.us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "some"
	domains.match(domains.target(".eu01.gitpod.dev"), p("*.us01.gitpod.dev")) == "none"
	domains.match(domains.target("APP.gitpod.io."), p("app.gitpod.io")) == "all"
}

test_placeholders if {
	domains.match(domains.target(".amazonaws.com"), p("ec2.<region>.amazonaws.com")) == "all"
	domains.match(domains.target("ec2.us-east-1.amazonaws.com"), p("ec2.<region>.amazonaws.com")) == "maybe"
	domains.match(domains.target("s3.us-east-1.amazonaws.com"), p("ec2.<region>.amazonaws.com")) == "none"
	domains.match(domains.target("ec2.amazonaws.com"), p("ec2.<region>.amazonaws.com")) == "none"
	domains.match(domains.target(".us-east-1.amazonaws.com"), p("ec2.<region>.amazonaws.com")) == "maybe"
	domains.match(domains.target(".ecr.us-east-1.amazonaws.com"), p("<account-id>.dkr.ecr.<region>.amazonaws.com")) == "maybe"
	domains.match(domains.target(".ecr.amazonaws.com"), p("<account-id>.dkr.ecr.<region>.amazonaws.com")) == "none"
	domains.match(domains.target(".dkr.ecr.us-east-1.amazonaws.com"), p("<account-id>.dkr.ecr.<region>.amazonaws.com")) == "maybe"
	domains.match(domains.target(".amazonaws.com"), p("*.amazonaws.com")) == "all"

	# a wildcard stands for one label: a name two labels deeper is not one of its hosts
	domains.match(domains.target("ec2.us-east-1.amazonaws.com"), p("*.amazonaws.com")) == "none"
	domains.match(domains.target("sts.amazonaws.com"), p("*.amazonaws.com")) == "some"
	domains.match(domains.target(".sts.amazonaws.com"), p("*.amazonaws.com")) == "some"
}

test_suffix if {
	domains.match(m("suffix", ".gitpod.io"), p("app.gitpod.io")) == "all"
	domains.match(m("suffix", "gitpod.io"), p("app.gitpod.io")) == "all"
	domains.match(m("suffix", "pod.io"), p("app.gitpod.io")) == "all"
	domains.match(m("suffix", ".app.gitpod.io"), p("app.gitpod.io")) == "none"
	domains.match(m("suffix", "io"), p("app.gitpod.io")) == "all"
	domains.match(m("suffix", ".us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "all"
	domains.match(m("suffix", "us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "all"
	domains.match(m("suffix", "x.us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "some"
	domains.match(m("suffix", "a.x.us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "none" # one label only
	domains.match(m("suffix", ".eu01.gitpod.dev"), p("*.us01.gitpod.dev")) == "none"
	domains.match(m("suffix", ".amazonaws.com"), p("ec2.<region>.amazonaws.com")) == "all"
	domains.match(m("suffix", "east-1.amazonaws.com"), p("ec2.<region>.amazonaws.com")) == "maybe"
	domains.match(m("suffix", ".app.gitpod.io"), p("gitpod.io")) == "none"
}

test_prefix if {
	domains.match(m("prefix", "app."), p("app.gitpod.io")) == "all"
	domains.match(m("prefix", "app.gitpod.io"), p("app.gitpod.io")) == "all"
	domains.match(m("prefix", "api"), p("app.gitpod.io")) == "none"
	domains.match(m("prefix", "app.gitpod.io.x"), p("app.gitpod.io")) == "none"
	domains.match(m("prefix", "ec2."), p("ec2.<region>.amazonaws.com")) == "all"
	domains.match(m("prefix", "ec2.us"), p("ec2.<region>.amazonaws.com")) == "maybe"
	domains.match(m("prefix", "x"), p("*.us01.gitpod.dev")) == "some"
	domains.match(m("prefix", ""), p("*.us01.gitpod.dev")) == "all"
}

test_contains if {
	domains.match(m("contains", "gitpod"), p("app.gitpod.io")) == "all"
	domains.match(m("contains", "jetbrains"), p("app.gitpod.io")) == "none"
	domains.match(m("contains", "gitpod.dev"), p("*.us01.gitpod.dev")) == "all"
	domains.match(m("contains", "foo"), p("*.us01.gitpod.dev")) == "some"
	domains.match(m("contains", "amazonaws"), p("ec2.<region>.amazonaws.com")) == "all"
	domains.match(m("contains", "ec2"), p("ec2.<region>.amazonaws.com")) == "all"
	domains.match(m("contains", "east"), p("ec2.<region>.amazonaws.com")) == "maybe"
}

test_any_and_negation if {
	domains.match({"type": "any"}, p("*.x.io")) == "all"
	domains.match(object.union(m("exact", "app.gitpod.io"), {"negated": true}), p("app.gitpod.io")) == "none"
	domains.match(object.union(m("exact", "x.gitpod.io"), {"negated": true}), p("app.gitpod.io")) == "all"
	domains.match(object.union(m("exact", "x.us01.gitpod.dev"), {"negated": true}), p("*.us01.gitpod.dev")) == "some"
	domains.negated("maybe") == "maybe"
}

test_suricata_content if {
	c := {"buffer": "tls.sni", "match": "suffix", "value": ".gitpod.io", "nocase": true, "dotprefix": true, "negated": false}
	domains.content(c) == {"type": "domain", "value": "gitpod.io", "negated": false}
	domains.match(domains.content(c), p("gitpod.io")) == "all"
	exact := object.union(c, {"match": "exact", "value": ".app.gitpod.io"})
	domains.match(domains.content(exact), p("app.gitpod.io")) == "all"
	pre := object.union(c, {"match": "prefix", "value": ".app"})
	domains.match(domains.content(pre), p("app.gitpod.io")) == "all"
	no_dot := object.union(c, {"match": "exact", "value": "app.gitpod.io"})
	domains.match(domains.content(no_dot), p("app.gitpod.io")) == "none"
	dotted_contains := object.union(c, {"match": "contains", "value": ".gitpod"})
	domains.match(domains.content(dotted_contains), p("app.gitpod.io")) == "maybe"
	plain_contains := object.union(c, {"match": "contains", "value": "gitpod"})
	domains.match(domains.content(plain_contains), p("app.gitpod.io")) == "all"
	upper := {"buffer": "tls.sni", "match": "exact", "value": "App.Gitpod.io", "nocase": false, "dotprefix": false, "negated": false}
	domains.match(domains.content(upper), p("app.gitpod.io")) == "none"
	lower_case := object.union(upper, {"value": "app.gitpod.io"})
	domains.match(domains.content(lower_case), p("app.gitpod.io")) == "all"
}

test_valid_target if {
	domains.valid_target(".example.com")
	domains.valid_target("a-b.example.com")
	not domains.valid_target("*.example.com")
	not domains.valid_target("exa mple.com")
}

test_combinations if {
	domains.all_of(["all", "some"]) == "some"
	domains.all_of(["some", "some"]) == "maybe"
	domains.all_of(["all", "maybe", "none"]) == "none"
	domains.all_of(["all", "maybe"]) == "maybe"
	domains.all_of([]) == "all"
	domains.any_of(["none", "all"]) == "all"
	domains.any_of(["none", "some"]) == "some"
	domains.any_of(["maybe", "some"]) == "maybe"
	domains.any_of([]) == "none"
}

# The vendor's wildcards stand for single-label hosts: a substring or prefix condition blocks a
# wildcard's hosts only where it can fall within that one label.
test_wildcards_are_one_label if {
	# content:".ru" cannot occur in <label>.vscode-unpkg.net: its only dots begin the fixed labels
	domains.match(m("contains", ".ru"), p("*.vscode-unpkg.net")) == "none"
	domains.match(m("contains", ".ru"), p("*.gallerycdn.vsassets.io")) == "none"
	domains.match(m("contains", "ru"), p("*.vscode-unpkg.net")) == "some"
	domains.match(m("contains", "x.vscode"), p("*.vscode-unpkg.net")) == "some"
	domains.match(m("contains", "x.vsc"), p("*.vscode-unpkg.net")) == "some"
	domains.match(m("contains", "x.net"), p("*.vscode-unpkg.net")) == "none"
	domains.match(m("contains", ".vscode-unpkg.net"), p("*.vscode-unpkg.net")) == "all"
	domains.match(m("contains", "a.b.vscode-unpkg.net"), p("*.vscode-unpkg.net")) == "none"
	domains.match(m("prefix", "abc"), p("*.us01.gitpod.dev")) == "some"
	domains.match(m("prefix", "abc.us01"), p("*.us01.gitpod.dev")) == "some"
	domains.match(m("prefix", "abc.eu01"), p("*.us01.gitpod.dev")) == "none"
	domains.match(m("prefix", "a.b.us01"), p("*.us01.gitpod.dev")) == "none"
	domains.match(m("prefix", ".us01"), p("*.us01.gitpod.dev")) == "none"
	domains.match(m("exact", "a.b.us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "none"
	domains.match(domains.target(".a.us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "some"
	domains.match(domains.target(".b.a.us01.gitpod.dev"), p("*.us01.gitpod.dev")) == "none"
}
