// .pre-commit-hooks.yaml: the manifest has the keys pre-commit knows, its `files` pattern picks
// every input kind, and both hooks, run by a real pre-commit (pinned, from PyPI) in a project of
// their own, install from a clean clone of this repository at HEAD with no Go on PATH and judge
// staged files of each kind: findings fail the commit, a clean change passes.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { venvBin } from "../../scripts/setup-python-tools.mjs";
import { CANDIDATE } from "../../src/inputs/files.js";
import { cleanClone, envWithoutGo } from "./clean-clone.js";

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
const KNOWN = new Set([
  "id",
  "name",
  "entry",
  "language",
  "alias",
  "files",
  "exclude",
  "types",
  "types_or",
  "exclude_types",
  "additional_dependencies",
  "args",
  "always_run",
  "fail_fast",
  "pass_filenames",
  "description",
  "language_version",
  "log_file",
  "require_serial",
  "stages",
  "verbose",
  "minimum_pre_commit_version",
]);

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
      for (const f of ["README.md", "src/index.ts", ".envrc", "Dockerfile", "yaml/notes.txt"])
        expect(re.test(f), `${h.id} ${f}`).toBe(false);
    }
  });
});

describe("both hooks, run by pre-commit on staged files", () => {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  let clone = "";
  let project = "";
  let env: NodeJS.ProcessEnv = {};
  const git = (...args: string[]) => execFileSync("git", args, { cwd: project, env, encoding: "utf8" });
  /** Stages exactly these fixtures (copied under the same path) and runs `pre-commit run` on them. */
  const commit = (...fixtures: string[]) => {
    git("reset", "--quiet");
    for (const f of fixtures) {
      mkdirSync(dirname(join(project, f)), { recursive: true });
      cpSync(join(clone, f), join(project, f));
    }
    git("add", "--", ...fixtures);
    const r = spawnSync(venvBin("pre-commit"), ["run"], { cwd: project, env, encoding: "utf8" });
    return { status: r.status, out: r.stdout + r.stderr };
  };
  /** pre-commit's result line of each hook: "Passed", "Failed" or "(no files to check)Skipped". */
  const results = (out: string) =>
    Object.fromEntries(hooks.map((h) => [h.id, new RegExp(`^${h.name.replace(/[()]/g, "\\$&")}\\.+(.+)$`, "m").exec(out)?.[1]]));

  beforeAll(() => {
    clone = cleanClone("runnerlint-hooks-");
    const rev = execFileSync("git", ["rev-parse", "HEAD"], { cwd: clone, encoding: "utf8" }).trim();
    const base = dirname(clone);
    project = join(base, "project");
    env = envWithoutGo({
      PRE_COMMIT_HOME: join(base, "pre-commit-home"),
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    });
    mkdirSync(project);
    git("init", "--quiet", "-b", "main");
    // runnerlint-npx: the project's own runnerlint, installed from the clone's package (no build).
    const pack = JSON.parse(execFileSync(npm, ["pack", "--json", "--pack-destination", base], { cwd: clone, env, encoding: "utf8" }))[0]
      .filename;
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "infra", private: true, devDependencies: { runnerlint: `file:../${pack}` } }),
    );
    execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund"], {
      cwd: project,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    writeFileSync(join(project, ".gitignore"), "node_modules/\n");
    // An Enterprise runner behind a proxy: .runnerlint.yaml is read, so NO_PROXY is judged too.
    writeFileSync(join(project, ".runnerlint.yaml"), "runner: enterprise\n");
    writeFileSync(
      join(project, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${clone}\n    rev: ${rev}\n    hooks:\n      - id: runnerlint\n      - id: runnerlint-npx\n`,
    );
    git("add", ".");
    git("commit", "--quiet", "-m", "init");
    // The `node` hook: pre-commit runs `npm install -g git+file://<clone>` into its own environment.
    const installed = spawnSync(venvBin("pre-commit"), ["install-hooks"], { cwd: project, env, encoding: "utf8" });
    if (installed.status !== 0) throw new Error(`pre-commit install-hooks failed:\n${installed.stdout}${installed.stderr}`);
  }, 300_000);

  it("installed the `node` hook with no Go on PATH and no build", () => {
    expect(spawnSync("go", ["version"], { env }).error, "Go must not be on the test's PATH").toBeDefined();
    expect(commit("fixtures/cloudformation/runner-compliant.yaml").status).toBe(0);
  });

  it.each([
    ["a CloudFormation template", "fixtures/network-firewall/cloudformation/runner-firewall.yaml"],
    ["a network ACL export", "fixtures/nacls/ephemeral-missing.describe-network-acls.json"],
    ["an SCP", "fixtures/scp/deny-run-instances.json"],
    ["a .env file", "fixtures/noproxy/dotenv/s3-only.env"],
    ["a squid.conf", "fixtures/squid/rule-order/squid.conf"],
    ["iptables-save output", "fixtures/iptables/blocked.rules"],
  ])("%s with findings fails the commit in both hooks", (_kind, file) => {
    const r = commit(file);
    expect(r.status, r.out).toBe(1);
    expect(results(r.out)).toEqual({ runnerlint: "Failed", "runnerlint-npx": "Failed" });
    expect(r.out).toContain("exit code: 1");
    expect(r.out).toContain(file);
  });

  it("a clean change passes; unrelated YAML and JSON are skipped, not judged", () => {
    const r = commit(
      "fixtures/cloudformation/runner-compliant.yaml",
      "fixtures/noproxy/dotenv/compliant.env",
      "fixtures/squid/compliant/squid.conf",
      "fixtures/iptables/compliant.rules",
      "fixtures/config/full.runnerlint.yaml",
    );
    expect(r.status, r.out).toBe(0);
    expect(results(r.out)).toEqual({ runnerlint: "Passed", "runnerlint-npx": "Passed" });
  });

  it("a change outside the input kinds runs neither hook", () => {
    mkdirSync(join(project, "docs"), { recursive: true });
    writeFileSync(join(project, "docs", "notes.md"), "# notes\n");
    git("reset", "--quiet");
    git("add", "docs/notes.md");
    const r = spawnSync(venvBin("pre-commit"), ["run"], { cwd: project, env, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(results(r.stdout)).toEqual({ runnerlint: "(no files to check)Skipped", "runnerlint-npx": "(no files to check)Skipped" });
  });

  it("a template that does not parse stops the commit with exit code 2 and its position", () => {
    const r = commit("fixtures/waivers/malformed-comment.yaml");
    expect(r.status).toBe(1);
    expect(results(r.out)).toEqual({ runnerlint: "Failed", "runnerlint-npx": "Failed" });
    expect(r.out).toContain("exit code: 2");
    expect(r.out).toMatch(/malformed-comment\.yaml:13:9: waiver comment/);
  });
});
