// .pre-commit-hooks.yaml, as far as a machine without pre-commit allows: the manifest has the keys
// pre-commit requires (and no others), its `files` pattern picks the right files, and each hook's
// entry, run the way pre-commit runs it (entry + args + the changed files' names), gives the exit
// codes a commit hook needs.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { CANDIDATE } from "../../src/inputs/files.js";

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  [key: string]: unknown;
}
const hooks = parse(readFileSync(".pre-commit-hooks.yaml", "utf8")) as Hook[];

// pre-commit's manifest keys (pre_commit/clientlib.py, MANIFEST_HOOK_DICT).
const KNOWN = new Set(["id", "name", "entry", "language", "alias", "files", "exclude", "types", "types_or", "exclude_types", "additional_dependencies", "args", "always_run", "fail_fast", "pass_filenames", "description", "language_version", "log_file", "require_serial", "stages", "verbose", "minimum_pre_commit_version"]);

/** Runs a hook's entry as pre-commit does: `entry` split on spaces, then the file names. */
function runHook(hook: Hook, files: string[]) {
  let [cmd, ...args] = hook.entry.split(" ");
  // The `node` hook's runnerlint is the one pre-commit installs; here, the repository's own bin.
  if (cmd === "runnerlint") [cmd, args] = [process.execPath, [join(process.cwd(), "bin", "runnerlint.js"), ...args]];
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1" };
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("RUNNERLINT_")) env[k] = v;
  const r = spawnSync(cmd!, [...args, "--no-config", ...files], { encoding: "utf8", env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe(".pre-commit-hooks.yaml", () => {
  it("declares hooks with the keys pre-commit requires and knows", () => {
    expect(hooks.map((h) => h.id)).toEqual(["runnerlint", "runnerlint-npx"]);
    for (const h of hooks) {
      for (const k of ["id", "name", "entry", "language"]) expect(h[k], `${h.id}.${k}`).toBeTruthy();
      for (const k of Object.keys(h)) expect(KNOWN.has(k), `${h.id}: unknown key ${k}`).toBe(true);
      expect(["node", "system"]).toContain(h.language);
      expect(h.require_serial).toBe(true);
      expect(h.entry).toMatch(/runnerlint check --skip-unrecognized$/);
    }
  });

  it("`files` selects every input kind a folder walk reads, and nothing else", () => {
    for (const h of hooks) {
      // Python's (?i) is JavaScript's i flag; the rest is the folder walk's own pattern.
      expect(h.files!.startsWith("(?i)"), h.id).toBe(true);
      expect(h.files!.slice(4), h.id).toBe(CANDIDATE.source.replace(/\\\//g, "/"));
      const re = new RegExp(h.files!.slice(4), "i");
      for (const f of [
        "infra/network.yaml",
        "stack.yml",
        "cdk.out/App.template.json",
        "legacy/app.template",
        ".env",
        "deploy/runner/.env",
        "runner.env",
        "scp/deny.json",
        "proxy/squid.conf",
        "squid-egress.conf",
        "host/rules.v4",
        "host/iptables-save.txt",
        "fw/egress.rules",
        "Infra/Network.YAML",
      ])
        expect(re.test(f), `${h.id} ${f}`).toBe(true);
      for (const f of ["README.md", "src/index.ts", ".envrc", "Dockerfile", "yaml/notes.txt"]) expect(re.test(f), `${h.id} ${f}`).toBe(false);
    }
  });

  it.each(hooks.map((h) => [h.id, h] as const))("%s: findings fail the commit, unrelated YAML/JSON is skipped, a clean change passes", (_id, hook) => {
    // What pre-commit would pass for a commit touching a template, a workflow-like YAML and package.json.
    const bad = runHook(hook, ["fixtures/cloudformation/exposed-noncompliant.yaml", ".pre-commit-hooks.yaml", "package.json"]);
    expect(bad.status, bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/fixtures\/cloudformation\/exposed-noncompliant\.yaml\n\s+\d+:\d+\s+error/);
    // squid.conf and iptables-save output are inputs too: their findings fail the commit.
    for (const f of ["fixtures/iptables/blocked.rules", "fixtures/squid/rule-order/squid.conf"]) {
      expect(new RegExp(hook.files!.slice(4), "i").test(f), f).toBe(true);
      expect(runHook(hook, [f]).status, f).toBe(1);
    }
    const ok = runHook(hook, ["fixtures/cloudformation/runner-compliant.yaml", "action.yml", "tsconfig.json"]);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    // A template that does not parse still stops the commit (exit 2, with its position).
    const broken = runHook(hook, ["fixtures/waivers/malformed-comment.yaml"]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/malformed-comment\.yaml:13:9: waiver comment/);
  });
});
