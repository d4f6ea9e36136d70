// The CloudFormation input kind: detection and loading into network models (one per scenario).
import type { InputFile, LoadContext, Loader, NormalizedInput } from "../types.js";
import { isCloudFormation, type CfnTemplate } from "./parse.js";
import { hasNetworkResources, toNetworkInputs } from "./network.js";
import { templateScope } from "./scope.js";
import type { ExpandOptions } from "./scenarios.js";

export const cloudFormationLoader: Loader = {
  name: "cloudformation",
  detect: (file: InputFile) => file.structured && isCloudFormation(file.document().data),
  load(file: InputFile, ctx: LoadContext): NormalizedInput[] {
    const doc = file.document();
    const template: CfnTemplate = { file: doc.file, data: doc.data as Record<string, unknown>, locate: doc.locate };
    if (!hasNetworkResources(template)) return [];
    // Decided before the scenarios are expanded: a template with nothing of the runner's costs no
    // more. Without the catalogue's ports (a loader called on its own) every template is evaluated.
    const scope = ctx.markerPorts ? templateScope(template, ctx.config, ctx.markerPorts) : { inScope: true as const };
    if (!scope.inScope) return [{ kind: "network", file: file.path, input: {}, outOfScope: { reason: scope.reason, groups: scope.groups } }];
    const opts: ExpandOptions = { parameters: ctx.parameters };
    if (ctx.config.region !== undefined) opts.region = ctx.config.region;
    if (ctx.config.accountId !== undefined) opts.accountId = ctx.config.accountId;
    if (ctx.maxScenarios !== undefined) opts.maxScenarios = ctx.maxScenarios;
    return toNetworkInputs(template, opts, ctx.config, file.text).map((input) => ({ kind: "network", file: file.path, input }));
  },
};
