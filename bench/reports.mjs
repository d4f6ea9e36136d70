// `npm run bench` (after bench/run.mjs): every report format on an account's export of 7,000
// security groups (generated: bench/generate.mjs securityGroupsExport, indented as the AWS CLI
// writes it, a fifth of the groups the environments' with the mistakes audits find). Target: each
// format within 2× the JSON report's time and peak memory. Prints a table for bench/RESULTS.md.
//   node bench/reports.mjs [--groups N] [--runs N]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { securityGroupsExport } from "./generate.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const GROUPS = opt("groups", 7000);
const RUNS = opt("runs", 3);
const FORMATS = ["json", "text", "sarif", "junit", "markdown", "github", "html"];
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const work = join(root, "bench", ".work", "reports");
mkdirSync(work, { recursive: true });
const input = join(work, `account-${GROUPS}.describe-security-groups.json`);
writeFileSync(input, securityGroupsExport(1, GROUPS));
const bin = join(root, "bin", "runnerlint.js");

function once(format) {
  const out = join(work, `report.${format}`);
  const timeFile = join(work, "time.txt");
  const argv = [process.execPath, bin, "check", "--no-config", input, "--format", format, "--output", out];
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ["-f", "%M", "-o", timeFile, ...argv], { encoding: "utf8" })
    : spawnSync(argv[0], argv.slice(1), { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 1) throw new Error(`--format ${format} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rssKb = TIME ? Number(readFileSync(timeFile, "utf8").trim().split("\n").pop()) : undefined;
  return { ms, rssKb, bytes: readFileSync(out).length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = {};
process.stderr.write(`${GROUPS} groups, ${(readFileSync(input).length / 1048576).toFixed(1)} MiB, ${RUNS} runs per format\n`);
for (const f of FORMATS) {
  const runs = Array.from({ length: RUNS }, () => once(f));
  rows[f] = { ms: median(runs.map((r) => r.ms)), rssKb: TIME ? median(runs.map((r) => r.rssKb)) : undefined, bytes: runs[0].bytes };
  process.stderr.write(
    `  ${f}: ${(rows[f].ms / 1000).toFixed(2)} s, ${rows[f].rssKb ? (rows[f].rssKb / 1024).toFixed(0) + " MiB" : "?"}\n`,
  );
}
const base = rows.json;
const lines = ["| format | time | × JSON | peak RSS | × JSON | report size | within 2× |", "| --- | --- | --- | --- | --- | --- | --- |"];
for (const f of FORMATS) {
  const r = rows[f];
  const t = r.ms / base.ms;
  const m = r.rssKb && base.rssKb ? r.rssKb / base.rssKb : undefined;
  lines.push(
    `| ${f} | ${(r.ms / 1000).toFixed(2)} s | ${t.toFixed(2)} | ${r.rssKb ? (r.rssKb / 1024).toFixed(0) + " MiB" : "?"} | ${m ? m.toFixed(2) : "?"} | ${(r.bytes / 1048576).toFixed(1)} MiB | ${t <= 2 && (m === undefined || m <= 2) ? "yes" : "**no**"} |`,
  );
}
process.stdout.write(lines.join("\n") + "\n");
