// `npm run build` (and `prepare`, so `npm ci` leaves the checkout ready):
//   1. OPA from its pinned Go module (scripts/opa.mjs),
//   2. the requirement catalogue, validated against its JSON Schema, as policy data,
//   3. policies/ compiled to one Wasm module with one entrypoint per input kind,
//   4. every rule's # METADATA extracted into rules.json beside the module,
//   5. TypeScript, and the settings-file schemas as standalone validators (dist/validators).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { parse as parseYaml } from "yaml";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { ensureOpa } from "./opa.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, "dist", "policy");
const skipTs = process.argv.includes("--no-ts");

export const POLICY_IGNORES = ["--ignore", "*_test.rego", "--ignore", "*.json", "--ignore", "*.yaml", "--ignore", "*.md", "--ignore", ".regal"];

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 256 << 20, ...opts });
}

export function buildCatalogue() {
  const catalogue = parseYaml(readFileSync(join(root, "requirements", "catalogue.yaml"), "utf8"));
  const schema = JSON.parse(readFileSync(join(root, "requirements", "catalogue.schema.json"), "utf8"));
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  if (!ajv.validate(schema, catalogue)) {
    throw new Error("requirements/catalogue.yaml does not match its schema:\n" + ajv.errorsText(ajv.errors, { separator: "\n" }));
  }
  const ids = new Set();
  for (const r of catalogue.requirements) {
    if (ids.has(r.id)) throw new Error(`requirements/catalogue.yaml: duplicate id ${r.id}`);
    ids.add(r.id);
  }
  // Rego looks requirements up by id.
  const requirements = Object.fromEntries(catalogue.requirements.map((r) => [r.id, r]));
  return { ...catalogue, requirements };
}

function entrypoints() {
  return readdirSync(join(root, "policies", "main"))
    .filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego"))
    .map((f) => `runnerlint/main/${f.replace(/\.rego$/, "")}/verdicts`);
}

/** Minimal ustar reader: returns the named file from a .tar.gz buffer. */
function untar(gz, wanted) {
  const tar = gunzipSync(gz);
  for (let off = 0; off + 512 <= tar.length; ) {
    const name = tar.toString("utf8", off, off + 100).replace(/\0.*$/s, "");
    if (!name) break;
    const size = parseInt(tar.toString("utf8", off + 124, off + 136).replace(/\0.*$/s, "").trim() || "0", 8);
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
    const pkg = a.path.map((p) => p.value).slice(1).join(".");
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
      relatedResources: (ann.related_resources ?? []).map((r) => r.ref),
      aliases: ann.custom.aliases ?? [],
      file: a.location?.file,
    });
  }
  rules.sort((x, y) => x.id.localeCompare(y.id));
  return rules;
}

export async function build() {
  const opa = ensureOpa();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const catalogue = buildCatalogue();
  writeFileSync(join(out, "data.json"), JSON.stringify({ runnerlint: { catalogue } }));
  const bundle = join(out, "bundle.tar.gz");
  const eps = entrypoints();
  run(opa, ["build", "-t", "wasm", "--capabilities", "policies/capabilities.json", ...POLICY_IGNORES,
    ...eps.flatMap((e) => ["-e", e]), "-o", bundle, "policies"]);
  writeFileSync(join(out, "policy.wasm"), untar(readFileSync(bundle), "policy.wasm"));
  rmSync(bundle);
  writeFileSync(join(out, "rules.json"), JSON.stringify({ opaVersion: opaVersion(opa), entrypoints: eps, rules: ruleMetadata(opa) }, null, 1));
  if (!skipTs) {
    run(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], { stdio: "inherit" });
    await buildValidators();
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
    writeFileSync(join(dir, `${name}.cjs`), standaloneCode(ajv, validate));
  }
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
