import type { RunConfig } from "../../model/config.js";
import type { MarkerPort } from "../../scope/markers.js";
import type { CfnTemplate } from "./template.js";
export type TemplateScope = {
    inScope: true;
} | {
    inScope: false;
    reason: string;
    groups: number;
};
export declare function templateScope(t: CfnTemplate, config: RunConfig, markers: readonly MarkerPort[]): TemplateScope;
