// org-audit snapshots: what `runnerlint org-audit --save FILE` read from AWS Organizations, so
// `runnerlint check FILE` re-evaluates it offline. One snapshot holds one or more accounts; each
// becomes one organization input with the real attachments: root → OUs → account.
import type { InputFile, LoadContext, Loader, NormalizedInput } from "../types.js";
import type { DeclarativeLevel, Level, LevelKind, OrganizationInput } from "../../model/organization.js";
import { joinPointer, parseSource, type SourceDocument } from "../source.js";
import { declarativePolicy, scpPolicy } from "./policy.js";
import { DECLARATIVE_EC2_TYPE, SCP_TYPE } from "./loaders.js";

export const SNAPSHOT_VERSION = 1;

export interface SnapshotTarget {
  Type: "ROOT" | "ORGANIZATIONAL_UNIT" | "ACCOUNT";
  Id: string;
  Name?: string;
  /** Policy ids attached to this target, by policy type. */
  Policies: Record<string, string[]>;
}

export interface SnapshotAccount {
  Id: string;
  Name?: string;
  Arn?: string;
  Status?: string;
  /** Root first, the account last. */
  Path: SnapshotTarget[];
}

export interface Snapshot {
  runnerlintSnapshot: typeof SNAPSHOT_VERSION;
  capturedAt: string;
  organization: { Id?: string; Arn?: string; FeatureSet?: string; MasterAccountId?: string };
  roots: { Id: string; Name?: string; PolicyTypes?: { Type?: string; Status?: string }[] }[];
  accounts: SnapshotAccount[];
  /** Every policy read, once, by id: describe-policy's Policy object. */
  policies: Record<
    string,
    {
      PolicySummary: { Id: string; Name?: string; Type?: string; AwsManaged?: boolean; Arn?: string; Description?: string };
      Content: string;
      /** Content parsed (org-audit writes it): what is judged, and where findings point, statement by statement. */
      Document?: object;
    }
  >;
  /** What could not be read, and why. */
  notes: string[];
}

const KINDS: Record<SnapshotTarget["Type"], LevelKind> = { ROOT: "root", ORGANIZATIONAL_UNIT: "ou", ACCOUNT: "account" };

export function isSnapshot(v: unknown): v is Snapshot {
  return (
    typeof v === "object" &&
    v !== null &&
    (v as Snapshot).runnerlintSnapshot === SNAPSHOT_VERSION &&
    Array.isArray((v as Snapshot).accounts)
  );
}

export function policyTypeEnabled(s: Snapshot, type: string): boolean {
  return s.roots.some((r) => (r.PolicyTypes ?? []).some((t) => t.Type === type && t.Status === "ENABLED"));
}

/**
 * The organization inputs of a snapshot, one per account. Scope: when the config names the
 * runner's account (accountId), the snapshot's other accounts are not the runner's and are not
 * judged; a snapshot without it is out of scope.
 */
export function snapshotInputs(s: Snapshot, doc: SourceDocument, ctx: LoadContext): NormalizedInput[] {
  const runner = ctx.config.accountId;
  if (runner && !s.accounts.some((a) => a.Id === runner)) {
    return [
      {
        kind: "organization",
        file: doc.file,
        input: {},
        outOfScope: { reason: `not the runner's account (accountId ${runner})`, groups: 0 },
      },
    ];
  }
  const parsed = new Map<string, { content: unknown; raw: number; at?: string }>();
  const contentOf = (id: string) => {
    let p = parsed.get(id);
    const pretty = s.policies[id]?.Document;
    if (!p && pretty && typeof pretty === "object") {
      p = { content: pretty, raw: (s.policies[id]?.Content ?? "").length, at: joinPointer("", "policies", id, "Document") };
      parsed.set(id, p);
    }
    if (!p) {
      const text = s.policies[id]?.Content ?? "";
      try {
        p = { content: parseSource(doc.file, text).data, raw: text.length };
      } catch (e) {
        p = { content: { $unknown: `policy ${id}: the content is not valid JSON (${(e as Error).message})` }, raw: text.length };
      }
      parsed.set(id, p);
    }
    return p;
  };
  const scpEnabled = policyTypeEnabled(s, SCP_TYPE);
  const declarativeEnabled = policyTypeEnabled(s, DECLARATIVE_EC2_TYPE);
  const judged = s.accounts.map((a, ai) => ({ a, ai })).filter(({ a }) => !runner || a.Id === runner);
  return judged.map(({ a, ai }) => {
    const levels: Level[] = [];
    const declarative: DeclarativeLevel[] = [];
    a.Path.forEach((t, ti) => {
      const at = doc.locate(joinPointer("", "accounts", ai, "Path", ti));
      const common = { kind: KINDS[t.Type], id: t.Id, ...(t.Name ? { name: t.Name } : {}) };
      const src = (id: string) => {
        const summary = s.policies[id]?.PolicySummary;
        const { raw, at } = contentOf(id);
        const where = at ?? joinPointer("", "policies", id, "Content");
        // Statements located in the parsed Document when the snapshot has it; else at Content.
        return {
          id,
          name: summary?.Name ?? id,
          awsManaged: summary?.AwsManaged === true,
          location: doc.locate(where),
          rawLength: raw,
          ...(at ? { locate: (p: string) => doc.locate(at + p) } : {}),
        };
      };
      const missing = (id: string) => ({ $unknown: `policy ${id} is attached but was not read` });
      levels.push({
        ...common,
        location: at,
        policies: (t.Policies[SCP_TYPE] ?? []).map((id) => scpPolicy(s.policies[id] ? contentOf(id).content : missing(id), src(id))),
      });
      declarative.push({
        ...common,
        policies: (t.Policies[DECLARATIVE_EC2_TYPE] ?? []).map((id) =>
          declarativePolicy(s.policies[id] ? contentOf(id).content : missing(id), src(id)),
        ),
      });
    });
    const input: OrganizationInput = {
      kind: "organization",
      config: { ...ctx.config, accountId: a.Id },
      source: "snapshot",
      account: { id: a.Id, ...(a.Name ? { name: a.Name } : {}), management: s.organization.MasterAccountId === a.Id },
      organization: {
        ...(s.organization.Id ? { id: s.organization.Id } : {}),
        ...(s.organization.MasterAccountId ? { managementAccountId: s.organization.MasterAccountId } : {}),
      },
      scpEnabled,
      levels,
      declarativeEnabled,
      declarative,
    };
    // Several accounts in one snapshot: each finding names the accounts it occurs in.
    if (judged.length > 1) input.scenario = { account: a.Name ? `${a.Id} (${a.Name})` : a.Id };
    return { kind: "organization" as const, file: doc.file, input };
  });
}

export const snapshotLoader: Loader = {
  name: "org-audit-snapshot",
  detect: (file: InputFile) => file.structured && isSnapshot(file.document().data),
  load: (file: InputFile, ctx: LoadContext) => snapshotInputs(file.document().data as Snapshot, file.document(), ctx),
};
