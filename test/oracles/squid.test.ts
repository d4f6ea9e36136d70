// Oracle: which squid.conf files squid refuses to load, decided by Debian's squid itself
// (`squid -k parse`, installed by scripts/setup-oracles.mjs) and by runnerlint (the squid loader,
// then lib/squid's refusal in Rego). Generated dstdomain ACLs over overlapping, duplicate,
// dotted, upper-case and flagged entries, and ACL types squid does not have; both must agree on
// whether the file loads and, when it does not, on the line squid stops at. Counts and
// disagreements: test-output/oracles/squid.json.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SQUID } from "../../scripts/setup-oracles.mjs";
import { parseSquid } from "../../src/inputs/squid/squid-conf.js";
import { evalModel, picker, prng, writeReport } from "./oracle.js";

const CONFIGS = 600;
const ENTRIES = [
  ".example.com",
  "example.com",
  "a.example.com",
  ".a.example.com",
  "b.a.example.com",
  "EXAMPLE.com",
  ".Example.COM",
  ".com",
  "x.org",
  ".x.org",
  "10.0.0.1",
  ".0.0.1",
  "ample.com",
];

function generate(n: number): string[] {
  const rnd = prng(5_7_2026);
  const pick = picker(rnd);
  return Array.from({ length: n }, () => {
    const lines = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
      // now and then a type squid does not have (a typo of dstdomain, or another product's name)
      const type = pick([...Array(12).fill("dstdomain"), "dstdomain_regex", "domain", "dst_domain"]);
      const flag = type === "dstdomain" ? pick(["", "", "", "", "-n ", "-i "]) : "";
      const values = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(ENTRIES));
      return `acl ${pick(["allowed", "allowed", "other"])} ${type} ${flag}${values.join(" ")}`;
    });
    return [...lines, "http_access allow allowed", "http_access deny all", "http_port 127.0.0.1:3128", ""].join("\n");
  });
}

const MODEL = `package oracle

import data.runnerlint.lib.squid

line(p) := squid.refusal(p).location.line if squid.refusal(p)

else := 0

results := [line(p) | some p in input.proxies]
`;

describe("squid.conf: what squid refuses to load, against squid itself", () => {
  it(`agrees with \`squid -k parse\` on ${CONFIGS} generated configurations`, () => {
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-squid-oracle-"));
    const configs = generate(CONFIGS);
    const version = execFileSync(SQUID, ["-v"], { encoding: "utf8" }).split("\n")[0]!;
    // squid: the line of "FATAL: Bungled <file> line N", or 0 when it loads.
    const engine = configs.map((text, i) => {
      const file = join(dir, `${i}.conf`);
      writeFileSync(file, text);
      const r = spawnSync(SQUID, ["-k", "parse", "-f", file], { encoding: "utf8" });
      const bungled = /FATAL: Bungled .* line (\d+):/.exec(r.stdout + r.stderr);
      if (r.status !== 0 && !bungled) throw new Error(`squid failed otherwise on:\n${text}\n${r.stdout}${r.stderr}`);
      return bungled ? Number(bungled[1]) : 0;
    });
    const model = evalModel<number>(MODEL, { proxies: configs.map((text, i) => parseSquid(`${i}.conf`, text)) });
    const disagreements = configs.flatMap((text, i) =>
      engine[i] === model[i] ? [] : [{ config: text, squid: engine[i], runnerlint: model[i] }],
    );
    const refused = engine.filter((l) => l > 0).length;
    writeReport("squid", { oracle: version, configs: configs.length, refused, loaded: configs.length - refused, disagreements });
    expect(refused).toBeGreaterThan(CONFIGS / 5);
    expect(configs.length - refused).toBeGreaterThan(CONFIGS / 5);
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});

// squid itself on loopback: what each loaded configuration does with CONNECT host:port requests,
// against lib/squid's answer for the same flow. The allowed ones fail upstream (every name
// resolves, through the test's hosts_file, to an address nothing listens on: 503); the denied
// ones are TCP_DENIED (403). Counts and disagreements: test-output/oracles/squid-connect.json.
const RUNTIME_CONFIGS = 60;
const HOSTS = ["app.gitpod.io", "x.us01.gitpod.dev", "us01.gitpod.dev", "example.com", "a.example.com", "gitpod.io.example.com"];
const PORTS = [443, 8443, 22];

function generateRuntime(n: number): string[] {
  const rnd = prng(12_5_2026);
  const pick = picker(rnd);
  const dotted = [".gitpod.io", ".us01.gitpod.dev", "us01.gitpod.dev", ".example.com", "example.com", "a.example.com"];
  const access = [
    "http_access deny CONNECT !SSL_ports",
    "http_access allow allowed",
    "http_access allow CONNECT allowed",
    "http_access deny other",
    "http_access allow SSL_ports",
    "http_access deny !allowed",
    "http_access allow all",
  ];
  return Array.from({ length: n }, () => {
    const lines = [
      `acl SSL_ports port ${pick(["443", "443 8443", "8443", "1-1024"])}`,
      "acl CONNECT method CONNECT",
      `acl allowed dstdomain ${pick(dotted)}`,
      `acl allowed dstdomain ${pick(dotted)}`,
      `acl other dstdomain ${pick(dotted)}`,
    ];
    const rules = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(access));
    return [...lines, ...rules, pick(["http_access deny all", "http_access allow all", ""]), ""].join("\n");
  });
}

const RUNTIME_MODEL = `package oracle

import data.runnerlint.lib.domains
import data.runnerlint.lib.squid

flow(h, port) := {"requirement": "r", "kind": "host", "destination": h, "pattern": domains.pattern(h), "protocol": "tcp", "port": port, "scheme": "https"}

results := [[squid.answer(p, flow(c[0], c[1])).state | some c in input.cases] | some p in input.proxies]
`;

async function connect(port: number, target: string): Promise<string> {
  const { connect: open } = await import("node:net");
  return new Promise((resolve) => {
    const s = open(port, "127.0.0.1", () => s.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`));
    let buf = "";
    s.on("data", (d) => {
      buf += d;
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(buf);
      if (status) {
        resolve(status[1]!);
        s.destroy();
      }
    });
    s.on("error", (e) => resolve(`error ${e.message}`));
    s.setTimeout(10_000, () => {
      resolve("timeout");
      s.destroy();
    });
  });
}

/** A loopback port nothing listens on now (another run of the tests may be using others). */
async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function listening(port: number): Promise<void> {
  const { connect: open } = await import("node:net");
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = open(port, "127.0.0.1", () => {
        s.destroy();
        resolve(true);
      });
      s.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`squid did not listen on ${port}`);
}

describe("squid http_access: CONNECT requests against squid itself", () => {
  it(`agrees with squid on ${RUNTIME_CONFIGS} configurations × ${HOSTS.length * PORTS.length} CONNECT requests`, async () => {
    const { spawn } = await import("node:child_process");
    const { chmodSync } = await import("node:fs");
    const configs = generateRuntime(RUNTIME_CONFIGS);
    const cases = HOSTS.flatMap((h) => PORTS.map((p) => [h, p] as const));
    const model = evalModel<string[]>(RUNTIME_MODEL, {
      proxies: configs.map((text, i) => parseSquid(`${i}.conf`, text)),
      cases,
    });
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-squid-connect-"));
    chmodSync(dir, 0o777); // squid drops to its own user
    writeFileSync(join(dir, "hosts"), `127.0.0.2 ${HOSTS.join(" ")}\n`);
    const disagreements: object[] = [];
    let compared = 0;
    let refused = 0;
    let allowed = 0;
    for (const [i, text] of configs.entries()) {
      const port = await freePort();
      const file = join(dir, `${i}.conf`);
      const run = [
        `http_port 127.0.0.1:${port}`,
        `pid_filename ${join(dir, `${i}.pid`)}`,
        `cache_log ${join(dir, `${i}.log`)}`,
        "access_log none",
        "cache deny all",
        `coredump_dir ${dir}`,
        `hosts_file ${join(dir, "hosts")}`,
        "shutdown_lifetime 0 seconds",
      ];
      writeFileSync(file, `${text}${run.join("\n")}\n`);
      // one squid refuses to load is the other oracle's: it never listens
      if (spawnSync(SQUID, ["-k", "parse", "-f", file]).status !== 0) {
        refused++;
        continue;
      }
      const squid = spawn(SQUID, ["-N", "-f", file], { stdio: "ignore" });
      try {
        await listening(port);
        for (const [c, [host, p]] of cases.entries()) {
          const status = await connect(port, `${host}:${p}`);
          const engine = status === "403" ? "block" : /^5\d\d$/.test(status) ? "allow" : status;
          const said = model[i]![c]!;
          if (said === "unknown") continue;
          compared++;
          if (engine === "allow") allowed++;
          if (said !== engine) disagreements.push({ config: text, request: `CONNECT ${host}:${p}`, squid: status, runnerlint: said });
        }
      } finally {
        squid.kill("SIGKILL");
      }
    }
    const version = execFileSync(SQUID, ["-v"], { encoding: "utf8" }).split("\n")[0]!;
    const requests = (configs.length - refused) * cases.length;
    writeReport("squid-connect", { oracle: version, configs: configs.length, refused, requests, compared, allowed, disagreements });
    expect(refused).toBeLessThan(configs.length / 2);
    expect(allowed).toBeGreaterThan(compared / 10);
    expect(compared - allowed).toBeGreaterThan(compared / 10);
    expect(compared).toBeGreaterThan(requests * 0.9);
    expect(disagreements.slice(0, 5)).toEqual([]);
  }, 240_000);
});
