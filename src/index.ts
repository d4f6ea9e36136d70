// The public library API: one explicit barrel (no `export *`), so every export is a decision.
export { check, defaultEngine } from "./check.js";
export { reachesThreshold, reachesUnknown } from "./thresholds.js";
export { ENGINE_RULE, SCOPE_RULE } from "./tables/requirements.js";
export type { CheckOptions, CheckSource } from "./check.js";
export type {
  BaselineSummary,
  CheckResult,
  Finding,
  Evidence,
  RequirementResult,
  InputSummary,
  ScopeSummary,
  ScopedGroup,
} from "./model/result.js";
export { checkParallel, defaultJobs } from "./check-parallel.js";
// check() reads .tf files once this resolved (checkParallel awaits it itself).
export { loadTerraformParser } from "./inputs/terraform/hcl/runtime.js";
export type { ParallelOptions } from "./check-parallel.js";
export { PolicyEngine, readPolicyFiles, HOST_BUILTINS } from "./engine/policy.js";
export type { PolicyFiles } from "./engine/policy.js";
export type { Catalogue, Requirement, RuleMeta, Verdict } from "./engine/types.js";
export type { InputKind, Severity, Status } from "./model/vocabulary.js";
export { RunnerlintError, isRunnerlintError } from "./errors.js";
export type { ErrorCode } from "./model/vocabulary.js";
export type { Position } from "./model/location.js";
export { loaders } from "./inputs/registry.js";
export { markerPorts } from "./scope/markers.js";
export type { MarkerPort } from "./scope/markers.js";
export { fileFromText, readInputFile, findFiles } from "./inputs/files.js";
export { parseSource } from "./inputs/source.js";
export type { SourceDocument } from "./inputs/source.js";
export type { InputFile, LoadContext, Loader, NormalizedInput } from "./inputs/types.js";
export { describeSecurityGroupsLoader, describeVpcsLoader } from "./inputs/securitygroup/describe-security-groups.js";
export { networkFirewallLoader } from "./inputs/network-firewall/exports.js";
export { describeNetworkAclsLoader } from "./inputs/nacls/describe-network-acls.js";
export { squidLoader, parseSquid } from "./inputs/squid/squid-conf.js";
export { iptablesSaveLoader, parseIptablesSave } from "./inputs/iptables/iptables-save.js";
export { parseRule as parseSuricataRule } from "./inputs/network-firewall/suricata.js";
export type { DeclaredDestination, DeclaredRequirement, Ide, RunConfig, RunnerKind, ScopeMode, SecurityGroupRole } from "./model/config.js";
export {
  loadConfig,
  resolveConfig,
  findConfigFile,
  readConfigFile,
  parseConfigText,
  readEnv,
  configSchema,
  validateConfigData,
  ConfigError,
  CONFIG_FILE_NAMES,
  ENV_VARS,
} from "./config/index.js";
export type {
  ConfigFileData,
  ConfigLayer,
  ConfigProblem,
  ConfigWaiverData,
  FailOn,
  LoadConfigOptions,
  LoadedConfig,
  LoadedConfigFile,
  PathScope,
  ResolvedConfig,
  ScopeSettings,
  SeverityOverride,
} from "./config/index.js";
export { applyWaivers, commentWaivers, metadataWaivers, configWaivers, UNUSED_WAIVER_RULE } from "./waivers/index.js";
export type { AppliedWaivers, ApplyWaiversOptions, Clock, Waiver, WaiverSource } from "./waivers/index.js";
export { applyBaseline, createBaseline, readBaseline, parseBaseline, renderBaseline } from "./baseline/index.js";
export type { Baseline, BaselineFile, BaselineOutcome } from "./baseline/index.js";
export type { BaselineEntry } from "./model/result.js";
export { applicableRequirements, generate as generateRequirementArtifact, REQUIREMENT_FORMATS } from "./requirements-gen/index.js";
export type { ConcreteRequirement, GenerateOptions, RequirementFormat } from "./requirements-gen/index.js";
export type { Location, Maybe, Unknown } from "./model/location.js";
export type { NetworkInput, Peer, SecurityGroup, SgRule, Vpc } from "./model/network.js";
export type {
  DomainList,
  FirewallPolicy,
  FirewallRuleGroup,
  HostChain,
  FingerprintCondition,
  HostCondition,
  SuricataFlowbit,
  HostFirewall,
  HostMatch,
  HostRule,
  NaclEntry,
  NetworkAcl,
  PortRange,
  RuleGroupReference,
  SquidAccess,
  SquidAcl,
  SquidProxy,
  StatelessRule,
  SuricataAddress,
  SuricataPort,
  SuricataRule,
  UnsupportedFeature,
  VpcEndpoint,
} from "./model/network.js";
export { renderJson, toJsonReport, REPORT_VERSION } from "./report/json.js";
export { renderText, summaryLine, codeFrame } from "./report/text.js";
export { renderSarif, toSarif, SECURITY_SEVERITY, SARIF_SCHEMA_URI } from "./report/sarif.js";
export { renderJunit } from "./report/junit.js";
export { renderMarkdown } from "./report/markdown.js";
export { renderGithub, escapeData, escapeProperty } from "./report/github.js";
export { renderHtml } from "./report/html.js";
export { renderers, renderReport, isReportFormat, REPORT_FORMATS } from "./report/index.js";
export type { Renderer, ReportFormat } from "./report/index.js";
export type { ReportEngine, ReportInput, ReportOptions } from "./report/shared.js";
export type { SuppressedFinding, Suppression } from "./model/result.js";
export type { SuppressionSource } from "./model/vocabulary.js";
export { main } from "./cli/main.js";
export { VERSION } from "./version.js";
