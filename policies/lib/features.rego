# METADATA
# title: Runner features
# description: |
#   Whether the run's config turns a feature on, so that every area (egress layers, SCPs) agrees
#   on which feature-bound requirements apply. IDEs: every IDE unless the config lists them; logs:
#   only when the config enables it (aws.logs is optional); declared features (scm, sso,
#   registries, prometheus) apply through their declared instances; proxy always.
package runnerlint.lib.features

enabled(config, feature) if {
	feature in {"vscode", "jetbrains"}
	not is_array(object.get(config, "ides", null))
}

enabled(config, feature) if {
	feature in {"vscode", "jetbrains"}
	feature in config.ides
}

enabled(config, "logs") if config.features.logs == true

enabled(_, feature) if {
	feature in {"scm", "sso", "registries", "prometheus"}
}

enabled(_, "proxy")

# off(config, req): the requirement is bound to a feature the config does not turn on.
off(config, req) := feature if {
	feature := req.feature
	is_string(feature)
	not enabled(config, feature)
}
