// Oracle: what an iptables OUTPUT chain does with the runner's first packet, decided by the kernel
// itself and by lib/iptables in Rego. Each generated iptables-save file is loaded with
// iptables-restore into a network namespace the test creates (a veth leads out of it); a probe
// inside sends each flow's first packet (a UDP datagram, a TCP SYN) and reads the packet counter
// of a rule in mangle POSTROUTING for the veth, which only packets the filter table let out reach. runnerlint's
// answer for the same flow through OUTPUT must agree (allow / block; "unknown" is counted).
// Needs root (network namespaces) and iptables (scripts/setup-oracles.mjs installs it).
// Counts and disagreements: test-output/oracles/iptables.json.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IPTABLES_RESTORE } from "../../scripts/setup-oracles.mjs";
import { parseIptablesSave } from "../../src/inputs/iptables/iptables-save.js";
import { evalModel, picker, prng, writeReport } from "./oracle.js";

const FILES = 40;

const FLOWS = [
  ["udp", "35.171.240.32", 4242],
  ["udp", "13.216.138.24", 4242],
  ["udp", "8.8.8.8", 53],
  ["udp", "13.1.1.1", 5353],
  ["tcp", "35.171.240.32", 443],
  ["tcp", "44.223.157.13", 8443],
  ["tcp", "8.8.8.8", 53],
  ["tcp", "10.1.2.3", 443],
  ["tcp", "13.1.1.1", 22],
] as const;

function generate(n: number): string[] {
  const rnd = prng(4_2_4_2);
  const pick = picker(rnd);
  const target = () => pick(["ACCEPT", "ACCEPT", "DROP", "REJECT"]);
  // one protocol part, one address part, one state part, each maybe (iptables takes one -p a rule)
  const protocolPart = () =>
    pick([
      "",
      `-p udp -m udp --dport ${pick(["4242", "53", "4000:5000", "1024:65535"])}`,
      `-p tcp -m tcp --dport ${pick(["443", "8443", "22", "1:1023"])}`,
      `-p tcp -m multiport --dports ${pick(["443,8443", "22,53", "80:90,443"])}`,
      `-p ${pick(["tcp", "udp", "icmp", "all"])}`,
    ]);
  const addressPart = () =>
    pick([
      "",
      "",
      `-d ${pick(["13.0.0.0/8", "35.171.240.32/32", "10.0.0.0/8", "8.8.8.8"])}`,
      `! -d ${pick(["13.0.0.0/8", "10.0.0.0/8"])}`,
      "-o lo",
    ]);
  const statePart = () =>
    pick(["", "", "", "-m state --state ESTABLISHED,RELATED", `-m conntrack --ctstate ${pick(["NEW", "NEW,ESTABLISHED", "INVALID"])}`]);
  const match = () => [protocolPart(), addressPart(), statePart()].filter(Boolean).join(" ");
  return Array.from({ length: n }, () => {
    const lines = ["*filter", ":INPUT ACCEPT [0:0]", ":FORWARD ACCEPT [0:0]", `:OUTPUT ${pick(["ACCEPT", "DROP"])} [0:0]`];
    const chain = rnd() < 0.4;
    if (chain) lines.push(":EGRESS - [0:0]");
    const rules = (name: string, k: number) =>
      Array.from({ length: k }, () => {
        const m = match();
        return `-A ${name} ${m ? `${m} ` : ""}-j ${target()}`;
      });
    lines.push(...rules("OUTPUT", 1 + Math.floor(rnd() * 3)));
    if (chain) {
      lines.splice(lines.length - Math.floor(rnd() * 2), 0, `-A OUTPUT ${pick(["", "-p udp ", "-p tcp "])}-j EGRESS`);
      lines.push(...rules("EGRESS", 1 + Math.floor(rnd() * 3)), `-A EGRESS ${pick(["", "-d 13.0.0.0/8 "])}-j RETURN`);
    }
    lines.push("COMMIT", "");
    return lines.join("\n");
  });
}

const MODEL = `package oracle

import data.runnerlint.lib.iptables

flow(c) := {"requirement": "r", "kind": "ip", "destination": c[1], "address": c[1], "protocol": c[0], "port": c[2], "scheme": null}

results := [[iptables._judge(h, iptables._chain(h, "OUTPUT"), flow(c), "out").state | some c in input.cases] | some h in input.hostFirewalls]
`;

// The probe, run inside the namespace: for each flow, the POSTROUTING counter before and after its
// first packet.
const PROBE = `
import json, socket, subprocess, sys
def count():
    out = subprocess.run(["iptables", "-t", "mangle", "-nvxL", "POSTROUTING"], capture_output=True, text=True).stdout
    return int(out.splitlines()[2].split()[0])
results = []
for proto, ip, port in json.loads(sys.argv[1]):
    before = count()
    if proto == "udp":
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try: s.sendto(b"x", (ip, port))
        except OSError: pass
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); s.setblocking(False)
        s.connect_ex((ip, port))
    s.close()
    results.append("allow" if count() > before else "block")
print(json.dumps(results))
`;

describe("iptables OUTPUT: the runner's first packet, against the kernel's netfilter", () => {
  it(`agrees with iptables in a network namespace on ${FILES} generated files × ${FLOWS.length} flows`, () => {
    const files = generate(FILES);
    const model = evalModel<string[]>(MODEL, {
      hostFirewalls: files.map((text, i) => parseIptablesSave(`${i}.rules`, text)),
      cases: FLOWS,
    });
    const dir = mkdtempSync(join(tmpdir(), "runnerlint-iptables-oracle-"));
    writeFileSync(join(dir, "probe.py"), PROBE);
    const ns = `runnerlint-${process.pid}`;
    const sh = (args: string[]) => execFileSync(args[0]!, args.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
    const disagreements: object[] = [];
    let compared = 0;
    let allowed = 0;
    for (const [i, text] of files.entries()) {
      const file = join(dir, `${i}.rules`);
      writeFileSync(file, text);
      // names of their own each time: a deleted namespace's veth goes away asynchronously
      const host = `rl${process.pid % 100000}h${i}`;
      sh(["ip", "netns", "add", ns]);
      try {
        sh(["ip", "link", "add", host, "type", "veth", "peer", "name", "rlpeer", "netns", ns]);
        const inside = (cmd: string[]) => sh(["ip", "netns", "exec", ns, ...cmd]);
        inside(["ip", "link", "set", "lo", "up"]);
        inside(["ip", "link", "set", "rlpeer", "up"]);
        inside(["ip", "addr", "add", "10.20.0.5/16", "dev", "rlpeer"]);
        inside(["ip", "route", "add", "default", "dev", "rlpeer"]);
        inside([IPTABLES_RESTORE, file]);
        // what leaves through the veth: a REJECT's own ICMP error or RST goes back through lo
        inside(["iptables", "-t", "mangle", "-A", "POSTROUTING", "-o", "rlpeer"]);
        const kernel = JSON.parse(inside(["python3", join(dir, "probe.py"), JSON.stringify(FLOWS)]).toString()) as string[];
        for (const [c, flow] of FLOWS.entries()) {
          const said = model[i]![c]!;
          if (said === "unknown") continue;
          compared++;
          if (kernel[c] === "allow") allowed++;
          if (said !== kernel[c]) disagreements.push({ file: text, flow, kernel: kernel[c], runnerlint: said });
        }
      } finally {
        spawnSync("ip", ["link", "del", host]);
        spawnSync("ip", ["netns", "del", ns]);
      }
    }
    const version = execFileSync("iptables", ["--version"], { encoding: "utf8" }).trim();
    writeReport("iptables", { oracle: version, files: files.length, flows: FLOWS.length, compared, allowed, disagreements });
    expect(compared).toBeGreaterThan(files.length * FLOWS.length * 0.8);
    expect(allowed).toBeGreaterThan(compared / 10);
    expect(compared - allowed).toBeGreaterThan(compared / 10);
    expect(disagreements.slice(0, 5)).toEqual([]);
  }, 120_000);
});
