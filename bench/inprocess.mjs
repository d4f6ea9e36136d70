// In-process measurements for bench/run.mjs, each mode in a fresh `node` process (its result is one
// JSON line on stdout). Uses the built library (dist/), as an embedding tool would.
//   normalize <corpusDir> <outDir>   writes every normalized input runnerlint evaluates (one JSON per
//                                    document) and all of them as one {docs: [...]} for a batch eval
//   floor <corpusDir> <reps>         YAML/JSON parse of every file with the same parser and options
//   breakdown <corpusDir> <reps>     read / parse / normalize / evaluate / whole check() per corpus
//   warm <file> <reps>               library warm evaluation of one template (check() and evaluate())
//   memory <file> <count>            PolicyEngine.evaluate in a loop: RSS and Wasm memory samples
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { check, findFiles, readInputFile, PolicyEngine, loaders, markerPorts, parseSource } from "../dist/index.js";
import { companionLoaders } from "../dist/inputs/registry.js";
import { cfnTags } from "../dist/inputs/cloudformation/tags.js";

const config = { runner: "standard" };
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const out = (o) => process.stdout.write(JSON.stringify(o) + "\n");

/** An engine that records what check() evaluates (kind and input), then evaluates it. */
function recordingEngine(engine, docs) {
  const rec = Object.create(engine);
  rec.evaluate = (kind, input) => {
    docs.push({ kind, input: JSON.parse(JSON.stringify(input)) });
    return engine.evaluate(kind, input);
  };
  return rec;
}

function normalize(dir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const docs = [];
  const engine = recordingEngine(new PolicyEngine(), docs);
  const result = check([dir], { config, engine });
  docs.forEach((d, i) => writeFileSync(join(outDir, `${String(i).padStart(5, "0")}-${d.kind}.json`), JSON.stringify(d.input)));
  writeFileSync(join(outDir, "..", `${outDir.split("/").pop()}.batch.json`), JSON.stringify({ docs }));
  out({
    files: result.inputs.length,
    documents: docs.length,
    kinds: [...new Set(docs.map((d) => d.kind))],
    errors: result.errors.length,
    findings: result.findings.length,
  });
}

function files(dir) {
  return findFiles([dir]).map((f) => f.path);
}

/**
 * The floor: bytes → plain data with positions, with runnerlint's parser (parseSource: YAML through
 * the `yaml` AST, JSON through JSON.parse and its position index), without CloudFormation's rewrite
 * of short-form tags or anything after it.
 */
function parseOnly(path, text) {
  try {
    return parseSource(path, text, { customTags: cfnTags }).data;
  } catch {
    return undefined; // an unreadable file costs what it took to find out
  }
}

function floor(dir, reps) {
  const paths = files(dir);
  const texts = paths.map((p) => readFileSync(p, "utf8"));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  paths.forEach((p, i) => parseOnly(p, texts[i])); // warm-up: JIT, as for the other in-process numbers
  const times = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (const p of paths) parseOnly(p, readFileSync(p, "utf8"));
    times.push(performance.now() - t0);
  }
  out({ files: paths.length, bytes, parseMs: median(times), runs: times });
}

function breakdown(dir, reps) {
  const engine = new PolicyEngine();
  const markers = markerPorts(engine.catalogue);
  const paths = files(dir);
  const phase = { read: [], parse: [], normalize: [], evaluate: [], check: [] };
  let documents = 0;
  for (let r = 0; r <= reps; r++) {
    let read = 0,
      parse = 0,
      normalize = 0,
      evaluate = 0;
    documents = 0;
    for (const p of paths) {
      let t = performance.now();
      const file = readInputFile(p);
      read += performance.now() - t;
      t = performance.now();
      file.document();
      parse += performance.now() - t;
      t = performance.now();
      const loader = loaders.find((l) => l.detect(file));
      const ctx = { config, parameters: {}, markerPorts: markers };
      const docs = (loader ? loader.load(file, ctx) : []).filter((d) => !d.outOfScope);
      for (const c of companionLoaders) if (c !== loader && c.detect(file)) docs.push(...c.load(file, ctx));
      normalize += performance.now() - t;
      t = performance.now();
      for (const d of docs) engine.evaluate(d.kind, d.input);
      evaluate += performance.now() - t;
      documents += docs.length;
    }
    const t = performance.now();
    check([dir], { config, engine });
    const whole = performance.now() - t;
    if (r === 0) continue; // warm-up
    phase.read.push(read);
    phase.parse.push(parse);
    phase.normalize.push(normalize);
    phase.evaluate.push(evaluate);
    phase.check.push(whole);
  }
  out({ files: paths.length, documents, ...Object.fromEntries(Object.entries(phase).map(([k, v]) => [`${k}Ms`, median(v)])) });
}

function warm(file, reps) {
  const engine = new PolicyEngine();
  const docs = [];
  check([file], { config, engine: recordingEngine(engine, docs) });
  const checkTimes = [];
  const evalTimes = [];
  for (let r = 0; r < reps; r++) {
    let t = performance.now();
    check([file], { config, engine });
    checkTimes.push(performance.now() - t);
    t = performance.now();
    for (const d of docs) engine.evaluate(d.kind, d.input);
    evalTimes.push(performance.now() - t);
  }
  out({
    documents: docs.length,
    checkMs: median(checkTimes),
    evaluateMs: median(evalTimes),
    evaluatePerDocumentMs: median(evalTimes) / docs.length,
  });
}

function memory(file, count) {
  const engine = new PolicyEngine();
  const docs = [];
  check([file], { config, engine: recordingEngine(engine, docs) });
  const samples = [];
  const wasmBytes = () => engine.policy.mem.buffer.byteLength;
  const every = Math.max(1, Math.floor(count / 100));
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const d = docs[i % docs.length];
    engine.evaluate(d.kind, d.input);
    if (i % every === 0 || i === count - 1)
      samples.push({ i, rss: process.memoryUsage.rss(), heapUsed: process.memoryUsage().heapUsed, wasm: wasmBytes() });
  }
  const ms = performance.now() - t0;
  // Flat: compare the last tenth of the run with the second tenth (after the warm-up growth).
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const avg = (xs, k) => xs.reduce((n, s) => n + s[k], 0) / xs.length;
  const early = samples.slice(tenth, 2 * tenth);
  const late = samples.slice(-tenth);
  out({
    evaluations: count,
    documents: docs.length,
    ms,
    resets: engine.resets,
    rss: { first: samples[0].rss, early: avg(early, "rss"), late: avg(late, "rss"), max: Math.max(...samples.map((s) => s.rss)) },
    heapUsed: { early: avg(early, "heapUsed"), late: avg(late, "heapUsed") },
    wasm: { first: samples[0].wasm, max: Math.max(...samples.map((s) => s.wasm)), last: samples.at(-1).wasm },
    samples: samples.map((s) => [s.i, s.rss, s.wasm]),
  });
}

const [mode, a, b] = process.argv.slice(2);
switch (mode) {
  case "normalize":
    normalize(a, b);
    break;
  case "floor":
    floor(a, Number(b ?? 5));
    break;
  case "breakdown":
    breakdown(a, Number(b ?? 3));
    break;
  case "warm":
    warm(a, Number(b ?? 20));
    break;
  case "memory":
    memory(a, Number(b ?? 100000));
    break;
  default:
    console.error("usage: node bench/inprocess.mjs normalize|floor|breakdown|warm|memory ...");
    process.exit(2);
}
