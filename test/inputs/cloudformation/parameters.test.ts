import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { declaredParameters, loadParameterFile } from "../../../src/inputs/cloudformation/parameters.js";
import { FIXTURES, errorOf, fixture, positionOf } from "./helpers.js";

const load = (name: string) => loadParameterFile(`${FIXTURES}/${name}`, readFileSync(`${FIXTURES}/${name}`, "utf8"));

describe("parameter files", () => {
  it("reads the CloudFormation CLI's array, skipping UsePreviousValue", () => {
    expect(load("parameters.cli.json")).toEqual({ Stage: "prod", OfficeCidr: "203.0.113.0/24" });
  });

  it("reads CodePipeline's template configuration", () => {
    expect(load("parameters.codepipeline.json")).toEqual({ Stage: "prod", OfficeCidr: "203.0.113.0/24" });
  });

  it("reads a plain object, turning numbers into strings", () => {
    expect(load("parameters.plain.json")).toEqual({ Stage: "prod", OfficeCidr: "203.0.113.0/24", MaxSessions: "20" });
  });

  it.each([
    ["an array item without ParameterKey", '[\n  {"ParameterKey": "A", "ParameterValue": "1"},\n  {"Key": "B"}\n]\n', '{"Key"'],
    ["a value that is an object", '[\n  {"ParameterKey": "A", "ParameterValue": {"x": 1}}\n]\n', '"ParameterValue"'],
    ["a null value in a plain object", '{\n  "A": "1",\n  "B": null\n}\n', '"B"'],
    ["a nested value under Parameters", '{"Parameters": {\n  "A": ["x", {"y": 1}]\n}}\n', '"A"'],
    ["a scalar document", '"just text"\n', '"just'],
  ])("rejects %s with CONFIG_INVALID and its position", (_name, text, needle) => {
    const e = errorOf(() => loadParameterFile("p.json", text));
    expect(e).toMatchObject({ code: "CONFIG_INVALID", file: "p.json", pos: positionOf(text, needle) });
  });

  it("reports a syntax error as CONFIG_INVALID with the parser's position", () => {
    const text = '[\n  {"ParameterKey": "A" "ParameterValue": "1"}\n]\n';
    const e = errorOf(() => loadParameterFile("p.json", text));
    expect(e.code).toBe("CONFIG_INVALID");
    expect(e.pos).toEqual(positionOf(text, '"ParameterValue"'));
  });
});

describe("declared parameters", () => {
  it("know their type, Default, AllowedValues, and whether they are lists or SSM-backed", () => {
    const decls = declaredParameters(fixture("short-forms.yaml"));
    expect(decls).toEqual([
      { name: "Stage", type: "String", pointer: "/Parameters/Stage", default: "beta", list: false, ssm: false },
      { name: "Ports", type: "CommaDelimitedList", pointer: "/Parameters/Ports", default: "443, 8443", list: true, ssm: false },
    ]);
  });
});
