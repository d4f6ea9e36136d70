// Waivers in CloudFormation resource metadata (what CDK's `cfnOptions.metadata` produces):
//
//   Resources:
//     EnvironmentSecurityGroup:
//       Metadata:
//         runnerlint:
//           suppress:
//             - id: securitygroup/ssh-world-open     # a rule id, an alias, or a requirement id
//               reason: Dev VPC, reachable only through the VPN
//               expires: 2026-06-30                  # optional, YYYY-MM-DD (last day it applies)
//
// A waiver covers the findings of that resource in that file: the finding's resource is the
// logical id, or its location is inside the resource. Unknown keys and malformed entries are errors
// at their line and column.
import { RunnerlintError } from "../errors.js";
import { isRealDate } from "../config/file.js";
import { joinPointer } from "../inputs/source.js";
import { isRequirementId, ruleFor, unknownIdMessage } from "./ids.js";
const ENTRY_KEYS = ["id", "reason", "expires"];
export function metadataWaivers(doc, { engine }) {
    const data = doc.data;
    if (!isMap(data) || !isMap(data.Resources))
        return [];
    const out = [];
    for (const [logicalId, resource] of Object.entries(data.Resources)) {
        if (!isMap(resource) || !isMap(resource.Metadata) || !("runnerlint" in resource.Metadata))
            continue;
        const base = joinPointer("/Resources", logicalId, "Metadata", "runnerlint");
        const fail = (pointer, message) => {
            const l = doc.locate(pointer);
            throw new RunnerlintError("CONFIG_INVALID", `Metadata.runnerlint of ${logicalId}: ${message}`, doc.file, {
                line: l.line,
                column: l.column,
            });
        };
        const meta = resource.Metadata.runnerlint;
        if (!isMap(meta))
            fail(base, "must be a map with a `suppress` list");
        const m = meta;
        for (const key of Object.keys(m))
            if (key !== "suppress")
                fail(joinPointer(base, key), `unknown key "${key}" (expected suppress)`);
        if (!Array.isArray(m.suppress))
            fail(m.suppress === undefined ? base : joinPointer(base, "suppress"), "suppress must be a list of {id, reason, expires}");
        m.suppress.forEach((entry, i) => {
            const at = joinPointer(base, "suppress", i);
            if (!isMap(entry))
                fail(at, `suppress[${i}] must be a map {id, reason, expires}`);
            const e = entry;
            for (const key of Object.keys(e))
                if (!ENTRY_KEYS.includes(key))
                    fail(joinPointer(at, key), `unknown key "${key}" in suppress[${i}] (expected id, reason, expires)`);
            if (typeof e.id !== "string" || !e.id.trim())
                fail(e.id === undefined ? at : joinPointer(at, "id"), `suppress[${i}] needs an id: a rule or requirement id`);
            const id = e.id.trim();
            const rule = ruleFor(engine, id);
            if (!rule && !isRequirementId(engine, id))
                fail(joinPointer(at, "id"), unknownIdMessage(engine, id));
            if (typeof e.reason !== "string" || !e.reason.trim())
                fail(e.reason === undefined ? at : joinPointer(at, "reason"), `suppress[${i}] needs a reason`);
            let expires;
            if (e.expires !== undefined) {
                expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires);
                if (typeof e.expires !== "string" || !isRealDate(expires))
                    fail(joinPointer(at, "expires"), `expires must be a date, YYYY-MM-DD (got ${JSON.stringify(e.expires)})`);
            }
            out.push({
                source: "metadata",
                id: rule ? rule.id : id,
                file: doc.file,
                resource: logicalId,
                reason: e.reason.trim(),
                ...(expires ? { expires } : {}),
                location: doc.locate(at),
            });
        });
    }
    return out;
}
function isMap(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
//# sourceMappingURL=metadata.js.map