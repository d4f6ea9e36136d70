// Proxy settings in CloudFormation: ECS environments, UserData exports, stack and template
// parameters, next to the template's network input (the companion loader), through check().
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import type { CheckResult } from "../../src/model/result.js";
import { fileFromText } from "../../src/inputs/files.js";
import { cloudFormationProxyLoader, proxyParameterVariable } from "../../src/inputs/proxy/cloudformation.js";
import type { ProxyInput } from "../../src/model/proxy.js";

const dir = "fixtures/noproxy/cloudformation/";

function load(path: string, text: string, parameters: Record<string, string> = {}): ProxyInput[] {
  const file = fileFromText(path, text);
  if (!cloudFormationProxyLoader.detect(file)) return [];
  return cloudFormationProxyLoader.load(file, { config: { runner: "enterprise" }, parameters }).map((d) => d.input as ProxyInput);
}

function statusOf(r: CheckResult, id: string): string | undefined {
  return r.requirements.find((q) => q.id === id)?.status;
}

describe("proxy settings in CloudFormation", () => {
  it("reads each ECS container's environment, next to the template's network input", () => {
    const r = check([dir + "ecs-task.yaml"], { config: { runner: "enterprise" } });
    expect(r.errors).toEqual([]);
    expect(r.inputs.map((i) => [i.loader, i.kind, i.scenarios])).toEqual([
      ["cloudformation", "network", 1],
      ["cloudformation-proxy", "proxy", 1],
    ]);
    expect(statusOf(r, "noproxy.link-local")).toBe("violated");
    expect(statusOf(r, "noproxy.internal")).toBe("satisfied");
    const f = r.findings.find((x) => x.ruleId === "noproxy/link-local")!;
    expect(f).toMatchObject({ resource: "RunnerTask/runner", location: { file: dir + "ecs-task.yaml", line: 21, column: 15 } });
    expect(f.message).toBe(
      "NO_PROXY in container runner of task definition RunnerTask: `169.254.169.254` covers only part of 169.254.0.0/16; the runner still proxies 169.254.170.2. Add `169.254.0.0/16`.",
    );
    const evidence = r.requirements.find((q) => q.id === "noproxy.internal")!.evidence;
    expect(evidence.map((e) => [e.resource, e.status])).toEqual([
      ["RunnerTask/runner", "satisfied"],
      ["RunnerTask/sidecar", "not-applicable"],
    ]);
  });

  it("follows --parameter values into the container environment", () => {
    const r = check([dir + "ecs-task.yaml"], {
      config: { runner: "enterprise" },
      parameters: { NoProxyList: ".internal,169.254.0.0/16,app.gitpod.io,.amazonaws.com" },
    });
    expect(["noproxy.internal", "noproxy.link-local", "noproxy.management", "noproxy.amazonaws"].map((id) => statusOf(r, id))).toEqual([
      "satisfied",
      "satisfied",
      "satisfied",
      "satisfied",
    ]);
  });

  it("reads export lines of UserData inside Fn::Base64 and Fn::Sub, with their lines", () => {
    const r = check([dir + "userdata.yaml"], { config: { runner: "enterprise" } });
    expect(r.errors).toEqual([]);
    const mgmt = r.findings.filter((f) => f.ruleId === "noproxy/management");
    expect(mgmt.map((f) => [f.resource, f.status, f.location.line, f.location.column])).toEqual([
      ["RunnerLaunchTemplate", "violated", 21, 20],
      ["BastionInstance", "unknown", 29, 92],
    ]);
    expect(mgmt[0]!.message).toBe(
      "NO_PROXY in UserData of RunnerLaunchTemplate: `.app.gitpod.io` matches only subdomains of app.gitpod.io in Go, not app.gitpod.io itself; add `app.gitpod.io` without the leading dot.",
    );
    expect(mgmt[1]!.message).toBe(
      "Cannot verify that no_proxy in UserData of BastionInstance covers app.gitpod.io: its value is unresolved (parameter ExtraNoProxy has no value (no Default or AllowedValues; pass --parameter ExtraNoProxy=...)).",
    );
  });

  it("resolves each ${...} of a UserData script on its own, and expands shell variables", () => {
    const [input] = load(dir + "userdata.yaml", readFileSync(dir + "userdata.yaml", "utf8"));
    const lt = input!.environments.find((e) => e.resource === "RunnerLaunchTemplate")!;
    expect(lt.variables.map((v) => [v.name, v.value, v.location.line])).toEqual([
      ["HTTPS_PROXY", "http://proxy.corp.example:3128", 19],
      ["HTTP_PROXY", "http://proxy.corp.example:3128", 20],
      ["NO_PROXY", ".internal,169.254.0.0/16,.app.gitpod.io,.amazonaws.com", 21],
      ["no_proxy", ".internal,169.254.0.0/16,.app.gitpod.io,.amazonaws.com", 22],
    ]);
  });

  it("reads proxy parameters passed to a nested stack", () => {
    const r = check([dir + "stack-parameters.yaml"], { config: { runner: "enterprise" } });
    expect(["noproxy.internal", "noproxy.link-local", "noproxy.management", "noproxy.amazonaws"].map((id) => statusOf(r, id))).toEqual([
      "satisfied",
      "satisfied",
      "satisfied",
      "satisfied",
    ]);
    const ev = r.requirements.find((q) => q.id === "noproxy.internal")!.evidence[0]!;
    expect(ev).toMatchObject({ resource: "GitpodRunner", location: { line: 11, column: 9 } });
    expect(ev.message).toBe(
      "parameter NoProxy (NO_PROXY) in parameters of stack GitpodRunner: `.internal` makes the runner bypass the proxy for every host under .internal.",
    );
  });

  it("reads a runner template's own proxy parameters (no proxy by default, then with one)", () => {
    const off = check([dir + "runner-parameters.yaml"], { config: { runner: "enterprise" } });
    expect(statusOf(off, "noproxy.internal")).toBe("not-applicable");
    const on = check([dir + "runner-parameters.yaml"], {
      config: { runner: "enterprise" },
      parameters: { HttpsProxy: "http://proxy:3128", NoProxy: "localhost" },
    });
    expect(statusOf(on, "noproxy.internal")).toBe("violated");
    const f = on.findings.find((x) => x.ruleId === "noproxy/internal")!;
    expect(f.location).toMatchObject({ line: 7, column: 3 });
    expect(f.message).toContain("parameter NoProxy (NO_PROXY) in the template's parameters has no entry");
  });

  it("flags quote characters inside a value", () => {
    const r = check([dir + "quoted-value.yaml"], { config: { runner: "enterprise" } });
    const f = r.findings.find((x) => x.ruleId === "noproxy/internal")!;
    expect(f).toMatchObject({ messageId: "quoted", location: { line: 13, column: 15 } });
    expect(f.message).toBe(
      'NO_PROXY in container runner of task definition RunnerTask: `".internal` contains quote characters, which Go keeps as part of the entry, so it does not match hosts under .internal; remove the quotes from the value.',
    );
    // Both quotes of the value, at one place: one finding, two parts.
    expect(r.findings.filter((x) => x.ruleId === "noproxy/list-syntax").map((x) => x.parts?.map((p) => p.messageId))).toEqual([
      ["quote", "quote"],
    ]);
  });

  it("labels condition scenarios and reports a finding only under the scenario that has it", () => {
    const text = [
      "Parameters:",
      "  Mode: {Type: String, Default: strict, AllowedValues: [strict, loose]}",
      "Conditions:",
      "  Strict: !Equals [!Ref Mode, strict]",
      "Resources:",
      "  Task:",
      "    Type: AWS::ECS::TaskDefinition",
      "    Properties:",
      "      ContainerDefinitions:",
      "        - Name: runner",
      "          Environment:",
      "            - {Name: HTTPS_PROXY, Value: http://p:3128}",
      "            - Name: NO_PROXY",
      "              Value: !If [Strict, '.internal,169.254.0.0/16,app.gitpod.io,.amazonaws.com', '.internal,169.254.0.0/16,app.gitpod.io']",
    ].join("\n");
    const r = check([{ path: "modes.yaml", text }], { config: { runner: "enterprise" } });
    expect(r.errors).toEqual([]);
    expect(r.inputs.map((i) => [i.loader, i.kind, i.scenarios])).toEqual([
      ["cloudformation", null, 0],
      ["cloudformation-proxy", "proxy", 2],
    ]);
    const f = r.findings.find((x) => x.ruleId === "noproxy/amazonaws")!;
    expect(f.scenarios).toEqual([{ Mode: "loose" }]);
    expect(f.location.line).toBe(13);
  });

  it("treats an unreadable container environment as unknown, not as no proxy", () => {
    const text = [
      "Resources:",
      "  Task:",
      "    Type: AWS::ECS::TaskDefinition",
      "    Properties:",
      "      ContainerDefinitions:",
      "        - Name: runner",
      "          Environment: !Split [';', !ImportValue shared-env]",
      "        - Name: files",
      "          EnvironmentFiles: [{Type: s3, Value: arn:aws:s3:::bucket/runner.env}]",
      "        - Name: secret",
      "          Secrets: [{Name: NO_PROXY, ValueFrom: arn:aws:ssm:us-east-1:123456789012:parameter/no-proxy}]",
      "          Environment: [{Name: HTTPS_PROXY, Value: http://p:3128}]",
    ].join("\n");
    const [input] = load("t.yaml", text);
    expect(input!.environments.map((e) => [e.name, e.variables.map((v) => [v.name, typeof v.value === "string" ? v.value : "?"])])).toEqual(
      [
        [
          "container runner of task definition Task",
          [
            ["HTTPS_PROXY", "?"],
            ["NO_PROXY", "?"],
          ],
        ],
        [
          "container files of task definition Task",
          [
            ["HTTPS_PROXY", "?"],
            ["NO_PROXY", "?"],
          ],
        ],
        [
          "container secret of task definition Task",
          [
            ["HTTPS_PROXY", "http://p:3128"],
            ["NO_PROXY", "?"],
          ],
        ],
      ],
    );
    const r = check([{ path: "t.yaml", text }], { config: { runner: "enterprise" } });
    expect(statusOf(r, "noproxy.internal")).toBe("unknown");
  });

  it("ignores templates without proxy sources", () => {
    expect(load("sg.yaml", "Resources:\n  G: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: x}}\n")).toEqual([]);
  });

  it.each([
    ["NoProxy", "NO_PROXY"],
    ["no_proxy_list", "NO_PROXY"],
    ["HttpsProxy", "HTTPS_PROXY"],
    ["HTTPProxyURL", "HTTP_PROXY"],
    ["ProxyUrl", "HTTPS_PROXY"],
    ["ProxyPort", undefined],
    ["EnableProxy", undefined],
  ])("parameter %s stands for %s", (name, variable) => {
    expect(proxyParameterVariable(name)).toBe(variable);
  });
});
