# METADATA
# title: Host names, wildcards and leading dots
# description: |
#   Matches a host-name condition of a firewall or proxy rule against the pattern a catalogue
#   destination stands for, for every host of the pattern, not one sample.
#
#   Patterns (catalogue destinations, lower-cased, trailing dot removed):
#     "app.gitpod.io"                 one host;
#     "*.us01.gitpod.dev"             every name of one more label (x.us01.gitpod.dev), not the
#                                     apex and not deeper names: the vendor's wildcards stand for
#                                     the single-label hosts it uses (requirements/README.md);
#     "ec2.<region>.amazonaws.com"    one host whose <region> / <account-id> label is not known
#                                     (filled from input.config when it is).
#   Matchers (what a rule tests on the host name):
#     {"type": "exact",  "value": v}  the host is v (domain-list entry without a dot, squid
#                                     dstdomain without a dot, Suricata startswith+endswith);
#     {"type": "domain", "value": v}  v and all its subdomains (a leading dot in a domain list,
#                                     squid dstdomain or ssl::server_name);
#     {"type": "suffix" | "prefix" | "contains", "value": v}   Suricata endswith / startswith /
#                                     an unanchored content, compared as strings;
#     {"type": "any"}                 no host condition.
#   A match is one of:
#     "all"   every host of the pattern matches;
#     "none"  no host of the pattern matches;
#     "some"  some hosts of a wildcard pattern match and others do not (proven);
#     "maybe" it depends on a value runnerlint does not know (the region, the account id).
# scope: package
package runnerlint.lib.domains

# --- patterns ----------------------------------------------------------------------------------

_placeholders := {"<region>": "region", "<account-id>": "accountId"}

# fill(host, config): host with <region> and <account-id> replaced by the config's values
# when it has them (lower-cased, trailing dot removed).
fill(host, config) := lower(trim_suffix(replace(replace(host, "<region>", _value(config, "region")), "<account-id>", _value(config, "accountId")), "."))

_value(config, key) := v if {
	v := config[key]
	is_string(v)
	v != ""
} else := concat("", ["<", _dash(key), ">"])

_dash("accountId") := "account-id"

_dash("region") := "region"

# pattern(host): {"wild": bool, "labels": [...]} for a filled host. wild: "*." stands for one
# label before labels.
pattern(host) := {"wild": true, "labels": split(substring(host, 2, -1), ".")} if {
	startswith(host, "*.")
} else := {"wild": false, "labels": split(host, ".")}

placeholder(label) if _placeholders[label]

# fixed(p): the pattern is one known host.
fixed(p) if {
	not p.wild
	not _has_placeholder(p.labels)
}

_has_placeholder(labels) if {
	some l in labels
	placeholder(l)
}

# The values a placeholder label can take.
_can_be("<region>", label) if regex.match(`^[a-z]{2}(-[a-z]+)+-[0-9]+$`, label)

_can_be("<account-id>", label) if regex.match(`^[0-9]{12}$`, label)

# label_cmp(pl, l): comparing a pattern label with a label: "yes", "no" or "maybe".
label_cmp(pl, l) := "yes" if {
	not placeholder(pl)
	pl == l
} else := "no" if {
	not placeholder(pl)
} else := "maybe" if {
	_can_be(pl, l)
} else := "no"

# seq_cmp(ps, ls): compares two equally long label lists position by position.
seq_cmp(ps, ls) := "no" if {
	some i, pl in ps
	label_cmp(pl, ls[i]) == "no"
} else := "maybe" if {
	some i, pl in ps
	label_cmp(pl, ls[i]) == "maybe"
} else := "yes"

_last(xs, n) := array.slice(xs, count(xs) - n, count(xs))

_first(xs, n) := array.slice(xs, 0, n)

# tail_cmp(ps, ls): the last count(ls) labels of pattern labels ps against labels ls
# (count(ls) <= count(ps)).
tail_cmp(ps, ls) := seq_cmp(_last(ps, count(ls)), ls)

# under_cmp(ds, ps): labels ds end with pattern labels ps (count(ps) <= count(ds)).
under_cmp(ds, ps) := seq_cmp(ps, _last(ds, count(ps)))

# --- matching ------------------------------------------------------------------------------------

# match(m, p): how matcher m matches pattern p (see the package description).
match(m, p) := _negate(_match(m, p)) if {
	m.negated == true
} else := _match(m, p)

_negate("all") := "none"

_negate("none") := "all"

_negate("some") := "some"

_negate("maybe") := "maybe"

_match(m, _) := "all" if m.type == "any"

_match(m, p) := _exact(split(m.value, "."), p) if m.type == "exact"

_match(m, p) := _domain(split(m.value, "."), p) if m.type == "domain"

_match(m, p) := _suffix(split(m.value, "."), p) if m.type == "suffix"

_match(m, p) := _prefix(m.value, p) if m.type == "prefix"

_match(m, p) := _contains(m.value, p) if m.type == "contains"

_yes_no := {"yes": "all", "no": "none", "maybe": "maybe"}

# exact: same labels.
_exact(ds, p) := _yes_no[seq_cmp(p.labels, ds)] if {
	not p.wild
	count(ds) == count(p.labels)
} else := "none" if {
	not p.wild
} else := _partial(under_cmp(ds, p.labels)) if {
	count(ds) == count(p.labels) + 1
	ds[0] != ""
} else := "none"

# _partial(c): a wildcard pattern whose fixed labels compare c: some of its hosts match.
_partial("yes") := "some"

_partial("no") := "none"

_partial("maybe") := "maybe"

# domain (leading dot): the host is ds or ends with "." + ds. Under a wildcard, only the one host
# ds itself can be (deeper names are not the pattern's).
_domain(ds, p) := _yes_no[tail_cmp(p.labels, ds)] if {
	count(ds) <= count(p.labels)
} else := "none" if {
	not p.wild
} else := _partial(under_cmp(ds, p.labels)) if {
	count(ds) == count(p.labels) + 1
} else := "none"

# suffix: the host ends with the string; ds[0] is the partial label before the first dot.
_suffix(ds, p) := _yes_no[_suffix_within(ds, p.labels)] if {
	# the whole suffix lies within the pattern's known labels
	count(ds) <= count(p.labels)
} else := "none" if {
	not p.wild
} else := _wild_suffix(ds, p) if {
	count(ds) == count(p.labels) + 1
} else := "none"

# _suffix_within(ds, labels): labels end with ds (count(ds) <= count(labels)): the last
# count(ds) - 1 labels equal ds[1:], and the label before them ends with ds[0].
_suffix_within(ds, labels) := _and_cmp(
	seq_cmp(_last(labels, count(ds) - 1), array.slice(ds, 1, count(ds))),
	_ends_cmp(labels[count(labels) - count(ds)], ds[0]),
)

# In a wildcard pattern, the partial first label falls in the wildcard part.
_wild_suffix(ds, p) := "none" if {
	seq_cmp(p.labels, array.slice(ds, 1, count(ds))) == "no"
} else := "maybe" if {
	seq_cmp(p.labels, array.slice(ds, 1, count(ds))) == "maybe"
} else := "all" if {
	ds[0] == ""
} else := "some"

_ends_cmp(pl, frag) := "yes" if {
	frag == ""
} else := "maybe" if {
	placeholder(pl)
} else := "yes" if {
	endswith(pl, frag)
} else := "no"

_starts_cmp(pl, frag) := "yes" if {
	frag == ""
} else := "maybe" if {
	placeholder(pl)
} else := "yes" if {
	startswith(pl, frag)
} else := "no"

_and_cmp(a, b) := "no" if {
	"no" in {a, b}
} else := "maybe" if {
	"maybe" in {a, b}
} else := "yes"

# prefix: the host starts with the string.
_prefix(v, _) := "all" if v == ""

# Under a wildcard the host is label + "." + the fixed labels: a string without a dot starts some
# labels; one with a dot names the label and must continue as the fixed labels do.
_prefix(v, p) := "some" if {
	v != ""
	p.wild
	_has_placeholder(p.labels)
} else := "some" if {
	v != ""
	p.wild
	_crosses_label(v, p)
} else := "none" if {
	v != ""
	p.wild
}

_prefix(v, p) := _yes_no[_prefix_within(split(v, "."), p.labels)] if {
	v != ""
	not p.wild
	count(split(v, ".")) <= count(p.labels)
}

_prefix(v, p) := "none" if {
	v != ""
	not p.wild
	count(split(v, ".")) > count(p.labels)
}

_prefix_within(ds, labels) := _and_cmp(
	seq_cmp(_first(labels, count(ds) - 1), _first(ds, count(ds) - 1)),
	_starts_cmp(labels[count(ds) - 1], ds[count(ds) - 1]),
)

# contains: an unanchored substring. Under a wildcard, one not within the fixed labels must lie
# in the one label, or end it and continue as the fixed labels begin.
_contains(v, p) := "all" if {
	some part in _fixed_parts(p)
	contains(part, v)
} else := "none" if {
	fixed(p)
} else := "some" if {
	p.wild
	not _has_placeholder(p.labels)
	_crosses_label(v, p)
} else := "none" if {
	p.wild
	not _has_placeholder(p.labels)
} else := "maybe"

# _crosses_label(v, p): in a host of wildcard pattern p (label "." fixed labels), v can start
# within the label: it has no dot, or the part after its first dot begins the fixed labels.
_crosses_label(v, _) if not contains(v, ".")

_crosses_label(v, p) if {
	i := indexof(v, ".")
	i > 0
	startswith(concat(".", p.labels), substring(v, i + 1, -1))
}

# _fixed_parts(p): the runs of the host text that every host of the pattern contains.
_fixed_parts(p) := [concat("", [".", concat(".", p.labels)])] if {
	p.wild
	not _has_placeholder(p.labels)
} else := [concat(".", p.labels)] if {
	fixed(p)
} else := [concat(".", run) |
	some run in _runs(p.labels)
]

# _runs(labels): maximal runs of labels without placeholders.
_runs(labels) := [array.slice(labels, s, e) |
	some s in _run_starts(labels)
	e := min({i | some i, l in labels; i > s; placeholder(l)} | {count(labels)})
]

_run_starts(labels) := {i |
	some i, l in labels
	not placeholder(l)
	_starts_run(labels, i)
}

_starts_run(_, 0)

_starts_run(labels, i) if {
	i > 0
	placeholder(labels[i - 1])
}

# --- three-valued combinations -------------------------------------------------------------------

# all_of(ms): the conjunction of matches.
all_of(ms) := "none" if {
	"none" in ms
} else := "maybe" if {
	"maybe" in ms
} else := "maybe" if {
	count([m | some m in ms; m == "some"]) > 1
} else := "some" if {
	"some" in ms
} else := "all"

# any_of(ms): the disjunction of matches (an empty list matches nothing).
any_of(ms) := "all" if {
	"all" in ms
} else := "maybe" if {
	"maybe" in ms
} else := "some" if {
	"some" in ms
} else := "none"

# negated(m): the complement of a match.
negated(m) := _negate(m)

# --- matchers from the formats -------------------------------------------------------------------

# target(t): a domain-list / dstdomain / ssl::server_name entry as a matcher: a leading dot
# matches the domain and all its subdomains, no dot only the name itself. Case-insensitive.
target(t) := {"type": "domain", "value": substring(v, 1, -1)} if {
	v := lower(trim_suffix(trim_space(t), "."))
	startswith(v, ".")
} else := {"type": "exact", "value": lower(trim_suffix(trim_space(t), "."))}

# valid_target(t): a name the formats accept: labels of letters, digits, "-" and "_", optionally
# one leading dot. A "*" or any other character is not a domain-list wildcard.
valid_target(t) if regex.match(`^\.?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$`, trim_space(t))

# content(c): a Suricata tls.sni / http.host content condition as a matcher. Without nocase the
# comparison is case-sensitive: a value with upper-case letters never matches a (lower-case)
# host name. dotprefix compares against "." + host.
content(c) := {"type": "none_case"} if {
	not c.nocase
	lower(c.value) != c.value
} else := object.union(_dotted(c.match, lower(c.value)), {"negated": c.negated}) if {
	c.dotprefix
} else := {"type": _types[c.match], "value": lower(c.value), "negated": c.negated}

_types := {"exact": "exact", "suffix": "suffix", "prefix": "prefix", "contains": "contains"}

# dotprefix: "." + host against the value.
_dotted("exact", v) := {"type": "exact", "value": substring(v, 1, -1)} if startswith(v, ".")

_dotted("suffix", v) := {"type": "domain", "value": substring(v, 1, -1)} if startswith(v, ".")

_dotted("prefix", v) := {"type": "prefix", "value": substring(v, 1, -1)} if startswith(v, ".")

_dotted(kind, v) := {"type": _types[kind], "value": v} if {
	kind in {"suffix", "contains"}
	not startswith(v, ".")
}

_dotted("contains", v) := {"type": "maybe"} if startswith(v, ".")

_dotted(kind, v) := {"type": "none_case"} if {
	kind in {"exact", "prefix"}
	not startswith(v, ".")
}

_match(m, _) := "none" if m.type == "none_case"

_match(m, _) := "maybe" if m.type == "maybe"
