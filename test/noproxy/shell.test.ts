// Assignments in UserData scripts.
import { describe, expect, it } from "vitest";
import type { Maybe } from "../../src/model/location.js";
import { lineAssignments } from "../../src/inputs/proxy/shell.js";

function run(lines: string[], reasons: string[] = []) {
  const vars = new Map<string, Maybe<string>>();
  return lines.flatMap((l) => lineAssignments(l, vars, reasons).map((a) => [a.name, a.value, a.offset]));
}

describe("lineAssignments", () => {
  it("reads export and plain assignments with their offsets", () => {
    expect(run(["export NO_PROXY=.internal,app.gitpod.io", "  HTTPS_PROXY=http://p:3128", "echo NO_PROXY=x"])).toEqual([
      ["NO_PROXY", ".internal,app.gitpod.io", 7],
      ["HTTPS_PROXY", "http://p:3128", 2],
    ]);
  });

  it("reads several assignments on one export line", () => {
    expect(run(["export HTTP_PROXY=http://p:1 HTTPS_PROXY=http://p:1; echo done"])).toEqual([
      ["HTTP_PROXY", "http://p:1", 7],
      ["HTTPS_PROXY", "http://p:1", 29],
    ]);
  });

  it("follows shell quoting", () => {
    expect(run([`A='x y' B="a \\"b\\" \\$c" C=a\\ b D=x#y`]).map((a) => a[1])).toEqual(["x y", 'a "b" $c', "a b", "x#y"]);
  });

  it("expands variables assigned earlier in the script", () => {
    expect(run(["P=http://p:1", "export HTTPS_PROXY=$P HTTP_PROXY=${P}", 'export no_proxy="$NO_PROXY"']).map((a) => a[1])).toEqual([
      "http://p:1",
      "http://p:1",
      "http://p:1",
      { $unknown: "$NO_PROXY is not assigned earlier in the script" },
    ]);
  });

  it("leaves values the script computes unknown", () => {
    expect(run(["A=$(cat /etc/no_proxy)", "B=`hostname`", "C=${X:-y}", 'D="unterminated'])).toEqual([
      ["A", { $unknown: "$(...: the script computes the value at run time" }, 0],
      ["B", { $unknown: "`...`: the script computes the value at run time" }, 0],
      ["C", { $unknown: "${...: the script computes the value at run time" }, 0],
      ["D", { $unknown: "unterminated double quote" }, 0],
    ]);
  });

  it("turns a CloudFormation reference that could not be resolved into an unknown value", () => {
    expect(run(["export NO_PROXY=localhost,\u00000\u0000"], ["parameter Extra has no value"])).toEqual([
      ["NO_PROXY", { $unknown: "parameter Extra has no value" }, 7],
    ]);
  });
});
