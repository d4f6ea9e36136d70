// The public library API: one explicit barrel (no `export *`), so every export is a decision.
export { check, defaultEngine } from "./check.js";
export { reachesThreshold, reachesUnknown } from "./thresholds.js";
export { ENGINE_RULE, SCOPE_RULE } from "./tables/requirements.js";
export { checkParallel, defaultJobs } from "./check-parallel.js";
// check() reads .tf files once this resolved (checkParallel awaits it itself).
export { loadTerraformParser } from "./inputs/terraform/hcl/runtime.js";
export { PolicyEngine, readPolicyFiles, HOST_BUILTINS } from "./engine/policy.js";
export { RunnerlintError, isRunnerlintError } from "./errors.js";
export { loaders } from "./inputs/registry.js";
export { markerPorts } from "./scope/markers.js";
export { fileFromText, readInputFile, findFiles } from "./inputs/files.js";
export { parseSource } from "./inputs/source.js";
export { describeSecurityGroupsLoader, describeVpcsLoader } from "./inputs/securitygroup/describe-security-groups.js";
export { networkFirewallLoader } from "./inputs/network-firewall/exports.js";
export { describeNetworkAclsLoader } from "./inputs/nacls/describe-network-acls.js";
export { squidLoader, parseSquid } from "./inputs/squid/squid-conf.js";
export { iptablesSaveLoader, parseIptablesSave } from "./inputs/iptables/iptables-save.js";
export { parseRule as parseSuricataRule } from "./inputs/network-firewall/suricata.js";
export { loadConfig, resolveConfig, findConfigFile, readConfigFile, parseConfigText, readEnv, configSchema, validateConfigData, ConfigError, CONFIG_FILE_NAMES, ENV_VARS, } from "./config/index.js";
export { applyWaivers, commentWaivers, metadataWaivers, configWaivers, UNUSED_WAIVER_RULE } from "./waivers/index.js";
export { applyBaseline, createBaseline, readBaseline, parseBaseline, renderBaseline } from "./baseline/index.js";
export { applicableRequirements, generate as generateRequirementArtifact, REQUIREMENT_FORMATS } from "./requirements-gen/index.js";
export { renderJson, toJsonReport, REPORT_VERSION } from "./report/json.js";
export { renderText, summaryLine, codeFrame } from "./report/text.js";
export { renderSarif, toSarif, SECURITY_SEVERITY, SARIF_SCHEMA_URI } from "./report/sarif.js";
export { renderJunit } from "./report/junit.js";
export { renderMarkdown } from "./report/markdown.js";
export { renderGithub, escapeData, escapeProperty } from "./report/github.js";
export { renderHtml } from "./report/html.js";
export { renderers, renderReport, isReportFormat, REPORT_FORMATS } from "./report/index.js";
export { main } from "./cli/main.js";
export { VERSION } from "./version.js";
//# sourceMappingURL=index.js.map