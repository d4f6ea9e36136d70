// Makes Debian's `chromium` available for the HTML report test (test/report/html.test.ts).
// Idempotent: does nothing when /usr/bin/chromium exists. Installs it with apt-get when it is
// missing and we are root with apt-get at hand; otherwise says why it skipped and exits 0, and the
// HTML browser test skips itself with the same reason. Never downloads a browser build of its own
// (playwright's `install` is not used): Debian's package is the one the project relies on.
//
//   node scripts/setup-chromium.mjs            install if needed
//   node scripts/setup-chromium.mjs --check    only report whether it is there (exit 1 if not)
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

export const CHROMIUM = "/usr/bin/chromium";

const log = (msg) => process.stdout.write(`setup-chromium: ${msg}\n`);

function onPath(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

function run(cmd, args) {
  log(`running: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (r.error) throw r.error;
  return r.status === 0;
}

export function setupChromium({ checkOnly = false } = {}) {
  if (existsSync(CHROMIUM)) {
    log(`${CHROMIUM} is present; nothing to do`);
    return true;
  }
  if (checkOnly) {
    log(`${CHROMIUM} is missing`);
    return false;
  }
  if (process.platform !== "linux" || !onPath("apt-get")) {
    log(`${CHROMIUM} is missing and apt-get is not available; skipping (the HTML browser test will be skipped)`);
    return false;
  }
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    log(`${CHROMIUM} is missing and this is not root; skipping (run \`sudo apt-get install chromium\` to enable the HTML browser test)`);
    return false;
  }
  log(`${CHROMIUM} is missing; installing Debian's chromium package`);
  // `install` first: the package lists may already be current. Update and retry only on failure.
  const quiet = ["-y", "-q", "--no-install-recommends", "install", "chromium"];
  if (!run("apt-get", quiet)) {
    if (!run("apt-get", ["-q", "update"]) || !run("apt-get", quiet)) {
      log("apt-get could not install chromium; skipping (the HTML browser test will be skipped)");
      return false;
    }
  }
  const ok = existsSync(CHROMIUM);
  log(ok ? `installed ${CHROMIUM}` : `apt-get finished but ${CHROMIUM} is still missing; skipping`);
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const checkOnly = process.argv.includes("--check");
  const ok = setupChromium({ checkOnly });
  process.exit(checkOnly && !ok ? 1 : 0);
}
