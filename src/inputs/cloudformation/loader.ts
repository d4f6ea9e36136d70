// The CloudFormation input kind: detection and loading into network models (one per scenario).
import type { InputFile, LoadContext, Loader, NormalizedInput } from "../types.js";
import { templateOf } from "./foreach.js";
import { isCloudFormation } from "./parse.js";
import { hasNetworkResources, toNetworkInputs } from "./network.js";
import { templateScope } from "./scope.js";
import type { ExpandOptions } from "./scenarios.js";

export const cloudFormationLoader: Loader = {
  name: "cloudformation",
  detect: (file: InputFile) => file.structured && isCloudFormation(file.document().data),
  load(file: InputFile, ctx: LoadContext): NormalizedInput[] {
    // Fn::ForEach loops expanded first: what they generate is judged like any other resource.
    const { template, incomplete } = templateOf(file, ctx);
    if (!hasNetworkResources(template) && !incomplete) return [];
    // Decided before the scenarios are expanded: a template with nothing of the runner's costs no
    // more. Without the catalogue's ports (a loader called on its own) every template is evaluated.
    const scope = ctx.markerPorts && !incomplete ? templateScope(template, ctx.config, ctx.markerPorts) : { inScope: true as const };
    if (!scope.inScope)
      return [{ kind: "network", file: file.path, input: {}, outOfScope: { reason: scope.reason, groups: scope.groups } }];
    const opts: ExpandOptions = { parameters: ctx.parameters };
    if (ctx.config.region !== undefined) opts.region = ctx.config.region;
    if (ctx.config.accountId !== undefined) opts.accountId = ctx.config.accountId;
    if (ctx.maxScenarios !== undefined) opts.maxScenarios = ctx.maxScenarios;
    const inputs = toNetworkInputs(template, opts, ctx.config, file.text);
    // A loop that could not be expanded may have generated what a verdict needs: never satisfied.
    if (incomplete) for (const input of inputs) input.truncated ??= incomplete;
    return inputs.map((input) => ({ kind: "network", file: file.path, input }));
  },
};
