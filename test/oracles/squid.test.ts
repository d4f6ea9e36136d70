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
import { evalModel, prng, writeReport } from "./oracle.js";

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
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
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
