// Gitpod's Terraform module for the runner (github.com/gitpod-io/terraform-aws-ona-runner, read at
// 66e13e6): its `proxy_config` input becomes the environment of the runner's containers
// (locals.tf `proxy_env`: each non-empty setting as a lower-case variable; ecs.tf). In a plan the
// task definitions it renders are often known only after apply, so runnerlint reads the input.
import { isTfUnknown } from "./plan.js";
/** Sources that name the module: its repository, or its registry address. */
export const ONA_RUNNER_SOURCE = /gitpod-io\/(terraform-aws-)?ona-runner/;
/** variables.tf: the defaults of proxy_config's optional attributes. */
const DEFAULTS = {
    http_proxy: "",
    https_proxy: "",
    all_proxy: "",
    no_proxy: "localhost,127.0.0.1,.internal,.amazonaws.com,169.254.0.0/16,app.gitpod.io",
};
export const isOnaRunner = (call) => ONA_RUNNER_SOURCE.test(call.source);
/**
 * The variables the module sets from proxy_config, in its order; an empty setting sets nothing
 * (`no_proxy = ""` removes NO_PROXY). A null attribute takes its default, as Terraform's optional()
 * does. Undefined when proxy_config is not known from the plan.
 */
export function runnerProxyEnvironment(call) {
    const config = call.inputs.proxy_config ?? {};
    if (isTfUnknown(config) || typeof config !== "object" || Array.isArray(config) || config === null)
        return undefined;
    const out = [];
    for (const [name, fallback] of Object.entries(DEFAULTS)) {
        const v = config[name];
        if (isTfUnknown(v))
            return undefined;
        const value = v === undefined || v === null ? fallback : String(v);
        if (value !== "")
            out.push({ name, value });
    }
    return out;
}
//# sourceMappingURL=ona-runner.js.map