// `aws ec2 describe-security-groups` and `aws ec2 describe-vpcs` JSON exports → network model.
import type { Loader, InputFile, LoadContext, NormalizedInput } from "../types.js";
import type { NetworkInput, Peer, SecurityGroup, SgRule, Vpc } from "../../model/network.js";
import { joinPointer, type SourceDocument } from "../source.js";
import { RunnerlintError } from "../../errors.js";

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function looksLike(file: InputFile, key: string, idKey: string): boolean {
  if (!file.structured) return false;
  const data = file.document().data;
  if (!isObj(data) || !Array.isArray(data[key])) return false;
  const first = (data[key] as unknown[])[0];
  return first === undefined || (isObj(first) && idKey in first);
}

function expectArray(doc: SourceDocument, value: unknown, pointer: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    const at = doc.locate(pointer);
    throw new RunnerlintError("UNSUPPORTED_INPUT", `expected a list at ${pointer}`, doc.file, at);
  }
  return value;
}

function peersOf(doc: SourceDocument, perm: Json, base: string): { peer: Peer; pointer: string; description?: string }[] {
  const out: { peer: Peer; pointer: string; description?: string }[] = [];
  const add = (key: string, make: (e: Json) => Peer | undefined) => {
    expectArray(doc, perm[key], joinPointer(base, key)).forEach((e, i) => {
      if (!isObj(e)) return;
      const peer = make(e);
      const description = typeof e.Description === "string" ? e.Description : undefined;
      if (peer) out.push({ peer, pointer: joinPointer(base, key, i), ...(description ? { description } : {}) });
    });
  };
  add("IpRanges", (e) => (typeof e.CidrIp === "string" ? { kind: "cidr4", cidr: e.CidrIp } : undefined));
  add("Ipv6Ranges", (e) => (typeof e.CidrIpv6 === "string" ? { kind: "cidr6", cidr: e.CidrIpv6 } : undefined));
  add("PrefixListIds", (e) => (typeof e.PrefixListId === "string" ? { kind: "prefix-list", id: e.PrefixListId } : undefined));
  add("UserIdGroupPairs", (e) => {
    const g = e.GroupId ?? e.GroupName;
    return typeof g === "string" ? { kind: "group", group: g } : { kind: "unknown", reason: "group pair without GroupId" };
  });
  return out;
}

function rulesOf(doc: SourceDocument, perms: unknown, base: string): SgRule[] {
  const rules: SgRule[] = [];
  expectArray(doc, perms, base).forEach((p, i) => {
    if (!isObj(p)) return;
    const permPointer = joinPointer(base, i);
    const protocol = String(p.IpProtocol ?? "").toLowerCase();
    for (const { peer, pointer, description } of peersOf(doc, p, permPointer)) {
      const rule: SgRule = { protocol, peer, location: doc.locate(pointer) };
      if (typeof p.FromPort === "number") rule.fromPort = p.FromPort;
      if (typeof p.ToPort === "number") rule.toPort = p.ToPort;
      if (description) rule.description = description;
      rules.push(rule);
    }
  });
  return rules;
}

function tagsOf(v: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const t of list(v)) if (isObj(t) && typeof t.Key === "string") tags[t.Key] = String(t.Value ?? "");
  return tags;
}

function emptyNetwork(ctx: LoadContext): NetworkInput {
  return { kind: "network", config: ctx.config, vpcs: [], securityGroups: [] };
}

export const describeSecurityGroupsLoader: Loader = {
  name: "describe-security-groups",
  detect: (file) => looksLike(file, "SecurityGroups", "GroupId"),
  load(file: InputFile, ctx: LoadContext): NormalizedInput[] {
    const doc = file.document();
    const data = doc.data as Json;
    const net = emptyNetwork(ctx);
    (data.SecurityGroups as unknown[]).forEach((g, i) => {
      if (!isObj(g)) return;
      const base = joinPointer("", "SecurityGroups", i);
      const id = String(g.GroupId);
      const group: SecurityGroup = {
        id,
        tags: tagsOf(g.Tags),
        location: doc.locate(base),
        ingress: rulesOf(doc, g.IpPermissions, joinPointer(base, "IpPermissions")),
        egress: rulesOf(doc, g.IpPermissionsEgress, joinPointer(base, "IpPermissionsEgress")),
        // An export lists AWS's default egress rule explicitly when it is there.
        implicitEgress: false,
      };
      const at: NonNullable<SecurityGroup["rulesAt"]> = {};
      if (g.IpPermissions !== undefined) at.ingress = doc.locate(joinPointer(base, "IpPermissions"));
      if (g.IpPermissionsEgress !== undefined) at.egress = doc.locate(joinPointer(base, "IpPermissionsEgress"));
      if (at.ingress || at.egress) group.rulesAt = at;
      if (typeof g.GroupName === "string") group.name = g.GroupName;
      if (typeof g.Description === "string") group.description = g.Description;
      if (typeof g.VpcId === "string") group.vpc = g.VpcId;
      const role = ctx.config.securityGroupRoles?.[id];
      if (role) group.configRole = role;
      net.securityGroups.push(group);
    });
    return [{ kind: "network", file: file.path, input: net, merge: true }];
  },
};

export const describeVpcsLoader: Loader = {
  name: "describe-vpcs",
  detect: (file) => looksLike(file, "Vpcs", "VpcId"),
  load(file: InputFile, ctx: LoadContext): NormalizedInput[] {
    const doc = file.document();
    const data = doc.data as Json;
    const net = emptyNetwork(ctx);
    (data.Vpcs as unknown[]).forEach((v, i) => {
      if (!isObj(v)) return;
      const cidrs = new Set<string>();
      if (typeof v.CidrBlock === "string") cidrs.add(v.CidrBlock);
      for (const a of list(v.CidrBlockAssociationSet)) {
        if (isObj(a) && typeof a.CidrBlock === "string" && (!isObj(a.CidrBlockState) || a.CidrBlockState.State === "associated"))
          cidrs.add(a.CidrBlock);
      }
      for (const a of list(v.Ipv6CidrBlockAssociationSet)) {
        if (isObj(a) && typeof a.Ipv6CidrBlock === "string") cidrs.add(a.Ipv6CidrBlock);
      }
      const vpc: Vpc = { id: String(v.VpcId), cidrs: [...cidrs], location: doc.locate(joinPointer("", "Vpcs", i)) };
      net.vpcs.push(vpc);
    });
    return [{ kind: "network", file: file.path, input: net, merge: true }];
  },
};
