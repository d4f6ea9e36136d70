// A rule's examples.yaml (policies/<area>/<rule-id>/examples.yaml): inputs as a user writes them,
// `bad` ones the rule reports and `good` ones it does not, each with what it must produce. Read
// by test/rules/examples.test.ts (runs every example through check()) and by the rule docs (the
// first bad and good examples are the page's Avoid and Prefer).
//
//   bad:
//     - name: SSH open to the world            # what the example shows
//       file: template.yaml                    # the input's file name: its kind is detected from it
//       config: |                              # optional .runnerlint.yaml (runner, region, ...)
//         runner: standard
//       input: |                               # the file's content
//         Resources: ...
//       expect:
//         messageIds: [exposed]                # every message id of this rule's verdicts
//         requirements: {sg.ssh-world-open: violated}   # statuses in the requirement table
//   good:
//     - ...
import { parse } from "yaml";

const KEYS = new Set(["name", "file", "config", "input", "expect"]);

/** The examples of one file, checked for shape: a mistake names the file and the example. */
export function loadExamples(text, file = "examples.yaml") {
  const doc = parse(text) ?? {};
  const out = { bad: [], good: [] };
  for (const key of Object.keys(doc)) if (!(key in out)) throw new Error(`${file}: unknown key "${key}" (expected bad, good)`);
  for (const kind of ["bad", "good"]) {
    for (const [i, e] of (doc[kind] ?? []).entries()) {
      const where = `${file}: ${kind}[${i}]`;
      for (const k of Object.keys(e)) if (!KEYS.has(k)) throw new Error(`${where}: unknown key "${k}"`);
      for (const k of ["name", "file", "input"])
        if (typeof e[k] !== "string" || !e[k]) throw new Error(`${where}: "${k}" must be a non-empty string`);
      if (e.config !== undefined && typeof e.config !== "string")
        throw new Error(`${where}: "config" must be the text of a .runnerlint.yaml`);
      if (!Array.isArray(e.expect?.messageIds)) throw new Error(`${where}: expect.messageIds must be a list`);
      out[kind].push(e);
    }
  }
  return out;
}
