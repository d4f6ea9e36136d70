// HCL expressions evaluated as `terraform plan` would where the configuration alone decides:
// literals, templates, collections, var.* / local.* / each / count / path.module, for expressions,
// conditionals, operators, and the functions network configurations use. Anything else (a
// resource's attribute known only after apply, a data source, a function runnerlint does not
// implement) is unknown, with the expression's file, line and column.
import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import type { TfUnknown } from "../plan.js";
import { isTfUnknown } from "../plan.js";
import type { Node } from "./parse.js";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v) && !isTfUnknown(v);

/** What an expression can see. */
export interface Scope {
  file: string;
  /** The module's folder (path.module, templatefile's relative paths). */
  dir: string;
  variable(name: string, at: Node): unknown;
  local(name: string, at: Node): unknown;
  /** A resource attribute (type.name[.attr]) or module output: known from the configuration, else unknown. */
  reference(path: string[], at: Node): unknown;
  /** each.*, count.*, for-expression variables, dynamic-block iterators. */
  names: Map<string, unknown>;
  /** templatefile's own parser (a template is HCL's template syntax). */
  parseTemplate(file: string, text: string): Node;
}

const where = (s: Scope, n: Node) => `${s.file}:${n.startPosition.row + 1}:${n.startPosition.column + 1}`;
export const unknownAt = (s: Scope, n: Node, why: string): TfUnknown => ({ $tfUnknown: `${why} (${where(s, n)})` });
const firstUnknown = (...vs: unknown[]) => vs.find(isTfUnknown) as TfUnknown | undefined;
const named = (n: Node) => n.namedChildren.filter((c): c is Node => c !== null);

export function evaluate(n: Node, s: Scope): unknown {
  switch (n.type) {
    case "expression": {
      const [head, ...postfix] = named(n);
      if (!head) return null;
      // variable_expr: the traversal decides what it names (var.x, local.y, aws_vpc.main.id).
      if (head.type === "variable_expr") return traversal(head, postfix, s);
      let v = evaluate(head, s);
      for (const p of postfix) v = step(v, p, s);
      return v;
    }
    case "literal_value":
      return literal(named(n)[0]!, s);
    case "template_expr":
      return template(named(n)[0]!, s);
    case "collection_value":
      return evaluate(named(n)[0]!, s);
    case "tuple": {
      const out: unknown[] = [];
      for (const c of named(n)) if (c.type === "expression") out.push(evaluate(c, s));
      return out;
    }
    case "object": {
      const out: Json = {};
      for (const e of named(n).filter((c) => c.type === "object_elem")) {
        const [k, v] = named(e);
        const key = objectKey(k!, s);
        if (isTfUnknown(key)) return key;
        out[String(key)] = evaluate(v!, s);
      }
      return out;
    }
    case "function_call":
      return call(n, s);
    case "conditional": {
      const [c, a, b] = named(n);
      const cond = evaluate(c!, s);
      if (isTfUnknown(cond)) return cond;
      return cond === true ? evaluate(a!, s) : cond === false ? evaluate(b!, s) : unknownAt(s, n, "a condition that is not a bool");
    }
    case "operation":
      return operation(named(n)[0]!, s);
    case "for_expr":
      return forExpr(named(n)[0]!, s);
    case "variable_expr":
      return traversal(n, [], s);
    default:
      return unknownAt(s, n, `${n.type} is not evaluated`);
  }
}

function objectKey(k: Node, s: Scope): unknown {
  // A bare identifier key is its name; a parenthesized one is evaluated.
  const inner = named(k);
  if (k.type === "expression" && inner.length === 1 && inner[0]!.type === "variable_expr" && !k.text.startsWith("(")) return inner[0]!.text;
  const v = evaluate(k, s);
  return isTfUnknown(v)
    ? v
    : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
      ? String(v)
      : unknownAt(s, k, "an object key that is not a string");
}

function literal(n: Node, s: Scope): unknown {
  switch (n.type) {
    case "numeric_lit":
      return Number(n.text);
    case "bool_lit":
      return n.text === "true";
    case "null_lit":
      return null;
    case "string_lit":
      return unescapeLiteral(named(n).find((c) => c.type === "template_literal")?.text ?? "");
    default:
      return unknownAt(s, n, `${n.type} is not evaluated`);
  }
}

function unescapeLiteral(raw: string): string {
  return raw.replace(/\\(["\\nrt]|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})|\$\$\{|%%\{/g, (m, e: string | undefined) => {
    if (m === "$${") return "${";
    if (m === "%%{") return "%{";
    if (!e) return m;
    if (e[0] === "u" || e[0] === "U") return String.fromCodePoint(parseInt(e.slice(1), 16));
    return { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" }[e] ?? m;
  });
}

/** A quoted or heredoc template: its literal parts as written, interpolations evaluated. */
function template(n: Node, s: Scope): unknown {
  const parts = named(n).filter((c) => c.type === "template_interpolation" || c.type === "template_directive");
  if (parts.some((p) => p.type === "template_directive")) return unknownAt(s, n, "template directives (%{ }) are not evaluated");
  let text: string;
  let start: number;
  let end: number;
  const src = n.tree.rootNode.text;
  if (n.type === "heredoc_template") {
    const ids = named(n).filter((c) => c.type === "heredoc_identifier");
    start = src.indexOf("\n", ids[0]!.endIndex) + 1;
    end = src.lastIndexOf("\n", ids[ids.length - 1]!.startIndex) + 1;
    if (start <= 0 || end < start) return "";
  } else {
    start = named(n).find((c) => c.type === "quoted_template_start")!.endIndex;
    end = named(n).find((c) => c.type === "quoted_template_end")!.startIndex;
  }
  const values: unknown[] = [];
  text = "";
  let at = start;
  for (const p of parts) {
    text += literalPart(n, src.slice(at, p.startIndex));
    const v = evaluate(named(p).find((c) => c.type === "expression")!, s);
    if (isTfUnknown(v)) return v;
    values.push(v);
    if (isObj(v) || Array.isArray(v)) return unknownAt(s, p, "a collection interpolated into a string");
    text += v === null ? "" : String(v);
    at = p.endIndex;
  }
  text += literalPart(n, src.slice(at, end));
  if (n.type === "heredoc_template" && named(n).some((c) => c.type === "heredoc_start" && c.text === "<<-")) text = dedent(text);
  // A template of one interpolation and nothing else is that value, not its string.
  return values.length === 1 && parts.length === 1 && text === String(values[0]) && src.slice(start, end).trim() === parts[0]!.text
    ? values[0]
    : text;
}

const literalPart = (n: Node, raw: string) =>
  n.type === "heredoc_template" ? raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{") : unescapeLiteral(raw);

function dedent(text: string): string {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return Number.isFinite(indent) ? lines.map((l) => l.slice(indent)).join("\n") : text;
}

/** var.x, local.y, each.key, count.index, path.module, a for variable, or a reference. */
function traversal(head: Node, postfix: Node[], s: Scope): unknown {
  const root = head.text;
  const attrs: string[] = [];
  let i = 0;
  for (; i < postfix.length && postfix[i]!.type === "get_attr"; i++) attrs.push(named(postfix[i]!)[0]!.text);
  let v: unknown;
  let rest = postfix.slice(i);
  if (s.names.has(root)) {
    v = s.names.get(root);
    rest = postfix;
  } else if (root === "var" && attrs.length) {
    v = s.variable(attrs[0]!, head);
    rest = postfix.slice(1);
  } else if (root === "local" && attrs.length) {
    v = s.local(attrs[0]!, head);
    rest = postfix.slice(1);
  } else if (root === "path" && attrs[0] === "module") {
    v = s.dir;
    rest = postfix.slice(1);
  } else if (root === "path" || root === "terraform") {
    return unknownAt(s, head, `${root}.${attrs[0] ?? ""} is not known offline`);
  } else {
    // type.name.attr, module.name.output, data.type.name.attr: with index steps in between.
    const path = [root];
    for (const p of postfix) {
      if (p.type === "get_attr") path.push(named(p)[0]!.text);
      else if (p.type === "index") {
        const key = evaluate(named(named(p)[0]!).find((c) => c.type === "expression") ?? named(p)[0]!, s);
        path.push(isTfUnknown(key) ? "*" : `[${JSON.stringify(key)}]`);
      } else break;
    }
    return s.reference(path, head);
  }
  for (const p of rest) v = step(v, p, s);
  return v;
}

/** One postfix step: .attr, [index], [*] / .* (splat). */
function step(v: unknown, p: Node, s: Scope): unknown {
  if (isTfUnknown(v)) return v;
  if (p.type === "get_attr") {
    const name = named(p)[0]!.text;
    return isObj(v) && name in v ? v[name] : unknownAt(s, p, `no attribute ${name}`);
  }
  if (p.type === "index") {
    const inner = named(p)[0]!;
    const keyNode = named(inner).find((c) => c.type === "expression");
    const key = keyNode ? evaluate(keyNode, s) : Number(inner.text.replace(/^\./, ""));
    if (isTfUnknown(key)) return key;
    if (Array.isArray(v) && typeof key === "number")
      return key >= 0 && key < v.length ? v[key] : unknownAt(s, p, `index ${key} out of range`);
    if (isObj(v) && (typeof key === "string" || typeof key === "number"))
      return String(key) in v ? v[String(key)] : unknownAt(s, p, `no key ${key}`);
    return unknownAt(s, p, "an index into a value that has none");
  }
  if (p.type === "splat") {
    const list = Array.isArray(v) ? v : v === null ? [] : [v];
    const steps = named(named(p)[0]!);
    return list.map((x) => steps.reduce((acc, st) => step(acc, st, s), x));
  }
  return unknownAt(s, p, `${p.type} is not evaluated`);
}

function operation(op: Node, s: Scope): unknown {
  const args = named(op).filter((c) => c.type !== "comment");
  const sym = op.children.find((c) => c && !c.isNamed && c.type !== "(" && c.type !== ")")?.type ?? "";
  if (op.type === "unary_operation") {
    const v = evaluate(args[0]!, s);
    if (isTfUnknown(v)) return v;
    return sym === "!" ? !v : sym === "-" ? -(v as number) : unknownAt(s, op, `operator ${sym}`);
  }
  const a = evaluate(args[0]!, s);
  // && and || short-circuit as Terraform's do not, but an unknown on either side is unknown anyway.
  const b = evaluate(args[1]!, s);
  const u = firstUnknown(a, b);
  if (u) return u;
  const x = a as number;
  const y = b as number;
  switch (sym) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return x / y;
    case "%":
      return x % y;
    case "==":
      return JSON.stringify(a) === JSON.stringify(b);
    case "!=":
      return JSON.stringify(a) !== JSON.stringify(b);
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    case ">=":
      return x >= y;
    case "&&":
      return a === true && b === true;
    case "||":
      return a === true || b === true;
    default:
      return unknownAt(s, op, `operator ${sym}`);
  }
}

function forExpr(f: Node, s: Scope): unknown {
  const [intro, ...rest] = named(f).filter((c) => !/_(start|end)$/.test(c.type));
  const ids = named(intro!)
    .filter((c) => c.type === "identifier")
    .map((c) => c.text);
  const collection = evaluate(named(intro!).find((c) => c.type === "expression")!, s);
  if (isTfUnknown(collection)) return collection;
  const entries: [unknown, unknown][] = Array.isArray(collection)
    ? collection.map((v, i) => [i, v])
    : isObj(collection)
      ? Object.entries(collection)
      : [];
  const cond = rest.find((c) => c.type === "for_cond");
  const exprs = rest.filter((c) => c.type === "expression");
  const grouping = f.text.includes("...");
  const out: unknown[] = [];
  const obj: Json = {};
  for (const [k, v] of entries) {
    const names = new Map(s.names);
    if (ids.length === 2) names.set(ids[0]!, k).set(ids[1]!, v);
    else names.set(ids[0]!, v);
    const inner = { ...s, names };
    if (cond) {
      const c = evaluate(named(cond).find((x) => x.type === "expression")!, inner);
      if (isTfUnknown(c)) return c;
      if (c !== true) continue;
    }
    if (f.type === "for_tuple_expr") out.push(evaluate(exprs[0]!, inner));
    else {
      const key = evaluate(exprs[0]!, inner);
      if (isTfUnknown(key)) return key;
      const value = evaluate(exprs[1]!, inner);
      if (grouping) ((obj[String(key)] ??= []) as unknown[]).push(value);
      else obj[String(key)] = value;
    }
  }
  return f.type === "for_tuple_expr" ? out : obj;
}

// ── functions ────────────────────────────────────────────────────────────────────────────────────

function call(n: Node, s: Scope): unknown {
  const name = named(n).find((c) => c.type === "identifier")!.text;
  const argsNode = named(n).find((c) => c.type === "function_arguments");
  const argNodes = argsNode ? named(argsNode).filter((c) => c.type === "expression") : [];
  if (name === "try" || name === "can") {
    for (const a of argNodes) {
      const v = evaluate(a, s);
      if (!isTfUnknown(v)) return name === "can" ? true : v;
    }
    return name === "can"
      ? unknownAt(s, n, "can() of a value not known offline")
      : unknownAt(s, n, "no argument of try() is known offline");
  }
  let args = argNodes.map((a) => evaluate(a, s));
  // f(list...) expands the last argument.
  if (argsNode && named(argsNode).some((c) => c.type === "ellipsis")) {
    const last = args.pop();
    if (isTfUnknown(last)) return last;
    args = [...args, ...(Array.isArray(last) ? last : [])];
  }
  const u = firstUnknown(...args);
  if (u) return u;
  const fn = FUNCTIONS[name];
  if (!fn) return unknownAt(s, n, `function ${name}() is not evaluated`);
  try {
    return fn(args, s);
  } catch (e) {
    return unknownAt(s, n, `${name}(): ${(e as Error).message}`);
  }
}

const str = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
const arr = (v: unknown): unknown[] => {
  if (Array.isArray(v)) return v;
  throw new Error("expects a list");
};

function ipv4ToInt(ip: string): number {
  const p = ip.split(".").map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) throw new Error(`${ip} is not an IPv4 address`);
  return ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0;
}
const intToIpv4 = (n: number) => [24, 16, 8, 0].map((b) => (n >>> b) & 255).join(".");

/** cidrsubnet(prefix, newbits, netnum), IPv4, as Terraform computes it. */
export function cidrsubnet(prefix: string, newbits: number, netnum: number): string {
  const [ip, bitsText] = prefix.split("/");
  const bits = Number(bitsText);
  const size = bits + newbits;
  if (!Number.isInteger(bits) || size > 32 || newbits < 0) throw new Error(`cannot extend ${prefix} by ${newbits} bits`);
  if (netnum < 0 || netnum >= 2 ** newbits)
    throw new Error(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const base = ipv4ToInt(ip!) & (bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0);
  return `${intToIpv4((base + netnum * 2 ** (32 - size)) >>> 0)}/${size}`;
}

/** A path as Terraform resolves it (against the working directory, where path.module is relative to it). */
const modulePath = (s: Scope, p: string) => (isAbsolute(p) || p.startsWith(s.dir) ? p : join(s.dir, p));

const FUNCTIONS: Record<string, (a: unknown[], s: Scope) => unknown> = {
  concat: (a) => a.flatMap(arr),
  merge: (a) => Object.assign({}, ...a.filter((x) => x !== null)),
  jsonencode: (a) => JSON.stringify(a[0]),
  jsondecode: (a) => JSON.parse(str(a[0])),
  cidrsubnet: (a) => cidrsubnet(str(a[0]), Number(a[1]), Number(a[2])),
  cidrhost: (a) => {
    const [ip, bits] = str(a[0]).split("/");
    return intToIpv4(((ipv4ToInt(ip!) & ((~0 << (32 - Number(bits))) >>> 0)) + Number(a[1])) >>> 0);
  },
  length: (a) => (typeof a[0] === "string" ? [...a[0]].length : Array.isArray(a[0]) ? a[0].length : Object.keys(a[0] as Json).length),
  lower: (a) => str(a[0]).toLowerCase(),
  upper: (a) => str(a[0]).toUpperCase(),
  trimspace: (a) => str(a[0]).trim(),
  join: (a) => arr(a[1]).map(str).join(str(a[0])),
  split: (a) => str(a[1]).split(str(a[0])),
  replace: (a) => str(a[0]).split(str(a[1])).join(str(a[2])),
  format: (a) => {
    let i = 1;
    return str(a[0]).replace(/%%|%[sdv]/g, (m) => (m === "%%" ? "%" : str(a[i++])));
  },
  tostring: (a) => str(a[0]),
  tonumber: (a) => Number(a[0]),
  tolist: (a) => arr(a[0]),
  toset: (a) => [...new Set(arr(a[0]).map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x) as unknown),
  tomap: (a) => a[0],
  flatten: (a) => (arr(a[0]) as unknown[]).flat(Infinity),
  distinct: (a) => [...new Set(arr(a[0]).map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x) as unknown),
  compact: (a) => arr(a[0]).filter((x) => x !== null && x !== ""),
  contains: (a) => arr(a[0]).some((x) => JSON.stringify(x) === JSON.stringify(a[1])),
  keys: (a) => Object.keys(a[0] as Json).sort(),
  values: (a) =>
    Object.keys(a[0] as Json)
      .sort()
      .map((k) => (a[0] as Json)[k]),
  lookup: (a) => {
    const m = a[0] as Json;
    if (str(a[1]) in m) return m[str(a[1])];
    if (a.length > 2) return a[2];
    throw new Error(`no key ${str(a[1])}`);
  },
  element: (a) => {
    const l = arr(a[0]);
    return l[Number(a[1]) % l.length];
  },
  coalesce: (a) => a.find((x) => x !== null && x !== ""),
  range: (a) => {
    const [start, end, by] = a.length === 1 ? [0, Number(a[0]), 1] : [Number(a[0]), Number(a[1]), Number(a[2] ?? 1)];
    const out: number[] = [];
    for (let i = start; by > 0 ? i < end : i > end; i += by) out.push(i);
    return out;
  },
  zipmap: (a) => Object.fromEntries(arr(a[0]).map((k, i) => [str(k), arr(a[1])[i]])),
  base64encode: (a) => Buffer.from(str(a[0]), "utf8").toString("base64"),
  base64decode: (a) => Buffer.from(str(a[0]), "base64").toString("utf8"),
  file: (a, s) => readFileSync(modulePath(s, str(a[0])), "utf8"),
  templatefile: (a, s) => {
    const path = modulePath(s, str(a[0]));
    const text = readFileSync(path, "utf8");
    const vars = (a[1] ?? {}) as Json;
    // The template as a heredoc of a one-attribute file, with the variables as names.
    const marker = `RUNNERLINT_TEMPLATE_${text.length}`;
    const body = s.parseTemplate(path, `t = <<${marker}\n${text}${text.endsWith("\n") ? "" : "\n"}${marker}\n`);
    const expr = body.namedChildren.find((c) => c?.type === "attribute")?.namedChildren.find((c) => c?.type === "expression");
    if (!expr) throw new Error("cannot read the template");
    const v = evaluate(expr, { ...s, file: path, names: new Map(Object.entries(vars)) });
    if (isTfUnknown(v)) throw new Error(v.$tfUnknown);
    return typeof v === "string" && !text.endsWith("\n") ? v.replace(/\n$/, "") : v;
  },
};
