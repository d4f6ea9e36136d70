// RUNNERLINT_* environment variables: a layer between the flags and the config file. An empty
// variable counts as unset (CI templates often expand missing inputs to ""); an unknown RUNNERLINT_
// variable or a bad value is an error naming the variable, never silently ignored.
import { Problems, didYouMean } from "./errors.js";
import { validateConfigData } from "./schema.js";
/** Variable → [config key (a JSON pointer into the layer), kind]. */
export const ENV_VARS = {
    RUNNERLINT_RUNNER: ["/runner", "string"],
    RUNNERLINT_CATALOGUE: ["/catalogue", "string"],
    RUNNERLINT_GATEWAY_REGIONS: ["/gatewayRegions", "list"],
    RUNNERLINT_REGION: ["/region", "string"],
    RUNNERLINT_ACCOUNT_ID: ["/accountId", "string"],
    RUNNERLINT_RUNNER_ROLE_ARN: ["/runnerRoleArn", "string"],
    RUNNERLINT_VPC_CIDRS: ["/vpcCidrs", "list"],
    RUNNERLINT_IDES: ["/ides", "list"],
    RUNNERLINT_LOGS: ["/features/logs", "boolean"],
    RUNNERLINT_PROMETHEUS: ["/features/prometheus", "string"],
    RUNNERLINT_SCOPE: ["/scope/mode", "string"],
    RUNNERLINT_FAIL_ON: ["/failOn", "string"],
    RUNNERLINT_FAIL_ON_UNKNOWN: ["/failOnUnknown", "boolean"],
};
/** Variables that are not settings: where the config file and the baseline are. */
export const ENV_PATHS = { config: "RUNNERLINT_CONFIG", baseline: "RUNNERLINT_BASELINE" };
const TRUE = new Set(["1", "true", "yes", "on"]);
const FALSE = new Set(["0", "false", "no", "off"]);
export function readEnv(env = process.env) {
    const problems = new Problems();
    const layer = {};
    const names = {};
    const out = { layer: layer, names };
    const known = [...Object.keys(ENV_VARS), ...Object.values(ENV_PATHS)];
    for (const [name, raw] of Object.entries(env)) {
        if (!name.startsWith("RUNNERLINT_") || raw === undefined)
            continue;
        const value = raw.trim();
        if (name === ENV_PATHS.config) {
            if (value)
                out.config = value;
            continue;
        }
        if (name === ENV_PATHS.baseline) {
            if (value)
                out.baseline = value;
            continue;
        }
        const spec = ENV_VARS[name];
        if (!spec) {
            const suffix = didYouMean(name.slice("RUNNERLINT_".length), known.map((k) => k.slice("RUNNERLINT_".length)));
            const guess = suffix && `RUNNERLINT_${suffix}`;
            problems.add(`unknown environment variable${guess ? ` (did you mean ${guess}?)` : ` (known: ${known.join(", ")})`}`, name);
            continue;
        }
        if (!value)
            continue;
        const [pointer, kind] = spec;
        let parsed = value;
        if (kind === "list")
            parsed = value
                .split(",")
                .map((s) => s.trim())
                .filter(Boolean);
        if (kind === "boolean") {
            const v = value.toLowerCase();
            if (TRUE.has(v))
                parsed = true;
            else if (FALSE.has(v))
                parsed = false;
            else {
                problems.add(`must be true or false (got "${raw}")`, name);
                continue;
            }
        }
        setPointer(layer, pointer, parsed);
        names[pointer] = name;
    }
    problems.throwIfAny();
    // No variable set: nothing to validate (and no schema to compile on every run).
    const problemsOf = Object.keys(layer).length ? validateConfigData(layer) : [];
    for (const p of problemsOf) {
        const name = nameFor(p.pointer, names);
        problems.add(`${p.message.replace(/^[\w.[\]]+: /, "")} (got "${env[name ?? ""] ?? ""}")`, name ?? "environment");
    }
    problems.throwIfAny();
    return out;
}
/** The variable that set a pointer (or the nearest ancestor pointer: /vpcCidrs/1 → RUNNERLINT_VPC_CIDRS). */
export function nameFor(pointer, names) {
    for (let p = pointer; p; p = p.slice(0, p.lastIndexOf("/")))
        if (names[p])
            return names[p];
    return undefined;
}
export function setPointer(target, pointer, value) {
    const parts = pointer.slice(1).split("/");
    let o = target;
    for (const part of parts.slice(0, -1))
        o = (o[part] ??= {});
    o[parts[parts.length - 1]] = value;
}
//# sourceMappingURL=env.js.map