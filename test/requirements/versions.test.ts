// Catalogue versions (requirements/versions/*.yaml): each resolves to a complete catalogue that
// passes the same schema, id and seed-completeness checks as the seed version, which stays the
// default and unchanged.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { mergePatch, readCatalogues } from "../../scripts/catalogues.mjs";
import { checkAgainstSeeds, CONTRACT_IDS, loadSeeds, unresolvedSources, type CatalogueFile } from "./seed-check.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const all = readCatalogues(root);
const versions = Object.values(all.versions) as CatalogueFile[];
const newer = versions.filter((c) => c.version !== all.default);
const seedFiles = loadSeeds(join(root, "requirements", "seeds"));
const seedsOf = (c: CatalogueFile) => seedFiles.filter((s) => Object.values(c.documents).some((d) => d.file === s.file));
const requirement = (c: CatalogueFile, id: string) => c.requirements.find((r) => r.id === id)!;

describe("catalogue versions", () => {
  it("keep the seed version as the default, and have a newer latest", () => {
    const seed = parse(readFileSync(join(root, "requirements", "catalogue.yaml"), "utf8")) as CatalogueFile;
    expect(all.default).toBe(seed.version);
    expect(all.default).toBe("2026-11-01");
    expect(all.latest > all.default).toBe(true);
    expect(all.versions[all.default]).toEqual(seed);
  });

  it("list every seed file in some version", () => {
    const listed = new Set(versions.flatMap((c) => Object.values(c.documents).map((d) => d.file)));
    expect(seedFiles.map((s) => s.file).filter((f) => !listed.has(f))).toEqual([]);
  });

  describe.each(newer.map((c) => [c.version, c] as const))("%s", (_, c) => {
    it("keeps every id of the design and of its base", () => {
      const ids = c.requirements.map((r) => r.id);
      expect(CONTRACT_IDS.filter((id) => !ids.includes(id))).toEqual([]);
      const base = all.versions[c.base!] as CatalogueFile;
      expect(base.requirements.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
    });

    it("encodes every statement of its documents, and nothing else (what newer documents replace aside)", () => {
      expect(checkAgainstSeeds(c, seedsOf(c))).toEqual([]);
    });

    it("cites only its documents, at sections that exist, and every document at least once", () => {
      expect(unresolvedSources(c, seedsOf(c))).toEqual([]);
      const cited = new Set(c.requirements.flatMap((r) => r.sources.map((s) => s.document)));
      expect([...cited].sort()).toEqual(Object.keys(c.documents).sort());
    });

    it("tags gateway destinations with its regions, each region with some", () => {
      const tagged = c.requirements.flatMap((r) => (r.destinations ?? []).filter((d) => d.gatewayRegion));
      expect(c.gatewayRegions?.length).toBeGreaterThan(0);
      for (const d of tagged) expect(c.gatewayRegions).toContain(d.gatewayRegion);
      for (const region of c.gatewayRegions ?? []) expect(tagged.some((d) => d.gatewayRegion === region)).toBe(true);
    });

    it("says in the description of every requirement it changes that it changed", () => {
      const base = all.versions[c.base!] as CatalogueFile;
      for (const r of c.requirements) {
        const before = base.requirements.find((x) => x.id === r.id);
        const meaning = (x: object) => JSON.stringify({ ...x, description: "", title: "", sources: [] });
        if (before && meaning(before) !== meaning(r)) expect(r.description, r.id).toMatch(new RegExp(`Changed in ${c.version}`));
      }
    });
  });

  it("2026-12-05: two gateway regions, lighthouse names without addresses, app.ona.com, direct AWS endpoints", () => {
    const c = all.versions["2026-12-05"] as CatalogueFile;
    const https = requirement(c, "gitpod.gateway-https").destinations!;
    expect(https.map((d) => `${d.host}:${d.ports.join(",")}`)).toEqual([
      "us01.gitpod.dev:8443",
      "*.us01.gitpod.dev:443",
      "eu01.gitpod.dev:8443",
      "*.eu01.gitpod.dev:443",
    ]);
    const udp = requirement(c, "gitpod.gateway-udp").destinations!;
    expect(udp.map((d) => [d.host, d.ip, d.protocol, d.ports])).toEqual([
      ["lighthouse.us01.gitpod.dev", undefined, "udp", [4242]],
      ["lighthouse.eu01.gitpod.dev", undefined, "udp", [4242]],
    ]);
    expect(requirement(c, "gitpod.management").destinations!.map((d) => d.host)).toEqual(["app.gitpod.io", "app.ona.com"]);
    // NO_PROXY is unchanged: app.ona.com is not in it.
    expect(requirement(c, "noproxy.management")).toEqual(requirement(all.versions[all.default] as CatalogueFile, "noproxy.management"));
    const direct = c.requirements.flatMap((r) => (r.destinations ?? []).filter((d) => d.direct).map((d) => d.host));
    expect(direct.sort()).toEqual([
      "*.dkr.ecr.<region>.amazonaws.com",
      "api.ecr.<region>.amazonaws.com",
      "logs.<region>.amazonaws.com",
      "s3.<region>.amazonaws.com",
      "secretsmanager.<region>.amazonaws.com",
    ]);
  });

  it("the seed check fails on a newer version that drops an eu01 destination or keeps the five addresses", () => {
    const c = structuredClone(all.versions["2026-12-05"]) as CatalogueFile;
    const https = requirement(c, "gitpod.gateway-https");
    https.destinations = https.destinations!.filter((d) => d.gatewayRegion !== "eu01");
    expect(checkAgainstSeeds(c, seedsOf(c)).join("\n")).toMatch(/not encoded: eu01\.gitpod\.dev tcp\/8443/);
    const old = structuredClone(all.versions["2026-12-05"]) as CatalogueFile;
    requirement(old, "gitpod.gateway-udp").destinations!.push({ ip: "35.171.240.32", protocol: "udp", ports: [4242], documents: ["000"] });
    expect(checkAgainstSeeds(old, seedsOf(old)).join("\n")).toMatch(/35\.171\.240\.32 udp\/4242 is stated by no seed/);
  });
});

describe("mergePatch", () => {
  it("merges objects, replaces lists and values, and keeps null as a value", () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: [1, 2] }, e: "x" }, { b: { d: [3] }, e: null, f: true })).toEqual({
      a: 1,
      b: { c: 2, d: [3] },
      e: null,
      f: true,
    });
  });
});

describe("readCatalogues errors", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const withVersion = (name: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-catalogues-"));
    dirs.push(dir);
    cpSync(join(root, "requirements"), join(dir, "requirements"), { recursive: true });
    rmSync(join(dir, "requirements", "versions"), { recursive: true });
    cpSync(join(root, "requirements", "versions"), join(dir, "requirements", "versions"), { recursive: true });
    writeFileSync(join(dir, "requirements", "versions", name), text);
    return () => readCatalogues(dir);
  };

  it("names the file whose base does not exist", () => {
    expect(
      withVersion("2027-01-01.yaml", 'version: "2027-01-01"\nbase: "2020-01-01"\ndocuments: {}\nrequirements: [{id: aws.ec2, title: x}]\n'),
    ).toThrow(/2027-01-01\.yaml: base 2020-01-01 is neither/);
  });

  it("refuses a file named for another version, and a patch that breaks the schema", () => {
    expect(
      withVersion("2027-01-02.yaml", 'version: "2027-01-01"\nbase: "2026-11-01"\ndocuments: {}\nrequirements: [{id: aws.ec2, title: x}]\n'),
    ).toThrow(/does not match the file name/);
    expect(
      withVersion(
        "2027-01-03.yaml",
        'version: "2027-01-03"\nbase: "2026-11-01"\ndocuments: {}\nrequirements: [{id: aws.ec2, runners: [nobody]}]\n',
      ),
    ).toThrow(/2027-01-03\.yaml \(resolved\) does not match its schema/);
  });
});
