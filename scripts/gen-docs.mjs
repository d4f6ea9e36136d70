// `npm run docs`: the rules reference in docs/rules/, generated from the rules' # METADATA
// (dist/policy/rules.json, written by `npm run compile`) and the requirement catalogue.
//
//   node scripts/gen-docs.mjs           write docs/rules/README.md and each docs/rules/<area>/<rule>.md
//   node scripts/gen-docs.mjs --check   exit 1, listing the files, when any is missing or stale
//
// Each rule page keeps its hand-written body (between the generated header and footer; the
// footer's Avoid and Prefer are the first bad and good examples of the rule's examples.yaml); a page
// written before generation existed is adopted: its title lines, first table, ## Remediation and
// ## Messages are replaced by generated ones, everything else is kept. See
// src/cli/commands/rule-docs.ts.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadExamples } from "./rule-examples.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The expected content of every generated file, by path relative to the repository root. */
export async function expectedDocs(dir = root) {
  const { rulePage, rulesIndex } = await import(pathToFileURL(join(dir, "dist", "cli", "commands", "rule-docs.js")).href);
  const policy = join(dir, "dist", "policy");
  if (!existsSync(join(policy, "rules.json"))) throw new Error("dist/policy/rules.json is missing: run `npm run compile` first");
  const { rules } = JSON.parse(readFileSync(join(policy, "rules.json"), "utf8"));
  const { catalogue } = JSON.parse(readFileSync(join(policy, "data.json"), "utf8")).runnerlint;
  const engine = { rules, catalogue };
  const out = new Map();
  out.set("docs/rules/README.md", rulesIndex(engine));
  for (const rule of rules) {
    const rel = `docs/rules/${rule.id}.md`;
    const abs = join(dir, rel);
    out.set(rel, rulePage(rule, engine, existsSync(abs) ? readFileSync(abs, "utf8") : undefined, ruleExamples(rule, dir)));
  }
  return { files: out, rules };
}

/** The examples beside a rule (its folder's examples.yaml), for its page's Avoid and Prefer. */
export function ruleExamples(rule, dir = root) {
  const file = rule.file && join(dir, dirname(rule.file), "examples.yaml");
  return file && existsSync(file) ? loadExamples(readFileSync(file, "utf8"), file) : undefined;
}

/** Pages under docs/rules/<area>/ that no rule has (a renamed or removed rule). */
export function orphanPages(dir, rules) {
  const ids = new Set(rules.map((r) => r.id));
  const base = join(dir, "docs", "rules");
  if (!existsSync(base)) return [];
  const orphans = [];
  for (const area of readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(base, area.name)).filter((n) => n.endsWith(".md"))) {
      if (!ids.has(`${area.name}/${f.replace(/\.md$/, "")}`)) orphans.push(`docs/rules/${area.name}/${f}`);
    }
  }
  return orphans;
}

async function main() {
  const check = process.argv.includes("--check");
  const { files, rules } = await expectedDocs();
  const stale = [];
  for (const [rel, content] of files) {
    const abs = join(root, rel);
    const current = existsSync(abs) ? readFileSync(abs, "utf8") : undefined;
    if (current === content) continue;
    stale.push(rel);
    if (!check) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  const orphans = orphanPages(root, rules);
  for (const o of orphans) console.error(`${o}: no rule has this id (renamed or removed?): move its text to the rule's page and delete it`);
  if (check) {
    if (stale.length || orphans.length) {
      for (const s of stale) console.error(`${s}: missing or out of date`);
      console.error("run `npm run docs` (after `npm run compile` if a rule's METADATA changed)");
      process.exit(1);
    }
    console.log(`docs/rules: ${files.size} files up to date`);
    return;
  }
  console.log(stale.length ? `docs/rules: wrote ${stale.join(", ")}` : `docs/rules: ${files.size} files up to date`);
  if (orphans.length) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`gen-docs: ${e.message}`);
    process.exit(1);
  });
}
