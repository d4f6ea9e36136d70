// The requirement catalogue's versions: requirements/catalogue.yaml (the seed version, the
// default) and requirements/versions/<version>.yaml (newer published lists, each written as
// changes to its base). Resolves every version into a complete catalogue and validates it.
// Used by the build (dist/policy/catalogues.json) and by the catalogue tests.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import Ajv from "ajv";

/**
 * A merge patch as RFC 7386 has it, except that null is a value (`feature: null` means "always
 * applies" in the catalogue), not a removal: objects merge, lists and other values replace.
 */
export function mergePatch(target, patch) {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out = target !== null && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) out[k] = mergePatch(out[k], v);
  return out;
}

function readYaml(root, rel) {
  return parseYaml(readFileSync(join(root, rel), "utf8"));
}

function validator(root) {
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  ajv.addSchema(JSON.parse(readFileSync(join(root, "requirements", "catalogue.schema.json"), "utf8")), "catalogue.schema.json");
  ajv.addSchema(JSON.parse(readFileSync(join(root, "requirements", "version.schema.json"), "utf8")), "version.schema.json");
  return (schema, value, what) => {
    if (!ajv.validate(schema, value))
      throw new Error(`${what} does not match its schema:\n` + ajv.errorsText(ajv.errors, { separator: "\n" }));
  };
}

function checkIds(list, what) {
  const ids = new Set();
  for (const r of list) {
    if (ids.has(r.id)) throw new Error(`${what}: duplicate id ${r.id}`);
    ids.add(r.id);
  }
}

/** One version file applied to its resolved base. */
function applyVersion(base, file) {
  const byId = new Map(base.requirements.map((r) => [r.id, r]));
  const added = [];
  for (const patch of file.requirements) {
    if (byId.has(patch.id)) byId.set(patch.id, mergePatch(byId.get(patch.id), patch));
    else added.push(patch);
  }
  const { requirements: _, ...top } = file;
  return {
    ...base,
    ...top,
    documents: { ...base.documents, ...(file.documents ?? {}) },
    supersedes: [...(base.supersedes ?? []), ...(file.supersedes ?? [])],
    // The base's order, then the new requirements in the file's order.
    requirements: [...base.requirements.map((r) => byId.get(r.id)), ...added],
  };
}

/**
 * Every catalogue version, resolved and validated: {default, latest, versions: {version: catalogue}}
 * where each catalogue keeps its requirements as a list (the build keys them by id for Rego).
 */
export function readCatalogues(root) {
  const validate = validator(root);
  const seed = readYaml(root, "requirements/catalogue.yaml");
  validate("catalogue.schema.json", seed, "requirements/catalogue.yaml");
  checkIds(seed.requirements, "requirements/catalogue.yaml");
  const files = new Map();
  const dir = join(root, "requirements", "versions");
  for (const name of existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : []) {
    const rel = `requirements/versions/${name}`;
    const file = readYaml(root, rel);
    validate("version.schema.json", file, rel);
    if (`${file.version}.yaml` !== name) throw new Error(`${rel}: version ${file.version} does not match the file name`);
    checkIds(file.requirements, rel);
    files.set(file.version, { rel, file });
  }
  const versions = { [seed.version]: seed };
  const resolve = (v, chain = []) => {
    if (versions[v]) return versions[v];
    const entry = files.get(v);
    if (!entry) throw new Error(`${chain.at(-1) ?? "requirements/versions"}: base ${v} is neither the seed catalogue nor a version file`);
    if (chain.includes(entry.rel)) throw new Error(`${entry.rel}: its bases form a cycle`);
    if (entry.file.base >= v) throw new Error(`${entry.rel}: base ${entry.file.base} is not older than ${v}`);
    const resolved = applyVersion(resolve(entry.file.base, [...chain, entry.rel]), entry.file);
    validate("catalogue.schema.json", resolved, `${entry.rel} (resolved)`);
    for (const s of resolved.supersedes)
      if (!resolved.documents[s.document] || !resolved.documents[s.by])
        throw new Error(`${entry.rel}: supersedes names a document the version does not list (${s.document} by ${s.by})`);
    return (versions[v] = resolved);
  };
  for (const v of files.keys()) resolve(v);
  const all = Object.keys(versions).sort();
  return { default: seed.version, latest: all.at(-1), versions: Object.fromEntries(all.map((v) => [v, versions[v]])) };
}

/** A catalogue as Rego reads it: requirements keyed by id. */
export function asData(catalogue) {
  return { ...catalogue, requirements: Object.fromEntries(catalogue.requirements.map((r) => [r.id, r])) };
}
