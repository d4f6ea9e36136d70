// Terraform resource instances → the CloudFormation resources that mean the same, so that one
// pipeline (scope, scenarios, security groups, NACLs, Network Firewall, SCPs, proxy settings)
// judges both. Logical ids are the Terraform addresses; every translated value keeps where it is
// written in the plan (locate). Values Terraform knows only after apply become opaque
// (Fn::Runnerlint::Unknown, unknown with the attribute's name), ids it knows only after apply are
// resolved through the configuration's references, and Terraform's own semantics are kept where
// they differ from CloudFormation's (see terraformSemantics in loader.ts).
import { OPAQUE } from "../cloudformation/intrinsics.js";
import { joinPointer } from "../source.js";
import { isTfUnknown, referencesOf, type TfInstance, type TfPlan } from "./plan.js";
import { isOnaRunner, runnerProxyEnvironment } from "./ona-runner.js";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface Translation {
  /** A CloudFormation template: {Resources: {<address>: {Type, Properties}}}. */
  template: Json;
  /** Template pointer prefix → plan pointer, longest prefixes first. */
  pointers: [string, string][];
  /** Security groups whose rules are written both inline and as rule resources, per direction. */
  conflicts: { group: string; direction: "ingress" | "egress" }[];
  /** Security groups a Terraform configuration creates (no default egress: Terraform removes it). */
  groups: Set<string>;
  /** Directions of groups whose inline rules are unknown: they may hold any rule. */
  unknownRules: { group: string; direction: "ingress" | "egress"; reason: string }[];
}

/** A Terraform value as CloudFormation data: an unknown becomes the opaque intrinsic with its reason. */
function cfn(v: unknown): unknown {
  if (isTfUnknown(v)) return { [OPAQUE]: v.$tfUnknown };
  if (Array.isArray(v)) return v.map(cfn);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cfn(x)]));
  return v;
}

const tagsOf = (v: unknown) =>
  isTfUnknown(v) ? cfn(v) : isObj(v) ? Object.entries(v).map(([Key, Value]) => ({ Key, Value: cfn(Value) })) : undefined;

/** The first block of a nested block list (Terraform writes a block as a list of one object). */
const block = (v: unknown): Json | undefined => (isObj(v) ? v : Array.isArray(v) && isObj(v[0]) ? v[0] : undefined);

export function translate(plan: TfPlan): Translation {
  const t: Translation = { template: {}, pointers: [], conflicts: [], groups: new Set(), unknownRules: [] };
  const resources: Json = {};
  t.template = { AWSTemplateFormatVersion: "2010-09-09", Resources: resources };
  const byType = (type: string) => plan.instances.filter((i) => i.type === type);

  /** The logical id of the instance an id/ARN value names: by the value, else by the configuration's reference. */
  const target = (from: TfInstance, path: (string | number)[], value: unknown, types: string[], attr: "id" | "arn" = "id"): unknown => {
    if (typeof value === "string") {
      const hit = plan.instances.find((i) => types.includes(i.type) && i.values[attr] === value);
      return hit ? { Ref: hit.address } : value;
    }
    if (!isTfUnknown(value)) return cfn(value);
    const refs = referencesOf(from, path);
    for (const ref of refs) {
      const m = /^((?:data\.)?[a-z0-9_]+)\.([A-Za-z0-9_-]+)/.exec(ref);
      if (!m || !types.includes(m[1]!)) continue;
      const candidates = plan.instances.filter((i) => i.module === from.module && i.type === m[1] && i.name === m[2]);
      const same = candidates.filter((c) => c.index !== undefined && c.index === from.index);
      const pick = candidates.length === 1 ? candidates[0] : same.length === 1 ? same[0] : undefined;
      if (pick) return { Ref: pick.address };
      return { [OPAQUE]: `${value.$tfUnknown}; it refers to ${ref}, which has ${candidates.length} instances` };
    }
    return cfn(value);
  };
  const add = (id: string, type: string, properties: Json, planPointer: string, fields: [string, string][] = []) => {
    resources[id] = { Type: type, Properties: properties };
    const base = joinPointer("", "Resources", id);
    t.pointers.push([base, planPointer]);
    for (const [prop, attr] of fields) t.pointers.push([joinPointer(base, "Properties", prop), joinPointer(planPointer, attr)]);
  };
  const GROUP_TYPES = ["aws_security_group", "aws_default_security_group"];

  // ── VPCs
  for (const i of byType("aws_vpc")) {
    const v = i.values;
    add(
      i.address,
      "AWS::EC2::VPC",
      { CidrBlock: cfn(v.cidr_block), ...(v.tags !== undefined ? { Tags: tagsOf(v.tags) } : {}) },
      i.pointer,
      [["CidrBlock", "cidr_block"]],
    );
  }
  for (const i of byType("aws_vpc_ipv4_cidr_block_association")) {
    add(
      i.address,
      "AWS::EC2::VPCCidrBlock",
      { VpcId: target(i, ["vpc_id"], i.values.vpc_id, ["aws_vpc"]), CidrBlock: cfn(i.values.cidr_block) },
      i.pointer,
    );
  }

  // ── Security groups, inline rules
  const standalone = new Map<string, Set<"ingress" | "egress">>();
  const ruleTargets: { i: TfInstance; direction: "ingress" | "egress"; group: unknown }[] = [];
  for (const i of byType("aws_security_group_rule")) {
    const direction = i.values.type === "egress" ? "egress" : "ingress";
    ruleTargets.push({ i, direction, group: target(i, ["security_group_id"], i.values.security_group_id, GROUP_TYPES) });
  }
  for (const type of ["aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]) {
    for (const i of byType(type)) {
      const direction = type.endsWith("egress_rule") ? "egress" : "ingress";
      ruleTargets.push({ i, direction, group: target(i, ["security_group_id"], i.values.security_group_id, GROUP_TYPES) });
    }
  }
  for (const r of ruleTargets) {
    if (isObj(r.group) && typeof r.group.Ref === "string") {
      const set = standalone.get(r.group.Ref) ?? new Set();
      set.add(r.direction);
      standalone.set(r.group.Ref, set);
    }
  }

  for (const i of plan.instances.filter((x) => GROUP_TYPES.includes(x.type))) {
    const v = i.values;
    t.groups.add(i.address);
    const props: Json = {
      GroupDescription: cfn(v.description ?? "Managed by Terraform"),
      ...(v.name !== undefined ? { GroupName: cfn(v.name) } : {}),
      ...(v.vpc_id !== undefined ? { VpcId: target(i, ["vpc_id"], v.vpc_id, ["aws_vpc"]) } : {}),
      ...(v.tags !== undefined ? { Tags: tagsOf(v.tags) } : {}),
    };
    const fields: [string, string][] = [
      ["GroupName", "name"],
      ["VpcId", "vpc_id"],
      ["Tags", "tags"],
    ];
    for (const direction of ["ingress", "egress"] as const) {
      const inline = v[direction];
      // Without the plan's configuration section, whether the rules are written inline is not known.
      const configured = i.expressions ? direction in i.expressions : true;
      const prop = direction === "ingress" ? "SecurityGroupIngress" : "SecurityGroupEgress";
      if (isTfUnknown(inline)) {
        // Not in the configuration: Terraform computes it after apply from the rule resources, and
        // the group has no inline rules. Written but unknown: it may hold any rule.
        if (configured) t.unknownRules.push({ group: i.address, direction, reason: inline.$tfUnknown });
        continue;
      }
      const rules: Json[] = [];
      list(inline).forEach((rule, k) => {
        if (!isObj(rule)) return;
        for (const [peer, at] of inlinePeers(i, rule, direction, k)) {
          t.pointers.push([joinPointer("", "Resources", i.address, "Properties", prop, rules.length), at]);
          rules.push({ ...ruleFields(rule), ...peer });
        }
      });
      if (rules.length) props[prop] = rules;
      if (configured && list(inline).length && standalone.get(i.address)?.has(direction)) t.conflicts.push({ group: i.address, direction });
    }
    add(i.address, "AWS::EC2::SecurityGroup", props, i.pointer, fields);
  }

  /** One CloudFormation rule per peer of an inline block (CloudFormation takes one peer per rule). */
  function inlinePeers(i: TfInstance, rule: Json, direction: "ingress" | "egress", k: number): [Json, string][] {
    const at = (key: string, n?: number) => joinPointer(i.pointer, direction, k, ...(n === undefined ? [key] : [key, n]));
    const dst = direction === "ingress" ? "Source" : "Destination";
    const out: [Json, string][] = [];
    const each = (key: string, make: (x: unknown, n: number) => Json) => {
      const v = rule[key];
      if (isTfUnknown(v)) out.push([{ CidrIp: cfn(v) }, at(key)]);
      else list(v).forEach((x, n) => out.push([make(x, n), at(key, n)]));
    };
    each("cidr_blocks", (x) => ({ CidrIp: cfn(x) }));
    each("ipv6_cidr_blocks", (x) => ({ CidrIpv6: cfn(x) }));
    each("prefix_list_ids", (x) => ({ [`${dst}PrefixListId`]: cfn(x) }));
    each("security_groups", (x, n) => ({ [`${dst}SecurityGroupId`]: target(i, [direction, k, "security_groups", n], x, GROUP_TYPES) }));
    if (rule.self === true) out.push([{ [`${dst}SecurityGroupId`]: { Ref: i.address } }, at("self")]);
    return out;
  }

  // ── Security group rule resources
  for (const { i, direction, group } of ruleTargets) {
    const v = i.values;
    const type = direction === "ingress" ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress";
    const dst = direction === "ingress" ? "Source" : "Destination";
    if (i.type === "aws_security_group_rule") {
      const peers: [Json, string][] = [];
      const each = (key: string, make: (x: unknown) => Json) => {
        if (isTfUnknown(v[key])) peers.push([{ CidrIp: cfn(v[key]) }, key]);
        else list(v[key]).forEach((x, n) => peers.push([make(x), `${key}/${n}`]));
      };
      each("cidr_blocks", (x) => ({ CidrIp: cfn(x) }));
      each("ipv6_cidr_blocks", (x) => ({ CidrIpv6: cfn(x) }));
      each("prefix_list_ids", (x) => ({ [`${dst}PrefixListId`]: cfn(x) }));
      if (v.source_security_group_id !== undefined && v.source_security_group_id !== null)
        peers.push([
          { [`${dst}SecurityGroupId`]: target(i, ["source_security_group_id"], v.source_security_group_id, GROUP_TYPES) },
          "source_security_group_id",
        ]);
      if (v.self === true) peers.push([{ [`${dst}SecurityGroupId`]: group }, "self"]);
      peers.forEach(([peer, attr], n) => {
        const id = peers.length === 1 ? i.address : `${i.address}#${n + 1}`;
        add(id, type, { GroupId: group, ...ruleFields(v), ...peer }, i.pointer, [["GroupId", "security_group_id"]]);
        t.pointers.push([joinPointer("", "Resources", id, "Properties", Object.keys(peer)[0]!), `${i.pointer}/${attr}`]);
      });
    } else {
      const peer: Json = {};
      if (v.cidr_ipv4 != null) peer.CidrIp = cfn(v.cidr_ipv4);
      else if (v.cidr_ipv6 != null) peer.CidrIpv6 = cfn(v.cidr_ipv6);
      else if (v.prefix_list_id != null) peer[`${dst}PrefixListId`] = cfn(v.prefix_list_id);
      else if (v.referenced_security_group_id != null)
        peer[`${dst}SecurityGroupId`] = target(i, ["referenced_security_group_id"], v.referenced_security_group_id, GROUP_TYPES);
      const protocol = cfn(v.ip_protocol);
      const all = protocol === "-1" || protocol === "all";
      add(
        i.address,
        type,
        {
          GroupId: group,
          IpProtocol: protocol,
          ...(all ? {} : { FromPort: cfn(v.from_port), ToPort: cfn(v.to_port) }),
          ...(typeof v.description === "string" ? { Description: v.description } : {}),
          ...peer,
        },
        i.pointer,
        [
          ["GroupId", "security_group_id"],
          ["IpProtocol", "ip_protocol"],
          ["FromPort", "from_port"],
          ["ToPort", "to_port"],
          ["CidrIp", "cidr_ipv4"],
          ["CidrIpv6", "cidr_ipv6"],
        ],
      );
    }
  }

  // ── Network ACLs
  const aclEntry = (id: string, acl: unknown, e: Json, egress: boolean, planPointer: string) =>
    add(
      id,
      "AWS::EC2::NetworkAclEntry",
      {
        NetworkAclId: acl,
        RuleNumber: cfn(e.rule_no ?? e.rule_number),
        Protocol: cfn(e.protocol),
        RuleAction: cfn(e.action ?? e.rule_action),
        Egress: egress,
        ...(e.cidr_block ? { CidrBlock: cfn(e.cidr_block) } : {}),
        ...(e.ipv6_cidr_block ? { Ipv6CidrBlock: cfn(e.ipv6_cidr_block) } : {}),
        ...(e.from_port !== undefined || e.to_port !== undefined ? { PortRange: { From: cfn(e.from_port), To: cfn(e.to_port) } } : {}),
      },
      planPointer,
      [
        ["RuleNumber", e.rule_no !== undefined ? "rule_no" : "rule_number"],
        ["Protocol", "protocol"],
        ["RuleAction", e.action !== undefined ? "action" : "rule_action"],
        ["CidrBlock", "cidr_block"],
        ["PortRange", "from_port"],
      ],
    );
  for (const i of byType("aws_network_acl")) {
    const v = i.values;
    add(
      i.address,
      "AWS::EC2::NetworkAcl",
      { VpcId: target(i, ["vpc_id"], v.vpc_id, ["aws_vpc"]), ...(v.tags !== undefined ? { Tags: tagsOf(v.tags) } : {}) },
      i.pointer,
    );
    for (const direction of ["ingress", "egress"] as const)
      list(v[direction]).forEach((e, k) => {
        if (isObj(e))
          aclEntry(`${i.address}.${direction}[${k}]`, { Ref: i.address }, e, direction === "egress", joinPointer(i.pointer, direction, k));
      });
    list(v.subnet_ids).forEach((s, k) =>
      add(
        `${i.address}.subnet_ids[${k}]`,
        "AWS::EC2::SubnetNetworkAclAssociation",
        { NetworkAclId: { Ref: i.address }, SubnetId: target(i, ["subnet_ids", k], s, ["aws_subnet"]) },
        joinPointer(i.pointer, "subnet_ids", k),
      ),
    );
  }
  for (const i of byType("aws_network_acl_rule"))
    aclEntry(
      i.address,
      target(i, ["network_acl_id"], i.values.network_acl_id, ["aws_network_acl"]),
      i.values,
      i.values.egress === true,
      i.pointer,
    );
  for (const i of byType("aws_network_acl_association"))
    add(
      i.address,
      "AWS::EC2::SubnetNetworkAclAssociation",
      {
        NetworkAclId: target(i, ["network_acl_id"], i.values.network_acl_id, ["aws_network_acl"]),
        SubnetId: target(i, ["subnet_id"], i.values.subnet_id, ["aws_subnet"]),
      },
      i.pointer,
    );

  // ── Network Firewall
  for (const i of byType("aws_networkfirewall_rule_group")) {
    const v = i.values;
    add(
      i.address,
      "AWS::NetworkFirewall::RuleGroup",
      { RuleGroupName: cfn(v.name), Type: cfn(v.type), Capacity: cfn(v.capacity), RuleGroup: ruleGroupBody(block(v.rule_group), v.rules) },
      i.pointer,
      [["RuleGroup", "rule_group/0"]],
    );
  }
  for (const i of byType("aws_networkfirewall_firewall_policy")) {
    const p = block(i.values.firewall_policy) ?? {};
    const refs = (key: string) =>
      list(p[key]).map((r, k) =>
        isObj(r)
          ? {
              ResourceArn: arnRef(i, ["firewall_policy", 0, key, k, "resource_arn"], r.resource_arn),
              ...(r.priority != null ? { Priority: cfn(r.priority) } : {}),
              ...(block(r.override)?.action ? { Override: { Action: cfn(block(r.override)!.action) } } : {}),
            }
          : r,
      );
    const engine = block(p.stateful_engine_options);
    const variables = list(block(p.policy_variables)?.rule_variables);
    const body: Json = {
      StatelessDefaultActions: cfn(p.stateless_default_actions ?? []),
      StatelessFragmentDefaultActions: cfn(p.stateless_fragment_default_actions ?? []),
      ...(p.stateful_default_actions !== undefined && p.stateful_default_actions !== null
        ? { StatefulDefaultActions: cfn(p.stateful_default_actions) }
        : {}),
      StatelessRuleGroupReferences: refs("stateless_rule_group_reference"),
      StatefulRuleGroupReferences: refs("stateful_rule_group_reference"),
      ...(engine?.rule_order ? { StatefulEngineOptions: { RuleOrder: cfn(engine.rule_order) } } : {}),
      ...(variables.length
        ? {
            PolicyVariables: {
              RuleVariables: Object.fromEntries(
                variables.filter(isObj).map((rv) => [String(rv.key), { Definition: cfn(block(rv.ip_set)?.definition ?? []) }]),
              ),
            },
          }
        : {}),
      ...(p.tls_inspection_configuration_arn != null ? { TLSInspectionConfigurationArn: cfn(p.tls_inspection_configuration_arn) } : {}),
    };
    add(i.address, "AWS::NetworkFirewall::FirewallPolicy", { FirewallPolicyName: cfn(i.values.name), FirewallPolicy: body }, i.pointer, [
      ["FirewallPolicy", "firewall_policy/0"],
    ]);
  }
  /** A rule group ARN: the group's GetAtt when it is in the plan (known after apply or not). */
  function arnRef(from: TfInstance, path: (string | number)[], value: unknown): unknown {
    const r = target(from, path, value, ["aws_networkfirewall_rule_group"], "arn");
    return isObj(r) && typeof r.Ref === "string" ? { "Fn::GetAtt": [r.Ref, "RuleGroupArn"] } : r;
  }

  // ── Organizations policies and their attachments
  const attachments = new Map<string, unknown[]>();
  for (const i of byType("aws_organizations_policy_attachment")) {
    const p = target(i, ["policy_id"], i.values.policy_id, ["aws_organizations_policy"]);
    const key = isObj(p) && typeof p.Ref === "string" ? p.Ref : undefined;
    if (key) attachments.set(key, [...(attachments.get(key) ?? []), cfn(i.values.target_id)]);
  }
  for (const i of byType("aws_organizations_policy")) {
    const v = i.values;
    add(
      i.address,
      "AWS::Organizations::Policy",
      {
        Name: cfn(v.name ?? i.address),
        Type: cfn(v.type ?? "SERVICE_CONTROL_POLICY"),
        Content: cfn(v.content),
        ...(attachments.has(i.address) ? { TargetIds: attachments.get(i.address) } : {}),
      },
      i.pointer,
      [["Content", "content"]],
    );
  }

  // The account's Allowed AMIs setting: the same settings an EC2 declarative policy writes, for this
  // account. (aws_ec2_image_block_public_access only stops sharing your own AMIs publicly: launching
  // the vendors' public AMIs is not affected, so it is not read.)
  for (const i of byType("aws_ec2_allowed_images_settings")) {
    const criteria = list(i.values.image_criterion)
      .filter(isObj)
      .map((c) => {
        const other = Object.entries(c).filter(([k, v]) => k !== "image_providers" && (isTfUnknown(v) || list(v).length > 0));
        return other.length
          ? { [OPAQUE]: `${i.address}: image criteria other than image_providers (${other.map(([k]) => k).join(", ")}) are not evaluated` }
          : { allowed_image_providers: { "@@assign": cfn(c.image_providers ?? []) } };
      });
    const settings = {
      state: { "@@assign": cfn(i.values.state) },
      image_criteria: Object.fromEntries(criteria.map((c, k) => [`criteria_${k + 1}`, c])),
    };
    add(
      i.address,
      "AWS::Organizations::Policy",
      { Name: i.address, Type: "DECLARATIVE_POLICY_EC2", Content: { ec2_attributes: { allowed_images_settings: settings } } },
      i.pointer,
    );
  }

  // ── Compute that uses security groups (scope: a runnerlint:role tag gives its groups that role), proxy settings
  for (const i of byType("aws_instance"))
    add(
      i.address,
      "AWS::EC2::Instance",
      {
        SecurityGroupIds: list(i.values.vpc_security_group_ids).map((g, k) => target(i, ["vpc_security_group_ids", k], g, GROUP_TYPES)),
        ...(i.values.tags !== undefined ? { Tags: tagsOf(i.values.tags) } : {}),
      },
      i.pointer,
    );
  for (const i of byType("aws_launch_template")) {
    const v = i.values;
    const data: Json = {
      SecurityGroupIds: list(v.vpc_security_group_ids).map((g, k) => target(i, ["vpc_security_group_ids", k], g, GROUP_TYPES)),
      ...(typeof v.user_data === "string"
        ? { UserData: { "Fn::Base64": base64Text(v.user_data) } }
        : isTfUnknown(v.user_data)
          ? { UserData: cfn(v.user_data) }
          : {}),
      ...(list(v.tag_specifications).length
        ? {
            TagSpecifications: list(v.tag_specifications)
              .filter(isObj)
              .map((s) => ({ ResourceType: cfn(s.resource_type), Tags: tagsOf(s.tags) })),
          }
        : {}),
    };
    add(
      i.address,
      "AWS::EC2::LaunchTemplate",
      { LaunchTemplateData: data, ...(v.tags !== undefined ? { Tags: tagsOf(v.tags) } : {}) },
      i.pointer,
      [["LaunchTemplateData/UserData", "user_data"]],
    );
  }
  for (const i of byType("aws_ecs_service")) {
    const net = block(i.values.network_configuration);
    add(
      i.address,
      "AWS::ECS::Service",
      {
        ...(net
          ? {
              NetworkConfiguration: {
                AwsvpcConfiguration: {
                  SecurityGroups: list(net.security_groups).map((g, k) =>
                    target(i, ["network_configuration", 0, "security_groups", k], g, GROUP_TYPES),
                  ),
                },
              },
            }
          : {}),
        ...(i.values.tags !== undefined ? { Tags: tagsOf(i.values.tags) } : {}),
      },
      i.pointer,
    );
  }
  // The runner module's proxy_config stands for the task definitions it renders (ona-runner.ts).
  const runners = plan.moduleCalls.filter(isOnaRunner);
  const inRunner = (i: TfInstance) => runners.some((m) => i.module.replace(/\[[^\]]*\]/g, "") === m.address);
  for (const i of byType("aws_ecs_task_definition")) {
    if (inRunner(i)) continue;
    add(i.address, "AWS::ECS::TaskDefinition", { ContainerDefinitions: containers(i.values.container_definitions) }, i.pointer, [
      ["ContainerDefinitions", "container_definitions"],
    ]);
  }
  for (const m of runners) {
    const env = runnerProxyEnvironment(m);
    const id = `${m.address}.proxy_config`;
    add(
      id,
      "AWS::ECS::TaskDefinition",
      {
        ContainerDefinitions: env
          ? [{ Name: "ec2-runner", Environment: env.map((e) => ({ Name: e.name, Value: e.value })) }]
          : { [OPAQUE]: `proxy_config of ${m.address} is not known from the plan` },
      },
      joinPointer(m.pointer, "proxy_config"),
    );
  }

  t.pointers.sort((a, b) => b[0].length - a[0].length);
  return t;
}

/** The rule fields of a Terraform rule (inline block or aws_security_group_rule) in CloudFormation's names. */
function ruleFields(r: Json): Json {
  const protocol = cfn(r.protocol);
  return {
    IpProtocol: protocol,
    FromPort: cfn(r.from_port),
    ToPort: cfn(r.to_port),
    ...(typeof r.description === "string" && r.description ? { Description: r.description } : {}),
  };
}

/** aws_networkfirewall_rule_group's rule_group block (or its `rules` string) in the API's shape. */
function ruleGroupBody(g: Json | undefined, rules: unknown): unknown {
  if (!g) return typeof rules === "string" ? { RulesSource: { RulesString: rules } } : cfn(rules);
  const src = block(g.rules_source) ?? {};
  const source: Json = {};
  if (src.rules_string != null) source.RulesString = cfn(src.rules_string);
  const listSrc = block(src.rules_source_list);
  if (listSrc)
    source.RulesSourceList = {
      GeneratedRulesType: cfn(listSrc.generated_rules_type),
      TargetTypes: cfn(listSrc.target_types),
      Targets: cfn(listSrc.targets),
    };
  if (list(src.stateful_rule).length)
    source.StatefulRules = list(src.stateful_rule)
      .filter(isObj)
      .map((r) => {
        const h = block(r.header) ?? {};
        return {
          Action: cfn(r.action),
          Header: {
            Protocol: cfn(h.protocol),
            Source: cfn(h.source),
            SourcePort: cfn(h.source_port),
            Direction: cfn(h.direction),
            Destination: cfn(h.destination),
            DestinationPort: cfn(h.destination_port),
          },
          RuleOptions: list(r.rule_option)
            .filter(isObj)
            .map((o) => ({ Keyword: cfn(o.keyword), ...(o.settings != null ? { Settings: cfn(o.settings) } : {}) })),
        };
      });
  const stateless = block(src.stateless_rules_and_custom_actions);
  if (stateless)
    source.StatelessRulesAndCustomActions = {
      StatelessRules: list(stateless.stateless_rule)
        .filter(isObj)
        .map((r) => {
          const d = block(r.rule_definition) ?? {};
          const m = block(d.match_attributes) ?? {};
          const ports = (v: unknown) =>
            list(v)
              .filter(isObj)
              .map((p) => ({ FromPort: cfn(p.from_port), ToPort: cfn(p.to_port ?? p.from_port) }));
          const addrs = (v: unknown) =>
            list(v)
              .filter(isObj)
              .map((a) => ({ AddressDefinition: cfn(a.address_definition) }));
          return {
            Priority: cfn(r.priority),
            RuleDefinition: {
              Actions: cfn(d.actions),
              MatchAttributes: {
                ...(m.protocols !== undefined ? { Protocols: cfn(m.protocols) } : {}),
                Sources: addrs(m.source),
                Destinations: addrs(m.destination),
                SourcePorts: ports(m.source_port),
                DestinationPorts: ports(m.destination_port),
                ...(list(m.tcp_flag).length
                  ? {
                      TCPFlags: list(m.tcp_flag)
                        .filter(isObj)
                        .map((f) => ({ Flags: cfn(f.flags), Masks: cfn(f.masks) })),
                    }
                  : {}),
              },
            },
          };
        }),
      CustomActions: list(stateless.custom_action)
        .filter(isObj)
        .map((c) => ({ ActionName: cfn(c.action_name) })),
    };
  const vars = block(g.rule_variables);
  const setOf = (v: unknown, inner: string) =>
    Object.fromEntries(
      list(v)
        .filter(isObj)
        .map((s) => [String(s.key), { Definition: cfn(block(s[inner])?.definition ?? []) }]),
    );
  const options = block(g.stateful_rule_options);
  return {
    RulesSource: source,
    ...(vars ? { RuleVariables: { IPSets: setOf(vars.ip_sets, "ip_set"), PortSets: setOf(vars.port_sets, "port_set") } } : {}),
    ...(options?.rule_order ? { StatefulRuleOptions: { RuleOrder: cfn(options.rule_order) } } : {}),
  };
}

/** container_definitions (a JSON string in Terraform) with CloudFormation's key names where the proxy loader reads them. */
function containers(v: unknown): unknown {
  if (isTfUnknown(v)) return cfn(v);
  let defs: unknown;
  try {
    defs = typeof v === "string" ? JSON.parse(v) : v;
  } catch {
    return { [OPAQUE]: "container_definitions is not valid JSON" };
  }
  return list(defs)
    .filter(isObj)
    .map((c) => ({
      Name: cfn(c.name),
      Environment: list(c.environment)
        .filter(isObj)
        .map((e) => ({ Name: cfn(e.name), Value: cfn(e.value) })),
    }));
}

/** user_data as Terraform stores it for launch templates: base64 of the script. */
function base64Text(s: string): string {
  const text = Buffer.from(s, "base64").toString("utf8");
  // Not base64 after all (a plain script): keep it.
  return Buffer.from(text, "utf8").toString("base64").replace(/=+$/, "") === s.replace(/=+$/, "") ? text : s;
}
