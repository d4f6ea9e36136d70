// What a consumer gets from this repository at a commit: a clone of HEAD in a temporary folder,
// outside this checkout (so Node finds no node_modules above it), with nothing installed or built
// beyond what is committed; and an environment with no Go on PATH (nothing may build OPA).
import { execFileSync } from "node:child_process";
import { accessSync, constants, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

const repo = process.cwd();

/** `git clone` of this repository's HEAD into a new temporary folder; returns the clone's path. */
export function cleanClone(prefix: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), "runnerlint");
  execFileSync("git", ["clone", "--quiet", "--no-hardlinks", repo, dir], { stdio: ["ignore", "ignore", "inherit"] });
  return dir;
}

/** A user's workspace: a new temporary folder holding a copy of the clone's fixtures/. */
export function workspaceWithFixtures(clone: string, prefix: string): string {
  const ws = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(clone, "fixtures"), join(ws, "fixtures"), { recursive: true });
  return ws;
}

function hasGo(dir: string): boolean {
  try {
    accessSync(join(dir, "go"), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** process.env without Go on PATH, without NODE_PATH and without runnerlint's or the Action's variables. */
export function envWithoutGo(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith("RUNNERLINT_") || k.startsWith("INPUT_") || k.startsWith("GITHUB_") || k === "NODE_PATH" || k.startsWith("GO"))
      continue;
    env[k] = v;
  }
  env.PATH = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((d) => d && !hasGo(d))
    .join(delimiter);
  return { ...env, NO_COLOR: "1", ...extra };
}
