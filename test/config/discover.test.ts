// .runnerlint.yaml is searched for from the working directory upward, and the search ends at the
// filesystem root.
import { existsSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, parse, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfigFile } from "../../src/config/index.js";

function tree(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "runnerlint-discover-")));
  mkdirSync(join(root, "repo", "infra", "network"), { recursive: true });
  return root;
}

describe("config discovery", () => {
  it("finds the file in the working directory", () => {
    const root = tree();
    writeFileSync(join(root, "repo", ".runnerlint.yaml"), "runner: standard\n");
    expect(findConfigFile(join(root, "repo"))).toBe(join(root, "repo", ".runnerlint.yaml"));
  });

  it("walks up from a subfolder to the nearest file, and a nearer one wins", () => {
    const root = tree();
    writeFileSync(join(root, "repo", ".runnerlint.yaml"), "");
    expect(findConfigFile(join(root, "repo", "infra", "network"))).toBe(join(root, "repo", ".runnerlint.yaml"));
    writeFileSync(join(root, "repo", "infra", ".runnerlint.yml"), "");
    expect(findConfigFile(join(root, "repo", "infra", "network"))).toBe(join(root, "repo", "infra", ".runnerlint.yml"));
  });

  it("does not look below the working directory or in sibling folders", () => {
    const root = tree();
    writeFileSync(join(root, "repo", "infra", "network", ".runnerlint.yaml"), "");
    mkdirSync(join(root, "other"));
    // Only files under the temporary root count, so a stray file above it cannot change the outcome.
    expect(findConfigFile(join(root, "other"), (p) => p.startsWith(root) && existsSync(p))).toBeUndefined();
    expect(findConfigFile(join(root, "repo"), (p) => p.startsWith(root) && existsSync(p))).toBeUndefined();
  });

  it("stops at the filesystem root: every ancestor is tried once, the root last", () => {
    const start = join(tmpdir(), "a", "b", "c");
    const seen: string[] = [];
    expect(findConfigFile(start, (p) => (seen.push(p), false))).toBeUndefined();
    const dirs = [...new Set(seen.map((p) => dirname(p)))];
    const root = parse(start).root;
    expect(dirs[0]).toBe(start);
    expect(dirs[dirs.length - 1]).toBe(root);
    expect(dirs.length).toBe(start.split(sep).filter(Boolean).length + 1);
    // Both names in every folder, nothing else.
    expect(seen.every((p) => /\.runnerlint\.ya?ml$/.test(p))).toBe(true);
  });

  it("a file at the filesystem root itself is found", () => {
    const start = join(tmpdir(), "x");
    const rootFile = join(parse(start).root, ".runnerlint.yaml");
    expect(findConfigFile(start, (p) => p === rootFile)).toBe(rootFile);
  });

  it("two names in one folder are ambiguous: an error, not a silent pick", () => {
    const root = tree();
    writeFileSync(join(root, "repo", ".runnerlint.yaml"), "");
    writeFileSync(join(root, "repo", ".runnerlint.yml"), "");
    expect(() => findConfigFile(join(root, "repo"))).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
  });
});
