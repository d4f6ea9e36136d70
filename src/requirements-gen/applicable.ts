// Which requirements apply to a runner, made concrete: the runner kind, the IDEs and optional
// features in use, the user-declared hosts, and `<region>` / `<account-id>` filled in.
import type { Catalogue, Requirement } from "../engine/types.js";
import type { DeclaredRequirement, RunConfig } from "../model/config.js";

export interface Destination {
  host?: string;
  ip?: string;
  cidr?: string;
  protocol: "tcp" | "udp";
  ports: number[];
  scheme?: string;
  paths?: string[];
  /** The gateway region it belongs to (catalogue versions with several). */
  gatewayRegion?: string;
  /** Reached by direct TCP, never through a proxy. */
  direct?: boolean;
}

export interface ConcreteRequirement {
  id: string;
  title: string;
  kind: string;
  category?: string;
  optional: boolean;
  feature: string | null;
  /** Instantiated from a user-declared template in the config. */
  declared: boolean;
  linkLocal: boolean;
  destinations: Destination[];
  noProxy?: { entry: string; covers: Record<string, unknown> };
  securityGroup?: Record<string, unknown>;
  ami?: Record<string, unknown>;
  sources: { document: string; section: string }[];
}

export type GenOptions = Pick<RunConfig, "runner" | "region" | "accountId" | "ides" | "features" | "declared" | "gatewayRegions">;

/** Is the requirement's feature in use? null: always. */
function featureOn(feature: string | null | undefined, o: GenOptions): boolean {
  switch (feature ?? null) {
    case null:
      return true;
    case "vscode":
    case "jetbrains":
      return (o.ides ?? ["vscode", "jetbrains"]).includes(feature as "vscode" | "jetbrains");
    case "logs":
      return o.features?.logs === true;
    case "proxy":
      // The NO_PROXY entries apply to a runner behind a proxy; asking for them is saying so.
      return true;
    default:
      // scm, sso, registries, prometheus: through the declared instances only.
      return false;
  }
}

function fill(s: string, o: GenOptions): string {
  let out = s;
  if (o.region) out = out.replace(/<region>/g, o.region);
  if (o.accountId) out = out.replace(/<account-id>/g, o.accountId);
  return out;
}

function concrete(r: Requirement, o: GenOptions): ConcreteRequirement {
  const x = r as Requirement & {
    category?: string;
    destinations?: Destination[];
    linkLocal?: boolean;
    noProxy?: ConcreteRequirement["noProxy"];
    securityGroup?: Record<string, unknown>;
    ami?: Record<string, unknown>;
  };
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    ...(x.category ? { category: x.category } : {}),
    optional: r.optional === true,
    feature: r.feature ?? null,
    declared: false,
    linkLocal: x.linkLocal === true,
    destinations: (x.destinations ?? [])
      .filter((d) => inRegion(d, o))
      .map(({ host, ip, cidr, protocol, ports, scheme, paths, gatewayRegion, direct }) => ({
        ...(host ? { host: fill(host, o) } : {}),
        ...(ip ? { ip } : {}),
        ...(cidr ? { cidr } : {}),
        protocol,
        ports: [...ports],
        ...(scheme ? { scheme } : {}),
        ...(paths ? { paths: [...paths] } : {}),
        ...(gatewayRegion ? { gatewayRegion } : {}),
        ...(direct ? { direct } : {}),
      })),
    ...(x.noProxy ? { noProxy: x.noProxy } : {}),
    ...(x.securityGroup ? { securityGroup: x.securityGroup } : {}),
    ...(x.ami ? { ami: x.ami } : {}),
    sources: r.sources,
  };
}

/** A destination of a gateway region the config leaves out (gatewayRegions) is not needed. */
function inRegion(d: Destination, o: GenOptions): boolean {
  return !d.gatewayRegion || !o.gatewayRegions || o.gatewayRegions.includes(d.gatewayRegion);
}

function fromDeclared(d: DeclaredRequirement, catalogue: Catalogue): ConcreteRequirement {
  const t = catalogue.requirements[d.template];
  return {
    id: d.id,
    title: d.title,
    kind: t?.kind ?? "egress",
    optional: d.optional,
    feature: d.feature,
    declared: true,
    linkLocal: false,
    destinations: d.destinations.map(({ host, ip, protocol, ports, scheme, paths }) => ({
      ...(host ? { host } : {}),
      ...(ip ? { ip } : {}),
      protocol,
      ports: [...ports],
      ...(scheme ? { scheme } : {}),
      ...(paths ? { paths: [...paths] } : {}),
    })),
    sources: t?.sources ?? [],
  };
}

/** Every requirement that applies, in catalogue order, the declared instances in place of their templates. */
export function applicableRequirements(catalogue: Catalogue, o: GenOptions): ConcreteRequirement[] {
  const out: ConcreteRequirement[] = [];
  for (const r of Object.values(catalogue.requirements)) {
    if (!r.runners.includes(o.runner)) continue;
    if (r.userDeclared === true) {
      for (const d of o.declared ?? []) if (d.template === r.id) out.push(fromDeclared(d, catalogue));
      continue;
    }
    if (!featureOn(r.feature, o)) continue;
    out.push(concrete(r, o));
  }
  return out;
}
