// The Terraform input kind: `terraform show -json` plans and states (found by content), translated
// to CloudFormation's shape (cloudformation.ts) and judged by the same pipeline, with Terraform's
// own semantics kept where they differ:
//   - a security group Terraform creates has no default allow-all egress (Terraform removes it);
//   - inline rules and rule resources on one group (one direction) conflict: Terraform rewrites one
//     set with the other on each apply, so every rule of that direction may or may not be there;
//   - count / for_each instances are separate resources (their addresses);
//   - a value known only after apply is unknown, never a guess.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { RunnerlintError } from "../../errors.js";
import { dirname, join, sep } from "node:path";
import type { SecurityGroup, SgRule } from "../../model/network.js";
import { unknown, type Location } from "../../model/location.js";
import type { InputFile, LoadContext, Loader, NormalizedInput } from "../types.js";
import type { SourceDocument } from "../source.js";
import type { CfnTemplate } from "../cloudformation/template.js";
import { cloudFormationLoader } from "../cloudformation/loader.js";
import { cloudFormationOrganizationsLoader } from "../scp/loaders.js";
import { cloudFormationProxyLoader, toProxyInputs } from "../proxy/cloudformation.js";
import { isTerraformJson, readPlan, type TfPlan } from "./plan.js";
import { translate, type Translation } from "./cloudformation.js";
import { parseTerraform } from "./hcl/parse.js";
import { evaluateModule, tfvarsOf, type ModuleReader } from "./hcl/module.js";

interface Translated {
  file: InputFile;
  translation: Translation;
}

const cache = new WeakMap<InputFile, Translated>();

/**
 * The plan as a CloudFormation template file: same path and text. A resource is located at its
 * block in the .tf source when the configuration is beside the plan (a pull request's annotations
 * then land on the code), else at its values in the plan.
 */
function translated(file: InputFile): Translated {
  let x = cache.get(file);
  if (!x) {
    const doc = file.document();
    const plan = readPlan(doc);
    const translation = translate(plan);
    const source = sourceBlocks(file.path, plan);
    const locate = (p: string) => {
      const address = /^\/Resources\/([^/]+)/.exec(p)?.[1]?.replace(/~1/g, "/").replace(/~0/g, "~");
      const block = address !== undefined ? declaredAt(source, configAddress(address)) : undefined;
      return block ?? doc.locate(sourcePointer(translation, p));
    };
    x = templateFile(file, translation, locate);
    cache.set(file, x);
  }
  return x;
}

/** The pointer (in the plan, or in the evaluated source) a template pointer was translated from. */
function sourcePointer(t: Translation, p: string): string {
  return t.pointers.find(([prefix]) => p === prefix || p.startsWith(`${prefix}/`))?.[1] ?? "";
}

/** The translated template as a file the CloudFormation loaders read: same path and text, its own locator. */
function templateFile(file: InputFile, translation: Translation, locate: (p: string) => Location): Translated {
  const template: SourceDocument = { file: file.path, data: translation.template, locate };
  return { file: { path: file.path, text: file.text, structured: true, document: () => template }, translation };
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

/**
 * The three loaders of a Terraform form (plan JSON, .tf source): the network (the main one), the
 * organization policies and the proxy settings of the translated template. Every task definition,
 * launch template and runner module is read for proxy settings: a configuration is one root
 * module (no unrelated stack's user data), and a proxy setting it does not decide is unknown
 * (CloudFormation's loader first looks for a proxy variable's name in the text).
 */
function loadersOf(name: string, detect: (f: InputFile) => boolean, of: (f: InputFile) => Translated): [Loader, Loader, Loader] {
  return [
    {
      name,
      detect,
      load(file: InputFile, ctx: LoadContext): NormalizedInput[] {
        const x = of(file);
        return terraformSemantics(cloudFormationLoader.load(x.file, ctx), x.translation);
      },
    },
    {
      name: `${name}-organizations`,
      detect: (file) => detect(file) && cloudFormationOrganizationsLoader.detect(of(file).file),
      load: (file, ctx) => cloudFormationOrganizationsLoader.load(of(file).file, ctx),
    },
    {
      name: `${name}-proxy`,
      detect: (file) => detect(file) && cloudFormationProxyLoader.detect(of(file).file),
      load(file, ctx) {
        const template = of(file).file.document() as CfnTemplate;
        const options = { parameters: {}, ...(ctx.maxScenarios !== undefined ? { maxScenarios: ctx.maxScenarios } : {}) };
        return toProxyInputs(template, file.text, options, ctx.config).map((input) => ({ kind: "proxy", file: file.path, input }));
      },
    },
  ];
}

export const [terraformLoader, terraformOrganizationsLoader, terraformProxyLoader] = loadersOf("terraform", isTerraform, translated);

/** "module.a[\"x\"].aws_sg.env[0]#2" → "module.a.aws_sg.env": the address of the block that declares it. */
function configAddress(address: string): string {
  return address.replace(/#\d+$/, "").replace(/\[[^\]]*\]/g, "");
}

/** The block of the address, or of the resource an entry generated from it belongs to (aws_network_acl.env.ingress). */
function declaredAt(blocks: Map<string, Location>, address: string): Location | undefined {
  for (let a = address; a.includes("."); a = a.slice(0, a.lastIndexOf("."))) {
    const hit = blocks.get(a);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Where each resource block is declared, by configuration address: the .tf files of the plan's
 * folder (the root module) and of the local module sources its configuration calls.
 */
function sourceBlocks(planPath: string, plan: TfPlan): Map<string, Location> {
  const out = new Map<string, Location>();
  if (!existsSync(planPath)) return out;
  const dirs: [string, string][] = [["", dirname(planPath)]];
  for (const call of plan.moduleCalls) {
    const parent = dirs.find(([a]) => a === call.address.replace(/\.?module\.[^.]+$/, ""));
    if (parent && /^\.\.?\//.test(call.source)) dirs.push([call.address, join(parent[1], call.source)]);
  }
  for (const [address, dir] of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith(".tf"))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      // As the plan's path is written (relative stays relative), with forward slashes.
      const shown = path.split(sep).join("/");
      readFileSync(path, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const m = /^(\s*)resource\s+"([^"]+)"\s+"([^"]+)"/.exec(line);
          if (m) out.set(`${address ? `${address}.` : ""}${m[2]}.${m[3]}`, { file: shown, line: i + 1, column: m[1]!.length + 1 });
        });
    }
  }
  return out;
}

// ── .tf source ────────────────────────────────────────────────────────────────────────────────────

const tfvarsName = (n: string) => n === "terraform.tfvars" || n.endsWith(".auto.tfvars");

const reader: ModuleReader = {
  read(dir) {
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith(".tf"))
        .sort();
    } catch {
      return undefined;
    }
    return names.map((n) => {
      const path = join(dir, n).split(sep).join("/");
      return { path, body: parseTerraform(path, readFileSync(path, "utf8")) };
    });
  },
  parseTemplate: (file, text) => parseTerraform(file, text),
};

/**
 * A .tf file: the module of its folder is read (every .tf file there, terraform.tfvars and
 * *.auto.tfvars for the root variables), evaluated (hcl/module.ts) and translated like a plan.
 * A file given in memory is a module of its own.
 */
function translatedSource(file: InputFile): Translated {
  let x = cache.get(file);
  if (!x) {
    const dir = dirname(file.path);
    const onDisk = existsSync(file.path) && readFileSync(file.path, "utf8") === file.text;
    const files = (onDisk ? reader.read(dir) : undefined) ?? [{ path: file.path, body: parseTerraform(file.path, file.text) }];
    const tfvars: Record<string, unknown> = {};
    if (onDisk)
      for (const n of readdirSync(dir)
        .filter(tfvarsName)
        .sort((a, b) => (a === "terraform.tfvars" ? -1 : b === "terraform.tfvars" ? 1 : a.localeCompare(b)))) {
        const path = join(dir, n).split(sep).join("/");
        Object.assign(tfvars, tfvarsOf({ path, body: parseTerraform(path, readFileSync(path, "utf8")) }, dir, reader));
      }
    let evaluated: ReturnType<typeof evaluateModule>;
    try {
      evaluated = evaluateModule(dir, files, tfvars, reader);
    } catch (e) {
      // Expressions nested deeper than the stack: bounded like every other input.
      if (e instanceof RangeError)
        throw new RunnerlintError("DEPTH_LIMIT", "expressions nested too deeply to evaluate", file.path, { line: 1, column: 1 });
      throw e;
    }
    const { plan, positions } = evaluated;
    const translation = translate(plan);
    const fallback: Location = { file: file.path, line: 1, column: 1 };
    const position = (p: string): Location => {
      for (let q = p; ; q = q.slice(0, q.lastIndexOf("/"))) {
        const hit = positions.get(q);
        if (hit) return hit;
        if (!q) return fallback;
      }
    };
    x = templateFile(file, translation, (p) => position(sourcePointer(translation, p)));
    cache.set(file, x);
  }
  return x;
}

const isTfSource = (file: InputFile) => /\.tf$/i.test(file.path);

export const [terraformSourceLoader, terraformSourceOrganizationsLoader, terraformSourceProxyLoader] = loadersOf(
  "terraform-source",
  isTfSource,
  translatedSource,
);
