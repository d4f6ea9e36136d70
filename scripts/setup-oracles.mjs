// The engines the oracle tests compare runnerlint with: Go's httpproxy (tools/oracles/httpproxy,
// pinned by tools/go.mod, built into .tools/bin), the runner's own NO_PROXY logic; squid from
// Debian's packages, whose configuration parser decides which squid.conf files load; Suricata 7
// from Debian's bookworm-backports, the engine Network Firewall's stateful rules are written for;
// and iptables, whose rules the kernel applies in a network namespace (apt-get, when missing, as
// root). Idempotent: a stamp records what the oracle was built from.
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

/** iptables (the nf_tables backend Debian ships), for the oracle that loads rules into a namespace. */
export const IPTABLES_RESTORE = "/usr/sbin/iptables-restore";

/** Suricata 7: Debian packages it in bookworm-backports (bookworm itself has 6). */
export const SURICATA = "/usr/bin/suricata";

const BACKPORTS = "/etc/apt/sources.list.d/runnerlint-bookworm-backports.sources";

function canApt() {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  return process.platform === "linux" && root && spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

/** apt-get install, with an update first when the package is not found. */
function aptInstall(args, { quiet }) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const stdio = quiet ? "ignore" : "inherit";
  const install = () => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...args], { stdio, env }).status === 0;
  if (install()) return true;
  spawnSync("apt-get", ["update"], { stdio, env });
  return install();
}

/** Debian's squid, installed when missing (root with apt-get); false with the reason when it cannot be. */
export function ensureSquid({ quiet = false } = {}) {
  if (existsSync(SQUID)) return { ok: true };
  if (!canApt()) return { ok: false, reason: "squid is not installed, and apt-get as root is not available to install it" };
  aptInstall(["squid"], { quiet });
  return existsSync(SQUID) ? { ok: true } : { ok: false, reason: "apt-get install squid failed" };
}

/** Debian's iptables and iproute2, installed when missing (root with apt-get). */
export function ensureIptables({ quiet = false } = {}) {
  const ip = "/usr/sbin/ip"; // iproute2: the namespace and its veth
  if (existsSync(IPTABLES_RESTORE) && existsSync(ip)) return { ok: true };
  if (!canApt())
    return { ok: false, reason: "iptables or iproute2 is not installed, and apt-get as root is not available to install them" };
  aptInstall(["iptables", "iproute2"], { quiet });
  return existsSync(IPTABLES_RESTORE) && existsSync(ip) ? { ok: true } : { ok: false, reason: "apt-get install iptables iproute2 failed" };
}

/** Suricata 7 from bookworm-backports (the suite is added to apt's sources when missing). */
export function ensureSuricata({ quiet = false } = {}) {
  const major = () => /version (\d+)\./.exec(spawnSync(SURICATA, ["-V"], { encoding: "utf8" }).stdout ?? "")?.[1];
  if (existsSync(SURICATA) && major() === "7") return { ok: true };
  if (!canApt()) return { ok: false, reason: "Suricata 7 is not installed, and apt-get as root is not available to install it" };
  const codename = /VERSION_CODENAME=(\w+)/.exec(readFileSync("/etc/os-release", "utf8"))?.[1];
  if (codename !== "bookworm") return { ok: false, reason: `Suricata 7 is installed from bookworm-backports; this system is ${codename}` };
  if (!existsSync(BACKPORTS)) {
    writeFileSync(
      BACKPORTS,
      "Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n",
    );
    spawnSync("apt-get", ["update"], { stdio: quiet ? "ignore" : "inherit" });
  }
  aptInstall(["-t", "bookworm-backports", "suricata"], { quiet });
  return existsSync(SURICATA) && major() === "7"
    ? { ok: true }
    : { ok: false, reason: "apt-get install -t bookworm-backports suricata failed" };
}

export function ensureOracles({ quiet = false } = {}) {
  const bin = httpproxyOracle();
  const stamp = `${bin}.stamp`;
  const sources = ["go.mod", "go.sum", join("oracles", "httpproxy", "main.go")].map((f) => readFileSync(join(tools, f), "utf8")).join("\0");
  const hash = createHash("sha256").update(sources).digest("hex");
  for (const engine of [ensureSquid({ quiet }), ensureSuricata({ quiet }), ensureIptables({ quiet })])
    if (!engine.ok) throw new Error(engine.reason);
  const engines = { httpproxy: bin, squid: SQUID, suricata: SURICATA, iptables: IPTABLES_RESTORE };
  if (existsSync(bin) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return engines;
  mkdirSync(dirname(bin), { recursive: true });
  if (!quiet) process.stderr.write("building the httpproxy oracle from tools/go.mod ...\n");
  execFileSync("go", ["build", "-o", bin, "./oracles/httpproxy"], {
    cwd: tools,
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, GOFLAGS: "-mod=readonly", CGO_ENABLED: "0" },
  });
  writeFileSync(stamp, hash);
  return engines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(Object.values(ensureOracles()).join("\n"));
  } catch (e) {
    console.error(`setup-oracles failed: ${e.message}`);
    process.exit(1);
  }
}
