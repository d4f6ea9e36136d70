import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { SHORT_FORMS } from "../../../src/inputs/cloudformation/intrinsics.js";
import { isCloudFormation, parseTemplate } from "../../../src/inputs/cloudformation/parse.js";
import { FIXTURES, errorOf, fixture, positionOf, template } from "./helpers.js";

const LONG = (tag: string) => SHORT_FORMS[tag]!;

describe("short-form tags", () => {
  it("turn into the same data as the long forms", () => {
    const short = fixture("short-forms.yaml");
    const long = fixture("long-forms.json");
    expect(short.data).toEqual(long.data);
    // Not vacuous: the probe uses every short form.
    const text = readFileSync(`${FIXTURES}/short-forms.yaml`, "utf8");
    for (const tag of Object.keys(SHORT_FORMS)) expect(text, tag).toContain(`${tag} `);
  });

  // The parse layer accepts every tag on every node kind; validate.ts judges what CloudFormation allows.
  it.each(Object.keys(SHORT_FORMS))("%s on a scalar, a sequence and a mapping", (tag) => {
    const doc = parseTemplate("x.yaml", `scalar: ${tag} a\nsequence: ${tag} [a, 1]\nmapping: ${tag} {k: v}\n`);
    // `!GetAtt a` has no dot: kept whole here, reported by the validator in templates.
    expect(doc.data).toEqual({
      scalar: { [LONG(tag)]: "a" },
      sequence: { [LONG(tag)]: ["a", 1] },
      mapping: { [LONG(tag)]: { k: "v" } },
    });
  });

  it("splits !GetAtt on the first dot only, and keeps the sequence form", () => {
    const doc = parseTemplate(
      "x.yaml",
      'a: !GetAtt Lb.SourceSecurityGroup.GroupName\nb: !GetAtt [Vpc, CidrBlock]\nc: !GetAtt "Vpc.CidrBlock"\n',
    );
    expect(doc.data).toEqual({
      a: { "Fn::GetAtt": ["Lb", "SourceSecurityGroup.GroupName"] },
      b: { "Fn::GetAtt": ["Vpc", "CidrBlock"] },
      c: { "Fn::GetAtt": ["Vpc", "CidrBlock"] },
    });
  });

  it("nests short forms and keeps anchors and aliases", () => {
    const doc = parseTemplate("x.yaml", "a: !Join ['', [!Ref X, !Sub '${Y}']]\nb: &cidr !Ref Cidr\nc: *cidr\n");
    expect(doc.data).toEqual({
      a: { "Fn::Join": ["", [{ Ref: "X" }, { "Fn::Sub": "${Y}" }]] },
      b: { Ref: "Cidr" },
      c: { Ref: "Cidr" },
    });
  });

  it("leaves other YAML with its own tags alone; in a template, a tag not CloudFormation's makes its value unknown, named and located", () => {
    expect(parseTemplate("mkdocs.yml", "site: docs\nsecret: !vault abc\n").data).toEqual({ site: "docs", secret: "abc" });
    const text =
      "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Reff Name\n      Code: !Rain::Embed src/index.js\n      Other: !!str 12\n";
    const t = template(text);
    expect(t.data.Resources).toEqual({
      A: {
        Type: "AWS::SNS::Topic",
        Properties: {
          TopicName: { $unknown: "YAML tag !Reff is not CloudFormation's (a preprocessor's?): its value is not read (line 5, column 18)" },
          Code: {
            $unknown: "YAML tag !Rain::Embed is not CloudFormation's (a preprocessor's?): its value is not read (line 6, column 13)",
          },
          Other: "12",
        },
      },
    });
    expect(positionOf(text, "!Reff")).toEqual({ line: 5, column: 18 });
    expect(t.locate("/Resources/A/Properties/Code")).toMatchObject({ file: "t.yaml", line: 6, column: 7 });
  });
});

describe("positions", () => {
  const text = readFileSync(`${FIXTURES}/short-forms.yaml`, "utf8");
  const t = fixture("short-forms.yaml");

  it("locates resources, properties and list items by JSON pointer", () => {
    expect(t.locate("/Resources/Probe")).toMatchObject({ ...positionOf(text, "Probe:"), pointer: "/Resources/Probe" });
    expect(t.locate("/Resources/Probe/Properties/Join")).toMatchObject(positionOf(text, "Join:"));
    expect(t.locate("/Resources/Probe/Properties/Join/Fn::Join/1/1")).toMatchObject(positionOf(text, "!Ref Stage]]"));
  });

  it("puts a short form's function at its tag, and its arguments where they are written", () => {
    expect(t.locate("/Resources/Probe/Properties/If/Fn::If")).toMatchObject(positionOf(text, "!If [IsBeta"));
    expect(t.locate("/Resources/Probe/Properties/If/Fn::If/2")).toMatchObject(positionOf(text, "no]", "If: !If"));
    expect(t.locate("/Resources/Probe/Properties/GetAttScalar/Fn::GetAtt/1")).toMatchObject(positionOf(text, "CidrBlock", "GetAttScalar"));
  });

  it("locates long forms in JSON templates", () => {
    const json = readFileSync(`${FIXTURES}/long-forms.json`, "utf8");
    const j = fixture("long-forms.json");
    expect(j.locate("/Resources/Probe/Properties/If/Fn::If")).toMatchObject(positionOf(json, '"Fn::If"'));
    expect(j.locate("/Resources/Vpc")).toMatchObject(positionOf(json, '"Vpc": {'));
  });
});

describe("template detection", () => {
  it("needs a Resources mapping or an AWSTemplateFormatVersion", () => {
    expect(isCloudFormation({ Resources: {} })).toBe(true);
    expect(isCloudFormation({ AWSTemplateFormatVersion: "2010-09-09" })).toBe(true);
    expect(isCloudFormation({ Resources: [] })).toBe(false);
    expect(isCloudFormation({ SecurityGroups: [] })).toBe(false);
    expect(isCloudFormation([{ ParameterKey: "A" }])).toBe(false);
    expect(isCloudFormation("Resources")).toBe(false);
  });
});

describe("errors carry their code, line and column", () => {
  const base =
    "AWSTemplateFormatVersion: '2010-09-09'\nConditions:\n  C: !Equals [a, a]\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n";

  // A malformed function or an unknown name is not an input error: the value is unknown, and the
  // reason names the function's position.
  it.each([
    [
      "!If with two arguments",
      "      CidrBlock: !If [C, 10.0.0.0/16]\n",
      "!If",
      "Fn::If expects [condition, value if true, value if false]",
    ],
    [
      "!GetAtt without a dot",
      "      CidrBlock: !GetAtt Vpc\n",
      "!GetAtt",
      "Fn::GetAtt expects Resource.Attribute or [Resource, Attribute]",
    ],
    ["!Ref on a sequence", "      CidrBlock: !Ref [a, b]\n", "!Ref", "Ref expects a parameter or resource name"],
    ["!Select with one argument", "      CidrBlock: !Select [0]\n", "!Select", "Fn::Select expects [index, list]"],
    [
      "!FindInMap with a bad default",
      "      CidrBlock: !FindInMap [M, a, b, c]\n",
      "!FindInMap",
      "Fn::FindInMap expects [map, top-level key, second-level key] and an optional {DefaultValue: value}",
    ],
    [
      "a Ref to an undefined name",
      "      CidrBlock: !Ref VpcCidr\n",
      "!Ref",
      "Ref VpcCidr: not a parameter, resource or pseudo parameter of this template",
    ],
    [
      "a GetAtt of an undefined resource",
      "      CidrBlock: !GetAtt Other.CidrBlock\n",
      "!GetAtt",
      "Fn::GetAtt: Other is not a resource of this template",
    ],
    [
      "an Fn::If on an undefined condition",
      "      CidrBlock: !If [Missing, a, b]\n",
      "Missing",
      "Fn::If: condition Missing is not defined in Conditions",
    ],
  ])("unknown, not an error: %s", (_name, line, needle, reason) => {
    const text = base + line;
    const at = positionOf(text, needle, "CidrBlock");
    const t = template(text);
    expect((t.data.Resources as { Vpc: { Properties: unknown } }).Vpc.Properties).toEqual({
      CidrBlock: { $unknown: `${reason} (line ${at.line}, column ${at.column})` },
    });
  });

  it("unknown in a JSON template, located at the long-form key", () => {
    const text =
      '{\n  "Resources": {\n    "Vpc": {\n      "Type": "AWS::EC2::VPC",\n      "Properties": { "CidrBlock": { "Fn::Select": [0] } }\n    }\n  }\n}\n';
    const at = positionOf(text, '"Fn::Select"');
    expect((template(text, "t.json").data.Resources as { Vpc: { Properties: unknown } }).Vpc.Properties).toEqual({
      CidrBlock: { $unknown: `Fn::Select expects [index, list] (line ${at.line}, column ${at.column})` },
    });
  });

  it("a condition that is not a condition function is unknown; a cycle is BAD_INTRINSIC", () => {
    const notCondition = "Conditions:\n  A: !Ref X\nParameters:\n  X: {Type: String}\nResources: {}\n";
    const at = positionOf(notCondition, "!Ref");
    expect(template(notCondition).data.Conditions).toEqual({
      A: {
        $unknown: `expected a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition) (line ${at.line}, column ${at.column})`,
      },
    });
    const cycle = "Conditions:\n  A: !Not [!Condition B]\n  B: !And [!Condition A, !Equals [x, x]]\nResources: {}\n";
    const e = errorOf(() => template(cycle));
    expect(e.code).toBe("BAD_INTRINSIC");
    expect(e.message).toMatch(/condition cycle: (A -> B -> A|B -> A -> B)/);
    expect(e.pos).toEqual(positionOf(cycle, "A:"));
  });

  it("YAML_PARSE for a syntax error and for a duplicate key", () => {
    const syntax = "Resources:\n  A:\n    Type: [unclosed\n";
    const e = errorOf(() => template(syntax));
    expect(e.code).toBe("YAML_PARSE");
    expect(e.pos!.line).toBeGreaterThanOrEqual(3);
    const dup = "Resources:\n  A:\n    Type: AWS::SNS::Topic\n  A:\n    Type: AWS::SQS::Queue\n";
    expect(errorOf(() => template(dup))).toMatchObject({ code: "YAML_PARSE", pos: { line: 4, column: 3 } });
    expect(errorOf(() => template(dup)).message).toMatch(/unique/i);
  });

  it("JSON_PARSE for broken JSON", () => {
    const text = '{\n  "Resources": {\n    "A": { "Type": "AWS::SNS::Topic" "Properties": {} }\n  }\n}\n';
    const e = errorOf(() => template(text, "t.json"));
    expect(e).toMatchObject({ code: "JSON_PARSE", pos: positionOf(text, '"Properties"') });
  });

  it("ALIAS_LIMIT for an alias bomb", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${"abcdefghij"[i]}: &${"abcdefghij"[i]} [${Array(10)
          .fill(`*${"abcdefghij"[i - 1]}`)
          .join(", ")}]`,
      );
    lines.push("Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      Tags: *i");
    const e = errorOf(() => template(lines.join("\n") + "\n"));
    expect(e).toMatchObject({ code: "ALIAS_LIMIT", pos: { line: 1, column: 1 } });
  });

  it("DEPTH_LIMIT for very deep nesting, never a stack overflow", () => {
    const deep = (n: number) => `Resources:\n  A:\n    Type: Custom::X\n    Properties:\n      P: ${"[".repeat(n)}1${"]".repeat(n)}\n`;
    const e = errorOf(() => template(deep(500)));
    expect(e.code).toBe("DEPTH_LIMIT");
    expect(e.pos!.line).toBe(5);
    // Far deeper input is still a typed error, whichever stage gives up first.
    expect(["DEPTH_LIMIT", "YAML_PARSE"]).toContain(errorOf(() => template(deep(20000))).code);
  });
});
