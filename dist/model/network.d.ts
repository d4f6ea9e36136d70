import type { RunConfig, SecurityGroupRole } from "./config.js";
import type { Location, Maybe, Unknown } from "./location.js";
/**
 * The normalized network model: what every network loader (CloudFormation, describe-security-groups
 * exports, ...) produces and what the `runnerlint/main/network` entrypoint reads as `input`.
 * schemas/input/network.schema.json is the same contract as JSON Schema.
 */
export interface NetworkInput {
    kind: "network";
    config: RunConfig;
    /** Parameter values of the CloudFormation condition scenario this model was built under. */
    scenario?: Record<string, string>;
    /** Set when the scenario expansion hit its cap: verdicts cannot be complete. */
    truncated?: string;
    vpcs: Vpc[];
    securityGroups: SecurityGroup[];
}
export interface Vpc {
    id: string;
    cidrs: Maybe<string>[];
    location: Location;
    condition?: Unknown;
}
export interface SecurityGroup {
    /** sg-… for exports, the logical id for CloudFormation. */
    id: string;
    name?: Maybe<string>;
    description?: Maybe<string>;
    /** vpc-… or the logical id of an AWS::EC2::VPC in the same template. */
    vpc?: Maybe<string>;
    tags: Record<string, Maybe<string>>;
    /** Role from the config; Rego reads the runnerlint:role tag itself. */
    configRole?: SecurityGroupRole;
    /** The role of runner compute that uses the group (a resource tagged runnerlint:role). */
    computeRole?: {
        role: "environment" | "runner";
        resource: string;
    };
    location: Location;
    /** Where the group's inline rule lists are written (SecurityGroupEgress, IpPermissionsEgress): a missing rule is reported there. */
    rulesAt?: {
        ingress?: Location;
        egress?: Location;
    };
    ingress: SgRule[];
    egress: SgRule[];
    /**
     * True when AWS adds its default allow-all egress rule: a CloudFormation group with no egress
     * rules at all (inline or standalone). Exports list that rule explicitly instead.
     */
    implicitEgress: boolean;
    /** Present when the group exists only under a condition that could not be resolved. */
    condition?: Unknown;
}
export type Peer = {
    kind: "cidr4";
    cidr: string;
} | {
    kind: "cidr6";
    cidr: string;
} | {
    kind: "group";
    group: string;
} | {
    kind: "prefix-list";
    id: string;
} | {
    kind: "unknown";
    reason: string;
};
export interface SgRule {
    /** As written, lower-cased: "tcp", "6", "udp", "17", "-1", "all", "icmp", "58", ... */
    protocol: Maybe<string>;
    fromPort?: Maybe<number>;
    toPort?: Maybe<number>;
    /** Source for ingress, destination for egress. */
    peer: Peer;
    description?: string;
    location: Location;
    condition?: Unknown;
}
export interface NetworkInput {
    /** Network ACLs (CloudFormation AWS::EC2::NetworkAcl*, describe-network-acls). */
    nacls?: NetworkAcl[];
    /** AWS Network Firewall policies (CloudFormation, describe-firewall-policy). */
    firewalls?: FirewallPolicy[];
    /** Network Firewall rule groups, referenced from policies by ARN or logical id (describe-rule-group, CloudFormation). */
    firewallRuleGroups?: FirewallRuleGroup[];
    /** Forward proxies on the runner's path (squid.conf). */
    proxies?: SquidProxy[];
    /** Host firewalls (iptables-save). */
    hostFirewalls?: HostFirewall[];
    /** VPC endpoints (CloudFormation AWS::EC2::VPCEndpoint). */
    vpcEndpoints?: VpcEndpoint[];
    /** Managed prefix lists the inputs define in full (CloudFormation AWS::EC2::PrefixList): a rule's prefix-list peer is judged by their entries. */
    prefixLists?: PrefixList[];
}
/** A managed prefix list whose entries are all known. */
export interface PrefixList {
    /** The logical id (what a rule's SourcePrefixListId: !Ref names). */
    id: string;
    /** Its CIDR blocks. */
    entries: string[];
    location: Location;
}
/** A network ACL. It filters the subnets it is associated with; one with none filters nothing. */
export interface NetworkAcl {
    /** acl-… for exports, the logical id for CloudFormation. */
    id: string;
    vpc?: Maybe<string>;
    /** Associated subnets (ids or logical ids). */
    subnets: Maybe<string>[];
    /** The VPC's default ACL (exports): it filters every subnet without another association. */
    isDefault?: boolean;
    entries: NaclEntry[];
    location: Location;
    condition?: Unknown;
}
export interface NaclEntry {
    ruleNumber: Maybe<number>;
    /** true: outbound entry; false: inbound. */
    egress: Maybe<boolean>;
    /** As written, lower-cased: "-1", "6", "17", "1", "58", "tcp", ... */
    protocol: Maybe<string>;
    /** "allow" | "deny", lower-cased. */
    action: Maybe<string>;
    /** CidrBlock or Ipv6CidrBlock. */
    cidr: Maybe<string>;
    fromPort?: Maybe<number>;
    toPort?: Maybe<number>;
    location: Location;
    condition?: Unknown;
}
/** An AWS Network Firewall policy, its rule groups referenced by ARN / logical id. */
export interface FirewallPolicy {
    /** The policy ARN (exports) or the logical id (CloudFormation). */
    id: string;
    name?: string;
    location: Location;
    statelessDefaultActions: Maybe<string>[];
    statelessFragmentDefaultActions: Maybe<string>[];
    /** Custom action names (metrics only: they never pass or drop). */
    statelessCustomActions: string[];
    statelessRuleGroups: RuleGroupReference[];
    statefulRuleGroups: RuleGroupReference[];
    /** StatefulEngineOptions.RuleOrder: "DEFAULT_ACTION_ORDER" (when absent) or "STRICT_ORDER". */
    ruleOrder: Maybe<string>;
    /** aws:drop_strict, aws:drop_established, aws:drop_established_app_layer(_to_server), aws:alert_*. */
    statefulDefaultActions: Maybe<string>[];
    /** PolicyVariables.RuleVariables: name (HOME_NET) → CIDR blocks. */
    variables: Record<string, Maybe<string>[]>;
    /** Settings runnerlint does not evaluate (TLS inspection, ...); each makes the policy's verdicts unknown. */
    unsupported: UnsupportedFeature[];
    /** Where the default actions are written (evidence for verdicts they decide). */
    locations?: {
        statelessDefaultActions?: Location;
        statefulDefaultActions?: Location;
    };
    condition?: Unknown;
}
export interface UnsupportedFeature {
    feature: string;
    location: Location;
}
export interface RuleGroupReference {
    /** ResourceArn (exports), the logical id a Ref / Fn::GetAtt names (CloudFormation), or unknown. */
    ref: Maybe<string>;
    priority?: Maybe<number>;
    /** Override.Action (managed groups): "DROP_TO_ALERT". */
    override?: string;
    location: Location;
}
export interface FirewallRuleGroup {
    /** The ARN (exports) or the logical id (CloudFormation). */
    id: string;
    arn?: string;
    name?: string;
    type: Maybe<string>;
    location: Location;
    /** StatefulRuleOptions.RuleOrder. */
    ruleOrder?: Maybe<string>;
    /** RuleVariables.IPSets: name → CIDR blocks. */
    ipSets: Record<string, Maybe<string>[]>;
    /** RuleVariables.PortSets: name → ports or "from:to" ranges. */
    portSets: Record<string, Maybe<string>[]>;
    /** ReferenceSets.IPSetReferences: variable name → the referenced prefix list (its entries are not in the inputs). */
    ipSetReferences: Record<string, string>;
    stateless?: StatelessRule[];
    domainList?: DomainList;
    /** StatefulRules (5-tuple) and RulesString (Suricata), normalized to one shape, in order. */
    rules?: SuricataRule[];
    /** Why the group's rules could not be read (an unresolved value, a rules file, ...). */
    unresolved?: string;
    unsupported: UnsupportedFeature[];
    condition?: Unknown;
}
export interface PortRange {
    from: Maybe<number>;
    to: Maybe<number>;
}
export interface StatelessRule {
    priority: Maybe<number>;
    /** aws:pass, aws:drop, aws:forward_to_sfe and custom action names. */
    actions: Maybe<string>[];
    /** CIDR blocks; empty = any. */
    sources: Maybe<string>[];
    destinations: Maybe<string>[];
    /** Empty = any port. */
    sourcePorts: PortRange[];
    destinationPorts: PortRange[];
    /** IP protocol numbers; empty = any. */
    protocols: Maybe<number>[];
    /** The rule matches on TCP flags (not evaluated). */
    tcpFlags?: boolean;
    location: Location;
}
export interface DomainList {
    /** GeneratedRulesType: ALLOWLIST | DENYLIST | REJECTLIST | ALERTLIST. */
    type: Maybe<string>;
    /** TLS_SNI, HTTP_HOST. */
    targetTypes: Maybe<string>[];
    targets: {
        value: Maybe<string>;
        location: Location;
    }[];
    location: Location;
}
/** One address item of a Suricata rule: a CIDR or address, a $VARIABLE or "any", maybe negated. */
export interface SuricataAddress {
    value: string;
    negated: boolean;
}
/** One port item: a port, a range ("from"/"to", open ends filled), a $VARIABLE or "any", maybe negated. */
export interface SuricataPort {
    from?: number;
    to?: number;
    variable?: string;
    negated: boolean;
}
/** A condition on the TLS SNI or HTTP Host buffer (sticky buffer + content match). */
export interface HostCondition {
    buffer: "tls.sni" | "http.host";
    /** exact: startswith+endswith; suffix: endswith; prefix: startswith; contains: neither; pcre: value is an RE2 pattern. */
    match: "exact" | "suffix" | "prefix" | "contains" | "pcre";
    value: string;
    nocase: boolean;
    /** The dotprefix transform: the buffer is "." + host. */
    dotprefix: boolean;
    /** content:!"…" */
    negated: boolean;
}
/** A content condition on a TLS fingerprint buffer (ja3.hash, ja4.hash), with its position modifiers. */
export interface FingerprintCondition {
    buffer: "ja3.hash" | "ja4.hash";
    value: string;
    nocase: boolean;
    /** content:!"…" */
    negated: boolean;
    startswith: boolean;
    endswith: boolean;
    offset: number | null;
    depth: number | null;
}
/** flowbits:<op>,<names>: names joined by "|" (or) or "&" (and). */
export interface SuricataFlowbit {
    op: "set" | "unset" | "toggle" | "isset" | "isnotset";
    names: string[];
    join: "or" | "and";
}
/** A stateful rule: a Suricata rule (RulesString) or a 5-tuple StatefulRule, as written. */
export interface SuricataRule {
    /** pass, drop, reject, alert, rejectsrc, rejectdst, rejectboth (lower-cased). */
    action: string;
    /** tcp, udp, ip, icmp, tls, http, dns, ... (lower-cased). */
    protocol: string;
    /** Items OR'd, negated ones excluded; [] = any. */
    source: SuricataAddress[];
    sourcePort: SuricataPort[];
    /** "->" (FORWARD) or "<>" (ANY). */
    direction: string;
    destination: SuricataAddress[];
    destinationPort: SuricataPort[];
    /** tls.sni / http.host conditions, all of which must hold. */
    hosts: HostCondition[];
    /** flow: options, lower-cased ("to_server", "established", "not_established", ...). */
    flow: string[];
    /** ja3.hash / ja4.hash content conditions. */
    fingerprints?: FingerprintCondition[];
    /** ssl_state keywords (AND'd), each a list of states OR'd. */
    sslState?: {
        states: {
            state: string;
            negated: boolean;
        }[];
    }[];
    /**
     * app-layer-protocol conditions; afterApp: an earlier keyword (tls.sni, http.host, ssl_state, a
     * positive app-layer-protocol) already set the application protocol where it is written.
     */
    appLayer?: {
        protocol: string;
        negated: boolean;
        afterApp: boolean;
    }[];
    /** ip_proto conditions (AND'd): a protocol number or name. */
    ipProto?: {
        value: number | string;
        negated: boolean;
    }[];
    flowbits?: SuricataFlowbit[];
    /** Options that restrict matching and that runnerlint does not evaluate (pcre, ja3.hash, ...). */
    unsupported: string[];
    sid?: string;
    /** The rule as written (one line), for messages. */
    text: string;
    location: Location;
}
/** A squid forward proxy (squid.conf). */
export interface SquidProxy {
    kind: "squid";
    /** The configuration file. */
    id: string;
    location: Location;
    /** acl lines, in file order. */
    acls: SquidAcl[];
    /** http_access lines, in file order. */
    httpAccess: SquidAccess[];
    /** Directives that change access decisions and are not evaluated (include, ssl_bump bump, ...). */
    unsupported: UnsupportedFeature[];
}
export interface SquidAcl {
    name: string;
    /** dstdomain, dst, port, method, src, ssl::server_name, ... (as written, lower-cased). */
    type: string;
    /** Flags such as -i, -n. */
    flags: string[];
    values: string[];
    location: Location;
}
export interface SquidAccess {
    action: string;
    /** ACL names ANDed; negated: "!name". */
    acls: {
        name: string;
        negated: boolean;
    }[];
    location: Location;
}
/** A host firewall: the filter table of iptables-save, user chains inlined. */
export interface HostFirewall {
    kind: "iptables";
    /** The file. */
    id: string;
    location: Location;
    /** OUTPUT, FORWARD, INPUT: policy and rules (jumps to user chains inlined, in order). */
    chains: HostChain[];
}
export interface HostChain {
    name: string;
    /** ACCEPT | DROP (built-in chains). */
    policy: string;
    location: Location;
    rules: HostRule[];
}
/** One iptables match condition, as normalized from a rule's options. */
export interface HostMatch {
    /** protocol | destination | source | dport | sport | state | out-interface | in-interface | unsupported */
    kind: string;
    /** protocol name/number, CIDR, "from:to", state list, interface, option text. */
    values: string[];
    negated: boolean;
}
export interface HostRule {
    /** Conditions of this rule and of the jumps that led to it (ANDed). */
    matches: HostMatch[];
    /** Each entry: the conditions of a RETURN rule passed on the way (the rule applies only if one of them does not hold). */
    unless: HostMatch[][];
    /** ACCEPT, DROP, REJECT, or another target (LOG and other non-terminating targets are left out). */
    target: string;
    /** The rule as written. */
    text: string;
    /** Chains jumped through to reach it, outermost first. */
    via: string[];
    location: Location;
}
/** A VPC endpoint. */
export interface VpcEndpoint {
    id: string;
    /** com.amazonaws.<region>.<service> */
    serviceName: Maybe<string>;
    /** Interface (the default in exports) | Gateway | GatewayLoadBalancer */
    type: Maybe<string>;
    privateDns?: Maybe<boolean>;
    vpc?: Maybe<string>;
    location: Location;
    condition?: Unknown;
}
