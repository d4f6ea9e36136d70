import type { Catalogue } from "../engine/types.js";
import { type ConcreteRequirement, type GenOptions } from "./applicable.js";
export declare const REQUIREMENT_FORMATS: readonly ["json", "markdown", "no-proxy", "security-group", "scp", "squid", "network-firewall", "network-firewall-cfn"];
/** Formats that wait for their input loader, so that their output can be checked by runnerlint (round trip). */
export declare const PENDING_FORMATS: readonly [];
export type RequirementFormat = (typeof REQUIREMENT_FORMATS)[number];
export interface GenerateOptions extends GenOptions {
    /** security-group: the users' CIDR for SSH (the UsersCidr parameter's default). */
    usersCidr?: string;
}
export declare function generate(format: RequirementFormat, catalogue: Catalogue, o: GenerateOptions): string;
/**
 * The host names a name-aware egress control must allow, by port: `*.x` becomes `.x` (squid's and
 * Network Firewall's "this domain and its subdomains"), and an ECR registry of an account not given
 * becomes `.dkr.ecr.<region>.amazonaws.com`. Link-local and UDP destinations are not proxied or
 * filtered by name; fixed IPs are left to address-based rules.
 */
export declare function domainsByPort(reqs: ConcreteRequirement[], o: GenOptions, format: string): Map<number, string[]>;
/** A squid.conf access block: the runner's host names by port, everything else denied. */
export declare function squid(reqs: ConcreteRequirement[], catalogue: Catalogue, o: GenerateOptions): string;
/**
 * The same rule group and policy as a CloudFormation template (JSON, which CloudFormation takes as
 * it is): AWS::NetworkFirewall::RuleGroup and an AWS::NetworkFirewall::FirewallPolicy that
 * references it by Ref (a rule group's Ref is its ARN).
 */
export declare function networkFirewallTemplate(reqs: ConcreteRequirement[], o: GenerateOptions): object;
/**
 * An AWS Network Firewall policy and its stateful domain-allowlist rule group, as the JSON of
 * `aws network-firewall describe-firewall-policy` and `describe-rule-group` (a list of both): the
 * rule group's RuleGroup and the policy's FirewallPolicy are what CreateRuleGroup /
 * CreateFirewallPolicy and CloudFormation's AWS::NetworkFirewall::RuleGroup take.
 */
export declare function networkFirewall(reqs: ConcreteRequirement[], o: GenerateOptions): object[];
/** The NO_PROXY value: every entry, plus the addresses a CIDR entry stands for (clients that ignore CIDRs). */
export declare function noProxy(reqs: ConcreteRequirement[], o: GenOptions): string;
/** Security groups for the runner, as a CloudFormation template. */
export declare function securityGroups(reqs: ConcreteRequirement[], catalogue: Catalogue, o: GenerateOptions): string;
/** An SCP that lets EC2 launch only AMIs of the owners the runner needs (by owner account, as the vendor recommends). */
export declare function scp(reqs: ConcreteRequirement[]): object;
