// Real templates runnerlint did not write: cfn-lint's test templates (scripts/setup-corpus.mjs, its
// pinned sdist from PyPI). "Unrelated" ones hold nothing of a Gitpod runner.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ensureCorpus } from "../../scripts/setup-corpus.mjs";

/** Every .yaml/.yml/.json/.template file below `dir`. */
export function templatesIn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...templatesIn(p));
    else if (/\.(ya?ml|json|template)$/i.test(name)) out.push(p);
  }
  return out;
}

/** The corpus folder (downloaded on first use). */
export function corpus(): string {
  return ensureCorpus({ quiet: true });
}

/**
 * Templates of the corpus that are not the runner's by what they say, not by what runnerlint
 * decides: no Gitpod or runnerlint mention, no network-wide egress control (a network ACL or a
 * Network Firewall is judged wherever it is, by design), no proxy variable.
 */
export function unrelatedTemplates(folders = ["good", "public", "quickstart", "integration"]): string[] {
  return folders
    .flatMap((f) => templatesIn(join(corpus(), f)))
    .filter((p) => !/gitpod|runnerlint|AWS::EC2::NetworkAcl|AWS::NetworkFirewall::|_proxy/i.test(readFileSync(p, "utf8")));
}
