// Scope at the file level, decided on the template as written, before its condition scenarios are
// expanded: could any resource in it be the runner's? This is a cheap superset of the per-group
// decision that Rego makes (policies/lib/sg.rego: a declared role, runner compute, or an ingress
// rule that opens an environment port specifically): a template fails it only when nothing in it
// could be in scope, so leaving it unevaluated changes no verdict. Whatever is not a plain value
// here (an intrinsic function, a parameter) may resolve to anything and counts as "maybe".
import type { RunConfig } from "../../model/config.js";
import type { MarkerPort } from "../../scope/markers.js";
import { isObj } from "./intrinsics.js";
import type { CfnTemplate } from "./template.js";
import { CONTROL_TYPES } from "./egress-layers.js";
import { COMPUTE_GROUPS, EGRESS, GROUP, INGRESS, ROLE_TAG } from "./network.js";

const ROLES = new Set(["environment", "runner"]);
const PROTOCOLS: Record<string, string> = { tcp: "tcp", "6": "tcp", udp: "udp", "17": "udp" };

export type TemplateScope = { inScope: true } | { inScope: false; reason: string; groups: number };

export function templateScope(t: CfnTemplate, config: RunConfig, markers: readonly MarkerPort[]): TemplateScope {
  if (config.scope === "all") return { inScope: true };
  const resources = isObj(t.data.Resources) ? t.data.Resources : {};
  let groups = 0;
  for (const [id, r] of Object.entries(resources)) {
    if (!isObj(r)) continue;
    const type = r.Type;
    if (typeof type !== "string") return { inScope: true }; // a type chosen at deployment: anything
    const props = r.Properties;
    if (CONTROL_TYPES.has(type)) return { inScope: true }; // a network-wide control: network ACL, Network Firewall
    if (type === GROUP) {
      groups++;
      const role = roleOf(config.securityGroupRoles?.[id] ?? tagRole(props));
      if (role === "none") continue;
      if (role !== "no") return { inScope: true };
      if (!isObj(props) || anyItemMarks(props.SecurityGroupIngress, markers)) return { inScope: true };
    } else if (type === INGRESS || type === EGRESS) {
      if (!isObj(props)) return { inScope: true };
      const target = props.GroupId;
      const configured = typeof target === "string" ? roleOf(config.securityGroupRoles?.[target]) : "no";
      if (configured !== "no" && configured !== "none") return { inScope: true };
      if (type === INGRESS && configured !== "none" && itemMarks(props, markers)) return { inScope: true };
    } else if (COMPUTE_GROUPS[type] && computeTagged(props)) {
      // Compute whose runnerlint:role tag makes the groups it uses the runner's (network.ts).
      return { inScope: true };
    }
  }
  return { inScope: false, reason: "no runner resources", groups };
}

type Role = "runner" | "none" | "no" | "maybe";

/** What a role value says: the runner's (environment or runner), none, no role, or maybe (unresolved). */
function roleOf(v: unknown): Role {
  if (v === undefined) return "no";
  if (typeof v !== "string") return "maybe";
  const r = v.trim().toLowerCase();
  return ROLES.has(r) ? "runner" : r === "none" ? "none" : "no";
}

/** The runnerlint:role tag in Tags (undefined when absent); the whole list unresolved counts as maybe. */
function tagRole(props: unknown): unknown {
  if (!isObj(props) || props.Tags === undefined) return undefined;
  if (!Array.isArray(props.Tags)) return {};
  for (const tag of props.Tags) {
    if (!isObj(tag)) return {};
    if (tag.Key === ROLE_TAG) return tag.Value;
    if (typeof tag.Key !== "string") return {};
  }
  return undefined;
}

/** A compute resource's runnerlint:role, in Tags or any TagSpecifications (launch templates). */
function computeTagged(props: unknown): boolean {
  if (!isObj(props)) return true;
  const own = roleOf(tagRole(props));
  if (own === "runner" || own === "maybe") return true;
  const data = isObj(props.LaunchTemplateData) ? props.LaunchTemplateData : {};
  for (const specs of [props.TagSpecifications, data.TagSpecifications]) {
    if (specs === undefined) continue;
    if (!Array.isArray(specs)) return true;
    for (const s of specs) {
      const r = roleOf(tagRole(s));
      if (r === "runner" || r === "maybe") return true;
    }
  }
  return false;
}

function plain(v: unknown): v is string | number {
  return typeof v === "string" || typeof v === "number";
}

function anyItemMarks(list: unknown, markers: readonly MarkerPort[]): boolean {
  if (list === undefined) return false;
  if (!Array.isArray(list)) return true;
  return list.some((item) => itemMarks(item, markers));
}

/** Might this ingress rule open a marker port through an explicit, narrower-than-everything range? */
function itemMarks(item: unknown, markers: readonly MarkerPort[]): boolean {
  if (!isObj(item) || Object.keys(item).some((k) => k === "Ref" || k.startsWith("Fn::"))) return true;
  const { IpProtocol: p, FromPort: f, ToPort: t } = item;
  if (p === undefined || f === undefined || t === undefined) return false; // all ports, or invalid: never specific
  if (!plain(p) || !plain(f) || !plain(t)) return true;
  const protocol = PROTOCOLS[String(p).trim().toLowerCase()];
  const from = Number(f);
  const to = Number(t);
  if (!Number.isInteger(from) || !Number.isInteger(to)) return false;
  return markers.some((m) => m.protocol === protocol && from >= 0 && from <= m.port && m.port <= to && to - from < 65535);
}
