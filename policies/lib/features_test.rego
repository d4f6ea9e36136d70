package runnerlint.lib.features_test

import data.runnerlint.lib.features

test_ides_default_to_all if {
	features.enabled({}, "vscode")
	features.enabled({}, "jetbrains")
}

test_listed_ides_only if {
	features.enabled({"ides": ["vscode"]}, "vscode")
	not features.enabled({"ides": ["vscode"]}, "jetbrains")
	not features.enabled({"ides": []}, "vscode")
}

test_logs_only_when_enabled if {
	not features.enabled({}, "logs")
	not features.enabled({"features": {"logs": false}}, "logs")
	features.enabled({"features": {"logs": true}}, "logs")
}

test_declared_features_and_proxy if {
	every f in ["scm", "sso", "registries", "prometheus", "proxy"] {
		features.enabled({}, f)
	}
	not features.enabled({}, "unheard-of")
}

test_off if {
	features.off({}, {"feature": "logs"}) == "logs"
	not features.off({"features": {"logs": true}}, {"feature": "logs"})
	not features.off({}, {"feature": null})
	not features.off({}, {})
}
