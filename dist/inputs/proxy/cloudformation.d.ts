import type { RunConfig } from "../../model/config.js";
import { type ProxyInput } from "../../model/proxy.js";
import { type CfnTemplate } from "../cloudformation/parse.js";
import { type ExpandOptions } from "../cloudformation/scenarios.js";
import type { Loader } from "../types.js";
/** The environment variable a parameter named like a proxy setting stands for. */
export declare function proxyParameterVariable(name: string): string | undefined;
/** True when the template has anything this module reads. */
export declare function hasProxySources(t: CfnTemplate): boolean;
export declare const cloudFormationProxyLoader: Loader;
/** One proxy model per distinct scenario (labelled with its parameter values when there are several). */
export declare function toProxyInputs(t: CfnTemplate, text: string, opts: ExpandOptions, config: RunConfig): ProxyInput[];
