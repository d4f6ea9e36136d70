// Builds OPA from its Go module, pinned in tools/go.mod (Go's `tool` directive), into .tools/bin.
// The opa_wasm tag enables the Wasm target so `opa test -t wasm` runs the compiled policies.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, ".tools", "bin", "opa");
const stamp = join(root, ".tools", "bin", "opa.stamp");

export function opaPath() {
  return bin;
}

export function ensureOpa() {
  const gomod = readFileSync(join(root, "tools", "go.mod"), "utf8") + readFileSync(join(root, "tools", "go.sum"), "utf8");
  if (existsSync(bin) && existsSync(stamp) && readFileSync(stamp, "utf8") === gomod) return bin;
  try {
    execFileSync("go", ["version"], { stdio: "ignore" });
  } catch {
    throw new Error("Go is needed to build OPA from its pinned module (tools/go.mod); install Go >= 1.24");
  }
  mkdirSync(dirname(bin), { recursive: true });
  console.log("building OPA from tools/go.mod (first run only) ...");
  execFileSync("go", ["build", "-tags", "opa_wasm", "-o", bin, "github.com/open-policy-agent/opa"], {
    cwd: join(root, "tools"),
    stdio: "inherit",
    env: { ...process.env, GOFLAGS: "-mod=mod", CGO_ENABLED: "0" },
  });
  writeFileSync(stamp, gomod);
  return bin;
}
