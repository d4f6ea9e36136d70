// Reads what the SCP rules need from AWS Organizations, read-only (Describe* and List* calls only),
// with the standard credential chain: the organization, its roots (which policy types are
// enabled), the path root → OUs → account, the SCPs and EC2 declarative policies attached at each
// level, and each policy's content. Every target and every policy is read once per run, however
// many accounts share it. Throttling is retried by the SDK's standard retry strategy.
import { DescribeAccountCommand, DescribeOrganizationCommand, DescribeOrganizationalUnitCommand, DescribePolicyCommand, OrganizationsClient, paginateListParents, paginateListPoliciesForTarget, paginateListRoots, } from "@aws-sdk/client-organizations";
import { RunnerlintError } from "../errors.js";
import { DECLARATIVE_EC2_TYPE, SCP_TYPE } from "../inputs/scp/loaders.js";
import { policyTypeEnabled, SNAPSHOT_VERSION } from "../inputs/scp/snapshot.js";
export function createOrganizationsClient(options = {}) {
    // The SDK warns on stderr that future versions will need a newer Node; that is not the user's
    // business in a CLI report (an explicit setting wins).
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    return new OrganizationsClient({
        region: options.region ?? "us-east-1",
        maxAttempts: options.maxAttempts ?? 8,
        retryMode: "standard",
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
    });
}
const TYPE_OF = (id) => id.startsWith("r-") ? "ROOT" : id.startsWith("ou-") ? "ORGANIZATIONAL_UNIT" : "ACCOUNT";
function apiError(e, what) {
    const err = e;
    const code = err.name && err.name !== "Error" ? `${err.name}: ` : "";
    return new RunnerlintError("AWS_API", `AWS Organizations ${what} failed: ${code}${err.message ?? String(e)}`, undefined, undefined, {
        cause: e,
    });
}
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw apiError(e, what);
    }
}
/** Reads the organization as seen from each account, into one snapshot. */
export class OrganizationReader {
    client;
    parents = new Map();
    names = new Map();
    attached = new Map();
    policies = new Map();
    notes = [];
    constructor(client) {
        this.client = client;
    }
    async read(accountIds) {
        const org = await call("DescribeOrganization", () => this.client.send(new DescribeOrganizationCommand({})));
        const roots = [];
        for await (const page of paginateListRoots({ client: this.client }, {})) {
            for (const r of page.Roots ?? [])
                roots.push({
                    Id: r.Id,
                    ...(r.Name ? { Name: r.Name } : {}),
                    PolicyTypes: (r.PolicyTypes ?? []).map((t) => ({ Type: t.Type, Status: t.Status })),
                });
        }
        const snapshot = {
            runnerlintSnapshot: SNAPSHOT_VERSION,
            capturedAt: new Date().toISOString(),
            organization: {
                ...(org.Organization?.Id ? { Id: org.Organization.Id } : {}),
                ...(org.Organization?.Arn ? { Arn: org.Organization.Arn } : {}),
                ...(org.Organization?.FeatureSet ? { FeatureSet: org.Organization.FeatureSet } : {}),
                ...(org.Organization?.MasterAccountId ? { MasterAccountId: org.Organization.MasterAccountId } : {}),
            },
            roots,
            accounts: [],
            policies: {},
            notes: this.notes,
        };
        if (org.Organization?.FeatureSet && org.Organization.FeatureSet !== "ALL") {
            this.notes.push(`the organization's feature set is ${org.Organization.FeatureSet}: SCPs need all features`);
        }
        const types = [SCP_TYPE, ...(policyTypeEnabled(snapshot, DECLARATIVE_EC2_TYPE) ? [DECLARATIVE_EC2_TYPE] : [])];
        if (!policyTypeEnabled(snapshot, SCP_TYPE))
            this.notes.push("the SERVICE_CONTROL_POLICY type is not enabled at the root");
        for (const id of accountIds)
            snapshot.accounts.push(await this.account(id, types));
        const ids = new Set(snapshot.accounts.flatMap((a) => a.Path.flatMap((t) => Object.values(t.Policies).flat())));
        for (const id of [...ids].sort()) {
            const p = await this.policy(id);
            if (p)
                snapshot.policies[id] = p;
        }
        return snapshot;
    }
    async account(id, types) {
        const described = await call(`DescribeAccount ${id}`, () => this.client.send(new DescribeAccountCommand({ AccountId: id })));
        const path = [id];
        // Organizations nests OUs at most five deep; the bound only guards against a cycle.
        for (let child = id; path.length <= 8;) {
            const parent = await this.parent(child);
            if (!parent)
                break;
            path.unshift(parent);
            if (parent.startsWith("r-"))
                break;
            child = parent;
        }
        const targets = [];
        for (const t of path) {
            const policies = {};
            for (const type of types)
                policies[type] = await this.attachedTo(t, type);
            const name = t === id ? described.Account?.Name : await this.nameOf(t);
            targets.push({ Type: TYPE_OF(t), Id: t, ...(name ? { Name: name } : {}), Policies: policies });
        }
        const a = described.Account;
        return {
            Id: id,
            ...(a?.Name ? { Name: a.Name } : {}),
            ...(a?.Arn ? { Arn: a.Arn } : {}),
            ...(a?.Status ? { Status: a.Status } : {}),
            Path: targets,
        };
    }
    parent(child) {
        let p = this.parents.get(child);
        if (!p) {
            p = call(`ListParents ${child}`, async () => {
                for await (const page of paginateListParents({ client: this.client }, { ChildId: child })) {
                    const first = page.Parents?.[0]?.Id;
                    if (first)
                        return first;
                }
                return undefined;
            });
            this.parents.set(child, p);
        }
        return p;
    }
    nameOf(target) {
        let p = this.names.get(target);
        if (!p) {
            p = target.startsWith("ou-")
                ? call(`DescribeOrganizationalUnit ${target}`, async () => (await this.client.send(new DescribeOrganizationalUnitCommand({ OrganizationalUnitId: target }))).OrganizationalUnit?.Name)
                : Promise.resolve(target.startsWith("r-") ? "Root" : undefined);
            this.names.set(target, p);
        }
        return p;
    }
    attachedTo(target, type) {
        const key = `${target} ${type}`;
        let p = this.attached.get(key);
        if (!p) {
            p = call(`ListPoliciesForTarget ${target} ${type}`, async () => {
                const ids = [];
                for await (const page of paginateListPoliciesForTarget({ client: this.client }, { TargetId: target, Filter: type })) {
                    for (const s of page.Policies ?? [])
                        if (s.Id)
                            ids.push(s.Id);
                }
                return ids;
            });
            this.attached.set(key, p);
        }
        return p;
    }
    policy(id) {
        let p = this.policies.get(id);
        if (!p) {
            p = call(`DescribePolicy ${id}`, async () => {
                const out = await this.client.send(new DescribePolicyCommand({ PolicyId: id }));
                const s = out.Policy?.PolicySummary;
                if (!s?.Id || typeof out.Policy?.Content !== "string") {
                    this.notes.push(`policy ${id}: DescribePolicy returned no content`);
                    return undefined;
                }
                return {
                    PolicySummary: {
                        Id: s.Id,
                        ...(s.Name ? { Name: s.Name } : {}),
                        ...(s.Type ? { Type: s.Type } : {}),
                        AwsManaged: s.AwsManaged === true,
                        ...(s.Arn ? { Arn: s.Arn } : {}),
                        ...(s.Description ? { Description: s.Description } : {}),
                    },
                    Content: out.Policy.Content,
                    ...documentOf(out.Policy.Content),
                };
            });
            this.policies.set(id, p);
        }
        return p;
    }
}
/** Reads the organization for the given accounts. */
export async function readOrganization(accountIds, options = {}) {
    const client = options.client ?? createOrganizationsClient(options);
    try {
        return await new OrganizationReader(client).read(accountIds);
    }
    finally {
        if (!options.client)
            client.destroy();
    }
}
/** The policy document parsed, so a saved snapshot shows (and findings point at) each statement. */
function documentOf(content) {
    try {
        const d = JSON.parse(content);
        return typeof d === "object" && d !== null ? { Document: d } : {};
    }
    catch {
        return {}; // kept as Content only: the loader reports it
    }
}
//# sourceMappingURL=organizations.js.map