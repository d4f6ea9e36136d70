// The Terraform input kind: `terraform show -json` plans and states (found by content), translated
// to CloudFormation's shape (cloudformation.ts) and judged by the same pipeline, with Terraform's
// own semantics kept where they differ:
//   - a security group Terraform creates has no default allow-all egress (Terraform removes it);
//   - inline rules and rule resources on one group (one direction) conflict: Terraform rewrites one
//     set with the other on each apply, so every rule of that direction may or may not be there;
//   - count / for_each instances are separate resources (their addresses);
//   - a value known only after apply is unknown, never a guess.
import type { SecurityGroup, SgRule } from "../../model/network.js";
import { unknown } from "../../model/location.js";
import type { InputFile, LoadContext, Loader, NormalizedInput } from "../types.js";
import type { SourceDocument } from "../source.js";
import type { CfnTemplate } from "../cloudformation/template.js";
import { cloudFormationLoader } from "../cloudformation/loader.js";
import { cloudFormationOrganizationsLoader } from "../scp/loaders.js";
import { cloudFormationProxyLoader, toProxyInputs } from "../proxy/cloudformation.js";
import { isTerraformJson, readPlan } from "./plan.js";
import { translate, type Translation } from "./cloudformation.js";

interface Translated {
  file: InputFile;
  translation: Translation;
}

const cache = new WeakMap<InputFile, Translated>();

/** The plan as a CloudFormation template file: same path and text, positions in the plan. */
function translated(file: InputFile): Translated {
  let x = cache.get(file);
  if (!x) {
    const doc = file.document();
    const translation = translate(readPlan(doc));
    const locate = (p: string) => {
      const hit = translation.pointers.find(([prefix]) => p === prefix || p.startsWith(`${prefix}/`));
      return doc.locate(hit ? hit[1] : "");
    };
    const template: SourceDocument = { file: doc.file, data: translation.template, locate };
    x = { file: { path: file.path, text: file.text, structured: true, document: () => template }, translation };
    cache.set(file, x);
  }
  return x;
}

const isTerraform = (file: InputFile) => file.structured && /^\s*\{/.test(file.text) && isTerraformJson(file.document().data);

/** Terraform's security-group semantics on the translated groups. */
function terraformSemantics(docs: NormalizedInput[], t: Translation): NormalizedInput[] {
  for (const d of docs) {
    const groups = (d.input as { securityGroups?: SecurityGroup[] }).securityGroups ?? [];
    for (const g of groups) {
      if (!t.groups.has(g.id)) continue;
      // Terraform removes AWS's default egress rule from the groups it creates.
      g.implicitEgress = false;
      for (const c of t.conflicts.filter((x) => x.group === g.id)) {
        const reason = `${g.id} has inline ${c.direction} rules and ${c.direction} rule resources: Terraform overwrites one set with the other on each apply`;
        for (const r of g[c.direction]) r.condition = unknown(reason);
      }
      for (const u of t.unknownRules.filter((x) => x.group === g.id)) {
        const rule: SgRule = {
          protocol: unknown(u.reason),
          peer: { kind: "unknown", reason: u.reason },
          location: g.rulesAt?.[u.direction] ?? g.location,
        };
        g[u.direction].push(rule);
      }
    }
  }
  return docs;
}

export const terraformLoader: Loader = {
  name: "terraform",
  detect: isTerraform,
  load(file: InputFile, ctx: LoadContext): NormalizedInput[] {
    const x = translated(file);
    return terraformSemantics(cloudFormationLoader.load(x.file, ctx), x.translation);
  },
};

export const terraformOrganizationsLoader: Loader = {
  name: "terraform-organizations",
  detect: (file) => isTerraform(file) && cloudFormationOrganizationsLoader.detect(translated(file).file),
  load: (file, ctx) => cloudFormationOrganizationsLoader.load(translated(file).file, ctx),
};

// Every task definition, launch template and runner module of a plan is read: a plan is one
// configuration (no unrelated stack's user data), and a proxy setting the plan does not know is
// unknown (CloudFormation's loader first looks for a proxy variable's name in the text).
export const terraformProxyLoader: Loader = {
  name: "terraform-proxy",
  detect: (file) => isTerraform(file) && cloudFormationProxyLoader.detect(translated(file).file),
  load(file, ctx) {
    const template = translated(file).file.document() as CfnTemplate;
    const inputs = toProxyInputs(
      template,
      file.text,
      { parameters: {}, ...(ctx.maxScenarios !== undefined ? { maxScenarios: ctx.maxScenarios } : {}) },
      ctx.config,
    );
    return inputs.map((input) => ({ kind: "proxy", file: file.path, input }));
  },
};
