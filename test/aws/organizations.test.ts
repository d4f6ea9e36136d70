// AWS Organizations against a real local server: moto in server mode on 127.0.0.1 (started by
// test/aws/moto-global-setup.ts). The credentials below are moto's dummy ones: moto accepts any,
// and explicit credentials keep the SDK from looking anywhere else (no instance metadata).
import { createServer, request as httpRequest, type Server } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  AttachPolicyCommand,
  CreateAccountCommand,
  CreateOrganizationCommand,
  CreateOrganizationalUnitCommand,
  CreatePolicyCommand,
  DetachPolicyCommand,
  EnablePolicyTypeCommand,
  ListRootsCommand,
  MoveAccountCommand,
  type OrganizationsClient,
} from "@aws-sdk/client-organizations";
import { createOrganizationsClient, readOrganization } from "../../src/aws/organizations.js";
import { check, defaultEngine } from "../../src/check.js";
import { main } from "../../src/cli/main.js";
import { REPORT_FORMATS } from "../../src/report/index.js";
import { expectAuditLayout, hasChromium, inChromium } from "../report/chromium.js";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import type { Snapshot } from "../../src/inputs/scp/snapshot.js";

const endpoint = inject("motoEndpoint");
// Dummy credentials for moto (not secrets: moto ignores them).
const credentials = { accessKeyId: "testing", secretAccessKey: "testing" };
const MANAGEMENT = "123456789012"; // moto's default account: the organization's management account

/** A client for moto that counts the commands it sends. */
function countingClient(account?: string, url = endpoint) {
  const client = createOrganizationsClient({ endpoint: url, credentials, maxAttempts: 4 });
  const counts: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      counts[context.commandName!] = (counts[context.commandName!] ?? 0) + 1;
      return next(args);
    },
    { step: "initialize", name: "countCommands" },
  );
  if (account) {
    // moto keeps one backend per account id; this header picks a second organization.
    client.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers["x-moto-account-id"] = account;
        return next(args);
      },
      { step: "build", name: "motoAccount" },
    );
  }
  return { client, counts };
}

const scp = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

interface Org {
  root: string;
  accounts: { prod: string; eu: string; sandbox: string };
  policies: Record<string, string>;
}

async function buildOrganization(c: OrganizationsClient): Promise<Org> {
  await c.send(new CreateOrganizationCommand({ FeatureSet: "ALL" }));
  const root = (await c.send(new ListRootsCommand({}))).Roots![0]!.Id!;
  await c.send(new EnablePolicyTypeCommand({ RootId: root, PolicyType: "SERVICE_CONTROL_POLICY" }));
  const ou = async (name: string, parent: string) =>
    (await c.send(new CreateOrganizationalUnitCommand({ Name: name, ParentId: parent }))).OrganizationalUnit!.Id!;
  const workloads = await ou("Workloads", root);
  const runners = await ou("Runners", workloads);
  const sandboxOu = await ou("Sandbox", root);
  const account = async (name: string, parent: string) => {
    const id = (await c.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))).CreateAccountStatus!
      .AccountId!;
    await c.send(new MoveAccountCommand({ AccountId: id, SourceParentId: root, DestinationParentId: parent }));
    return id;
  };
  const accounts = {
    prod: await account("runner-prod", runners),
    eu: await account("runner-eu", workloads),
    sandbox: await account("sandbox", sandboxOu),
  };
  const policies: Record<string, string> = {};
  const policy = async (name: string, content: string, targets: string[]) => {
    const id = (await c.send(new CreatePolicyCommand({ Name: name, Description: name, Type: "SERVICE_CONTROL_POLICY", Content: content })))
      .Policy!.PolicySummary!.Id!;
    for (const t of targets) await c.send(new AttachPolicyCommand({ PolicyId: id, TargetId: t }));
    policies[name] = id;
  };
  await policy(
    "root-regions",
    scp([
      {
        Sid: "DenyOutsideEu",
        Effect: "Deny",
        NotAction: ["iam:*", "sts:*", "organizations:*"],
        Resource: "*",
        Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1"] } },
      },
    ]),
    [root],
  );
  await policy(
    "workloads-ami-owners",
    scp([
      {
        Sid: "ApprovedAmiOwners",
        Effect: "Deny",
        Action: "ec2:RunInstances",
        Resource: "arn:aws:ec2:*::image/*",
        Condition: { StringNotEquals: { "ec2:Owner": ["149721548608", "amazon", "995913728426"] } },
      },
    ]),
    [workloads],
  );
  await policy("runners-no-logs", scp([{ Sid: "DenyLogs", Effect: "Deny", Action: "logs:*", Resource: "*" }]), [runners]);
  await policy(
    "eu-owner-deny",
    scp([
      {
        Sid: "DenyOtherOwners",
        Effect: "Deny",
        Action: "ec2:RunInstances",
        Resource: "*",
        Condition: { StringNotEqualsIfExists: { "ec2:Owner": ["149721548608", "amazon", "995913728426"] } },
      },
    ]),
    [accounts.eu],
  );
  // The sandbox OU replaces FullAWSAccess with an allow list.
  await policy("sandbox-allow-list", scp([{ Effect: "Allow", Action: ["s3:*", "sts:*"], Resource: "*" }]), [sandboxOu]);
  await c.send(new DetachPolicyCommand({ PolicyId: "p-FullAWSAccess", TargetId: sandboxOu }));
  return { root, accounts, policies };
}

const engine = defaultEngine();
const sarifAjv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(
  JSON.parse(readFileSync(new URL("../schemas/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object,
);

function statusesOf(snapshot: Snapshot, account: string, region = "eu-west-1") {
  const one = { ...snapshot, accounts: snapshot.accounts.filter((a) => a.Id === account) };
  // The logs feature on: aws.logs (optional) is judged only for runners that ship logs.
  const result = check([{ path: `${account}.json`, text: JSON.stringify(one) }], {
    config: { runner: "standard", region, features: { logs: true } },
    engine,
  });
  expect(result.errors).toEqual([]);
  return { byId: Object.fromEntries(result.requirements.map((r) => [r.id, r.status])), result };
}

let org: Org;
let snapshot: Snapshot;
let counts: Record<string, number>;

beforeAll(async () => {
  const builder = createOrganizationsClient({ endpoint, credentials });
  org = await buildOrganization(builder);
  builder.destroy();
  const reader = countingClient();
  snapshot = await readOrganization([org.accounts.prod, org.accounts.eu, org.accounts.sandbox, MANAGEMENT], { client: reader.client });
  counts = reader.counts;
  reader.client.destroy();
}, 60_000);

describe("org-audit against moto", () => {
  it("builds each account's path root → OUs → account", () => {
    const prod = snapshot.accounts.find((a) => a.Id === org.accounts.prod)!;
    expect(prod.Path.map((t) => [t.Type, t.Name])).toEqual([
      ["ROOT", "Root"],
      ["ORGANIZATIONAL_UNIT", "Workloads"],
      ["ORGANIZATIONAL_UNIT", "Runners"],
      ["ACCOUNT", "runner-prod"],
    ]);
    expect(prod.Path[0]!.Policies.SERVICE_CONTROL_POLICY).toEqual(
      expect.arrayContaining(["p-FullAWSAccess", org.policies["root-regions"]]),
    );
    expect(snapshot.organization.MasterAccountId).toBe(MANAGEMENT);
  });

  it("fetches every policy and every target once, not once per account", () => {
    // FullAWSAccess + the five custom SCPs.
    expect(counts.DescribePolicyCommand).toBe(6);
    expect(Object.keys(snapshot.policies).sort()).toEqual(["p-FullAWSAccess", ...Object.values(org.policies)].sort());
    // root, Workloads, Runners, Sandbox and the four accounts
    expect(counts.ListPoliciesForTargetCommand).toBe(8);
    // four accounts, Runners → Workloads, Workloads → root, Sandbox → root
    expect(counts.ListParentsCommand).toBe(7);
    expect(counts.DescribeOrganizationalUnitCommand).toBe(3);
    expect(counts.DescribeAccountCommand).toBe(4);
    expect(counts.DescribeOrganizationCommand).toBe(1);
    expect(counts.ListRootsCommand).toBe(1);
  });

  it("judges each account by the SCPs on its path", () => {
    const prod = statusesOf(snapshot, org.accounts.prod).byId;
    expect(prod).toMatchObject({
      "aws.ec2": "satisfied",
      "ami.owner-amazon": "satisfied",
      "ami.owner-gitpod": "satisfied",
      "aws.logs": "violated",
      "ami.allowlist-by-owner": "satisfied",
    });

    const eu = statusesOf(snapshot, org.accounts.eu);
    expect(eu.byId).toMatchObject({
      "aws.ec2": "violated",
      "ami.owner-amazon": "violated",
      "ami.owner-gitpod": "violated",
      "aws.logs": "satisfied",
    });
    const f = eu.result.findings.find((x) => x.ruleId === "scp/ami-launch-allowed")!;
    // The policy by name and id, the statement by Sid, the level with the account.
    expect(f.message).toMatch(/statement DenyOtherOwners of SCP eu-owner-deny \(p-[0-9a-z]+\) at account runner-eu \(\d{12}\)/);
    expect(f.location.file).toBe(`${org.accounts.eu}.json`);

    const sandbox = statusesOf(snapshot, org.accounts.sandbox);
    expect(sandbox.byId).toMatchObject({ "aws.ec2": "violated", "aws.s3": "satisfied", "aws.sts": "satisfied" });
    expect(sandbox.result.findings.find((x) => x.requirement === "aws.ec2")!.message).toMatch(
      /not allowed at OU Sandbox \(ou-[0-9a-z-]+\), above account sandbox \(\d{12}\)/,
    );
    // An OU by its path below the root.
    const prod2 = statusesOf(snapshot, org.accounts.prod).result;
    expect(prod2.findings.find((x) => x.requirement === "aws.logs")!.message).toMatch(
      /of SCP runners-no-logs \(p-[0-9a-z]+\) at OU Workloads \/ Runners \(ou-[0-9a-z-]+\), above account runner-prod \(\d{12}\)/,
    );

    const mgmt = statusesOf(snapshot, MANAGEMENT).result;
    expect(mgmt.requirements.find((r) => r.id === "aws.ec2")!.evidence[0]!.message).toMatch(/do not apply to the management account/);
    expect(mgmt.findings.filter((x) => x.ruleId.startsWith("scp/aws-api") || x.ruleId === "scp/ami-launch-allowed")).toEqual([]);
  });

  it("applies the root's region guardrail", () => {
    expect(statusesOf(snapshot, org.accounts.prod, "us-east-1").byId).toMatchObject({ "aws.ec2": "violated", "aws.sts": "satisfied" });
  });

  it("one snapshot with several accounts names the accounts a finding occurs in", () => {
    const result = check([{ path: "all.json", text: JSON.stringify(snapshot) }], {
      config: { runner: "standard", region: "eu-west-1", features: { logs: true } },
      engine,
    });
    const logs = result.findings.find((x) => x.requirement === "aws.logs" && /DenyLogs/.test(x.message))!;
    expect(logs.scenarios).toEqual([{ account: `${org.accounts.prod} (runner-prod)` }]);
  });

  it("scope: with the runner's accountId set, the snapshot's other accounts are not judged", () => {
    const cfg = { runner: "standard" as const, region: "eu-west-1", features: { logs: true } };
    const text = JSON.stringify(snapshot);
    const prod = check([{ path: "all.json", text }], { config: { ...cfg, accountId: org.accounts.prod }, engine });
    const alone = statusesOf(snapshot, org.accounts.prod).result;
    const table = (r: typeof prod) => r.requirements.map((q) => [q.id, q.status, q.evidence.map((e) => e.message)]);
    expect(table(prod)).toEqual(table(alone));
    expect(prod.findings.every((f) => !f.scenarios)).toBe(true);
    const other = check([{ path: "all.json", text }], { config: { ...cfg, accountId: "111122223333" }, engine });
    expect(other.inputs).toEqual([
      {
        file: "all.json",
        loader: "org-audit-snapshot",
        kind: "organization",
        scenarios: 0,
        outOfScope: "not the runner's account (accountId 111122223333)",
        groupsOutOfScope: 0,
      },
    ]);
    expect(other.findings).toEqual([]);
    expect(other.requirements.every((r) => r.status === "not-applicable")).toBe(true);
  });

  it("reports a disabled SCP policy type", async () => {
    const other = "210987654321";
    const b = countingClient(other);
    await b.client.send(new CreateOrganizationCommand({ FeatureSet: "ALL" }));
    const snap = await readOrganization([other], { client: b.client });
    b.client.destroy();
    expect(snap.notes).toContain("the SERVICE_CONTROL_POLICY type is not enabled at the root");
    const result = check([{ path: "off.json", text: JSON.stringify(snap) }], { config: { runner: "standard" }, engine });
    expect(result.requirements.find((r) => r.id === "aws.ec2")!.evidence.map((e) => e.message)).toContain(
      "SCPs do not apply to the management account 210987654321.",
    );
  });

  it("retries throttled calls", async () => {
    let throttled = 0;
    const target = new URL(endpoint);
    const proxy: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        if (String(req.headers["x-amz-target"]).endsWith("DescribeOrganization") && throttled < 2) {
          throttled++;
          res.writeHead(400, { "content-type": "application/x-amz-json-1.1" });
          res.end(JSON.stringify({ __type: "TooManyRequestsException", Message: "Rate exceeded" }));
          return;
        }
        const fwd = httpRequest(
          { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        fwd.end(body);
      });
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
      const c = countingClient(undefined, url);
      const snap = await readOrganization([org.accounts.prod], { client: c.client });
      c.client.destroy();
      expect(throttled).toBe(2);
      expect(c.counts.DescribeOrganizationCommand).toBe(1);
      expect(snap.accounts[0]!.Id).toBe(org.accounts.prod);
    } finally {
      proxy.close();
    }
  });

  it("turns API errors into AWS_API errors", async () => {
    const c = countingClient();
    await expect(readOrganization(["999999999999"], { client: c.client })).rejects.toMatchObject({
      code: "AWS_API",
      message: expect.stringMatching(/DescribeAccount 999999999999 failed: AccountNotFoundException/),
    });
    c.client.destroy();
  });
});

describe("runnerlint org-audit end to end", () => {
  const saved = { ...process.env };
  beforeAll(() => {
    // moto's dummy credentials through the standard chain (environment), and no instance metadata.
    process.env.AWS_ACCESS_KEY_ID = "testing";
    process.env.AWS_SECRET_ACCESS_KEY = "testing";
    process.env.AWS_EC2_METADATA_DISABLED = "true";
    delete process.env.AWS_PROFILE;
  });
  afterAll(() => {
    process.env = saved;
  });

  function io() {
    const out = { stdout: "", stderr: "" };
    return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), isTTY: false } };
  }

  it("audits an account, saves the snapshot, and check re-evaluates it offline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-org-"));
    const snap = join(dir, "snapshot.json");
    const a = io();
    const code = await main(
      ["org-audit", "--account", org.accounts.eu, "--region", "eu-west-1", "--endpoint-url", endpoint, "--save", snap, "--format", "json"],
      a.io,
    );
    expect(a.out.stderr).toBe("");
    expect(code).toBe(1);
    const audit = JSON.parse(a.out.stdout);
    expect(audit.findings.some((x: { ruleId: string }) => x.ruleId === "scp/ami-launch-allowed")).toBe(true);
    expect(JSON.parse(readFileSync(snap, "utf8")).runnerlintSnapshot).toBe(1);

    const b = io();
    const code2 = await main(["check", snap, "--region", "eu-west-1", "--format", "json"], b.io);
    expect(code2).toBe(1);
    expect(JSON.parse(b.out.stdout).findings).toEqual(audit.findings);
  });

  it("takes every --format and --output check takes; findings name the policy, statement, OU path and account", async () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-org-formats-"));
    const args = [
      "org-audit",
      "--account",
      org.accounts.prod,
      "--account",
      org.accounts.eu,
      "--region",
      "eu-west-1",
      "--endpoint-url",
      endpoint,
    ];
    const files = REPORT_FORMATS.flatMap((f) => ["--format", f, "--output", join(dir, `report.${f}`)]);
    const a = io();
    expect(await main([...args, ...files], a.io)).toBe(1);
    expect(a.out).toEqual({ stdout: "", stderr: "" });
    const report = (f: string) => readFileSync(join(dir, `report.${f}`), "utf8");
    const sarif = JSON.parse(report("sarif"));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    // Not saved: findings point at the snapshot held in memory, never at a file that does not exist.
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("aws-organizations%3Asnapshot");
    for (const f of ["text", "html", "markdown"]) {
      const r = report(f);
      expect(r, f).toMatch(/SCP eu-owner-deny \(p-[0-9a-z]+\) at account runner-eu \(\d{12}\)/);
      expect(r, f).not.toMatch(/ami-00000000000000000|000000000000|runnerlint-unknown/);
    }
    // The statement, pretty-printed, in the code frame.
    expect(report("text")).toMatch(/> +\d+ \| +\{\n.*\n +\d+ \| +"Sid": "DenyOtherOwners",/);
    expect(report("html")).toContain("&quot;Sid&quot;: &quot;DenyOtherOwners&quot;");
    // The matrix has a column per account.
    expect(report("html")).toContain(`<span class="dir">account</span>${org.accounts.eu} (runner-eu)`);
    if (hasChromium) {
      const out = resolve("test-output");
      mkdirSync(out, { recursive: true });
      const html = join(out, "html-org-audit.html");
      writeFileSync(html, report("html"));
      await inChromium(html, async (page) => {
        await expectAuditLayout(page);
        await page.screenshot({ path: join(out, "html-org-audit.png"), fullPage: true });
      });
    }
  }, 60_000);

  it("--save: findings point at each statement of the saved snapshot, pretty-printed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-org-saved-"));
    const snap = join(dir, "snapshot.json");
    const a = io();
    await main(
      ["org-audit", "--account", org.accounts.eu, "--region", "eu-west-1", "--endpoint-url", endpoint, "--save", snap, "--format", "json"],
      a.io,
    );
    const f = (JSON.parse(a.out.stdout).findings as { ruleId: string; location: { file: string; line: number } }[]).find(
      (x) => x.ruleId === "scp/aws-api-allowed",
    )!;
    expect(f.location.file).toBe(snap);
    const lines = readFileSync(snap, "utf8").split("\n");
    expect(lines[f.location.line - 1]!.trim()).toBe("{");
    expect(lines[f.location.line]!.trim()).toBe('"Sid": "DenyOtherOwners",');
  });

  it("usage errors exit 2", async () => {
    const a = io();
    expect(await main(["org-audit"], a.io)).toBe(2);
    expect(a.out.stderr).toMatch(/org-audit needs --account ID/);
    const b = io();
    expect(await main(["org-audit", "--account", "12"], b.io)).toBe(2);
  });
});
