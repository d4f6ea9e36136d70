// User-declared requirements: the catalogue's templates (userDeclared: true) made concrete with the
// hosts the config names. `scm: {github: github.com}` + template scm.<name> → requirement
// scm.github, whose destinations are github.com with the template's declaredDestination
// (TCP 443, https). Rego judges them from input.config.declared exactly like catalogue egress
// requirements (docs/config.md, "For rule authors").
import type { Catalogue, Requirement } from "../engine/types.js";
import type { DeclaredDestination, DeclaredRequirement } from "../model/config.js";
import type { Location } from "../model/location.js";
import { Problems } from "./errors.js";

/** Config key → the catalogue feature of the template it instantiates. */
export const DECLARING_KEYS = { scm: "scm", sso: "sso", registries: "registries", prometheus: "prometheus" } as const;

export interface DeclaredInput {
  scm?: Record<string, string | string[]>;
  sso?: Record<string, string | string[]>;
  registries?: Record<string, string | string[]>;
  prometheus?: string;
}

interface Template extends Requirement {
  declaredDestination?: { protocol: "tcp" | "udp"; ports: number[]; scheme?: "https" | "http" };
}

export function templateForFeature(catalogue: Catalogue, feature: string): Template | undefined {
  return Object.values(catalogue.requirements).find((r) => r.userDeclared === true && r.feature === feature) as Template | undefined;
}

/**
 * Builds the declared requirements. `locate` gives the config position of a pointer
 * (`/scm/github`, `/features/prometheus`); `file` names the config for errors.
 */
export function declaredRequirements(
  input: DeclaredInput,
  catalogue: Catalogue,
  locate?: (pointer: string) => Location | undefined,
  file?: string,
): DeclaredRequirement[] {
  const problems = new Problems();
  const out: DeclaredRequirement[] = [];
  const add = (feature: string, name: string, values: string[], pointer: string) => {
    const template = templateForFeature(catalogue, feature);
    if (!template) {
      problems.add(`the requirement catalogue has no user-declared template for "${feature}"`, file, pos(locate?.(pointer)));
      return;
    }
    const id = template.id.replace("<name>", name);
    const destinations: DeclaredDestination[] = [];
    values.forEach((value, i) => {
      const at = values.length > 1 ? `${pointer}/${i}` : pointer;
      try {
        destinations.push(destinationOf(value, template));
      } catch (e) {
        problems.add(`${id}: ${(e as Error).message}`, file, pos(locate?.(at)));
      }
    });
    const location = locate?.(pointer);
    out.push({
      id,
      template: template.id,
      name,
      title: template.title.replace("<name>", name),
      feature,
      optional: template.optional === true,
      destinations,
      ...(location ? { location } : {}),
    });
  };
  for (const key of ["scm", "sso", "registries"] as const) {
    for (const [name, v] of Object.entries(input[key] ?? {}))
      add(DECLARING_KEYS[key], name, Array.isArray(v) ? v : [v], `/${key}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  }
  if (input.prometheus) add("prometheus", "prometheus", [input.prometheus], "/features/prometheus");
  problems.throwIfAny();
  return out;
}

function pos(l: Location | undefined) {
  return l ? { line: l.line, column: l.column } : undefined;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** A host, IPv4 address or URL → a destination with the template's protocol, ports and scheme. */
export function destinationOf(value: string, template: Template): DeclaredDestination {
  const base = template.declaredDestination ?? { protocol: "tcp" as const, ports: [443], scheme: "https" as const };
  let host = value;
  let ports = [...base.ports];
  let scheme = base.scheme;
  let paths: string[] | undefined;
  if (/^https?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`"${value}" is not a valid URL`);
    }
    if (url.username || url.password) throw new Error(`"${value}": leave credentials out of the URL`);
    host = url.hostname;
    scheme = url.protocol === "http:" ? "http" : "https";
    ports = [url.port ? Number(url.port) : scheme === "http" ? 80 : 443];
    if (url.pathname && url.pathname !== "/") paths = [url.pathname];
  }
  host = host.toLowerCase().replace(/\.$/, "");
  const d: DeclaredDestination = {
    ...(IPV4.test(host) ? { ip: host } : { host }),
    protocol: base.protocol,
    ports,
    ...(scheme ? { scheme } : {}),
    declared: value,
  };
  if (paths) d.paths = paths;
  return d;
}
