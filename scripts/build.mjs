// `npm run compile` (`npm test` runs it first): everything in dist/, from scratch.
//   1. OPA from its pinned Go module (scripts/opa.mjs),
//   2. the requirement catalogue and its versions (scripts/catalogues.mjs), validated against their
//      JSON Schemas, as policy data (the default version) and dist/policy/catalogues.json (all),
//   3. every rule's # METADATA extracted (rules.json beside the module) and the rule registry
//      generated from it (policies/main/rules.rego: which rules each entrypoint runs),
//   4. policies/ compiled to one Wasm module with one entrypoint per input kind,
//   5. TypeScript, and the settings-file schemas as standalone validators (dist/validators),
//   6. the GitHub Action's bundle (dist/action): the CLI and its worker with every dependency, so
//      the Action runs from its checkout with Node alone.
// dist/ is committed: a consumer (the Action, the pre-commit hook, `npm install` from git) never
// builds. The build is reproducible, and CI fails when the committed dist/ is not what it builds.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import Ajv from "ajv";
import { build as esbuild } from "esbuild";
import standaloneCode from "ajv/dist/standalone/index.js";
import { ensureOpa } from "./opa.mjs";
import { REGISTRY, registryRego } from "./rule-registry.mjs";
import { asData, readCatalogues } from "./catalogues.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, "dist", "policy");
const skipTs = process.argv.includes("--no-ts");

export const POLICY_IGNORES = [
  "--ignore",
  "*_test.rego",
  "--ignore",
  "*.json",
  "--ignore",
  "*.yaml",
  "--ignore",
  "*.md",
  "--ignore",
  ".regal",
];

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 256 << 20, ...opts });
}

/** The default catalogue as policy data, and every version (dist/policy/catalogues.json). */
export function buildCatalogues() {
  const all = readCatalogues(root);
  const versions = Object.fromEntries(Object.entries(all.versions).map(([v, c]) => [v, asData(c)]));
  return { default: all.default, latest: all.latest, versions };
}

function entrypoints() {
  return readdirSync(join(root, "policies", "main"))
    .filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego") && join("policies", "main", f) !== REGISTRY)
    .map((f) => `runnerlint/main/${f.replace(/\.rego$/, "")}/verdicts`);
}

/** Minimal ustar reader: returns the named file from a .tar.gz buffer. */
function untar(gz, wanted) {
  const tar = gunzipSync(gz);
  for (let off = 0; off + 512 <= tar.length; ) {
    const name = tar.toString("utf8", off, off + 100).replace(/\0.*$/s, "");
    if (!name) break;
    const size = parseInt(
      tar
        .toString("utf8", off + 124, off + 136)
        .replace(/\0.*$/s, "")
        .trim() || "0",
      8,
    );
    if (name.replace(/^\/+/, "") === wanted) return tar.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${wanted} not found in the OPA bundle`);
}

function ruleMetadata(opa) {
  const inspected = JSON.parse(run(opa, ["inspect", "-a", "--format", "json", "policies"]));
  const rules = [];
  for (const a of inspected.annotations ?? []) {
    const ann = a.annotations;
    if (ann.scope !== "package" || !ann.custom?.id) continue;
    const pkg = a.path
      .map((p) => p.value)
      .slice(1)
      .join(".");
    rules.push({
      id: ann.custom.id,
      package: pkg,
      title: ann.title,
      description: ann.description,
      severity: ann.custom.severity,
      requirements: ann.custom.requirements ?? [],
      kinds: ann.custom.input?.kinds ?? [],
      remediation: ann.custom.remediation,
      source: ann.custom.source,
      messages: ann.custom.messages ?? {},
      messagesFrom: ann.custom.messagesFrom,
      relatedResources: (ann.related_resources ?? []).map((r) => r.ref),
      aliases: ann.custom.aliases ?? [],
      file: a.location?.file,
    });
  }
  // custom.messagesFrom: a rule that shares another's judge shares its message templates (its own
  // messages, if any, win), so they are written once.
  for (const r of rules) {
    if (!r.messagesFrom) continue;
    const from = rules.find((x) => x.id === r.messagesFrom);
    if (!from) throw new Error(`${r.id}: messagesFrom names no rule: ${r.messagesFrom}`);
    r.messages = { ...from.messages, ...r.messages };
  }
  for (const r of rules) delete r.messagesFrom;
  rules.sort((x, y) => x.id.localeCompare(y.id));
  return rules;
}

export async function build() {
  const opa = ensureOpa();
  // From scratch: a module removed from src/ must not live on in the committed dist/.
  rmSync(skipTs ? out : join(root, "dist"), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // data.json holds the default version (what `opa test` and a run without `catalogue:` read);
  // catalogues.json every version, for the engine to swap in.
  const catalogues = buildCatalogues();
  writeFileSync(join(out, "data.json"), JSON.stringify({ runnerlint: { catalogue: catalogues.versions[catalogues.default] } }));
  writeFileSync(join(out, "catalogues.json"), JSON.stringify(catalogues));
  const rules = ruleMetadata(opa);
  writeRegistry(opa, rules);
  const bundle = join(out, "bundle.tar.gz");
  const eps = entrypoints();
  run(opa, [
    "build",
    "-t",
    "wasm",
    "--capabilities",
    "policies/capabilities.json",
    ...POLICY_IGNORES,
    ...eps.flatMap((e) => ["-e", e]),
    "-o",
    bundle,
    "policies",
  ]);
  writeFileSync(join(out, "policy.wasm"), untar(readFileSync(bundle), "policy.wasm"));
  rmSync(bundle);
  writeFileSync(join(out, "rules.json"), JSON.stringify({ opaVersion: opaVersion(opa), entrypoints: eps, rules }, null, 1));
  if (!skipTs) {
    copyHclParser();
    run(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], { stdio: "inherit" });
    await buildValidators();
    await bundleAction();
  }
  console.log(`runnerlint built: ${eps.length} entrypoints, dist/policy/policy.wasm`);
}

/** Settings-file schemas as standalone validators (see src/ajv.ts): no ajv compile at run time. */
async function buildValidators() {
  const { VALIDATORS, schemaUrl } = await import(pathToFileURL(join(root, "dist", "ajv.js")).href);
  const dir = join(root, "dist", "validators");
  mkdirSync(dir, { recursive: true });
  for (const [name, { options }] of Object.entries(VALIDATORS)) {
    const ajv = new Ajv.default({ ...options, code: { source: true } });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaUrl(name), "utf8")));
    // ajv's standalone code requires its runtime helpers (ucs2length, equal): bundled in.
    await esbuild({
      stdin: { contents: standaloneCode(ajv, validate), resolveDir: root, sourcefile: `${name}.cjs`, loader: "js" },
      outfile: join(dir, `${name}.cjs`),
      bundle: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      logLevel: "warning",
    });
  }
}

/**
 * The .tf parser's WebAssembly (src/inputs/terraform/hcl/parse.ts): web-tree-sitter's runtime and
 * the Terraform grammar of @tree-sitter-grammars/tree-sitter-hcl (a dev dependency: only its .wasm
 * ships, with its license), into dist/hcl where the package and the Action's bundle find them.
 */
function copyHclParser() {
  const dir = join(root, "dist", "hcl");
  mkdirSync(dir, { recursive: true });
  const grammar = join(root, "node_modules", "@tree-sitter-grammars", "tree-sitter-hcl");
  copyFileSync(join(root, "node_modules", "web-tree-sitter", "web-tree-sitter.wasm"), join(dir, "web-tree-sitter.wasm"));
  copyFileSync(join(grammar, "tree-sitter-terraform.wasm"), join(dir, "tree-sitter-terraform.wasm"));
  const { version, license } = JSON.parse(readFileSync(join(grammar, "package.json"), "utf8"));
  writeFileSync(
    join(dir, "LICENSE-tree-sitter-hcl.txt"),
    `tree-sitter-terraform.wasm: @tree-sitter-grammars/tree-sitter-hcl@${version} (${license})\n\n${readFileSync(join(grammar, "LICENSE"), "utf8")}`,
  );
}

/**
 * The GitHub Action's runnerlint: bin/runnerlint.js and the check worker, bundled with their
 * dependencies into dist/action (a composite action's checkout has no node_modules). They find
 * the compiled policy and the schemas from the package root (src/package-root.ts). Not shipped
 * in the npm package, which has its dependencies.
 */
async function bundleAction() {
  const dir = join(root, "dist", "action");
  const { metafile } = await esbuild({
    entryPoints: { runnerlint: join(root, "bin", "runnerlint.js"), "check-worker": join(root, "dist", "check-worker.js") },
    outdir: dir,
    // Flat: the worker is found beside the chunk that starts it (new URL("./check-worker.js")).
    chunkNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // The CommonJS dependencies (ajv, opa-wasm) require Node's modules at run time.
    banner: {
      js: 'import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);',
    },
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  writeFileSync(join(dir, "THIRD-PARTY-LICENSES.txt"), thirdPartyLicenses(Object.keys(metafile.inputs)));
}

/** The license texts of the npm packages a bundle includes, one after another, by package name. */
function thirdPartyLicenses(inputs) {
  const pkgs = new Set();
  for (const file of inputs) {
    // The innermost package: node_modules/a/node_modules/b/x.js is b's.
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(file.replaceAll("\\", "/"));
    if (m) pkgs.add(m[1]);
  }
  // Packages with the same license text (the AWS SDK's many) share one copy of it.
  const byText = new Map();
  for (const path of [...pkgs].sort()) {
    const pkgDir = join(root, path);
    const { name, version, license } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    const file = readdirSync(pkgDir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(pkgDir, file), "utf8").trim() : `(no license file in the package; package.json says ${license})`;
    byText.set(text, [...(byText.get(text) ?? []), `${name}@${version} (${license})`]);
  }
  const parts = [...byText].map(([text, names]) => `${names.join("\n")}\n\n${text}\n`);
  return `Third-party software bundled in dist/action (the GitHub Action's runnerlint)\n\n${parts.join("\n" + "-".repeat(78) + "\n\n")}`;
}

/** Writes policies/main/rules.rego (formatted as `opa fmt` wants it) when its text changes. */
function writeRegistry(opa, rules) {
  const text = run(opa, ["fmt"], { input: registryRego(rules), stdio: ["pipe", "pipe", "inherit"] });
  const file = join(root, REGISTRY);
  let old = "";
  try {
    old = readFileSync(file, "utf8");
  } catch {
    // first build
  }
  if (old !== text) writeFileSync(file, text);
}

function opaVersion(opa) {
  return /Version: (\S+)/.exec(run(opa, ["version"]))?.[1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await build();
  } catch (e) {
    console.error(`build failed: ${e.message}`);
    process.exit(1);
  }
}
