import { join, resolve, sep } from "node:path";
import { joinPointer } from "../../source.js";
import { isTfUnknown } from "../plan.js";
import { evaluate, unknownAt } from "./expressions.js";
const named = (n) => n.namedChildren.filter((c) => c !== null);
/** Module calls nested deeper than this are not followed (Terraform has no limit; real trees stay far below). */
const MAX_MODULE_DEPTH = 16;
const META = new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);
const NOT_REFERENCES = new Set(["var", "local", "each", "count", "path", "self", "terraform"]);
function blocksOf(f) {
    return named(f.body)
        .filter((c) => c.type === "block")
        .map((node) => {
        const kids = named(node);
        return {
            file: f.path,
            node,
            type: kids[0].text,
            labels: kids.filter((c) => c.type === "string_lit" || (c.type === "identifier" && c !== kids[0])).map((c) => labelText(c)),
            body: kids.find((c) => c.type === "body") ?? node,
        };
    });
}
const labelText = (c) => (c.type === "string_lit" ? (named(c).find((x) => x.type === "template_literal")?.text ?? "") : c.text);
const attributesOf = (body) => named(body)
    .filter((c) => c.type === "attribute")
    .map((a) => ({ name: named(a)[0].text, expr: named(a).find((c) => c.type === "expression"), node: a }));
const at = (file, n) => ({ file, line: n.startPosition.row + 1, column: n.startPosition.column + 1 });
/** The references an expression makes to resources, data sources and modules (as a plan's configuration lists them). */
function referencesIn(n, names) {
    const out = new Set();
    const visit = (x) => {
        if (x.type === "expression") {
            const [head, ...post] = named(x);
            if (head?.type === "variable_expr" && !NOT_REFERENCES.has(head.text) && !names.has(head.text)) {
                const attrs = post.filter((p) => p.type === "get_attr").map((p) => named(p)[0].text);
                const path = [head.text, ...attrs.slice(0, head.text === "data" ? 3 : 2)];
                if (path.length >= 2) {
                    const base = path.slice(0, head.text === "data" ? 3 : 2).join(".");
                    if (path.length > (head.text === "data" ? 3 : 2))
                        out.add(path.join("."));
                    out.add(base);
                }
            }
        }
        for (const c of named(x))
            visit(c);
    };
    visit(n);
    return [...out];
}
class Module {
    address;
    dir;
    inputs;
    root;
    out;
    reader;
    chain;
    blocks;
    localCache = new Map();
    evaluating = new Set();
    resourceCache = new Map();
    constructor(address, dir, files, inputs, root, out, reader, 
    /** The folders of the calls that led here: a module that calls one of them again is not followed. */
    chain = [resolve(dir)]) {
        this.address = address;
        this.dir = dir;
        this.inputs = inputs;
        this.root = root;
        this.out = out;
        this.reader = reader;
        this.chain = chain;
        this.blocks = files.flatMap(blocksOf);
    }
    scope(file, names = new Map()) {
        return {
            file,
            dir: this.dir,
            names,
            parseTemplate: (f, t) => this.reader.parseTemplate(f, t),
            variable: (name, node) => this.variable(name, file, node),
            local: (name, node) => this.local(name, file, node),
            reference: (path, node) => this.reference(path, file, node),
        };
    }
    variable(name, file, node) {
        if (name in this.inputs)
            return this.inputs[name];
        const decl = this.blocks.find((b) => b.type === "variable" && b.labels[0] === name);
        if (!decl)
            return unknownAt(this.scope(file), node, `var.${name} is not declared`);
        const dflt = attributesOf(decl.body).find((a) => a.name === "default");
        if (dflt)
            return evaluate(dflt.expr, this.scope(decl.file));
        return unknownAt(this.scope(file), node, this.root
            ? `var.${name} has no value (give it in terraform.tfvars or a *.auto.tfvars file)`
            : `var.${name} is not given to ${this.address}`);
    }
    local(name, file, node) {
        if (this.localCache.has(name))
            return this.localCache.get(name);
        for (const b of this.blocks.filter((x) => x.type === "locals")) {
            const a = attributesOf(b.body).find((x) => x.name === name);
            if (!a)
                continue;
            if (this.evaluating.has(`local.${name}`))
                return unknownAt(this.scope(file), node, `local.${name} refers to itself`);
            this.evaluating.add(`local.${name}`);
            const v = evaluate(a.expr, this.scope(b.file));
            this.evaluating.delete(`local.${name}`);
            this.localCache.set(name, v);
            return v;
        }
        return unknownAt(this.scope(file), node, `local.${name} is not declared`);
    }
    /** type.name[key].attr: the configured value when the configuration decides it, else known only after apply. */
    reference(path, file, node) {
        const s = this.scope(file);
        if (path[0] === "data")
            return unknownAt(s, node, `data.${path[1]}.${path[2]} is read when Terraform plans`);
        if (path[0] === "module")
            return unknownAt(s, node, `the output ${path.slice(1).join(".")} of a module is not evaluated`);
        const [type, name, ...rest] = path;
        const decl = this.blocks.find((b) => b.type === "resource" && b.labels[0] === type && b.labels[1] === name);
        if (!decl)
            return unknownAt(s, node, `${path.join(".")} is not declared in this module`);
        const instances = this.resource(decl);
        let i = 0;
        let picked;
        if (rest[0]?.startsWith("[")) {
            const key = JSON.parse(rest[0].slice(1, -1));
            picked = instances.find((x) => x.index === key);
            i = 1;
        }
        else if (rest[0] === "*")
            i = 1;
        else if (instances.length === 1 && instances[0].index === undefined)
            picked = instances[0];
        const attr = rest.slice(i);
        const what = `${type}.${name}${attr.length ? `.${attr.join(".")}` : ""}`;
        if (!picked)
            return unknownAt(s, node, `${what} is known only after apply`);
        let v = picked.values;
        for (const a of attr)
            v = v !== null && typeof v === "object" && !Array.isArray(v) && !isTfUnknown(v) ? v[a] : undefined;
        return v === undefined || isTfUnknown(v) ? unknownAt(s, node, `${what} is known only after apply`) : v;
    }
    /** A resource block's instances (count / for_each expanded), evaluated once. */
    resource(b) {
        const key = `${b.labels[0]}.${b.labels[1]}`;
        const cached = this.resourceCache.get(key);
        if (cached)
            return cached;
        if (this.evaluating.has(key))
            return [];
        this.evaluating.add(key);
        const [type, name] = [b.labels[0] ?? "", b.labels[1] ?? ""];
        const prefix = this.address ? `${this.address}.` : "";
        const attrs = attributesOf(b.body);
        const instances = [];
        for (const [index, names] of this.expansion(b, attrs)) {
            const address = `${prefix}${type}.${name}${index === undefined ? "" : `[${JSON.stringify(index)}]`}`;
            const pointer = joinPointer("", "resources", address, "values");
            this.out.positions.set(pointer, at(b.file, b.node));
            const { values, expressions } = this.body(b.body, b.file, names, pointer);
            instances.push({
                address,
                module: this.address,
                type,
                name,
                ...(index === undefined ? {} : { index }),
                values,
                pointer,
                expressions,
            });
        }
        this.evaluating.delete(key);
        this.resourceCache.set(key, instances);
        this.out.instances.push(...instances);
        return instances;
    }
    /** The instance keys of count / for_each; an unknown collection is one instance whose keys are unknown. */
    expansion(b, attrs) {
        const count = attrs.find((a) => a.name === "count");
        const forEach = attrs.find((a) => a.name === "for_each");
        const s = this.scope(b.file);
        if (count) {
            const n = evaluate(count.expr, s);
            if (typeof n === "number")
                return Array.from({ length: n }, (_, i) => [i, new Map([["count", { index: i }]])]);
            return [[undefined, new Map([["count", { index: isTfUnknown(n) ? n : unknownAt(s, count.expr, "count is not a number") }]])]];
        }
        if (forEach) {
            const c = evaluate(forEach.expr, s);
            const entries = Array.isArray(c)
                ? c.map((v) => [String(v), v])
                : c !== null && typeof c === "object" && !isTfUnknown(c)
                    ? Object.entries(c)
                    : undefined;
            if (entries)
                return entries.map(([k, v]) => [k, new Map([["each", { key: k, value: v }]])]);
            const u = isTfUnknown(c) ? c : unknownAt(s, forEach.expr, "for_each is not a map or set");
            return [[undefined, new Map([["each", { key: u, value: u }]])]];
        }
        return [[undefined, new Map()]];
    }
    /** A block body: its attributes evaluated, nested and dynamic blocks as lists; with the references of each. */
    body(body, file, names, pointer) {
        const values = {};
        const expressions = {};
        const s = this.scope(file, names);
        const nameSet = new Set(names.keys());
        for (const a of attributesOf(body)) {
            if (META.has(a.name))
                continue;
            values[a.name] = evaluate(a.expr, s);
            expressions[a.name] = { references: referencesIn(a.expr, nameSet) };
            this.out.positions.set(`${pointer}/${a.name}`, at(file, a.node));
        }
        const lists = new Map();
        const push = (type, v, e, n) => {
            const l = lists.get(type) ?? { values: [], expressions: [] };
            if (isTfUnknown(v))
                l.values = v;
            else if (!isTfUnknown(l.values)) {
                this.out.positions.set(`${pointer}/${type}/${l.values.length}`, at(file, n));
                l.values.push(v);
            }
            l.expressions.push(e);
            lists.set(type, l);
        };
        for (const b of blocksOf({ path: file, body })) {
            if (META.has(b.type))
                continue;
            if (b.type === "dynamic") {
                const label = b.labels[0] ?? "";
                const attrs = attributesOf(b.body);
                const forEach = attrs.find((a) => a.name === "for_each");
                const iterator = attrs.find((a) => a.name === "iterator")?.expr.text ?? label;
                const content = blocksOf({ path: file, body: b.body }).find((x) => x.type === "content");
                const c = forEach ? evaluate(forEach.expr, s) : undefined;
                const entries = Array.isArray(c)
                    ? c.map((v, i) => [i, v])
                    : c !== null && typeof c === "object" && !isTfUnknown(c)
                        ? Object.entries(c)
                        : undefined;
                if (!content || !entries) {
                    const u = isTfUnknown(c) ? c : unknownAt(s, b.node, `dynamic "${label}" has no known for_each or content`);
                    push(label, u, { references: forEach ? referencesIn(forEach.expr, nameSet) : [] }, b.node);
                    continue;
                }
                for (const [k, v] of entries) {
                    const inner = new Map(names).set(iterator, { key: k, value: v });
                    const r = this.body(content.body, file, inner, `${pointer}/${label}/${isTfUnknown(lists.get(label)?.values) ? 0 : (lists.get(label)?.values?.length ?? 0)}`);
                    push(label, r.values, r.expressions, content.node);
                }
                continue;
            }
            const index = isTfUnknown(lists.get(b.type)?.values) ? 0 : (lists.get(b.type)?.values?.length ?? 0);
            const r = this.body(b.body, file, names, `${pointer}/${b.type}/${index}`);
            push(b.type, r.values, r.expressions, b.node);
        }
        for (const [type, l] of lists) {
            values[type] = l.values;
            expressions[type] = l.expressions;
        }
        return { values, expressions };
    }
    /** Every resource and module call of the module, in the order they are written. */
    run() {
        for (const b of this.blocks) {
            if (b.type === "resource" && b.labels.length >= 2)
                this.resource(b);
            if (b.type === "module" && b.labels[0])
                this.call(b);
        }
    }
    call(b) {
        const name = b.labels[0];
        const s = this.scope(b.file);
        const attrs = attributesOf(b.body);
        const sourceAttr = attrs.find((a) => a.name === "source");
        const source = sourceAttr ? evaluate(sourceAttr.expr, s) : "";
        const address = `${this.address ? `${this.address}.` : ""}module.${name}`;
        const inputs = {};
        for (const a of attrs)
            if (!["source", "version", "providers", "count", "for_each", "depends_on"].includes(a.name))
                inputs[a.name] = evaluate(a.expr, s);
        const pointer = joinPointer("", "module_calls", address);
        for (const a of attrs)
            this.out.positions.set(`${pointer}/${a.name}`, at(b.file, a.node));
        this.out.positions.set(pointer, at(b.file, b.node));
        this.out.moduleCalls.push({ address, source: typeof source === "string" ? source : "", inputs, pointer });
        if (typeof source !== "string" || !/^\.\.?\//.test(source))
            return;
        const dir = join(this.dir, source).split(sep).join("/");
        // resolve(): "./" and "dir/" name the folder itself.
        if (this.chain.includes(resolve(dir)) || this.chain.length > MAX_MODULE_DEPTH)
            return;
        const files = this.reader.read(dir);
        if (!files)
            return;
        new Module(address, dir, files, inputs, false, this.out, this.reader, [...this.chain, resolve(dir)]).run();
    }
}
/** Evaluates a root module (its .tf files, and the variable values of its tfvars files). */
export function evaluateModule(dir, files, tfvars, reader) {
    const out = { instances: [], moduleCalls: [], positions: new Map() };
    new Module("", dir, files, tfvars, true, out, reader).run();
    return { plan: { form: "plan", instances: out.instances, moduleCalls: out.moduleCalls }, positions: out.positions };
}
/** The attributes of a .tfvars file, evaluated (literals and functions; no variables). */
export function tfvarsOf(file, dir, reader) {
    const m = new Module("", dir, [], {}, true, { instances: [], moduleCalls: [], positions: new Map() }, reader);
    const out = {};
    for (const a of attributesOf(file.body))
        out[a.name] = evaluate(a.expr, m.scope(file.path));
    return out;
}
//# sourceMappingURL=module.js.map