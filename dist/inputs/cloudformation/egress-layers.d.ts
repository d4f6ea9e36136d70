import type { NetworkInput } from "../../model/network.js";
import type { CfnTemplate } from "./template.js";
import type { Scenario } from "./scenarios.js";
/** The resource types this module reads (network.ts adds them to the network inputs' detection). */
export declare const EGRESS_TYPES: ReadonlySet<string>;
/** The network-wide egress controls among them (scope.ts: always in scope). Endpoints filter nothing. */
export declare const CONTROL_TYPES: ReadonlySet<string>;
type Layers = Pick<NetworkInput, "nacls" | "firewalls" | "firewallRuleGroups" | "vpcEndpoints">;
/**
 * The egress layers of one scenario; keys only for the kinds the template has. `text` is the
 * template's source, to locate each rule of a RulesString on its own line.
 */
export declare function egressLayers(t: CfnTemplate, s: Scenario, text?: string): Layers;
export {};
