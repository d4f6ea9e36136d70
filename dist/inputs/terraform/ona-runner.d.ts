import { type TfModuleCall } from "./plan.js";
/** Sources that name the module: its repository, or its registry address. */
export declare const ONA_RUNNER_SOURCE: RegExp;
export declare const isOnaRunner: (call: TfModuleCall) => boolean;
/**
 * The variables the module sets from proxy_config, in its order; an empty setting sets nothing
 * (`no_proxy = ""` removes NO_PROXY). A null attribute takes its default, as Terraform's optional()
 * does. Undefined when proxy_config is not known from the plan.
 */
export declare function runnerProxyEnvironment(call: TfModuleCall): {
    name: string;
    value: string;
}[] | undefined;
