// The egress rules' METADATA against the catalogue, and their messages against what Rego emits.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { engine, run } from "./helpers.js";

const rule = (id: string) => engine.rule(id)!;
const catalogue = engine.catalogue.requirements;
const flows = Object.values(catalogue).filter((r) => r.kind === "egress" || r.kind === "aws-api");

describe("egress rules", () => {
  it("every egress and aws-api requirement is judged by exactly one of egress/allowlist and egress/optional, by its optional flag", () => {
    const required = new Set(rule("egress/allowlist").requirements);
    const optional = new Set(rule("egress/optional").requirements);
    for (const r of flows) {
      expect([required.has(r.id), optional.has(r.id)], r.id).toEqual([!r.optional, !!r.optional]);
    }
    expect(required.size + optional.size).toBe(flows.length);
  });

  it("egress/vpc-endpoint names the AWS APIs (hosts under amazonaws.com)", () => {
    const apis = flows
      .filter((r) => r.kind === "aws-api" && (r.destinations as { host?: string }[]).some((d) => d.host?.endsWith(".amazonaws.com")))
      .map((r) => r.id);
    expect(new Set(rule("egress/vpc-endpoint").requirements)).toEqual(new Set(apis));
  });

  it("egress/allowlist and egress/optional render the same verdicts the same way", () => {
    expect(rule("egress/optional").messages).toEqual(rule("egress/allowlist").messages);
    expect(rule("egress/allowlist").severity).toBe("error");
    expect(rule("egress/optional").severity).toBe("warning");
    expect(rule("egress/vpc-endpoint").severity).toBe("note");
    expect(rule("egress/name-pattern").severity).toBe("note");
  });

  it("every cause the layer libraries name has a message", () => {
    // the name-pattern notes are egress/name-pattern's (judge.pattern_causes), the rest the allow list's
    const messages = { ...rule("egress/allowlist").messages, ...rule("egress/name-pattern").messages };
    const src =
      ["layers", "layers_sg", "nacl", "nfw", "squid", "iptables"].map((f) => readFileSync(`policies/lib/${f}.rego`, "utf8")).join("\n") +
      readFileSync("policies/egress/judge.rego", "utf8");
    const literal = [...src.matchAll(/"((?:sg|nacl|nfw|squid|iptables)_[a-z_]+)"/g)]
      .map((m) => m[1]!)
      // prefixes of built causes, and squid's ACL type squid_error (lib/squid's acl_types)
      .filter((c) => !["nfw_group", "nfw_stateless", "nfw_return", "iptables_return", "squid_error"].includes(c));
    const built = [
      ...["managed", "missing", "unresolved", "conditional", "unreadable", "unordered"].map((r) => `nfw_group_${r}`),
      ...["nfw_stateless", "nfw_return"].flatMap((p) => ["default_drop", "drop", "maybe"].map((s) => `${p}_${s}`)),
      ...["allows", "policy_allows", "blocks", "policy_blocks", "maybe", "policy_unknown"].flatMap((x) => [
        `iptables_${x}`,
        `iptables_return_${x}`,
      ]),
      ...[
        "narrow_destination",
        "partial_destination",
        "prefix_list",
        "unknown_value",
        "unknown_protocol",
        "invalid_ports",
        "invalid_cidr",
        "conditional",
      ].map((c) => `sg_${c}`),
    ];
    for (const c of [...literal, ...built]) expect(messages[c], c).toBeDefined();
  });

  it("no verdict of the fixtures falls back to a raw message id", () => {
    const inputs = [
      "fixtures/network-firewall",
      "fixtures/nacls",
      "fixtures/iptables",
      "fixtures/squid/ssl-ports/squid.conf",
      "fixtures/securitygroup",
      "fixtures/cloudformation/gitpod-default.yaml",
    ];
    for (const input of inputs) {
      for (const r of run(input).result.requirements) {
        for (const e of r.evidence) expect(e.message, `${input} ${r.id}`).not.toMatch(/^egress\/[a-z-]+: [a-z_]+$|\{[a-zA-Z]+\}/);
      }
    }
  });
});
