// Cross-checks the requirement catalogue against the vendor documents in requirements/seeds/.
//
// The seeds are read as markdown: every endpoint, IP, CIDR, port, NO_PROXY entry, AMI owner and
// a few requirements stated only in prose become "claims", each with the heading path (and bold
// label) it sits under. checkAgainstSeeds() then asserts, in both directions:
//   seed → catalogue: every claim is encoded (with the protocol/port the seed states) by a
//                     requirement that cites the claim's section;
//   catalogue → seed: every requirement, destination, port, path, NO_PROXY entry and AMI field is
//                     backed by a claim, and `documents` names exactly the seeds that state it;
// and sweeps the raw text so that anything endpoint-shaped the structured parsers did not
// recognize is either in the catalogue or in the commented exclusion lists below.
// It is a pure function so that tests can feed it mutated catalogues.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Destination {
  host?: string;
  ip?: string;
  cidr?: string;
  protocol: "tcp" | "udp";
  ports: number[];
  scheme?: "http" | "https";
  paths?: string[];
  images?: string[];
  gatewayRegion?: string;
  direct?: boolean;
  documents: string[];
}

export interface Requirement {
  id: string;
  kind: string;
  category: string;
  title: string;
  description: string;
  runners: string[];
  optional: boolean;
  feature: string | null;
  userDeclared: boolean;
  sources: { document: string; section: string }[];
  destinations?: Destination[];
  coveredBy?: Destination[];
  linkLocal?: boolean;
  declaredDestination?: { protocol: string; ports: number[]; scheme?: string };
  examples?: string[];
  suggestedHosts?: string[];
  awsApi?: { service: string; actionPrefix: string; calls: { action: string; resources: string[] }[]; callsSource: string };
  noProxy?: { entry: string; covers: { domainSuffix?: string; cidr?: string; samples?: string[]; host?: string; port?: number } };
  securityGroup?: {
    direction: string;
    appliesTo: string;
    protocol?: string;
    ports?: number[];
    scheme?: string;
    peer: string;
    expectation: string;
    worldCidrs?: string[];
    flowsFrom?: string[];
  };
  ami?: {
    owner?: string;
    ownerAlias?: string;
    ownerName?: string;
    name?: string;
    describeImagesFilter?: string;
    purpose: string;
    owners?: string[];
    allowBy?: string;
  };
}

export interface Supersession {
  document: string;
  section: string;
  endpoints?: string[];
  by: string;
  why: string;
}

export interface CatalogueFile {
  version: string;
  base?: string;
  gatewayRegions?: string[];
  documents: Record<string, { file: string; title: string; url: string }>;
  /** Newer versions: statements of older documents their own documents replace (not held against the catalogue). */
  supersedes?: Supersession[];
  requirements: Requirement[];
}

export interface Seed {
  key: string;
  file: string;
  text: string;
}

export function loadSeeds(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ key: file.slice(0, 3), file, text: readFileSync(join(dir, file), "utf8") }));
}

/**
 * The catalogue ids the design fixes ("Requirement catalogue ids"): users reference them in
 * suppressions, so none may disappear or change spelling. New requirements need no entry here.
 */
export const CONTRACT_IDS = [
  // egress
  "gitpod.management",
  "gitpod.gateway-https",
  "gitpod.gateway-udp",
  "gitpod.releases",
  "vscode.update",
  "vscode.unpkg",
  "vscode.marketplace",
  "vscode.assets",
  "jetbrains.download",
  "jetbrains.services",
  "registry.ecr-public",
  "registry.mcr",
  "aws.ec2",
  "aws.ecr",
  "aws.s3",
  "aws.ssm",
  "aws.sts",
  "aws.dynamodb",
  "aws.cloudformation",
  "aws.secretsmanager",
  "aws.logs",
  "aws.elasticloadbalancing",
  "aws.acm",
  "aws.imds",
  // user-declared
  "scm.<name>",
  "sso.<name>",
  "metrics.prometheus",
  "registry.<name>",
  // NO_PROXY (Enterprise runner with a proxy)
  "noproxy.internal",
  "noproxy.link-local",
  "noproxy.management",
  "noproxy.amazonaws",
  // security groups
  "sg.ssh-ingress",
  "sg.runner-ingress",
  "sg.egress",
  "sg.runner-port-exposed",
  "sg.healthcheck-exposed",
  "sg.ssh-world-open",
  // AMIs
  "ami.owner-amazon",
  "ami.owner-gitpod",
  "ami.allowlist-by-owner",
];

// ───────────────────────────────────────────── exclusions ──
// Everything below looks like an endpoint but is not a requirement. Each entry says why.

/** URLs in the seeds that are not endpoints the runner needs. */
export const EXCLUDED_URLS: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^https:\/\/www\.gitpod\.io\/images\//, why: "illustrations embedded in the docs page (<img src>)" },
  { pattern: /^https:\/\/docs\.aws\.amazon\.com\//, why: "link to AWS documentation (auto-assign public IP)" },
];

/** Host-shaped tokens in the seeds that are not endpoints. */
export const EXCLUDED_TOKENS: ReadonlyMap<string, string> = new Map([
  // 003 "SSH Domain Aliases": names that exist only in the user's SSH config.
  ["gitpod.remote", "SSH alias domain, not an internet domain"],
  ["gitpod.environment", "SSH alias domain, not an internet domain"],
  ["<workspace-id>.gitpod.remote", "SSH alias pattern"],
  ["<workspace-id>.gitpod.environment", "SSH alias pattern"],
  ["abc123.gitpod.remote", "example SSH alias"],
  // 003 "SSH Domain Aliases": an example of an EC2 public DNS name, to contrast with the aliases.
  ["ec2-18-184-202-80.region.compute.amazonaws.com", "example EC2 hostname"],
]);

/** Catalogue values that no seed states, on purpose. */
export const UNBACKED_CATALOGUE_VALUES: ReadonlyMap<string, string> = new Map([
  ["169.254.170.2", "noproxy.link-local sample: the ECS task metadata/credentials endpoint, also inside 169.254.0.0/16"],
  ["::/0", "sg.ssh-world-open: the IPv6 equivalent of the seed's 0.0.0.0/0"],
]);

// ───────────────────────────────────────────── statements without tokens ──
// Requirements the seeds state only in prose. Each must be cited by the listed requirements at the
// section the sentence sits in, and satisfy `check` where given.
export interface ProseClaim {
  document: string;
  pattern: RegExp;
  ids: string[];
  /** Must hold for every listed requirement; gets the seed line too. */
  check?: (r: Requirement, line: string) => boolean;
  why: string;
}

const enterpriseOnly = (r: Requirement) => r.runners.length === 1 && r.runners[0] === "enterprise";
const regionsOf = (r: Requirement) => new Set((r.destinations ?? []).map((d) => d.gatewayRegion));
const directFrom = (doc: string) => (r: Requirement) =>
  (r.destinations ?? []).filter((d) => d.documents.includes(doc)).every((d) => d.direct === true);
const notEnterprise = (r: Requirement) => !r.runners.includes("enterprise");
const bothRunners = (r: Requirement) => r.runners.includes("standard") && r.runners.includes("enterprise");

export const PROSE_CLAIMS: readonly ProseClaim[] = [
  { document: "000", pattern: /\*\*Outbound:\*\* All traffic to required endpoints/, ids: ["sg.egress"], why: "default SG egress" },
  { document: "000", pattern: /Allow all outbound traffic to the endpoints listed/, ids: ["sg.egress"], why: "custom SG egress" },
  {
    document: "000",
    pattern: /restrict access further \(recommended for production\)/,
    ids: ["sg.ssh-world-open"],
    why: "production SGs should not keep the template's 0.0.0.0/0",
  },
  {
    document: "003",
    pattern: /allow outbound connections to these endpoints/,
    ids: ["sg.egress"],
    check: bothRunners,
    why: "003 asks for the egress in firewalls and security groups, for every runner",
  },
  {
    document: "003",
    pattern: /Not required for Enterprise runners/,
    ids: ["gitpod.gateway-https", "gitpod.gateway-udp"],
    check: notEnterprise,
    why: "the gateway is Standard-only",
  },
  {
    document: "010",
    pattern: /Not required for Enterprise runners/,
    ids: ["gitpod.gateway-https", "gitpod.gateway-udp"],
    check: notEnterprise,
    why: "the gateway is Standard-only",
  },
  {
    document: "010",
    pattern: /Runners automatically select the optimal gateway \(EU or US\)/,
    ids: ["gitpod.gateway-https", "gitpod.gateway-udp"],
    check: (r) => regionsOf(r).size >= 2 && !regionsOf(r).has(undefined),
    why: "the runner may pick either region, so every destination names its region",
  },
  {
    document: "012",
    pattern: /These connections must be \*\*direct TCP\*\*/,
    ids: ["aws.secretsmanager", "aws.logs", "aws.ecr", "aws.s3"],
    check: directFrom("012"),
    why: "the runner dials 012's endpoints directly, bypassing any proxy",
  },
  {
    document: "003",
    pattern: /Enterprise runners support HTTP proxy configuration/,
    ids: ["noproxy.internal", "noproxy.link-local", "noproxy.management", "noproxy.amazonaws"],
    check: enterpriseOnly,
    why: "NO_PROXY applies to Enterprise runners with a proxy",
  },
  {
    document: "003",
    pattern: /Both Standard and Enterprise AWS runners require access to specific AMIs/,
    ids: ["ami.owner-amazon", "ami.owner-gitpod"],
    check: bothRunners,
    why: "AMI owners apply to both runner kinds",
  },
  {
    document: "003",
    pattern: /We recommend allowing access by \*\*Owner Account ID\*\* rather than specific AMI ID/,
    ids: ["ami.allowlist-by-owner"],
    check: (r) => r.ami?.allowBy === "owner-account",
    why: "allowlist by owner, not AMI id",
  },
  {
    document: "003",
    pattern: /\*\*Include both accounts\*\*/,
    ids: ["ami.allowlist-by-owner"],
    check: (r, line) => [...line.matchAll(/\d{12}/g)].every((m) => (r.ami?.owners ?? []).includes(m[0])),
    why: "both owners of the sentence are allowlisted",
  },
];

/** Lines and table rows naming user-declared endpoints (hosts come from the user's config). */
export const USER_DECLARED_ENTRIES: readonly { text: string; id: string }[] = [
  { text: "SCM Services", id: "scm.<name>" },
  { text: "(optional) Prometheus Remote write", id: "metrics.prometheus" },
  { text: "(optional) Container Registries", id: "registry.<name>" },
  { text: "GitHub, GitLab, Bitbucket URLs", id: "scm.<name>" },
  { text: "SSO provider URLs (Okta, Azure AD, etc.)", id: "sso.<name>" },
  { text: "Your metrics endpoint URL (HTTPS 443)", id: "metrics.prometheus" },
  { text: "Your private registry URLs (HTTPS 443)", id: "registry.<name>" },
];

/** A bold label introducing hosts that are suggestions, not requirements. */
const SUGGESTION_LABEL = /^Common registries/;

// ───────────────────────────────────────────── markdown walking ──

export interface Context {
  /** Heading titles from the top-level title down. */
  path: string[];
  /** The last bold label line ("**User Access:**", "2. **AMI Access** - ...") in this section. */
  label: string | undefined;
  inCode: boolean;
  lineNo: number;
}

export function* walk(text: string): Generator<{ line: string; ctx: Context }> {
  const stack: { level: number; title: string }[] = [];
  let label: string | undefined;
  let inCode = false;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    if (trimmed.startsWith("```")) {
      inCode = !inCode;
    } else if (!inCode) {
      const h = /^(#{1,6})\s+(.+?)\s*$/.exec(line);
      if (h) {
        const level = (h[1] ?? "").length;
        while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
        stack.push({ level, title: h[2] ?? "" });
        label = undefined;
      } else {
        const l = /^(?:\d+\.\s+)?\*\*([^*]+?)\*\*/.exec(trimmed);
        if (l) label = (l[1] ?? "").replace(/:\s*$/, "").trim();
      }
    }
    yield { line, ctx: { path: stack.map((s) => s.title), label, inCode, lineNo: i + 1 } };
  }
}

const isSuffix = (suffix: string[], whole: string[]) =>
  suffix.length > 0 && suffix.length <= whole.length && suffix.every((s, i) => whole[whole.length - suffix.length + i] === s);

const segments = (section: string) => section.split(" > ").map((s) => s.trim());

/** Whether `section` names a heading path (suffix) of the seed, or a bold label inside one. */
export function resolveSection(text: string, section: string): boolean {
  const segs = segments(section);
  for (const { ctx } of walk(text)) {
    if (isSuffix(segs, ctx.path)) return true;
    if (ctx.label !== undefined && segs.length > 1 && isSuffix(segs, [...ctx.path, ctx.label])) return true;
  }
  return false;
}

function cites(r: Requirement, document: string, ctx: Context): boolean {
  return r.sources.some((s) => {
    if (s.document !== document) return false;
    const segs = segments(s.section);
    return isSuffix(segs, ctx.path) || (ctx.label !== undefined && isSuffix(segs, [...ctx.path, ctx.label]));
  });
}

/** Sources (and supersessions) that name a document the seeds lack, or a section it does not have. */
export function unresolvedSources(cat: CatalogueFile, seeds: Seed[]): string[] {
  const out: string[] = [];
  const check = (who: string, document: string, section: string) => {
    const seed = seeds.find((x) => x.key === document);
    if (!seed) out.push(`${who}: unknown document ${document}`);
    else if (!resolveSection(seed.text, section)) out.push(`${who}: ${document} has no section "${section}"`);
  };
  for (const r of cat.requirements) for (const s of r.sources) check(r.id, s.document, s.section);
  for (const s of cat.supersedes ?? []) check("supersedes", s.document, s.section);
  return out;
}

const where = (doc: string, ctx: Context) =>
  `${doc}:${ctx.lineNo} (${[...ctx.path.slice(1), ...(ctx.label ? [ctx.label] : [])].join(" > ")})`;

// ───────────────────────────────────────────── claims ──

type Claim = { document: string; ctx: Context; source: string } & (
  | {
      type: "flow";
      host?: string;
      ip?: string;
      protocol: "tcp" | "udp";
      port: number;
      scheme?: "http" | "https";
      path?: string;
      optional?: boolean;
      enterpriseOnly?: boolean;
    }
  | { type: "suggested"; host: string }
  | { type: "user-declared"; id: string; port?: number; protocol?: "tcp" | "udp"; optional: boolean }
  | { type: "sg-port"; port: number; protocol: "tcp" | "udp"; scheme?: "http" }
  | { type: "world-cidr"; cidr: string }
  | { type: "no-proxy"; entry: string }
  | { type: "ami-row"; name: string; owner: string; ownerName: string; purpose: string }
  | { type: "ami-owner"; owner: string }
  | { type: "ami-filter"; owner: string; filter: string }
  | { type: "prose"; claim: ProseClaim }
);

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const URL_RE = /^(https?):\/\/([^/:\s]+)(?::(\d+))?(\/\S*)?$/;
const cell = (s: string) => s.trim().replace(/^`(.*)`$/, "$1");

function parseEndpoint(token: string): { host?: string; ip?: string; path?: string } {
  const slash = token.indexOf("/");
  const name = slash < 0 ? token : token.slice(0, slash);
  const path = slash < 0 ? undefined : token.slice(slash);
  const base = IPV4.test(name) ? { ip: name } : { host: name.toLowerCase() };
  return path === undefined ? base : { ...base, path };
}

function tableRows(lines: { line: string; ctx: Context }[], start: number) {
  const header = (lines[start]?.line ?? "")
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim());
  const rows: { cells: Record<string, string>; line: string; ctx: Context }[] = [];
  let i = start + 2; // skip the separator row
  for (; i < lines.length && (lines[i]?.line ?? "").trim().startsWith("|"); i++) {
    const entry = lines[i];
    if (!entry) break;
    const cells = entry.line.trim().split("|").slice(1, -1);
    rows.push({ cells: Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? "").trim()])), line: entry.line, ctx: entry.ctx });
  }
  return { header, rows, end: i };
}

/** Reads every claim out of one seed. Lines it cannot interpret become problems. */
export function claimsOf(seed: Seed): { claims: Claim[]; problems: string[] } {
  const claims: Claim[] = [];
  const problems: string[] = [];
  const lines = [...walk(seed.text)];
  const base = (ctx: Context, line: string) => ({ document: seed.key, ctx, source: line.trim() });
  let pendingEndpoint: { ip: string } | undefined;
  // "... over HTTPS (port 443):" introducing a table without protocol and port columns (012).
  let over: { scheme: "http" | "https"; port: number; section: string } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const entry = lines[i];
    if (!entry) continue;
    const { line, ctx } = entry;
    const t = line.trim();
    const o = /\bover (HTTPS|HTTP) \(port (\d+)\)/i.exec(t);
    if (o) over = { scheme: (o[1] ?? "").toLowerCase() as "http" | "https", port: Number(o[2]), section: ctx.path.join(" > ") };

    // Tables: the outbound endpoint tables and the AMI table.
    if (!ctx.inCode && t.startsWith("|") && (lines[i + 1]?.line ?? "").trim().startsWith("| --")) {
      const { header, rows, end } = tableRows(lines, i);
      if (header.includes("Endpoint") && header.includes("Protocol") && header.includes("Port")) {
        for (const row of rows) {
          const raw = row.cells["Endpoint"] ?? "";
          const proto = (row.cells["Protocol"] ?? "").toUpperCase();
          const ports = (row.cells["Port"] ?? "").split(",").map((p) => Number(p.trim()));
          const protocol = proto === "UDP" ? "udp" : "tcp";
          const scheme = proto === "HTTPS" ? "https" : proto === "HTTP" ? "http" : undefined;
          if (!["UDP", "TCP", "HTTPS", "HTTP"].includes(proto) || ports.some((p) => !Number.isInteger(p))) {
            problems.push(`${where(seed.key, row.ctx)}: cannot read protocol/port of row: ${row.line.trim()}`);
            continue;
          }
          if (/^`.*`$/.test(raw)) {
            const ep = parseEndpoint(cell(raw));
            for (const port of ports)
              claims.push({ ...base(row.ctx, row.line), type: "flow", ...ep, protocol, port, ...(scheme ? { scheme } : {}) });
          } else {
            const ud = USER_DECLARED_ENTRIES.find((u) => u.text === raw);
            if (!ud) problems.push(`${where(seed.key, row.ctx)}: table row is neither an endpoint nor a known user-declared entry: ${raw}`);
            else
              for (const port of ports)
                claims.push({
                  ...base(row.ctx, row.line),
                  type: "user-declared",
                  id: ud.id,
                  port,
                  protocol,
                  optional: raw.startsWith("(optional)"),
                });
          }
        }
      } else if (header.includes("Endpoint") && header.includes("Service")) {
        // Endpoints only: the protocol and port are the sentence that introduces the table.
        if (!over || over.section !== ctx.path.join(" > "))
          problems.push(`${where(seed.key, ctx)}: endpoint table without "over HTTPS (port N)"`);
        else
          for (const row of rows)
            claims.push({
              ...base(row.ctx, row.line),
              type: "flow",
              ...parseEndpoint(cell(row.cells["Endpoint"] ?? "")),
              protocol: "tcp",
              port: over.port,
              scheme: over.scheme,
            });
      } else if (header.includes("AMI Name") && header.includes("Owner Account ID")) {
        for (const row of rows)
          claims.push({
            ...base(row.ctx, row.line),
            type: "ami-row",
            name: cell(row.cells["AMI Name"] ?? ""),
            owner: cell(row.cells["Owner Account ID"] ?? ""),
            ownerName: cell(row.cells["Owner"] ?? ""),
            purpose: cell(row.cells["Purpose"] ?? ""),
          });
      } else {
        problems.push(`${where(seed.key, ctx)}: unknown table (header: ${header.join(", ")})`);
      }
      i = end - 1;
      continue;
    }

    // `aws ec2 describe-images ... --owners N --filters "Name=name,Values=F"` (003 Testing AMI Access).
    for (const m of t.matchAll(/--owners (\d{12}) --filters "Name=name,Values=([^"]+)"/g))
      claims.push({ ...base(ctx, line), type: "ami-filter", owner: m[1] ?? "", filter: m[2] ?? "" });

    // Twelve-digit account ids outside tables.
    for (const m of t.matchAll(/\b(\d{12})\b/g)) claims.push({ ...base(ctx, line), type: "ami-owner", owner: m[1] ?? "" });

    // NO_PROXY entries: the backticked values of the sentence that names the NO_PROXY list.
    if (/NO\\?_PROXY/.test(t))
      for (const m of t.matchAll(/`([^`]+)`/g)) claims.push({ ...base(ctx, line), type: "no-proxy", entry: m[1] ?? "" });

    // Security-group ports: "Port 29222 (TCP)", "Port 22999 (HTTP)".
    // A CIDR in parentheses on such a line is the source the default group opens the port to.
    const portMatches = [...t.matchAll(/\bPort (\d+) \((TCP|UDP|HTTP)\)/g)];
    for (const m of portMatches) {
      const kind = m[2] ?? "";
      claims.push({
        ...base(ctx, line),
        type: "sg-port",
        port: Number(m[1]),
        protocol: kind === "UDP" ? "udp" : "tcp",
        ...(kind === "HTTP" ? { scheme: "http" as const } : {}),
      });
    }
    if (portMatches.length)
      for (const c of t.matchAll(/\((\d+\.\d+\.\d+\.\d+\/\d+)\)/g))
        claims.push({ ...base(ctx, line), type: "world-cidr", cidr: c[1] ?? "" });

    // Instance metadata: "**Endpoint**: `ip`" followed by "**Protocol**: HTTP (80)".
    const ep = /^\* \*\*Endpoint\*\*: `([^`]+)`$/.exec(t);
    if (ep) pendingEndpoint = { ip: ep[1] ?? "" };
    const pr = /^\* \*\*Protocol\*\*: (HTTPS?|UDP|TCP) \((\d+)\)$/.exec(t);
    if (pr) {
      if (!pendingEndpoint) problems.push(`${where(seed.key, ctx)}: Protocol line without an Endpoint line`);
      else {
        const p = pr[1] ?? "";
        claims.push({
          ...base(ctx, line),
          type: "flow",
          ip: pendingEndpoint.ip,
          protocol: p === "UDP" ? "udp" : "tcp",
          port: Number(pr[2]),
          ...(p.startsWith("HTTP") ? { scheme: p.toLowerCase() as "http" | "https" } : {}),
        });
        pendingEndpoint = undefined;
      }
    }

    // List items: "* `https://host[:port][/path]` (qualifier)", "* `1.2.3.4`", user-declared lines.
    const li = /^\* (.+)$/.exec(t);
    if (li && !ctx.inCode) {
      const item = li[1] ?? "";
      const bt = /^`([^`]+)`(?:\s+\((optional|Enterprise runners only)\))?$/.exec(item);
      const ud = USER_DECLARED_ENTRIES.find((u) => u.text === item);
      if (bt) {
        const token = bt[1] ?? "";
        const qualifier = bt[2];
        const flags = {
          ...(qualifier === "optional" ? { optional: true } : {}),
          ...(qualifier === "Enterprise runners only" ? { enterpriseOnly: true } : {}),
        };
        const u = URL_RE.exec(token);
        const labelProto = /^(HTTPS|HTTP|UDP|TCP) \(Port (\d+)\)$/.exec(ctx.label ?? "");
        // "host:port" under a bare "UDP:" or "TCP:" label (010's lighthouse names).
        const hostPort = /^([*a-z0-9<>.-]+\.[a-z]+):(\d+)$/i.exec(token);
        const labelTransport = /^(UDP|TCP)$/.exec(ctx.label ?? "");
        if (u) {
          const scheme = (u[1] ?? "") as "http" | "https";
          const host = (u[2] ?? "").toLowerCase();
          const port = u[3] ? Number(u[3]) : labelProto ? Number(labelProto[2]) : scheme === "https" ? 443 : 80;
          if (ctx.label !== undefined && SUGGESTION_LABEL.test(ctx.label)) {
            if (u[4]) problems.push(`${where(seed.key, ctx)}: suggested registry with a path: ${token}`);
            claims.push({ ...base(ctx, line), type: "suggested", host });
          } else {
            claims.push({
              ...base(ctx, line),
              type: "flow",
              host,
              protocol: "tcp",
              port,
              scheme,
              ...(u[4] ? { path: u[4] } : {}),
              ...flags,
            });
          }
        } else if (hostPort && labelTransport) {
          claims.push({
            ...base(ctx, line),
            type: "flow",
            ...parseEndpoint(hostPort[1] ?? ""),
            protocol: labelTransport[1] === "UDP" ? "udp" : "tcp",
            port: Number(hostPort[2]),
            ...flags,
          });
        } else if (IPV4.test(token) || /^[*a-z0-9<>.-]+\.[a-z]+$/i.test(token)) {
          if (!labelProto) problems.push(`${where(seed.key, ctx)}: endpoint without a protocol/port context: ${token}`);
          else {
            const p = labelProto[1] ?? "";
            claims.push({
              ...base(ctx, line),
              type: "flow",
              ...parseEndpoint(token),
              protocol: p === "UDP" ? "udp" : "tcp",
              port: Number(labelProto[2]),
              ...(p.startsWith("HTTP") ? { scheme: p.toLowerCase() as "http" | "https" } : {}),
              ...flags,
            });
          }
        } else if (!EXCLUDED_TOKENS.has(token)) {
          problems.push(`${where(seed.key, ctx)}: unrecognized backticked list item: ${item}`);
        }
      } else if (ud) {
        const hp = /\((HTTPS|HTTP) (\d+)\)/.exec(item);
        claims.push({
          ...base(ctx, line),
          type: "user-declared",
          id: ud.id,
          optional: false,
          ...(hp ? { port: Number(hp[2]), protocol: "tcp" as const } : {}),
        });
      }
    }

    for (const p of PROSE_CLAIMS)
      if (p.document === seed.key && p.pattern.test(t)) claims.push({ ...base(ctx, line), type: "prose", claim: p });
  }
  for (const p of PROSE_CLAIMS)
    if (p.document === seed.key && !claims.some((c) => c.type === "prose" && c.claim === p))
      problems.push(`${seed.key}: prose claim not found in the seed (update PROSE_CLAIMS): ${p.pattern}`);
  return { claims, problems };
}

// ───────────────────────────────────────────── matching ──

function flowsOf(r: Requirement): Destination[] {
  return [...(r.destinations ?? []), ...(r.coveredBy ?? [])];
}

function destinationMatches(d: Destination, c: Extract<Claim, { type: "flow" }>): boolean {
  if (c.host !== undefined ? d.host !== c.host : d.ip !== c.ip) return false;
  if (d.protocol !== c.protocol || !d.ports.includes(c.port)) return false;
  if (c.scheme !== undefined && d.scheme !== c.scheme) return false;
  if (c.path !== undefined && !(d.paths ?? []).includes(c.path) && !(d.images ?? []).includes(c.path.slice(1))) return false;
  return true;
}

/** The requirements whose data encode the claim (without looking at their sources). */
function encoders(reqs: Requirement[], c: Claim): Requirement[] {
  switch (c.type) {
    case "flow":
      return reqs.filter(
        (r) =>
          flowsOf(r).some((d) => destinationMatches(d, c)) &&
          (c.optional === undefined || r.optional === c.optional) &&
          (c.enterpriseOnly === undefined || enterpriseOnly(r)),
      );
    case "suggested":
      return reqs.filter((r) => (r.suggestedHosts ?? []).includes(c.host));
    case "user-declared":
      return reqs.filter(
        (r) =>
          r.id === c.id &&
          r.userDeclared &&
          (!c.optional || r.optional) &&
          (c.port === undefined || (r.declaredDestination?.ports.includes(c.port) && r.declaredDestination.protocol === c.protocol)),
      );
    case "sg-port":
      return reqs.filter(
        (r) =>
          r.securityGroup?.ports?.includes(c.port) &&
          r.securityGroup.protocol === c.protocol &&
          (c.scheme === undefined || r.securityGroup.scheme === c.scheme),
      );
    case "world-cidr":
      return reqs.filter((r) => (r.securityGroup?.worldCidrs ?? []).includes(c.cidr));
    case "no-proxy":
      return reqs.filter((r) => r.noProxy?.entry === c.entry);
    case "ami-row":
      return reqs.filter(
        (r) => r.ami?.owner === c.owner && r.ami.name === c.name && r.ami.ownerName === c.ownerName && r.ami.purpose === c.purpose,
      );
    case "ami-owner":
      return reqs.filter((r) => r.ami?.owner === c.owner || (r.ami?.owners ?? []).includes(c.owner));
    case "ami-filter":
      return reqs.filter((r) => r.ami?.owner === c.owner && r.ami.describeImagesFilter === c.filter);
    case "prose":
      return reqs.filter((r) => c.claim.ids.includes(r.id) && (c.claim.check?.(r, c.source) ?? true));
  }
}

function describeClaim(c: Claim): string {
  switch (c.type) {
    case "flow":
      return `${c.host ?? c.ip}${c.path ?? ""} ${c.protocol}/${c.port}${c.scheme ? ` ${c.scheme}` : ""}${c.optional ? " (optional)" : ""}${c.enterpriseOnly ? " (enterprise only)" : ""}`;
    case "suggested":
      return `suggested host ${c.host}`;
    case "user-declared":
      return `user-declared ${c.id}${c.port ? ` ${c.protocol}/${c.port}` : ""}`;
    case "sg-port":
      return `security-group port ${c.protocol}/${c.port}${c.scheme ? ` ${c.scheme}` : ""}`;
    case "world-cidr":
      return `world CIDR ${c.cidr}`;
    case "no-proxy":
      return `NO_PROXY entry ${c.entry}`;
    case "ami-row":
      return `AMI ${c.name} owner ${c.owner} (${c.ownerName}, ${c.purpose})`;
    case "ami-owner":
      return `AMI owner ${c.owner}`;
    case "ami-filter":
      return `describe-images filter ${c.filter} for owner ${c.owner}`;
    case "prose":
      return `"${c.source}" (${c.claim.why}) for ${c.claim.ids.join(", ")}`;
  }
}

// ───────────────────────────────────────────── sweep ──

export interface Known {
  strings: Set<string>;
  ports: Set<number>;
}

export function knownValues(cat: CatalogueFile): Known {
  const strings = new Set<string>();
  const ports = new Set<number>();
  for (const r of cat.requirements) {
    for (const d of flowsOf(r)) {
      const name = d.host ?? d.ip ?? d.cidr ?? "";
      strings.add(name);
      for (const p of d.paths ?? []) strings.add(name + p);
      for (const img of d.images ?? []) strings.add(`${name}/${img}`);
      d.ports.forEach((p) => ports.add(p));
    }
    r.declaredDestination?.ports.forEach((p) => ports.add(p));
    (r.suggestedHosts ?? []).forEach((h) => strings.add(h));
    if (r.noProxy) {
      strings.add(r.noProxy.entry);
      const c = r.noProxy.covers;
      [c.cidr, c.host, c.domainSuffix, ...(c.samples ?? [])].forEach((v) => v !== undefined && strings.add(v));
      if (c.port !== undefined) ports.add(c.port);
    }
    r.securityGroup?.ports?.forEach((p) => ports.add(p));
    (r.securityGroup?.worldCidrs ?? []).forEach((c) => strings.add(c));
    const a = r.ami;
    if (a) [a.owner, a.name, a.describeImagesFilter, ...(a.owners ?? [])].forEach((v) => v !== undefined && strings.add(v));
  }
  return { strings, ports };
}

/** Everything endpoint-shaped in a seed that is neither in the catalogue nor excluded. */
export function sweep(seed: Seed, known: Known): string[] {
  const out: string[] = [];
  let text = seed.text;
  for (const m of seed.text.matchAll(/https?:\/\/[^\s`)"'\]]+/g)) {
    const url = (m[0] ?? "").replace(/[.,;:]+$/, "");
    text = text.replace(url, " ");
    if (EXCLUDED_URLS.some((e) => e.pattern.test(url))) continue;
    const u = URL_RE.exec(url);
    if (!u) {
      out.push(`unparseable URL ${url}`);
      continue;
    }
    const host = (u[2] ?? "").toLowerCase();
    if (!known.strings.has(host + (u[4] ?? ""))) out.push(`URL ${url}`);
    if (u[3] && !known.ports.has(Number(u[3]))) out.push(`port ${u[3]} of ${url}`);
  }
  for (const m of text.matchAll(/\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?/g)) if (!known.strings.has(m[0])) out.push(`address ${m[0]}`);
  for (const m of text.matchAll(/(?:\*\.|\.)?(?:[a-z0-9<>_-]+\.)+[a-z][a-z0-9-]*[a-z0-9](?:\/[^\s`|)]*)?/gi)) {
    const token = m[0];
    if (!known.strings.has(token) && !known.strings.has(token.toLowerCase()) && !EXCLUDED_TOKENS.has(token)) out.push(`host ${token}`);
  }
  for (const m of text.matchAll(/\b\d{12}\b/g)) if (!known.strings.has(m[0])) out.push(`account ${m[0]}`);
  const portPatterns = [/\bPort (\d+)/g, /\bHTTPS? \(?(\d{2,5})\)?/g, /\|\s*(\d{2,5}(?:,\s*\d{2,5})*)\s*\|\s*$/gm];
  for (const re of portPatterns)
    for (const m of text.matchAll(re))
      for (const p of (m[1] ?? "").split(",")) if (!known.ports.has(Number(p.trim()))) out.push(`port ${p.trim()} ("${m[0].trim()}")`);
  return out;
}

// ───────────────────────────────────────────── supersession ──

/** Whether a statement at ctx (naming `endpoint`, if any) is one a newer document replaces. */
function superseded(cat: CatalogueFile, document: string, ctx: Context, endpoint: string | undefined, line: string): boolean {
  return (cat.supersedes ?? []).some((s) => {
    if (s.document !== document) return false;
    const segs = segments(s.section);
    if (!isSuffix(segs, ctx.path) && !(ctx.label !== undefined && isSuffix(segs, [...ctx.path, ctx.label]))) return false;
    if (!s.endpoints) return true;
    return endpoint !== undefined ? s.endpoints.includes(endpoint) : s.endpoints.some((e) => line.includes(e));
  });
}

/** The seed with the lines a newer document replaces blanked (line numbers kept), for the sweep. */
function withoutSuperseded(cat: CatalogueFile, seed: Seed): Seed {
  if (!(cat.supersedes ?? []).some((s) => s.document === seed.key)) return seed;
  const lines = [...walk(seed.text)].map(({ line, ctx }) => (superseded(cat, seed.key, ctx, undefined, line) ? "" : line));
  return { ...seed, text: lines.join("\n") };
}

// ───────────────────────────────────────────── the check ──

/** Every disagreement between the catalogue and the seeds; empty when the catalogue is complete. */
export function checkAgainstSeeds(cat: CatalogueFile, seeds: Seed[]): string[] {
  const problems: string[] = [];
  const reqs = cat.requirements;
  const docKey = new Map(Object.entries(cat.documents).map(([k, d]) => [d.file, k]));
  const all: Claim[] = [];

  for (const seed of seeds) {
    if (!docKey.has(seed.file)) problems.push(`seed ${seed.file} is not listed under documents`);
    const { claims, problems: p } = claimsOf(seed);
    problems.push(...p);
    all.push(...claims.filter((c) => !superseded(cat, c.document, c.ctx, c.type === "flow" ? (c.host ?? c.ip) : undefined, c.source)));
    problems.push(
      ...sweep(withoutSuperseded(cat, seed), knownValues(cat)).map((s) => `${seed.key}: not in the catalogue and not excluded: ${s}`),
    );
  }

  // seed → catalogue
  const backing = new Map<Requirement, Claim[]>();
  for (const c of all) {
    const enc = encoders(reqs, c);
    if (enc.length === 0) {
      problems.push(`${where(c.document, c.ctx)}: not encoded: ${describeClaim(c)}`);
      continue;
    }
    const citing = enc.filter((r) => cites(r, c.document, c.ctx));
    if (citing.length === 0) {
      problems.push(
        `${where(c.document, c.ctx)}: ${describeClaim(c)} is encoded by ${enc.map((r) => r.id).join(", ")} without citing this section`,
      );
      continue;
    }
    // A prose claim binds every listed requirement.
    if (c.type === "prose")
      for (const id of c.claim.ids)
        if (!citing.some((r) => r.id === id))
          problems.push(`${where(c.document, c.ctx)}: ${id} must cite this section and satisfy: ${c.claim.why}`);
    for (const r of citing) backing.set(r, [...(backing.get(r) ?? []), c]);
  }

  // catalogue → seed
  const flowClaims = all.filter((c): c is Extract<Claim, { type: "flow" }> => c.type === "flow");
  for (const r of reqs) {
    if (!backing.has(r)) problems.push(`${r.id}: no seed statement backs this requirement (or it cites none of them)`);
    for (const [field, list] of [
      ["destinations", r.destinations ?? []],
      ["coveredBy", r.coveredBy ?? []],
    ] as const) {
      for (const d of list) {
        const name = d.host ?? d.ip ?? d.cidr ?? "?";
        const claimed = flowClaims.filter((c) => (c.host ?? c.ip) === name && c.protocol === d.protocol);
        for (const port of d.ports)
          if (!claimed.some((c) => c.port === port)) problems.push(`${r.id}.${field}: ${name} ${d.protocol}/${port} is stated by no seed`);
        for (const p of d.paths ?? [])
          if (!claimed.some((c) => c.path === p)) problems.push(`${r.id}.${field}: path ${name}${p} is stated by no seed`);
        for (const img of d.images ?? [])
          if (!claimed.some((c) => c.path === `/${img}`)) problems.push(`${r.id}.${field}: image ${name}/${img} is stated by no seed`);
        const stating = new Set(claimed.filter((c) => destinationMatches(d, c)).map((c) => c.document));
        const declared = new Set(d.documents);
        if ([...stating].sort().join() !== [...declared].sort().join())
          problems.push(
            `${r.id}.${field}: ${name} ${d.protocol} documents should be [${[...stating].sort().join(", ")}], is [${d.documents.join(", ")}]`,
          );
      }
    }
    for (const h of r.suggestedHosts ?? [])
      if (!all.some((c) => c.type === "suggested" && c.host === h)) problems.push(`${r.id}: suggested host ${h} is stated by no seed`);
    if (r.noProxy && !all.some((c) => c.type === "no-proxy" && c.entry === r.noProxy?.entry))
      problems.push(`${r.id}: NO_PROXY entry ${r.noProxy.entry} is stated by no seed`);
    for (const p of r.securityGroup?.ports ?? [])
      if (!all.some((c) => c.type === "sg-port" && c.port === p)) problems.push(`${r.id}: security-group port ${p} is stated by no seed`);
    for (const w of r.securityGroup?.worldCidrs ?? [])
      if (!UNBACKED_CATALOGUE_VALUES.has(w) && !all.some((c) => c.type === "world-cidr" && c.cidr === w))
        problems.push(`${r.id}: world CIDR ${w} is stated by no seed`);
    const a = r.ami;
    if (a?.owner !== undefined && !all.some((c) => c.type === "ami-row" && c.owner === a.owner && c.name === a.name))
      problems.push(`${r.id}: AMI ${a.name} of ${a.owner} is in no seed's AMI table`);
    if (
      a?.describeImagesFilter !== undefined &&
      !all.some((c) => c.type === "ami-filter" && c.owner === a.owner && c.filter === a.describeImagesFilter)
    )
      problems.push(`${r.id}: describeImagesFilter ${a.describeImagesFilter} is in no seed`);
    for (const o of a?.owners ?? [])
      if (!all.some((c) => c.type === "ami-owner" && c.owner === o)) problems.push(`${r.id}: owner ${o} is stated by no seed`);
    if (r.optional && !r.userDeclared && !flowClaims.some((c) => c.optional && encoders([r], c).length > 0))
      problems.push(`${r.id}: optional, but no seed marks it "(optional)"`);
    if (r.kind === "aws-api" && enterpriseOnly(r) && !flowClaims.some((c) => c.enterpriseOnly && encoders([r], c).length > 0))
      problems.push(`${r.id}: enterprise-only, but no seed marks it "(Enterprise runners only)"`);
    for (const e of r.examples ?? [])
      if (!all.some((c) => c.type === "user-declared" && c.id === r.id && c.source.includes(e)))
        problems.push(`${r.id}: example ${e} is named by no seed line for this requirement`);
  }
  return problems;
}
