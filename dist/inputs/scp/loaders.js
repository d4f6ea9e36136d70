import { joinPointer, parseSource } from "../source.js";
import { isCloudFormation } from "../cloudformation/parse.js";
import { templateOf } from "../cloudformation/foreach.js";
import { FOREACH_PREFIX } from "../cloudformation/intrinsics.js";
import { declarativePolicy, fullAwsAccess, isDeclarativeDocument, isPolicyDocument, scpPolicy, unresolvedReason } from "./policy.js";
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
export const SCP_TYPE = "SERVICE_CONTROL_POLICY";
export const DECLARATIVE_EC2_TYPE = "DECLARATIVE_POLICY_EC2";
export const ORG_POLICY_RESOURCE = "AWS::Organizations::Policy";
function isDescribePolicy(v) {
    return isObj(v) && isObj(v.Policy) && isObj(v.Policy.PolicySummary) && "Content" in v.Policy;
}
const isPolicyItem = (v) => isPolicyDocument(v) || isDeclarativeDocument(v) || isDescribePolicy(v) || (isObj(v) && isObj(v.PolicySummary) && "Content" in v);
/** The items of a policy file with their JSON pointers, or undefined when it is not one. */
function policyItems(data) {
    if (isPolicyItem(data))
        return [{ item: data, pointer: "" }];
    const list = Array.isArray(data)
        ? { items: data, base: "" }
        : isObj(data) && Array.isArray(data.Policies) && Object.keys(data).every((k) => k === "Policies" || k === "NextToken")
            ? { items: data.Policies, base: "/Policies" }
            : undefined;
    if (!list || list.items.length === 0 || !list.items.every(isPolicyItem))
        return undefined;
    return list.items.map((item, i) => ({ item, pointer: joinPointer(list.base, i) }));
}
export function emptyOrganization(ctx, source, file) {
    const at = { file, line: 1, column: 1 };
    const account = ctx.config.accountId ?? "account";
    return {
        kind: "organization",
        config: ctx.config,
        source,
        account: { ...(ctx.config.accountId ? { id: ctx.config.accountId } : {}), management: false },
        scpEnabled: true,
        levels: [{ kind: "account", id: account, name: "the account", policies: [fullAwsAccess(at)] }],
        declarativeEnabled: true,
        declarative: [{ kind: "account", id: account, name: "the account", policies: [] }],
    };
}
function add(org, scp, decl) {
    if (scp)
        org.levels[0].policies.push(scp);
    if (decl)
        org.declarative[0].policies.push(decl);
}
/** A policy whose content is a JSON string inside the file: positions point at the string. */
function fromContentString(text, file) {
    try {
        return { content: parseSource(file, text).data, raw: text.length };
    }
    catch (e) {
        return { content: { $unknown: `the policy content is not valid JSON (${e.message})` }, raw: text.length };
    }
}
export const scpFileLoader = {
    name: "scp-policy",
    detect(file) {
        if (!file.structured)
            return false;
        return policyItems(file.document().data) !== undefined && !isCloudFormation(file.document().data);
    },
    load(file, ctx) {
        const doc = file.document();
        const org = emptyOrganization(ctx, "policy-file", file.path);
        const items = policyItems(doc.data) ?? [];
        items.forEach(({ item, pointer }, i) => {
            const base = file.path.replace(/^.*[\\/]/, "");
            const name = items.length > 1 ? `${base}#${i}` : base;
            const locateIn = (p) => doc.locate(pointer + p);
            if (isPolicyDocument(item)) {
                add(org, scpPolicy(item, {
                    id: name,
                    name,
                    location: doc.locate(pointer),
                    locate: locateIn,
                    ...(items.length === 1 ? { rawLength: file.text.trim().length } : {}),
                }), undefined);
            }
            else if (isDeclarativeDocument(item)) {
                add(org, undefined, declarativePolicy(item, { id: name, name, location: doc.locate(pointer), locate: locateIn }));
            }
            else {
                const p = (isDescribePolicy(item) ? item.Policy : item);
                const ptr = isDescribePolicy(item) ? joinPointer(pointer, "Policy") : pointer;
                const summary = p.PolicySummary;
                const id = typeof summary.Id === "string" ? summary.Id : name;
                const pname = typeof summary.Name === "string" ? summary.Name : id;
                const at = doc.locate(joinPointer(ptr, "Content"));
                const { content, raw } = typeof p.Content === "string" ? fromContentString(p.Content, file.path) : { content: p.Content, raw: undefined };
                const src = {
                    id,
                    name: pname,
                    awsManaged: summary.AwsManaged === true,
                    location: at,
                    ...(raw !== undefined ? { rawLength: raw } : {}),
                };
                if (summary.Type === SCP_TYPE || (summary.Type === undefined && isPolicyDocument(content)))
                    add(org, scpPolicy(content, src), undefined);
                else if (summary.Type === DECLARATIVE_EC2_TYPE)
                    add(org, undefined, declarativePolicy(content, src));
            }
        });
        return [{ kind: "organization", file: file.path, input: org, merge: true }];
    },
};
function orgResources(data) {
    if (!isCloudFormation(data))
        return [];
    const resources = data.Resources;
    if (!isObj(resources))
        return [];
    return Object.entries(resources).filter((e) => isObj(e[1]) && e[1].Type === ORG_POLICY_RESOURCE);
}
/** An Organizations policy written inside an Fn::ForEach loop (AWS::LanguageExtensions). */
function loopsOverOrgPolicies(data) {
    if (!isCloudFormation(data))
        return false;
    const resources = data.Resources;
    if (!isObj(resources))
        return false;
    const inLoop = (v, depth) => depth < 64 &&
        (Array.isArray(v)
            ? v.some((x) => inLoop(x, depth + 1))
            : isObj(v) && (v.Type === ORG_POLICY_RESOURCE || Object.values(v).some((x) => inLoop(x, depth + 1))));
    return Object.entries(resources).some(([k, v]) => k.startsWith(FOREACH_PREFIX) && inLoop(v, 0));
}
export const cloudFormationOrganizationsLoader = {
    name: "cloudformation-organizations",
    detect(file) {
        if (!file.structured)
            return false;
        const data = file.document().data;
        return orgResources(data).length > 0 || loopsOverOrgPolicies(data);
    },
    load(file, ctx) {
        // Fn::ForEach loops expanded, their positions those of the loop body (foreach.ts).
        const expansion = templateOf(file, ctx);
        const doc = expansion.template;
        const org = emptyOrganization(ctx, "cloudformation", file.path);
        for (const [logicalId, res] of orgResources(doc.data)) {
            const props = isObj(res.Properties) ? res.Properties : {};
            const base = joinPointer("", "Resources", logicalId, "Properties");
            const name = typeof props.Name === "string" ? props.Name : logicalId;
            const at = doc.locate(joinPointer(base, "Content"));
            let content = props.Content;
            let locate = (p) => doc.locate(joinPointer(base, "Content") + p);
            let rawLength;
            if (typeof content === "string") {
                ({ content, raw: rawLength } = fromContentString(content, file.path));
                locate = undefined;
            }
            const type = typeof props.Type === "string" ? props.Type : unresolvedReason(props.Type) ? undefined : "";
            const src = { id: logicalId, name, location: at, ...(locate ? { locate } : {}), ...(rawLength !== undefined ? { rawLength } : {}) };
            if (type === SCP_TYPE)
                add(org, scpPolicy(content, src), undefined);
            else if (type === DECLARATIVE_EC2_TYPE)
                add(org, undefined, declarativePolicy(content, src));
            else if (type === undefined)
                add(org, { ...scpPolicy(content, src), unresolved: "the policy Type cannot be resolved offline" }, undefined);
        }
        // A loop that could not be expanded may hold more policies: what they decide is unknown.
        return [
            {
                kind: "organization",
                file: file.path,
                input: expansion.incompleteOrganization ? { ...org, truncated: expansion.incompleteOrganization } : org,
            },
        ];
    },
};
//# sourceMappingURL=loaders.js.map