import { it } from "vitest";
import { check } from "../../src/check.js";
it("scratch", () => {
  const paths = (process.env.P ?? "").split(" ").filter(Boolean);
  const r = check(paths, { config: { runner: "enterprise" } });
  for (const f of r.findings) console.log(`${f.location.file}:${f.location.line}:${f.location.column} ${f.severity} ${f.ruleId} [${f.requirement}] ${f.message}${f.scenarios ? " " + JSON.stringify(f.scenarios) : ""}`);
  for (const q of r.requirements.filter((q) => q.id.startsWith("noproxy"))) console.log(q.id, q.status, q.evidence.map((e) => `${e.status}: ${e.message}`).join(" | "));
  console.log(JSON.stringify(r.inputs), r.errors.map((e) => e.format()));
});
