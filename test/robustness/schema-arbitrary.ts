// A fast-check arbitrary for any JSON Schema (draft-07 subset: type, properties, required,
// additionalProperties, items, enum, const, oneOf/anyOf, $ref, minimum/maximum), so the
// differential test follows schemas/input/*.schema.json as the model grows. Strings and numbers
// come from small pools chosen by property name (CIDRs for cidr fields, the runner's ports, ...) so
// that random inputs reach the rules' interesting branches instead of failing every lookup.
import fc from "fast-check";

type Schema = Record<string, unknown>;

const CIDRS4 = [
  "0.0.0.0/0",
  "10.0.0.0/16",
  "10.0.1.0/24",
  "10.0.0.5/32",
  "172.16.0.0/12",
  "198.51.100.0/24",
  "3.5.140.0/22",
  "10.1.0.0/16",
  "300.1.1.1/8",
  "",
];
const CIDRS6 = ["::/0", "2001:db8::/32", "fd00::/8", "2001:db8::1/128"];
const PORTS = [0, 1, 22, 80, 443, 4242, 8443, 9090, 22999, 29222, 65535, -1];
const PROTOCOLS = ["tcp", "udp", "-1", "6", "17", "all", "icmp", "58", "TCP"];
const HOSTS = [
  "app.gitpod.io",
  "us01.gitpod.dev",
  "*.us01.gitpod.dev",
  ".amazonaws.com",
  "ec2.us-east-1.amazonaws.com",
  "github.com",
  "*",
  "169.254.169.254",
  "example.com",
];
const IDS = ["EnvironmentSecurityGroup", "RunnerSecurityGroup", "sg-0123", "Vpc", "vpc-1", "rg-1", "x"];
const ROLES = ["environment", "runner", "other"];
const PROXY_VALUES = [
  "http://proxy.internal:3128",
  "localhost,127.0.0.1,.amazonaws.com,169.254.169.254",
  "*",
  ".gitpod.io,app.gitpod.io",
  "10.0.0.0/8,.internal",
  "",
];

function pool(key: string): fc.Arbitrary<string> {
  const k = key.toLowerCase();
  const pick = (xs: string[]) =>
    fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...xs) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "grapheme-ascii" }) },
    );
  if (k.includes("cidr6") || k.includes("ipv6")) return pick(CIDRS6);
  if (k.includes("cidr") || k === "ip" || k.includes("address") || k.includes("source") || k.includes("destination"))
    return pick([...CIDRS4, ...CIDRS6]);
  if (k.includes("protocol")) return pick(PROTOCOLS);
  if (k === "value" || k.includes("proxy")) return pick(PROXY_VALUES);
  if (k.includes("host") || k.includes("domain") || k.includes("target") || k === "noproxy") return pick(HOSTS);
  if (k === "runnerlint:role" || k.includes("role")) return pick(ROLES);
  if (k === "file") return fc.constantFrom("a.yaml", "b.json");
  if (k === "pointer") return fc.constantFrom("", "/Resources/G");
  if (k.includes("region")) return pick(["us-east-1", "eu-west-1", "cn-north-1"]);
  return pick(IDS);
}

export function arbitraryFor(root: Schema, options: { maxDepth?: number } = {}): fc.Arbitrary<unknown> {
  const defs = (root.definitions ?? root.$defs ?? {}) as Record<string, Schema>;
  const maxDepth = options.maxDepth ?? 8;
  const build = (schema: Schema, key: string, depth: number): fc.Arbitrary<unknown> => {
    if (typeof schema.$ref === "string") {
      const name = schema.$ref.replace(/^#\/(definitions|\$defs)\//, "");
      const target = defs[name];
      if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
      return build(target, key, depth);
    }
    if ("const" in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
    if (alternatives) return fc.oneof(...alternatives.map((s) => build(s, key, depth + 1)));
    const type = Array.isArray(schema.type) ? (schema.type[0] as string) : (schema.type as string | undefined);
    switch (type) {
      case "string":
        if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern), { maxLength: 24 });
        return pool(key);
      case "integer":
      case "number": {
        const lo = typeof schema.minimum === "number" ? schema.minimum : -1;
        const hi = typeof schema.maximum === "number" ? schema.maximum : 70000;
        const fromPool = PORTS.filter((p) => p >= lo && p <= hi);
        return fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...(fromPool.length ? fromPool : [lo])) },
          { weight: 1, arbitrary: fc.integer({ min: Math.max(lo, -1), max: Math.min(hi, 70000) }) },
        );
      }
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "array": {
        if (depth >= maxDepth) return fc.constant([]);
        const items = (schema.items ?? {}) as Schema;
        return fc.array(build(items, key, depth + 1), {
          maxLength: depth < 2 ? 4 : 3,
          minLength: typeof schema.minItems === "number" ? schema.minItems : 0,
        });
      }
      default: {
        const props = (schema.properties ?? {}) as Record<string, Schema>;
        const required = (schema.required ?? []) as string[];
        const additional = schema.additionalProperties;
        if (Object.keys(props).length === 0 && additional && typeof additional === "object") {
          if (depth >= maxDepth) return fc.constant({});
          const keys = key === "tags" ? fc.constantFrom("runnerlint:role", "Name", "Stage") : fc.constantFrom(...IDS);
          return fc.dictionary(keys, build(additional as Schema, key === "tags" ? "runnerlint:role" : key, depth + 1), { maxKeys: 3 });
        }
        if (depth >= maxDepth && required.length === 0) return fc.constant({});
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, s] of Object.entries(props)) {
          if (!required.includes(k) && depth >= maxDepth) continue;
          record[k] = build(s, k, depth + 1);
        }
        return fc.record(record, { requiredKeys: required.filter((k) => k in record) });
      }
    }
  };
  return build(root, "", 0);
}
