import type { RunConfig } from "../../model/config.js";
import type { NetworkInput } from "../../model/network.js";
import type { CfnTemplate } from "./template.js";
import { type ExpandOptions } from "./scenarios.js";
export declare const GROUP = "AWS::EC2::SecurityGroup";
export declare const INGRESS = "AWS::EC2::SecurityGroupIngress";
export declare const EGRESS = "AWS::EC2::SecurityGroupEgress";
/** True when the template declares any resource the network model describes. */
export declare function hasNetworkResources(t: CfnTemplate): boolean;
/**
 * One network model per distinct scenario; none for a template without network resources.
 * `scenario` is set when the template has several scenarios or the run assumed a parameter value.
 * `text` (the template's source) lets rule lines of a Network Firewall RulesString be located.
 */
export declare function toNetworkInputs(t: CfnTemplate, opts: ExpandOptions, config: RunConfig, text?: string): NetworkInput[];
export declare const COMPUTE_GROUPS: Readonly<Record<string, string[][]>>;
export declare const ROLE_TAG = "runnerlint:role";
