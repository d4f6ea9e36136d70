// The seed requirement catalogue (requirements/catalogue.yaml, the default version) against its
// schema, the id contract of the design, and the vendor documents it encodes (requirements/seeds/).
// Newer versions: versions.test.ts.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import { parse } from "yaml";
import {
  checkAgainstSeeds,
  claimsOf,
  CONTRACT_IDS,
  EXCLUDED_TOKENS,
  loadSeeds,
  UNBACKED_CATALOGUE_VALUES,
  unresolvedSources,
  type CatalogueFile,
  type Requirement,
} from "./seed-check.js";

const file = (p: string) => fileURLToPath(new URL(`../../requirements/${p}`, import.meta.url));
const catalogueText = readFileSync(file("catalogue.yaml"), "utf8");
const catalogue = parse(catalogueText) as CatalogueFile;
const schema = JSON.parse(readFileSync(file("catalogue.schema.json"), "utf8")) as object;
// The seeds this version encodes (newer versions add documents beside them).
const seeds = loadSeeds(file("seeds")).filter((s) => Object.values(catalogue.documents).some((d) => d.file === s.file));

// The same validator settings as scripts/build.mjs.
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const errorsOf = (value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);

const byId = new Map(catalogue.requirements.map((r) => [r.id, r]));
const req = (id: string): Requirement => {
  const r = byId.get(id);
  if (!r) throw new Error(`no requirement ${id}`);
  return r;
};
const clone = (): CatalogueFile => structuredClone(catalogue);
const mutate = (id: string, f: (r: Requirement) => void): CatalogueFile => {
  const c = clone();
  const r = c.requirements.find((x) => x.id === id);
  if (!r) throw new Error(`no requirement ${id}`);
  f(r);
  return c;
};

describe("catalogue: schema and ids", () => {
  it("validates against catalogue.schema.json", () => {
    expect(errorsOf(catalogue)).toEqual([]);
  });

  it("has unique ids, every one of the design's list among them", () => {
    const ids = catalogue.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CONTRACT_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("has a date version", () => {
    expect(catalogue.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(catalogue.version))).toBe(false);
  });

  it("keeps account ids as strings even in the parsed YAML", () => {
    for (const r of catalogue.requirements) {
      if (r.ami?.owner !== undefined) expect(typeof r.ami.owner).toBe("string");
      for (const o of r.ami?.owners ?? []) expect(typeof o).toBe("string");
    }
  });
});

describe("catalogue: documents and section references", () => {
  it("lists its seed files, each a seed named after its key", () => {
    expect(
      Object.values(catalogue.documents)
        .map((d) => d.file)
        .sort(),
    ).toEqual(seeds.map((s) => s.file));
    for (const [key, doc] of Object.entries(catalogue.documents)) {
      expect(doc.file.startsWith(`${key}_`)).toBe(true);
      expect(existsSync(file(`seeds/${doc.file}`))).toBe(true);
    }
  });

  it("uses the document URLs the seeds link to", () => {
    // 000 links to 003 ("/gitpod/runners/aws/detailed-access-requirements#ami-requirements") and to
    // its sibling setup page ("/gitpod/runners/aws/standard-runner/setup"); both live under one docs root.
    const seed000 = seeds.find((s) => s.key === "000")?.text ?? "";
    const links = [...seed000.matchAll(/(?:\]\(|href=")(\/gitpod\/[^)#"]+)/g)].map((m) => m[1] ?? "");
    expect(links).toContain("/gitpod/runners/aws/detailed-access-requirements");
    expect(links).toContain("/gitpod/runners/aws/standard-runner/setup");
    const url003 = catalogue.documents["003"]?.url ?? "";
    const url000 = catalogue.documents["000"]?.url ?? "";
    expect(url003.endsWith("/gitpod/runners/aws/detailed-access-requirements")).toBe(true);
    const root = url003.slice(0, -"/gitpod/runners/aws/detailed-access-requirements".length);
    expect(url000).toBe(`${root}/gitpod/runners/aws/standard-runner/overview`);
  });

  it("cites only listed documents, at sections that exist in them", () => {
    expect(unresolvedSources(catalogue, seeds)).toEqual([]);
  });

  it("cites every document at least once", () => {
    const cited = new Set(catalogue.requirements.flatMap((r) => r.sources.map((s) => s.document)));
    expect([...cited].sort()).toEqual(Object.keys(catalogue.documents).sort());
  });
});

describe("catalogue: completeness against the seeds", () => {
  it("encodes every endpoint, port, NO_PROXY entry and AMI owner of the seeds, and nothing else", () => {
    expect(checkAgainstSeeds(catalogue, seeds)).toEqual([]);
  });

  it("reads a plausible number of claims from each seed (guards the parser itself)", () => {
    const count = (key: string, type: string) =>
      claimsOf(seeds.find((s) => s.key === key) ?? { key, file: "", text: "" }).claims.filter((c) => c.type === type).length;
    // 000: 16 endpoint rows, one of them with two ports; 003: 43 URLs, 5 IPs and IMDS.
    expect(count("000", "flow")).toBe(17);
    expect(count("003", "flow")).toBe(49);
    expect(count("003", "no-proxy")).toBe(4);
    expect(count("003", "suggested")).toBe(4);
    expect(count("000", "ami-row")).toBe(2);
    expect(count("003", "ami-row")).toBe(2);
    expect(count("000", "sg-port")).toBeGreaterThanOrEqual(7);
  });

  // Proof that the completeness check bites: each mutation deletes or changes one encoded fact.
  const mutations: [string, () => CatalogueFile, RegExp][] = [
    [
      "a gateway IP",
      () => mutate("gitpod.gateway-udp", (r) => (r.destinations = r.destinations?.filter((d) => d.ip !== "35.171.31.215"))),
      /35\.171\.31\.215/,
    ],
    ["the gateway UDP port", () => mutate("gitpod.gateway-udp", (r) => r.destinations?.forEach((d) => (d.ports = [4243]))), /udp\/4242/],
    [
      "gateway 443 of 000",
      () => mutate("gitpod.gateway-https", (r) => r.destinations?.forEach((d) => (d.ports = [8443]))),
      /\*\.us01\.gitpod\.dev tcp\/443/,
    ],
    [
      "an invented port",
      () => mutate("gitpod.management", (r) => r.destinations?.forEach((d) => (d.ports = [443, 80]))),
      /app\.gitpod\.io tcp\/80 is stated by no seed/,
    ],
    [
      "a release path",
      () => mutate("gitpod.releases", (r) => r.destinations?.forEach((d) => (d.paths = d.paths?.slice(1)))),
      /ec2\/stable\/manifest\.json/,
    ],
    ["000's releases.gitpod.io/*", () => mutate("gitpod.releases", (r) => delete r.coveredBy), /releases\.gitpod\.io\/\*/],
    ["a JetBrains host", () => mutate("jetbrains.services", (r) => (r.destinations = [])), /data\.services\.jetbrains\.com/],
    [
      "000's *.jetbrains.com",
      () => {
        const c = clone();
        c.requirements.filter((r) => r.id.startsWith("jetbrains.")).forEach((r) => delete r.coveredBy);
        return c;
      },
      /\*\.jetbrains\.com/,
    ],
    [
      "000's *.amazonaws.com everywhere",
      () => {
        const c = clone();
        c.requirements.forEach((r) => delete r.coveredBy);
        return c;
      },
      /\*\.amazonaws\.com/,
    ],
    [
      "the devcontainer image",
      () => mutate("registry.mcr", (r) => r.destinations?.forEach((d) => delete d.images)),
      /devcontainers\/base:ubuntu-24\.04/,
    ],
    ["IMDS", () => mutate("aws.imds", (r) => r.destinations?.forEach((d) => (d.ports = [8080]))), /169\.254\.169\.254 tcp\/80/],
    [
      "a NO_PROXY entry",
      () => ({ ...clone(), requirements: clone().requirements.filter((r) => r.id !== "noproxy.internal") }),
      /NO_PROXY entry \.internal/,
    ],
    ["an AMI owner", () => mutate("ami.owner-gitpod", (r) => r.ami && (r.ami.owner = "995913728427")), /995913728426/],
    [
      "an allowlisted owner",
      () => mutate("ami.allowlist-by-owner", (r) => r.ami && (r.ami.owners = ["149721548608"])),
      /not encoded: .*both owners of the sentence are allowlisted/,
    ],
    [
      "the SSH port",
      () => mutate("sg.ssh-ingress", (r) => r.securityGroup && (r.securityGroup.ports = [22])),
      /port 22 is stated by no seed/,
    ],
    [
      "the healthcheck port",
      () => ({ ...clone(), requirements: clone().requirements.filter((r) => r.id !== "sg.healthcheck-exposed") }),
      /tcp\/9090/,
    ],
    [
      "the world CIDR",
      () => mutate("sg.ssh-world-open", (r) => r.securityGroup && (r.securityGroup.worldCidrs = ["::/0"])),
      /0\.0\.0\.0\/0/,
    ],
    ["logs being optional", () => mutate("aws.logs", (r) => (r.optional = false)), /logs\.<region>\.amazonaws\.com .*\(optional\)/],
    [
      "ACM being Enterprise-only",
      () => mutate("aws.acm", (r) => (r.runners = ["standard", "enterprise"])),
      /acm\.<region>\.amazonaws\.com .*enterprise only/,
    ],
    [
      "the gateway being Standard-only",
      () => mutate("gitpod.gateway-udp", (r) => (r.runners = ["standard", "enterprise"])),
      /gitpod\.gateway-udp must cite/,
    ],
    [
      "a suggested registry",
      () => mutate("registry.<name>", (r) => (r.suggestedHosts = r.suggestedHosts?.filter((h) => h !== "ghcr.io"))),
      /ghcr\.io/,
    ],
    [
      "a section reference",
      () => mutate("vscode.marketplace", (r) => (r.sources = r.sources.filter((s) => s.document !== "003"))),
      /marketplace\.visualstudio\.com .* without citing/,
    ],
    [
      "a documents claim",
      () => mutate("vscode.assets", (r) => r.destinations?.forEach((d) => (d.documents = ["003"]))),
      /documents should be \[000, 003\]/,
    ],
    [
      "an invented host",
      () =>
        mutate("vscode.assets", (r) =>
          r.destinations?.push({ host: "example.com", protocol: "tcp", ports: [443], scheme: "https", documents: ["000"] }),
        ),
      /example\.com tcp\/443 is stated by no seed/,
    ],
    [
      "an invented requirement",
      () => {
        const c = clone();
        c.requirements.push({ ...req("gitpod.management"), id: "gitpod.other", sources: [{ document: "000", section: "Gitpod Gateway" }] });
        return c;
      },
      /gitpod\.other: no seed statement backs/,
    ],
  ];
  it.each(mutations)("fails when %s is removed or changed", (_what, make, expected) => {
    const problems = checkAgainstSeeds(make(), seeds);
    expect(problems.join("\n")).toMatch(expected);
  });

  it("fails on an endpoint added to a seed", () => {
    const patched = seeds.map((s) =>
      s.key === "003" ? { ...s, text: s.text.replace("* `https://public.ecr.aws`", "* `https://public.ecr.aws`\n* `https://quay.io`") } : s,
    );
    expect(checkAgainstSeeds(catalogue, patched).join("\n")).toMatch(/quay\.io/);
    const prose = seeds.map((s) =>
      s.key === "000" ? { ...s, text: `${s.text}\nAlso allow \`cdn.gitpod.io\` and 10.0.0.0/8, Port 2375 (TCP).\n` } : s,
    );
    const problems = checkAgainstSeeds(catalogue, prose).join("\n");
    expect(problems).toMatch(/cdn\.gitpod\.io/);
    expect(problems).toMatch(/10\.0\.0\.0\/8/);
    expect(problems).toMatch(/2375/);
  });

  it("keeps its exclusion lists honest: every excluded token occurs in a seed", () => {
    const text = seeds.map((s) => s.text).join("\n");
    for (const token of EXCLUDED_TOKENS.keys()) expect(text).toContain(token);
    const catalogueValues = JSON.stringify(catalogue);
    for (const value of UNBACKED_CATALOGUE_VALUES.keys()) {
      expect(text).not.toContain(value);
      expect(catalogueValues).toContain(value);
    }
  });
});

describe("catalogue: internal consistency", () => {
  it("allowlists exactly the owners of the AMI owner requirements", () => {
    const owners = catalogue.requirements.flatMap((r) => (r.ami?.owner ? [r.ami.owner] : [])).sort();
    expect(owners).toEqual(["149721548608", "995913728426"]);
    expect([...(req("ami.allowlist-by-owner").ami?.owners ?? [])].sort()).toEqual(owners);
    expect(req("ami.owner-amazon").ami?.ownerAlias).toBe("amazon");
  });

  it("names the IAM service of each AWS API in its endpoint", () => {
    for (const r of catalogue.requirements.filter((x) => x.kind === "aws-api")) {
      const api = r.awsApi;
      expect(api, r.id).toBeDefined();
      expect(api?.actionPrefix).toBe(`${api?.service}:`);
      expect(r.id).toBe(`aws.${api?.service}`);
      for (const d of r.destinations ?? []) expect(d.host?.split("."), r.id).toContain(api?.service);
      for (const d of r.destinations ?? []) expect(d.host, r.id).toMatch(/\.<region>\.amazonaws\.com$/);
      // the calls an SCP must allow are the service's own, each on at least one resource
      expect(api?.calls.length, r.id).toBeGreaterThan(0);
      for (const c of api?.calls ?? []) expect(c.action.startsWith(api!.actionPrefix), `${r.id} ${c.action}`).toBe(true);
    }
  });

  it("marks link-local destinations, and only those", () => {
    const linkLocal = (ip?: string) => ip?.startsWith("169.254.") ?? false;
    for (const r of catalogue.requirements) {
      const has = (r.destinations ?? []).some((d) => linkLocal(d.ip));
      expect(r.linkLocal ?? false, r.id).toBe(has);
    }
    expect(req("aws.imds").destinations).toEqual([
      { ip: "169.254.169.254", protocol: "tcp", ports: [80], scheme: "http", documents: ["003"] },
    ]);
  });

  it("gives each NO_PROXY entry a coverage that matches it", () => {
    const inCidr = (ip: string, cidr: string) => {
      const [net = "", len = "32"] = cidr.split("/");
      const n = (a: string) => a.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
      const block = 2 ** (32 - Number(len));
      return Math.floor(n(ip) / block) === Math.floor(n(net) / block);
    };
    for (const r of catalogue.requirements.filter((x) => x.kind === "no-proxy")) {
      const np = r.noProxy;
      expect(np, r.id).toBeDefined();
      const { entry, covers } = np ?? { entry: "", covers: {} };
      if (covers.domainSuffix !== undefined) expect(entry).toBe(`.${covers.domainSuffix}`);
      if (covers.host !== undefined) expect(entry).toBe(covers.host);
      if (covers.cidr !== undefined) {
        expect(entry).toBe(covers.cidr);
        for (const s of covers.samples ?? []) expect(inCidr(s, covers.cidr), s).toBe(true);
      }
    }
    expect(req("noproxy.link-local").noProxy?.covers.samples).toContain("169.254.169.254");
    // noproxy.management exempts the management plane's own endpoint.
    const mgmt = req("gitpod.management").destinations?.[0];
    expect(req("noproxy.management").noProxy?.covers).toEqual({ host: mgmt?.host, port: mgmt?.ports[0] });
  });

  it("marks exactly the optional requirements the seeds mark", () => {
    const optional = catalogue.requirements
      .filter((r) => r.optional)
      .map((r) => r.id)
      .sort();
    expect(optional).toEqual(["aws.logs", "metrics.prometheus", "registry.<name>"]);
  });

  it("limits the Enterprise-only and Standard-only requirements to what the seeds say", () => {
    const only = (kind: string) =>
      catalogue.requirements
        .filter((r) => r.runners.length === 1 && r.runners[0] === kind)
        .map((r) => r.id)
        .sort();
    expect(only("enterprise")).toEqual([
      "aws.acm",
      "aws.elasticloadbalancing",
      "noproxy.amazonaws",
      "noproxy.internal",
      "noproxy.link-local",
      "noproxy.management",
    ]);
    // The gateway (003: not required for Enterprise) and the inbound security-group rules of 000,
    // the Standard runner document.
    expect(only("standard")).toEqual([
      "gitpod.gateway-https",
      "gitpod.gateway-udp",
      "sg.healthcheck-exposed",
      "sg.runner-ingress",
      "sg.runner-port-exposed",
      "sg.ssh-ingress",
      "sg.ssh-world-open",
    ]);
  });

  it("gives user-declared templates a declared destination and no fixed one", () => {
    for (const r of catalogue.requirements.filter((x) => x.userDeclared)) {
      expect(r.destinations, r.id).toEqual([]);
      expect(r.declaredDestination, r.id).toEqual({ protocol: "tcp", ports: [443], scheme: "https" });
    }
    expect(req("registry.<name>").suggestedHosts).toEqual(["index.docker.io", "registry-1.docker.io", "auth.docker.io", "ghcr.io"]);
  });

  it("names every seed disagreement in the requirement's description", () => {
    // The requirements whose destinations the two documents state differently (documents differ per destination).
    for (const r of catalogue.requirements) {
      const docs = new Set([...(r.destinations ?? []), ...(r.coveredBy ?? [])].map((d) => [...d.documents].sort().join()));
      if (docs.size > 1) expect(r.description, r.id).toMatch(/disagree|differ|only 003|only 000|000 lists/i);
    }
  });
});

describe("catalogue schema: rejects", () => {
  const valid = () => structuredClone(catalogue) as unknown as { requirements: Record<string, unknown>[] } & Record<string, unknown>;
  const withReq = (id: string, f: (r: Record<string, unknown>) => void) => {
    const c = valid();
    const r = c.requirements.find((x) => x["id"] === id);
    if (!r) throw new Error(id);
    f(r);
    return c;
  };
  const firstDest = (r: Record<string, unknown>) => (r["destinations"] as Record<string, unknown>[])[0] as Record<string, unknown>;

  const cases: [string, () => unknown, RegExp][] = [
    ["an upper-case id", () => withReq("gitpod.management", (r) => (r["id"] = "Gitpod.Management")), /\/id must match pattern/],
    ["an id without a dot", () => withReq("gitpod.management", (r) => (r["id"] = "management")), /\/id must match pattern/],
    ["an id with a placeholder other than <name>", () => withReq("scm.<name>", (r) => (r["id"] = "scm.<host>")), /\/id must match pattern/],
    [
      "a <name> template that is not user-declared",
      () => withReq("aws.ec2", (r) => (r["id"] = "aws.<name>")),
      /userDeclared must be equal to constant/,
    ],
    [
      "an unknown kind",
      () => withReq("gitpod.management", (r) => (r["kind"] = "ingress")),
      /\/kind must be equal to one of the allowed values/,
    ],
    ["an aws-api requirement without awsApi", () => withReq("aws.ec2", (r) => delete r["awsApi"]), /must have required property 'awsApi'/],
    [
      "an API call without resources",
      () => withReq("aws.ec2", (r) => ((r["awsApi"] as { calls: { resources: string[] }[] }).calls[0]!.resources = [])),
      /\/awsApi\/calls\/0\/resources must NOT have fewer than 1 items/,
    ],
    [
      "a security-group requirement without securityGroup",
      () => withReq("sg.ssh-ingress", (r) => delete r["securityGroup"]),
      /must have required property 'securityGroup'/,
    ],
    ["an ami requirement without ami", () => withReq("ami.owner-amazon", (r) => delete r["ami"]), /must have required property 'ami'/],
    [
      "a no-proxy requirement without noProxy",
      () => withReq("noproxy.internal", (r) => delete r["noProxy"]),
      /must have required property 'noProxy'/,
    ],
    [
      "an egress requirement without destinations",
      () => withReq("gitpod.management", (r) => delete r["destinations"]),
      /must have required property 'destinations'/,
    ],
    [
      "an egress requirement with an empty destination list",
      () => withReq("gitpod.management", (r) => (r["destinations"] = [])),
      /destinations must NOT have fewer than 1 items/,
    ],
    [
      "a block of another kind",
      () =>
        withReq(
          "gitpod.management",
          (r) => (r["awsApi"] = { service: "ec2", actionPrefix: "ec2:", calls: [], callsSource: "representative" }),
        ),
      /\/awsApi boolean schema is false/,
    ],
    [
      "a numeric account id",
      () => withReq("ami.owner-amazon", (r) => ((r["ami"] as Record<string, unknown>)["owner"] = 149721548608)),
      /\/ami\/owner must be string/,
    ],
    [
      "a numeric allowlisted owner",
      () => withReq("ami.allowlist-by-owner", (r) => ((r["ami"] as Record<string, unknown>)["owners"] = [149721548608, "995913728426"])),
      /\/ami\/owners\/0 must be string/,
    ],
    [
      "an 11-digit account id",
      () => withReq("ami.owner-amazon", (r) => ((r["ami"] as Record<string, unknown>)["owner"] = "14972154860")),
      /\/ami\/owner must match pattern/,
    ],
    [
      "an AMI block mixing owner and owners",
      () => withReq("ami.owner-amazon", (r) => ((r["ami"] as Record<string, unknown>)["owners"] = ["149721548608"])),
      /\/ami must match exactly one schema/,
    ],
    [
      "a destination with both host and ip",
      () => withReq("gitpod.management", (r) => (firstDest(r)["ip"] = "1.2.3.4")),
      /must match exactly one schema in oneOf/,
    ],
    [
      "a wildcard inside a host",
      () => withReq("gitpod.management", (r) => (firstDest(r)["host"] = "app.*.gitpod.io")),
      /\/host must match pattern/,
    ],
    [
      "an upper-case host",
      () => withReq("gitpod.management", (r) => (firstDest(r)["host"] = "App.gitpod.io")),
      /\/host must match pattern/,
    ],
    [
      "an invalid IPv4",
      () =>
        withReq(
          "gitpod.gateway-udp",
          (r) => (((r["destinations"] as Record<string, unknown>[])[1] as Record<string, unknown>)["ip"] = "35.171.240.256"),
        ),
      /\/ip must match pattern/,
    ],
    ["a port out of range", () => withReq("gitpod.management", (r) => (firstDest(r)["ports"] = [70000])), /must be <= 65535/],
    [
      "an unknown protocol",
      () => withReq("gitpod.management", (r) => (firstDest(r)["protocol"] = "icmp")),
      /\/protocol must be equal to one of the allowed values/,
    ],
    ["a scheme on a UDP destination", () => withReq("gitpod.gateway-udp", (r) => (firstDest(r)["scheme"] = "https")), /must NOT be valid/],
    [
      "an unknown runner",
      () => withReq("gitpod.management", (r) => (r["runners"] = ["linux"])),
      /\/runners\/0 must be equal to one of the allowed values/,
    ],
    [
      "an unknown feature",
      () => withReq("vscode.update", (r) => (r["feature"] = "vim")),
      /\/feature must be equal to one of the allowed values/,
    ],
    [
      "a NO_PROXY requirement for Standard runners",
      () => withReq("noproxy.internal", (r) => (r["runners"] = ["standard", "enterprise"])),
      /\/runners\/0 must be equal to constant/,
    ],
    [
      "a user-declared template with destinations",
      () => withReq("scm.<name>", (r) => (r["destinations"] = [{ host: "github.com", protocol: "tcp", ports: [443], documents: ["003"] }])),
      /destinations must NOT have more than 0 items/,
    ],
    [
      "a user-declared template without declaredDestination",
      () => withReq("scm.<name>", (r) => delete r["declaredDestination"]),
      /must have required property 'declaredDestination'/,
    ],
    [
      "an ingress rule without ports",
      () => withReq("sg.ssh-ingress", (r) => delete (r["securityGroup"] as Record<string, unknown>)["ports"]),
      /must have required property 'ports'/,
    ],
    [
      "a not-world limit without worldCidrs",
      () => withReq("sg.ssh-world-open", (r) => delete (r["securityGroup"] as Record<string, unknown>)["worldCidrs"]),
      /must have required property 'worldCidrs'/,
    ],
    ["an unknown field", () => withReq("gitpod.management", (r) => (r["severity"] = "error")), /must NOT have additional properties/],
    [
      "a source with a bad document key",
      () => withReq("gitpod.management", (r) => (r["sources"] = [{ document: "3", section: "x" }])),
      /\/document must match pattern/,
    ],
    [
      "a catalogue without version",
      () => {
        const c = valid();
        delete c["version"];
        return c;
      },
      /must have required property 'version'/,
    ],
    ["a non-date version", () => ({ ...valid(), version: "latest" }), /\/version must match pattern/],
  ];
  it.each(cases)("%s", (_what, make, expected) => {
    const errors = errorsOf(make());
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(expected);
  });

  it("rejects an account id that YAML reads as a number", () => {
    const yaml = catalogueText.replace('owner: "149721548608"', "owner: 149721548608");
    expect(yaml).not.toBe(catalogueText);
    expect(errorsOf(parse(yaml)).join("\n")).toMatch(/\/ami\/owner must be string/);
  });
});
