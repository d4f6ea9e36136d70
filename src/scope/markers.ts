// The ports that single out an environment security group, read from the catalogue: the ingress
// requirements environment groups must allow (sg.ssh-ingress TCP 29222, sg.runner-ingress TCP
// 22999). lib/sg infers environment groups from the same entries.
import type { Catalogue } from "../engine/types.js";

export interface MarkerPort {
  protocol: string;
  port: number;
}

interface SecurityGroupSpec {
  direction?: string;
  appliesTo?: string;
  expectation?: string;
  protocol?: string;
  ports?: number[];
}

export function markerPorts(catalogue: Catalogue): MarkerPort[] {
  const out: MarkerPort[] = [];
  for (const req of Object.values(catalogue.requirements)) {
    const s = req.securityGroup as SecurityGroupSpec | undefined;
    if (s?.direction !== "ingress" || s.appliesTo !== "environment" || s.expectation !== "allow" || !s.protocol) continue;
    for (const port of s.ports ?? []) out.push({ protocol: s.protocol, port });
  }
  return out;
}
