// Writes policies/capabilities.json: OPA's builtins restricted to those the Wasm module implements
// natively (OPA internal/compiler/wasm builtinsFunctions) plus compile-time ones (rego.metadata.*).
// The host implements no builtins, so a policy that needs any other builtin fails `opa build`.
// Run after bumping OPA: node scripts/capabilities.mjs
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { opaPath } from "./opa.mjs";

export const NATIVE = new Set(
  `abs and array.concat array.flatten array.reverse array.slice assign
base64.decode base64.encode base64.is_valid base64url.decode base64url.encode bits.and bits.lsh
bits.negate bits.or bits.rsh bits.xor ceil concat contains count div endswith eq equal floor
format_int glob.match graph.reachable gt gte indexof internal.member_2 internal.member_3
internal.template_string intersection is_array is_boolean is_null is_number is_object is_set
is_string json.filter json.is_valid json.marshal json.remove json.unmarshal lower lt lte max min
minus mul neq net.cidr_contains net.cidr_intersects net.cidr_overlap numbers.range object.filter
object.get object.keys object.remove object.union object.union_n or plus product re_match
regex.find_all_string_submatch_n regex.is_valid regex.match rem replace round sort split
startswith strings.replace_n strings.reverse substring sum to_number trim trim_left trim_prefix
trim_right trim_space trim_suffix type_name union upper walk
rego.metadata.chain rego.metadata.rule`.split(/\s+/),
);

const current = JSON.parse(execFileSync(opaPath(), ["capabilities", "--current"], { encoding: "utf8" }));
const builtins = current.builtins.filter((b) => NATIVE.has(b.name));
const missing = [...NATIVE].filter((n) => !builtins.some((b) => b.name === n));
if (missing.length) throw new Error(`OPA no longer declares: ${missing.join(", ")}`);
const out = {
  builtins,
  future_keywords: current.future_keywords,
  wasm_abi_versions: current.wasm_abi_versions,
  features: current.features,
};
writeFileSync(new URL("../policies/capabilities.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
console.log(`policies/capabilities.json: ${builtins.length} builtins`);
