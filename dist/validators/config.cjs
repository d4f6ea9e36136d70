"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// config.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://runnerlint.dev/schemas/config.schema.json", "title": "runnerlint configuration (.runnerlint.yaml)", "description": "The runner runnerlint checks against, the hosts your runner needs beyond Gitpod's own list, severity overrides and waivers. Found by searching upward from the working directory for .runnerlint.yaml (or .runnerlint.yml), or named with --config. Command-line flags override RUNNERLINT_* environment variables, which override this file. Unknown keys are errors.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "description": "The JSON Schema of this file, for editors (ignored by runnerlint).", "type": "string" }, "version": { "description": "The version of this file's format. Only 1 exists.", "const": 1 }, "runner": { "description": "The runner kind: standard (the default) or enterprise. Flag --runner, environment RUNNERLINT_RUNNER.", "enum": ["standard", "enterprise"] }, "catalogue": { "description": "The requirement catalogue version to judge against: latest, or a version date (runnerlint requirements --list-catalogues). Default: the seed version, 2026-11-01. Environment RUNNERLINT_CATALOGUE; flag --catalogue.", "type": "string", "pattern": "^(latest|[0-9]{4}-[0-9]{2}-[0-9]{2})$" }, "gatewayRegions": { "description": "The gateway regions your Standard runner may pick (us01, eu01, ...), when it is pinned to some. Default: every region of the catalogue version (the runner picks the one with the lowest latency, so it must reach all). Versions with one gateway ignore it. Environment RUNNERLINT_GATEWAY_REGIONS (comma-separated); flag --gateway-region (repeatable).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z]{2}[0-9]{2}$" } }, "region": { "description": "The AWS region the runner runs in (AWS::Region in templates, regional API endpoints, aws:RequestedRegion in SCPs). Flag --region, environment RUNNERLINT_REGION.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "accountId": { "description": `The runner's AWS account id: 12 digits, quoted in YAML ("123456789012"). Scope: an org-audit snapshot's other accounts are not judged. Flag --account-id, environment RUNNERLINT_ACCOUNT_ID.`, "type": "string", "pattern": "^[0-9]{12}$" }, "runnerRoleArn": { "description": "The runner's IAM role ARN: the aws:PrincipalARN SCP conditions see. Flag --runner-role-arn, environment RUNNERLINT_RUNNER_ROLE_ARN.", "type": "string", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, "vpcCidrs": { "description": "The runner VPC's CIDR blocks, for inputs that do not define the VPC. Flag --vpc-cidr, environment RUNNERLINT_VPC_CIDRS (comma-separated).", "type": "array", "items": { "$ref": "#/definitions/cidr" }, "uniqueItems": true }, "securityGroupRoles": { "description": "Security-group id (sg-\u2026) or CloudFormation logical id \u2192 its role: environment (the environments' group), runner (the runner service's group), or none (not the runner's: out of scope, never judged). Same as tagging the group runnerlint:role. Flag --sg-role ID=ROLE.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:-]*$" }, "additionalProperties": { "enum": ["environment", "runner", "none"] } }, "scope": { "description": "Which resources are the runner's. mode runner (default): the groups with a role (securityGroupRoles, the runnerlint:role tag, runner compute tagged with a role) and groups with an ingress rule for an environment port (TCP 29222, 22999); other groups are out of scope and produce nothing. mode all: every group is a candidate (audits of a runner-only folder; flag --scope, environment RUNNERLINT_SCOPE). include/exclude: globs relative to this file's folder (** any folders, * any characters but /, {a,b} alternatives; a folder's pattern covers what it holds); a file they leave out is listed as out of scope and not read.", "type": "object", "additionalProperties": false, "properties": { "mode": { "enum": ["runner", "all"] }, "include": { "type": "array", "items": { "$ref": "#/definitions/glob" } }, "exclude": { "type": "array", "items": { "$ref": "#/definitions/glob" } } } }, "ides": { "description": "The IDEs your users use. Their endpoints (vscode.*, jetbrains.*) are required only for the IDEs listed. Default: both. Environment RUNNERLINT_IDES (comma-separated).", "type": "array", "items": { "enum": ["vscode", "jetbrains"] }, "uniqueItems": true }, "features": { "description": "Optional runner features.", "type": "object", "additionalProperties": false, "properties": { "logs": { "description": "CloudWatch Logs is used (requirement aws.logs). Default: false. Environment RUNNERLINT_LOGS (true/false).", "type": "boolean" }, "prometheus": { "description": "The Prometheus remote-write endpoint the runner sends metrics to (becomes requirement metrics.prometheus): a URL or a host name. Environment RUNNERLINT_PROMETHEUS.", "$ref": "#/definitions/endpoint" } } }, "scm": { "description": 'Your source-control hosts, by a name of your choice: each becomes requirement scm.<name> (HTTPS 443 unless the URL names a port). Example: {github: github.com, gitlab: [gitlab.example.com, "https://git.example.com:8443"]}.', "$ref": "#/definitions/namedEndpoints" }, "sso": { "description": "Your SSO / identity provider hosts, by name: each becomes requirement sso.<name>. Example: {okta: example.okta.com}.", "$ref": "#/definitions/namedEndpoints" }, "registries": { "description": "Extra container registries, by name: each becomes requirement registry.<name>. Example: {dockerhub: [registry-1.docker.io, auth.docker.io]}.", "$ref": "#/definitions/namedEndpoints" }, "failOn": { "description": "Exit 1 when a finding reaches this severity (default error; never: only input errors fail). Flag --fail-on, environment RUNNERLINT_FAIL_ON.", "enum": ["error", "warning", "note", "never"] }, "failOnUnknown": { "description": "Also exit 1 when a requirement cannot be verified (an unknown finding, an unjudged requirement, a truncated analysis). Flag --fail-on-unknown, environment RUNNERLINT_FAIL_ON_UNKNOWN (true/false).", "type": "boolean" }, "severity": { "description": "Per-rule severity overrides: rule id \u2192 error, warning, note, or ignore (the rule's findings are dropped; the requirement table still shows the verdict).", "type": "object", "propertyNames": { "$ref": "#/definitions/ruleId" }, "additionalProperties": { "enum": ["error", "warning", "note", "ignore"] } }, "waivers": { "description": "Central waivers. Each needs a reason and at least one of rule, requirement and file (a glob relative to this file's folder: alone, every finding in the files it matches); resource (a CloudFormation logical id or a resource name in the finding) narrows it; expires ends it. A waived finding is reported as suppressed; an expired waiver turns back into a finding; a waiver that matches nothing is reported as a note.", "type": "array", "items": { "$ref": "#/definitions/waiver" } } }, "definitions": { "glob": { "type": "string", "minLength": 1, "pattern": "^\\S" }, "cidr": { "type": "string", "pattern": "^([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}$|^[0-9A-Fa-f:]+/[0-9]{1,3}$" }, "ruleId": { "description": "A rule id, <area>/<name> (runnerlint rules).", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, "requirementId": { "description": "A requirement id from the catalogue (runnerlint explain <id>), e.g. sg.ssh-ingress or scm.github.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$" }, "date": { "description": "A date, YYYY-MM-DD (quoted or not).", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, "endpoint": { "description": "A host name (example.com, *.example.com), an IPv4 address, or an http(s) URL (its host, port and path are used).", "type": "string", "minLength": 1, "pattern": "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$" }, "endpoints": { "description": "One endpoint (a host name, an IPv4 address or an http(s) URL) or a list of them.", "type": ["string", "array"], "minLength": 1, "pattern": "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$", "items": { "$ref": "#/definitions/endpoint" }, "minItems": 1, "uniqueItems": true }, "namedEndpoints": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "additionalProperties": { "$ref": "#/definitions/endpoints" } }, "waiver": { "type": "object", "additionalProperties": false, "required": ["reason"], "anyOf": [{ "required": ["rule"] }, { "required": ["requirement"] }, { "required": ["file"] }], "properties": { "rule": { "$ref": "#/definitions/ruleId" }, "requirement": { "$ref": "#/definitions/requirementId" }, "file": { "description": "A glob matched against the finding's file path relative to the folder of this config file: * within a folder, ** across folders, ? one character, {a,b} alternatives.", "type": "string", "minLength": 1 }, "resource": { "description": "The finding's resource: a CloudFormation logical id, a security-group id, an SCP name.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted (shown in every report, and in SARIF as the suppression's justification).", "type": "string", "pattern": "\\S" }, "expires": { "description": "The last day (UTC) the waiver applies, YYYY-MM-DD; from the next day on the finding is reported again.", "$ref": "#/definitions/date" } } } } };
var schema12 = { "type": "string", "pattern": "^([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}$|^[0-9A-Fa-f:]+/[0-9]{1,3}$" };
var schema13 = { "type": "string", "minLength": 1, "pattern": "^\\S" };
var schema15 = { "description": "A host name (example.com, *.example.com), an IPv4 address, or an http(s) URL (its host, port and path are used).", "type": "string", "minLength": 1, "pattern": "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$" };
var schema19 = { "description": "A rule id, <area>/<name> (runnerlint rules).", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" };
var func2 = Object.prototype.hasOwnProperty;
var func0 = require_equal().default;
var func4 = require_ucs2length().default;
var pattern0 = new RegExp("^(latest|[0-9]{4}-[0-9]{2}-[0-9]{2})$", "u");
var pattern1 = new RegExp("^[a-z]{2}[0-9]{2}$", "u");
var pattern2 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var pattern3 = new RegExp("^[0-9]{12}$", "u");
var pattern4 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", "u");
var pattern5 = new RegExp("^([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}$|^[0-9A-Fa-f:]+/[0-9]{1,3}$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:-]*$", "u");
var pattern7 = new RegExp("^\\S", "u");
var pattern9 = new RegExp("^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$", "u");
var pattern13 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$", "u");
var schema16 = { "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "additionalProperties": { "$ref": "#/definitions/endpoints" } };
var pattern10 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var schema17 = { "description": "One endpoint (a host name, an IPv4 address or an http(s) URL) or a list of them.", "type": ["string", "array"], "minLength": 1, "pattern": "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$", "items": { "$ref": "#/definitions/endpoint" }, "minItems": 1, "uniqueItems": true };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema17.type }, message: "must be string,array", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func4(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern9.test(data)) {
      const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$" }, message: 'must match pattern "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$"', schema: "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$", parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err3 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func4(data0) < 1) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern9.test(data0)) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/endpoint/pattern", keyword: "pattern", params: { pattern: "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$" }, message: 'must match pattern "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$"', schema: "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$", parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err7 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema17, data };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern10.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema16.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema16.propertyNames, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate12(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema20 = { "type": "object", "additionalProperties": false, "required": ["reason"], "anyOf": [{ "required": ["rule"] }, { "required": ["requirement"] }, { "required": ["file"] }], "properties": { "rule": { "$ref": "#/definitions/ruleId" }, "requirement": { "$ref": "#/definitions/requirementId" }, "file": { "description": "A glob matched against the finding's file path relative to the folder of this config file: * within a folder, ** across folders, ? one character, {a,b} alternatives.", "type": "string", "minLength": 1 }, "resource": { "description": "The finding's resource: a CloudFormation logical id, a security-group id, an SCP name.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted (shown in every report, and in SARIF as the suppression's justification).", "type": "string", "pattern": "\\S" }, "expires": { "description": "The last day (UTC) the waiver applies, YYYY-MM-DD; from the next day on the finding is reported again.", "$ref": "#/definitions/date" } } };
var schema22 = { "description": "A requirement id from the catalogue (runnerlint explain <id>), e.g. sg.ssh-ingress or scm.github.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$" };
var schema23 = { "description": "A date, YYYY-MM-DD (quoted or not).", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
var pattern15 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$", "u");
var pattern16 = new RegExp("\\S", "u");
var pattern17 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema20.anyOf[0].required, parentSchema: schema20.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.requirement === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "requirement" }, message: "must have required property 'requirement'", schema: schema20.anyOf[1].required, parentSchema: schema20.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.file === void 0) {
          const err2 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema20.anyOf[2].required, parentSchema: schema20.anyOf[2], data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema20.anyOf, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reason === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "requirement" || key0 === "file" || key0 === "resource" || key0 === "reason" || key0 === "expires")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (typeof data0 === "string") {
        if (!pattern13.test(data0)) {
          const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema19, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.requirement !== void 0) {
      let data1 = data.requirement;
      if (typeof data1 === "string") {
        if (!pattern15.test(data1)) {
          const err8 = { instancePath: instancePath + "/requirement", schemaPath: "#/definitions/requirementId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$", parentSchema: schema22, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/requirement", schemaPath: "#/definitions/requirementId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 === "string") {
        if (func4(data2) < 1) {
          const err10 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.file, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.file.type, parentSchema: schema20.properties.file, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      let data3 = data.resource;
      if (typeof data3 === "string") {
        if (func4(data3) < 1) {
          const err12 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.resource, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.resource.type, parentSchema: schema20.properties.resource, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 === "string") {
        if (!pattern16.test(data4)) {
          const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema20.properties.reason, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.reason.type, parentSchema: schema20.properties.reason, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data5 = data.expires;
      if (typeof data5 === "string") {
        if (!pattern17.test(data5)) {
          const err16 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema23, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.type, parentSchema: schema23, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.runner !== void 0) {
      let data2 = data.runner;
      if (!(data2 === "standard" || data2 === "enterprise")) {
        const err3 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/enum", keyword: "enum", params: { allowedValues: schema11.properties.runner.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.runner.enum, parentSchema: schema11.properties.runner, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.catalogue !== void 0) {
      let data3 = data.catalogue;
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err4 = { instancePath: instancePath + "/catalogue", schemaPath: "#/properties/catalogue/pattern", keyword: "pattern", params: { pattern: "^(latest|[0-9]{4}-[0-9]{2}-[0-9]{2})$" }, message: 'must match pattern "^(latest|[0-9]{4}-[0-9]{2}-[0-9]{2})$"', schema: "^(latest|[0-9]{4}-[0-9]{2}-[0-9]{2})$", parentSchema: schema11.properties.catalogue, data: data3 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/catalogue", schemaPath: "#/properties/catalogue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.catalogue.type, parentSchema: schema11.properties.catalogue, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.gatewayRegions !== void 0) {
      let data4 = data.gatewayRegions;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err6 = { instancePath: instancePath + "/gatewayRegions", schemaPath: "#/properties/gatewayRegions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.gatewayRegions, data: data4 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (!pattern1.test(data5)) {
              const err7 = { instancePath: instancePath + "/gatewayRegions/" + i0, schemaPath: "#/properties/gatewayRegions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}[0-9]{2}$" }, message: 'must match pattern "^[a-z]{2}[0-9]{2}$"', schema: "^[a-z]{2}[0-9]{2}$", parentSchema: schema11.properties.gatewayRegions.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/gatewayRegions/" + i0, schemaPath: "#/properties/gatewayRegions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gatewayRegions.items.type, parentSchema: schema11.properties.gatewayRegions.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data4[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/gatewayRegions", schemaPath: "#/properties/gatewayRegions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.gatewayRegions, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/gatewayRegions", schemaPath: "#/properties/gatewayRegions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gatewayRegions.type, parentSchema: schema11.properties.gatewayRegions, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data6 = data.region;
      if (typeof data6 === "string") {
        if (!pattern2.test(data6)) {
          const err11 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"', schema: "^[a-z]{2}(-[a-z]+)+-[0-9]+$", parentSchema: schema11.properties.region, data: data6 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.region.type, parentSchema: schema11.properties.region, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.accountId !== void 0) {
      let data7 = data.accountId;
      if (typeof data7 === "string") {
        if (!pattern3.test(data7)) {
          const err13 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', schema: "^[0-9]{12}$", parentSchema: schema11.properties.accountId, data: data7 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.accountId.type, parentSchema: schema11.properties.accountId, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.runnerRoleArn !== void 0) {
      let data8 = data.runnerRoleArn;
      if (typeof data8 === "string") {
        if (!pattern4.test(data8)) {
          const err15 = { instancePath: instancePath + "/runnerRoleArn", schemaPath: "#/properties/runnerRoleArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$"', schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", parentSchema: schema11.properties.runnerRoleArn, data: data8 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/runnerRoleArn", schemaPath: "#/properties/runnerRoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.runnerRoleArn.type, parentSchema: schema11.properties.runnerRoleArn, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.vpcCidrs !== void 0) {
      let data9 = data.vpcCidrs;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (typeof data10 === "string") {
            if (!pattern5.test(data10)) {
              const err17 = { instancePath: instancePath + "/vpcCidrs/" + i2, schemaPath: "#/definitions/cidr/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}$|^[0-9A-Fa-f:]+/[0-9]{1,3}$" }, message: 'must match pattern "^([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}$|^[0-9A-Fa-f:]+/[0-9]{1,3}$"', schema: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}$|^[0-9A-Fa-f:]+/[0-9]{1,3}$", parentSchema: schema12, data: data10 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/vpcCidrs/" + i2, schemaPath: "#/definitions/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data10 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i3 = data9.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data9[i3], data9[j1])) {
                const err19 = { instancePath: instancePath + "/vpcCidrs", schemaPath: "#/properties/vpcCidrs/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.vpcCidrs, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/vpcCidrs", schemaPath: "#/properties/vpcCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vpcCidrs.type, parentSchema: schema11.properties.vpcCidrs, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.securityGroupRoles !== void 0) {
      let data11 = data.securityGroupRoles;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          const _errs25 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err21 = { instancePath: instancePath + "/securityGroupRoles", schemaPath: "#/properties/securityGroupRoles/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$", parentSchema: schema11.properties.securityGroupRoles.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          var valid8 = _errs25 === errors;
          if (!valid8) {
            const err22 = { instancePath: instancePath + "/securityGroupRoles", schemaPath: "#/properties/securityGroupRoles/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.securityGroupRoles.propertyNames, parentSchema: schema11.properties.securityGroupRoles, data: data11 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        for (const key2 in data11) {
          let data12 = data11[key2];
          if (!(data12 === "environment" || data12 === "runner" || data12 === "none")) {
            const err23 = { instancePath: instancePath + "/securityGroupRoles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/securityGroupRoles/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.securityGroupRoles.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.securityGroupRoles.additionalProperties.enum, parentSchema: schema11.properties.securityGroupRoles.additionalProperties, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/securityGroupRoles", schemaPath: "#/properties/securityGroupRoles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.securityGroupRoles.type, parentSchema: schema11.properties.securityGroupRoles, data: data11 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data13 = data.scope;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key3 in data13) {
          if (!(key3 === "mode" || key3 === "include" || key3 === "exclude")) {
            const err25 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.scope, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data13.mode !== void 0) {
          let data14 = data13.mode;
          if (!(data14 === "runner" || data14 === "all")) {
            const err26 = { instancePath: instancePath + "/scope/mode", schemaPath: "#/properties/scope/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.scope.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.scope.properties.mode.enum, parentSchema: schema11.properties.scope.properties.mode, data: data14 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.include !== void 0) {
          let data15 = data13.include;
          if (Array.isArray(data15)) {
            const len2 = data15.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data16 = data15[i4];
              if (typeof data16 === "string") {
                if (func4(data16) < 1) {
                  const err27 = { instancePath: instancePath + "/scope/include/" + i4, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (!pattern7.test(data16)) {
                  const err28 = { instancePath: instancePath + "/scope/include/" + i4, schemaPath: "#/definitions/glob/pattern", keyword: "pattern", params: { pattern: "^\\S" }, message: 'must match pattern "^\\S"', schema: "^\\S", parentSchema: schema13, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/scope/include/" + i4, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data16 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/scope/include", schemaPath: "#/properties/scope/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.scope.properties.include.type, parentSchema: schema11.properties.scope.properties.include, data: data15 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data13.exclude !== void 0) {
          let data17 = data13.exclude;
          if (Array.isArray(data17)) {
            const len3 = data17.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data18 = data17[i5];
              if (typeof data18 === "string") {
                if (func4(data18) < 1) {
                  const err31 = { instancePath: instancePath + "/scope/exclude/" + i5, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (!pattern7.test(data18)) {
                  const err32 = { instancePath: instancePath + "/scope/exclude/" + i5, schemaPath: "#/definitions/glob/pattern", keyword: "pattern", params: { pattern: "^\\S" }, message: 'must match pattern "^\\S"', schema: "^\\S", parentSchema: schema13, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/scope/exclude/" + i5, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data18 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/scope/exclude", schemaPath: "#/properties/scope/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.scope.properties.exclude.type, parentSchema: schema11.properties.scope.properties.exclude, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.scope.type, parentSchema: schema11.properties.scope, data: data13 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.ides !== void 0) {
      let data19 = data.ides;
      if (Array.isArray(data19)) {
        const len4 = data19.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data20 = data19[i6];
          if (!(data20 === "vscode" || data20 === "jetbrains")) {
            const err36 = { instancePath: instancePath + "/ides/" + i6, schemaPath: "#/properties/ides/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.ides.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ides.items.enum, parentSchema: schema11.properties.ides.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        let i7 = data19.length;
        let j2;
        if (i7 > 1) {
          outer1: for (; i7--; ) {
            for (j2 = i7; j2--; ) {
              if (func0(data19[i7], data19[j2])) {
                const err37 = { instancePath: instancePath + "/ides", schemaPath: "#/properties/ides/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema11.properties.ides, data: data19 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/ides", schemaPath: "#/properties/ides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ides.type, parentSchema: schema11.properties.ides, data: data19 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data21 = data.features;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key4 in data21) {
          if (!(key4 === "logs" || key4 === "prometheus")) {
            const err39 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.features, data: data21 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data21.logs !== void 0) {
          let data22 = data21.logs;
          if (typeof data22 !== "boolean") {
            const err40 = { instancePath: instancePath + "/features/logs", schemaPath: "#/properties/features/properties/logs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.features.properties.logs.type, parentSchema: schema11.properties.features.properties.logs, data: data22 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data21.prometheus !== void 0) {
          let data23 = data21.prometheus;
          if (typeof data23 === "string") {
            if (func4(data23) < 1) {
              const err41 = { instancePath: instancePath + "/features/prometheus", schemaPath: "#/definitions/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data23 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (!pattern9.test(data23)) {
              const err42 = { instancePath: instancePath + "/features/prometheus", schemaPath: "#/definitions/endpoint/pattern", keyword: "pattern", params: { pattern: "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$" }, message: 'must match pattern "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$"', schema: "^(https?://[^\\s/]+(/\\S*)?|(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$", parentSchema: schema15, data: data23 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/features/prometheus", schemaPath: "#/definitions/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data23 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.features.type, parentSchema: schema11.properties.features, data: data21 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.scm !== void 0) {
      if (!validate11(data.scm, { instancePath: instancePath + "/scm", parentData: data, parentDataProperty: "scm", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.sso !== void 0) {
      if (!validate11(data.sso, { instancePath: instancePath + "/sso", parentData: data, parentDataProperty: "sso", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.registries !== void 0) {
      if (!validate11(data.registries, { instancePath: instancePath + "/registries", parentData: data, parentDataProperty: "registries", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.failOn !== void 0) {
      let data27 = data.failOn;
      if (!(data27 === "error" || data27 === "warning" || data27 === "note" || data27 === "never")) {
        const err45 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.failOn.enum, parentSchema: schema11.properties.failOn, data: data27 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.failOnUnknown !== void 0) {
      let data28 = data.failOnUnknown;
      if (typeof data28 !== "boolean") {
        const err46 = { instancePath: instancePath + "/failOnUnknown", schemaPath: "#/properties/failOnUnknown/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.failOnUnknown.type, parentSchema: schema11.properties.failOnUnknown, data: data28 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data29 = data.severity;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key5 in data29) {
          const _errs61 = errors;
          if (typeof key5 === "string") {
            if (!pattern13.test(key5)) {
              const err47 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema19, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: key5, propertyName: key5 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var valid22 = _errs61 === errors;
          if (!valid22) {
            const err49 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema11.properties.severity.propertyNames, parentSchema: schema11.properties.severity, data: data29 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        for (const key6 in data29) {
          let data30 = data29[key6];
          if (!(data30 === "error" || data30 === "warning" || data30 === "note" || data30 === "ignore")) {
            const err50 = { instancePath: instancePath + "/severity/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.severity.additionalProperties.enum, parentSchema: schema11.properties.severity.additionalProperties, data: data30 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.severity.type, parentSchema: schema11.properties.severity, data: data29 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data31 = data.waivers;
      if (Array.isArray(data31)) {
        const len5 = data31.length;
        for (let i8 = 0; i8 < len5; i8++) {
          if (!validate17(data31[i8], { instancePath: instancePath + "/waivers/" + i8, parentData: data31, parentDataProperty: i8, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.waivers.type, parentSchema: schema11.properties.waivers, data: data31 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
