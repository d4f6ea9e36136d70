// CloudFormation scenarios → the normalized network model (VPCs, security groups and their rules).
//
// implicitEgress: AWS adds its allow-all egress rule when a group is created without egress rules
// ("When you create a security group, if you do not add egress rules, we add egress rules that
// allow all outbound IPv4 and IPv6 traffic. Otherwise, we do not add them." — AWS::EC2::SecurityGroup
// reference). The reference does not say what a standalone AWS::EC2::SecurityGroupEgress does to
// that rule, and users report CloudFormation removing it when one is added
// (aws-cloudformation/cfn-language-discussion#157, aws/aws-cdk#3355). Failing closed, a group
// counts on the default rule only when no egress rule of any kind may target it.
import type { RunConfig } from "../../model/config.js";
import { isUnknown, unknown, type Maybe, type Unknown } from "../../model/location.js";
import type { NetworkInput, Peer, PrefixList, SecurityGroup, SgRule, Vpc } from "../../model/network.js";
import { isObj, type Json } from "./intrinsics.js";
import type { CfnTemplate } from "./template.js";
import { alternativesOf, isResourceRef, pointerOf } from "./resolve.js";
import { expandScenarios, type ExpandOptions, type ResolvedResource, type Scenario } from "./scenarios.js";
import { EGRESS_TYPES, egressLayers } from "./egress-layers.js";

const VPC = "AWS::EC2::VPC";
const VPC_CIDR = "AWS::EC2::VPCCidrBlock";
export const GROUP = "AWS::EC2::SecurityGroup";
export const INGRESS = "AWS::EC2::SecurityGroupIngress";
export const EGRESS = "AWS::EC2::SecurityGroupEgress";
const NETWORK_TYPES = new Set([VPC, VPC_CIDR, GROUP, INGRESS, EGRESS]);
// Read with the groups that refer to it, never a reason on its own to judge a template.
const PREFIX_LIST = "AWS::EC2::PrefixList";

type Direction = "ingress" | "egress";

const PEER_FIELDS: Record<Direction, [field: string, kind: Peer["kind"]][]> = {
  ingress: [
    ["CidrIp", "cidr4"],
    ["CidrIpv6", "cidr6"],
    ["SourceSecurityGroupId", "group"],
    ["SourceSecurityGroupName", "group"],
    ["SourcePrefixListId", "prefix-list"],
  ],
  egress: [
    ["CidrIp", "cidr4"],
    ["CidrIpv6", "cidr6"],
    ["DestinationSecurityGroupId", "group"],
    ["DestinationPrefixListId", "prefix-list"],
  ],
};

/** True when the template declares any resource the network model describes. */
export function hasNetworkResources(t: CfnTemplate): boolean {
  const resources = t.data.Resources;
  return (
    isObj(resources) &&
    Object.values(resources).some((r) => isObj(r) && (NETWORK_TYPES.has(r.Type as string) || EGRESS_TYPES.has(r.Type as string)))
  );
}

/**
 * One network model per distinct scenario; none for a template without network resources.
 * `scenario` is set when the template has several scenarios or the run assumed a parameter value.
 * `text` (the template's source) lets rule lines of a Network Firewall RulesString be located.
 */
export function toNetworkInputs(t: CfnTemplate, opts: ExpandOptions, config: RunConfig, text?: string): NetworkInput[] {
  if (!hasNetworkResources(t)) return [];
  const { scenarios, truncated } = expandScenarios(t, { ...opts, resourceTypes: READ_TYPES });
  const kept: { net: Omit<NetworkInput, "kind" | "config">; scenario: Scenario }[] = [];
  const byKey = new Map<string, (typeof kept)[number]>();
  for (const scenario of scenarios) {
    // Security groups and VPCs, then the egress layers (network ACLs, Network Firewall, endpoints).
    const net = { ...buildNetwork(t, scenario, config), ...egressLayers(t, scenario, text) };
    const key = JSON.stringify(net);
    const same = byKey.get(key);
    if (same) {
      // Same network under other parameter values: keep only the values both share.
      for (const k of Object.keys(same.scenario.parameters))
        if (scenario.parameters[k] !== same.scenario.parameters[k]) delete same.scenario.parameters[k];
      continue;
    }
    const entry = { net, scenario: { ...scenario, parameters: { ...scenario.parameters } } };
    byKey.set(key, entry);
    kept.push(entry);
  }
  const labelled = kept.length > 1 || scenarios.some((s) => s.assumed.length > 0);
  return kept.map(({ net, scenario }) => {
    const input: NetworkInput = { kind: "network", config, ...net };
    if (labelled) input.scenario = scenario.parameters;
    if (truncated) input.truncated = truncated;
    return input;
  });
}

function buildNetwork(t: CfnTemplate, s: Scenario, config: RunConfig): Pick<NetworkInput, "vpcs" | "securityGroups" | "prefixLists"> {
  const vpcs = new Map<string, Vpc>();
  const groups = new Map<string, SecurityGroup>();
  const external = new Map<string, SecurityGroup>();
  const egressTargets = new Set<SecurityGroup>();
  for (const r of s.resources) {
    if (r.type === VPC) vpcs.set(r.logicalId, vpcOf(r));
    if (r.type === GROUP) groups.set(r.logicalId, groupOf(t, r, config));
  }
  for (const r of s.resources) {
    if (r.type === VPC_CIDR) addCidrBlock(vpcs, r);
    if (r.type !== INGRESS && r.type !== EGRESS) continue;
    const direction: Direction = r.type === INGRESS ? "ingress" : "egress";
    const group = targetGroup(r, groups) ?? externalGroup(r, external, config);
    const item = r.unresolvedProperties ?? r.properties;
    group[direction].push(...rulesOfItem(t, item, r.pointer, direction, r.condition));
    if (direction === "egress") egressTargets.add(group);
  }
  for (const g of egressTargets) g.implicitEgress = false;
  for (const r of s.resources) if (COMPUTE_GROUPS[r.type]) markComputeGroups(r, groups);
  const prefixLists = s.resources.filter((r) => r.type === PREFIX_LIST).flatMap((r) => prefixListOf(r) ?? []);
  return {
    vpcs: [...vpcs.values()],
    securityGroups: [...groups.values(), ...external.values()],
    ...(prefixLists.length ? { prefixLists } : {}),
  };
}

/** A prefix list whose every entry's Cidr is a known string; none when any is not (the peer stays unknown). */
function prefixListOf(r: ResolvedResource): PrefixList | undefined {
  const entries = r.unresolvedProperties ? undefined : r.properties.Entries;
  if (!Array.isArray(entries)) return undefined;
  const cidrs = entries.map((e) => (isObj(e) && typeof e.Cidr === "string" ? e.Cidr : undefined));
  if (cidrs.some((c) => c === undefined)) return undefined;
  return { id: r.logicalId, entries: cidrs as string[], location: r.location };
}

// Runner compute: a resource tagged runnerlint:role (environment or runner) gives that role to the
// template's security groups it uses (lib/sg: the group's computeRole). Each entry: the property
// paths of its group lists; "*" steps into every item of a list.
export const COMPUTE_GROUPS: Readonly<Record<string, string[][]>> = {
  "AWS::EC2::Instance": [["SecurityGroupIds"], ["SecurityGroups"], ["NetworkInterfaces", "*", "GroupSet"]],
  "AWS::EC2::LaunchTemplate": [
    ["LaunchTemplateData", "SecurityGroupIds"],
    ["LaunchTemplateData", "SecurityGroups"],
    ["LaunchTemplateData", "NetworkInterfaces", "*", "Groups"],
  ],
  "AWS::AutoScaling::LaunchConfiguration": [["SecurityGroups"]],
  "AWS::ECS::Service": [["NetworkConfiguration", "AwsvpcConfiguration", "SecurityGroups"]],
  "AWS::ECS::TaskSet": [["NetworkConfiguration", "AwsVpcConfiguration", "SecurityGroups"]],
};

export const ROLE_TAG = "runnerlint:role";

/** Every resource type the network model reads: scenarios are told apart by these alone. */
const READ_TYPES: ReadonlySet<string> = new Set([...NETWORK_TYPES, PREFIX_LIST, ...EGRESS_TYPES, ...Object.keys(COMPUTE_GROUPS)]);

function markComputeGroups(r: ResolvedResource, groups: Map<string, SecurityGroup>): void {
  const role = computeRole(r);
  if (!role) return;
  const at = (v: unknown, path: string[]): unknown[] => {
    if (path.length === 0) return Array.isArray(v) ? v : [];
    if (path[0] === "*") return Array.isArray(v) ? v.flatMap((x) => at(x, path.slice(1))) : [];
    return isObj(v) ? at(v[path[0]!], path.slice(1)) : [];
  };
  for (const path of COMPUTE_GROUPS[r.type]!) {
    for (const ref of at(r.properties, path)) {
      if (!isResourceRef(ref) || (ref.attribute !== undefined && ref.attribute !== "GroupId")) continue;
      const g = groups.get(ref.$resource);
      if (g && !g.computeRole) g.computeRole = { role, resource: r.logicalId };
    }
  }
}

/** The runnerlint:role of a compute resource: its Tags, or a TagSpecifications entry (launch templates). */
function computeRole(r: ResolvedResource): "environment" | "runner" | undefined {
  const specs = [
    r.properties.TagSpecifications,
    isObj(r.properties.LaunchTemplateData) ? r.properties.LaunchTemplateData.TagSpecifications : undefined,
  ];
  const values: unknown[] = [r.tags?.[ROLE_TAG]];
  for (const list of specs) {
    if (!Array.isArray(list)) continue;
    for (const spec of list) {
      if (!isObj(spec) || !Array.isArray(spec.Tags)) continue;
      for (const t of spec.Tags) if (isObj(t) && t.Key === ROLE_TAG) values.push(t.Value);
    }
  }
  for (const v of values) {
    const role = typeof v === "string" ? v.trim().toLowerCase() : "";
    if (role === "environment" || role === "runner") return role;
  }
  return undefined;
}

function vpcOf(r: ResolvedResource): Vpc {
  const p = r.properties;
  const cidr =
    p.CidrBlock !== undefined
      ? cidrOf(p.CidrBlock, "CidrBlock")
      : unknown(
          p.Ipv4IpamPoolId !== undefined
            ? `VPC ${r.logicalId} takes its CIDR from an IPAM pool at deployment`
            : `VPC ${r.logicalId} sets no CidrBlock`,
        );
  const vpc: Vpc = { id: r.logicalId, cidrs: r.unresolvedProperties ? [plain(r.unresolvedProperties)] : [cidr], location: r.location };
  if (r.condition) vpc.condition = plain(r.condition);
  return vpc;
}

function addCidrBlock(vpcs: Map<string, Vpc>, r: ResolvedResource): void {
  const p = r.properties;
  const vpc = isResourceRef(p.VpcId) ? vpcs.get(p.VpcId.$resource) : undefined;
  if (!vpc) return; // a VPC outside the template: config.vpcCidrs describes it
  const cidrs: Maybe<string>[] = [];
  if (r.unresolvedProperties) cidrs.push(plain(r.unresolvedProperties));
  if (p.CidrBlock !== undefined) cidrs.push(cidrOf(p.CidrBlock, "CidrBlock"));
  else if (p.Ipv4IpamPoolId !== undefined) cidrs.push(unknown(`${r.logicalId} allocates an IPv4 CIDR from an IPAM pool at deployment`));
  if (p.Ipv6CidrBlock !== undefined) cidrs.push(cidrOf(p.Ipv6CidrBlock, "Ipv6CidrBlock"));
  else if (p.AmazonProvidedIpv6CidrBlock === true || p.AmazonProvidedIpv6CidrBlock === "true")
    cidrs.push(unknown(`${r.logicalId}: the Amazon-provided IPv6 CIDR is assigned at deployment`));
  else if (p.Ipv6IpamPoolId !== undefined) cidrs.push(unknown(`${r.logicalId} allocates an IPv6 CIDR from an IPAM pool at deployment`));
  for (const c of cidrs) {
    // A block that exists only under an undecided condition cannot count as part of the VPC.
    vpc.cidrs.push(r.condition && !isUnknown(c) ? unknown(`${r.logicalId} adds ${c} only if: ${r.condition.$unknown}`) : c);
  }
}

function cidrOf(v: unknown, field: string): Maybe<string> {
  if (typeof v === "string") return v;
  return unknown(isUnknown(v) ? v.$unknown : `${field} is not a string`);
}

function groupOf(t: CfnTemplate, r: ResolvedResource, config: RunConfig): SecurityGroup {
  const p = r.properties;
  const name = optionalString(p.GroupName, "GroupName");
  const description = optionalString(p.GroupDescription, "GroupDescription");
  const vpc = p.VpcId === undefined ? undefined : isResourceRef(p.VpcId) ? p.VpcId.$resource : cidrOf(p.VpcId, "VpcId");
  const role = config.securityGroupRoles?.[r.logicalId];
  // Rebuilt in reading order: id, name, description, vpc, tags, configRole, location, rules.
  const out: SecurityGroup = {
    id: r.logicalId,
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(vpc !== undefined ? { vpc } : {}),
    tags: r.tags ?? {},
    ...(role ? { configRole: role } : {}),
    location: r.location,
    ingress: [],
    egress: [],
    implicitEgress: false,
  };
  if (r.unresolvedProperties) {
    // Rules unseen: anything may be open, and the default egress rule may be gone.
    out.ingress = rulesOfItem(t, r.unresolvedProperties, r.pointer, "ingress", r.condition);
    out.egress = rulesOfItem(t, r.unresolvedProperties, r.pointer, "egress", r.condition);
  } else {
    out.ingress = rulesFrom(t, p.SecurityGroupIngress, `${r.pointer}/Properties/SecurityGroupIngress`, "ingress", r.condition);
    out.egress = rulesFrom(t, p.SecurityGroupEgress, `${r.pointer}/Properties/SecurityGroupEgress`, "egress", r.condition);
    out.implicitEgress = !mayHaveItems(p.SecurityGroupEgress);
    const at: NonNullable<SecurityGroup["rulesAt"]> = {};
    if (p.SecurityGroupIngress !== undefined) at.ingress = t.locate(`${r.pointer}/Properties/SecurityGroupIngress`);
    if (p.SecurityGroupEgress !== undefined) at.egress = t.locate(`${r.pointer}/Properties/SecurityGroupEgress`);
    if (at.ingress || at.egress) out.rulesAt = at;
  }
  if (r.condition) out.condition = plain(r.condition);
  return out;
}

function optionalString(v: unknown, field: string): Maybe<string> | undefined {
  return v === undefined ? undefined : cidrOf(v, field);
}

/** An empty or absent list has no items; anything else (unknown, conditional) may have some. */
function mayHaveItems(v: unknown): boolean {
  return v !== undefined && !(Array.isArray(v) && v.length === 0);
}

/** The template group a standalone rule's GroupId (or GroupName) names, if any. */
function targetGroup(r: ResolvedResource, groups: Map<string, SecurityGroup>): SecurityGroup | undefined {
  const p = r.properties;
  for (const target of [p.GroupId, p.GroupName]) {
    if (isResourceRef(target) && (target.attribute === undefined || target.attribute === "GroupId")) return groups.get(target.$resource);
    if (typeof target === "string" && target === p.GroupName) {
      for (const g of groups.values()) if (g.name === target) return g;
    }
  }
  return undefined;
}

/** A group outside the template (sg-…, a parameter): an entry of its own so its limits apply. */
function externalGroup(r: ResolvedResource, external: Map<string, SecurityGroup>, config: RunConfig): SecurityGroup {
  const target = r.properties.GroupId ?? r.properties.GroupName;
  const id =
    typeof target === "string"
      ? target
      : isResourceRef(target)
        ? target.attribute
          ? `${target.$resource}.${target.attribute}`
          : target.$resource
        : r.logicalId;
  let g = external.get(id);
  if (!g) {
    // Its other rules are not in the template: never assume AWS's default egress rule.
    g = { id, tags: {}, location: r.location, ingress: [], egress: [], implicitEgress: false };
    const role = config.securityGroupRoles?.[id];
    if (role) g.configRole = role;
    external.set(id, g);
  }
  return g;
}

interface Item {
  item: unknown;
  pointer: string;
  condition?: Unknown;
}

/** The items of a rule list, each with its template pointer and the unknown condition it sits under. */
function listItems(value: unknown, pointer: string, condition: Unknown | undefined): Item[] {
  if (value === undefined) return [];
  const alternatives = alternativesOf(value);
  if (alternatives) {
    const cond = both(condition, value as Unknown);
    return alternatives.flatMap((a) => listItems(a, objectPointer(a) ?? pointer, cond));
  }
  if (!Array.isArray(value))
    return [
      { item: isUnknown(value) ? value : unknown("security group rules are not a list"), pointer, ...(condition ? { condition } : {}) },
    ];
  return value.flatMap((el, i): Item[] => {
    const at = objectPointer(el) ?? `${pointer}/${i}`;
    const alts = alternativesOf(el);
    if (!alts) return [{ item: el, pointer: at, ...(condition ? { condition } : {}) }];
    const cond = both(condition, el as Unknown);
    return alts.map((a) => ({ item: a, pointer: objectPointer(a) ?? at, condition: cond! }));
  });
}

function objectPointer(v: unknown): string | undefined {
  return typeof v === "object" && v !== null ? pointerOf(v) : undefined;
}

function rulesFrom(t: CfnTemplate, value: unknown, pointer: string, direction: Direction, condition: Unknown | undefined): SgRule[] {
  return listItems(value, pointer, undefined).flatMap((i) => rulesOfItem(t, i.item, i.pointer, direction, both(i.condition, condition)));
}

/** One rule per peer the item names; none when it names no peer (AWS then adds no rule). */
function rulesOfItem(t: CfnTemplate, item: unknown, pointer: string, direction: Direction, condition: Unknown | undefined): SgRule[] {
  const location = t.locate(pointer);
  if (!isObj(item) || isUnknown(item)) {
    const reason = isUnknown(item) ? item.$unknown : "security group rule is not a mapping";
    const rule: SgRule = {
      protocol: unknown(reason),
      fromPort: unknown(reason),
      toPort: unknown(reason),
      peer: { kind: "unknown", reason },
      location,
    };
    return [withCondition(rule, condition)];
  }
  const protocol = protocolOf(item.IpProtocol);
  const fromPort = portOf(item.FromPort, "FromPort");
  const toPort = portOf(item.ToPort, "ToPort");
  const description = typeof item.Description === "string" ? item.Description : undefined;
  return peersOf(item, direction).map(({ peer, condition: peerCondition }) =>
    withCondition(
      {
        protocol,
        ...(fromPort !== undefined ? { fromPort } : {}),
        ...(toPort !== undefined ? { toPort } : {}),
        peer,
        ...(description !== undefined ? { description } : {}),
        location,
      },
      both(condition, peerCondition),
    ),
  );
}

function withCondition(rule: SgRule, condition: Unknown | undefined): SgRule {
  if (condition) rule.condition = plain(condition);
  return rule;
}

function peersOf(item: Json, direction: Direction): { peer: Peer; condition?: Unknown }[] {
  const out: { peer: Peer; condition?: Unknown }[] = [];
  for (const [field, kind] of PEER_FIELDS[direction]) {
    const v = item[field];
    if (v === undefined) continue;
    const alternatives = alternativesOf(v);
    if (alternatives) for (const a of alternatives) out.push({ peer: peerOf(kind, a, field), condition: v as Unknown });
    else out.push({ peer: peerOf(kind, v, field) });
  }
  return out;
}

function peerOf(kind: Peer["kind"], v: unknown, field: string): Peer {
  if (isUnknown(v)) return { kind: "unknown", reason: v.$unknown };
  if (isResourceRef(v)) {
    if (kind === "group") return { kind, group: v.attribute && v.attribute !== "GroupId" ? `${v.$resource}.${v.attribute}` : v.$resource };
    if (kind === "prefix-list") return { kind, id: v.$resource };
    return { kind: "unknown", reason: `${field} refers to resource ${v.$resource}` };
  }
  if (typeof v !== "string") return { kind: "unknown", reason: `${field} is not a string` };
  switch (kind) {
    case "cidr4":
    case "cidr6":
      return { kind, cidr: v };
    case "group":
      return { kind, group: v };
    case "prefix-list":
      return { kind, id: v };
    default:
      return { kind: "unknown", reason: `${field} is not understood` };
  }
}

function protocolOf(v: unknown): Maybe<string> {
  if (typeof v === "string") return v.toLowerCase();
  if (typeof v === "number") return String(v);
  return unknown(isUnknown(v) ? v.$unknown : "the rule has no IpProtocol");
}

function portOf(v: unknown, field: string): Maybe<number> | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim())) return Number(v);
  return unknown(isUnknown(v) ? v.$unknown : `${field} is not a port number`);
}

/** A bare {$unknown} for the model: drops the resolver's extra fields (alternatives). */
function plain(u: Unknown): Unknown {
  return unknown(u.$unknown);
}

function both(a: Unknown | undefined, b: Unknown | undefined): Unknown | undefined {
  if (!a || !b || a.$unknown === b.$unknown) return a ?? b;
  return unknown(`${a.$unknown}; ${b.$unknown}`);
}
