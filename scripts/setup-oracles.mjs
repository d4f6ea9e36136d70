// The engines the oracle tests compare runnerlint with: Go's httpproxy (tools/oracles/httpproxy,
// pinned by tools/go.mod, built into .tools/bin), the runner's own NO_PROXY logic; and squid from
// Debian's packages (apt-get, when missing, as root), whose configuration parser decides which
// squid.conf files load. Idempotent: a stamp records what the oracle was built from.
//   node scripts/setup-oracles.mjs        build if needed, print the binaries' paths
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tools = join(root, "tools");

/** The httpproxy oracle's binary. */
export function httpproxyOracle() {
  return join(root, ".tools", "bin", "httpproxy-oracle");
}

export const SQUID = "/usr/sbin/squid";

/** Debian's squid, installed when missing (root with apt-get); false with the reason when it cannot be. */
export function ensureSquid({ quiet = false } = {}) {
  if (existsSync(SQUID)) return { ok: true };
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform !== "linux" || !root || spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status !== 0) {
    return { ok: false, reason: "squid is not installed, and apt-get as root is not available to install it" };
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const stdio = quiet ? "ignore" : "inherit";
  let r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "squid"], { stdio, env });
  if (r.status !== 0) {
    spawnSync("apt-get", ["update"], { stdio, env });
    r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "squid"], { stdio, env });
  }
  return existsSync(SQUID) ? { ok: true } : { ok: false, reason: "apt-get install squid failed" };
}

export function ensureOracles({ quiet = false } = {}) {
  const bin = httpproxyOracle();
  const stamp = `${bin}.stamp`;
  const sources = ["go.mod", "go.sum", join("oracles", "httpproxy", "main.go")].map((f) => readFileSync(join(tools, f), "utf8")).join("\0");
  const hash = createHash("sha256").update(sources).digest("hex");
  const squid = ensureSquid({ quiet });
  if (!squid.ok) throw new Error(squid.reason);
  if (existsSync(bin) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return { httpproxy: bin, squid: SQUID };
  mkdirSync(dirname(bin), { recursive: true });
  if (!quiet) process.stderr.write("building the httpproxy oracle from tools/go.mod ...\n");
  execFileSync("go", ["build", "-o", bin, "./oracles/httpproxy"], {
    cwd: tools,
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, GOFLAGS: "-mod=readonly", CGO_ENABLED: "0" },
  });
  writeFileSync(stamp, hash);
  return { httpproxy: bin, squid: SQUID };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(Object.values(ensureOracles()).join("\n"));
  } catch (e) {
    console.error(`setup-oracles failed: ${e.message}`);
    process.exit(1);
  }
}
