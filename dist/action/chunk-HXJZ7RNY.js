import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  RunnerlintError,
  isRunnerlintError,
  packageFile
} from "./chunk-BHJUSEQA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-JY4JQPIG.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name2 = parts2.shift();
        switch (name2) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle2, prefix] = parts2;
            this.tags[handle2] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name2 = `${prefix}${i2}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i2 = path.length - 1; i2 >= 0; --i2) {
        const k = path[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start2 = i2 + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i2 < start2 + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start2 = i2 + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
        if (str3[i2] === "\n") {
          if (i2 - start2 > limit)
            return true;
          start2 = i2 + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start2 = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str3 += json.slice(start2, i2) + "\\ ";
          i2 += 1;
          start2 = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str3 += json.slice(start2, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json.substr(i2, 6);
                }
                i2 += 5;
                start2 = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str3 += json.slice(start2, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str3 += "\n";
                  i2 += 2;
                }
                str3 += indent;
                if (json[i2 + 2] === " ")
                  str3 += "\\";
                i2 += 1;
                start2 = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str3 = start2 ? str3 + json.slice(start2) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options2);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair2(k, v);
    }
    var Pair2 = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair2;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i2 < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start2;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair2.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair2.Pair(pair, pair?.value);
        } else
          _pair = new Pair2.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair2.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap2;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap2.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq2;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq2 = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq2.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar2.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar2.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i2 = 0; i2 < str3.length; ++i2)
            buffer[i2] = str3.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq2 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair2.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair2.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq2.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair2.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar2.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair2.Pair(key.key, null);
        else
          pair = new Pair2.Pair(key, null);
        const prev = YAMLMap2.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap2.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair2.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair2.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts2 = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match = str3.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options2);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair2.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options2 = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep5, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep5) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep5 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep5, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair2.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq2 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep5 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep5 + cb;
              sep5 = "";
              break;
            }
            case "newline":
              if (comment)
                sep5 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap2.YAMLMap : YAMLSeq2.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start: start2, key, sep: sep5, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep5 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep5 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep5, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep5 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep5)
                for (const st of sep5) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep5, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start2 = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep5 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep5 === " ")
            sep5 = "\n";
          else if (!prevMoreIndented && sep5 === "\n")
            sep5 = "\n\n";
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep5 === "\n")
            value += "\n";
          else
            sep5 = "\n";
        } else {
          value += sep5 + content;
          sep5 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep5 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep5 === "\n")
            res += sep5;
          else
            sep5 = "\n";
        } else {
          res += sep5 + lm;
          sep5 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep5 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar2.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep: sep5, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep5)
        for (const st of sep5)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list6, type) {
      for (let i2 = 0; i2 < list6.length; ++i2)
        if (list6[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list6) {
      for (let i2 = 0; i2 < list6.length; ++i2) {
        switch (list6[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target2, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target2, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target2.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep5;
          if (scalar2.end) {
            sep5 = scalar2.end;
            sep5.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep5 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start: start2, key: scalar2, sep: sep5 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep5 = it.sep;
                  sep5.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep5 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep5 = fc.end.splice(1, fc.end.length);
            sep5.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep5 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument2(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair2.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap2.YAMLMap;
    exports.YAMLSeq = YAMLSeq2.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js
var require_json = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js"(exports, module2) {
    function isValidJSON(str3) {
      if (typeof str3 !== "string") {
        return;
      }
      try {
        JSON.parse(str3);
        return true;
      } catch (err2) {
        if (err2 instanceof SyntaxError) {
          return false;
        }
        throw err2;
      }
    }
    module2.exports = {
      "json.is_valid": isValidJSON
    };
  }
});

// node_modules/sprintf-js/src/sprintf.js
var require_sprintf = __commonJS({
  "node_modules/sprintf-js/src/sprintf.js"(exports) {
    !(function() {
      "use strict";
      var re = {
        not_string: /[^s]/,
        not_bool: /[^t]/,
        not_type: /[^T]/,
        not_primitive: /[^v]/,
        number: /[diefg]/,
        numeric_arg: /[bcdiefguxX]/,
        json: /[j]/,
        not_json: /[^j]/,
        text: /^[^\x25]+/,
        modulo: /^\x25{2}/,
        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
        key: /^([a-z_][a-z_\d]*)/i,
        key_access: /^\.([a-z_][a-z_\d]*)/i,
        index_access: /^\[(\d+)\]/,
        sign: /^[+-]/
      };
      function sprintf(key) {
        return sprintf_format(sprintf_parse(key), arguments);
      }
      function vsprintf(fmt, argv) {
        return sprintf.apply(null, [fmt].concat(argv || []));
      }
      function sprintf_format(parse_tree, argv) {
        var cursor = 1, tree_length = parse_tree.length, arg, output = "", i2, k, ph, pad, pad_character, pad_length, is_positive, sign;
        for (i2 = 0; i2 < tree_length; i2++) {
          if (typeof parse_tree[i2] === "string") {
            output += parse_tree[i2];
          } else if (typeof parse_tree[i2] === "object") {
            ph = parse_tree[i2];
            if (ph.keys) {
              arg = argv[cursor];
              for (k = 0; k < ph.keys.length; k++) {
                if (arg == void 0) {
                  throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k - 1]));
                }
                arg = arg[ph.keys[k]];
              }
            } else if (ph.param_no) {
              arg = argv[ph.param_no];
            } else {
              arg = argv[cursor++];
            }
            if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function) {
              arg = arg();
            }
            if (re.numeric_arg.test(ph.type) && (typeof arg !== "number" && isNaN(arg))) {
              throw new TypeError(sprintf("[sprintf] expecting number but found %T", arg));
            }
            if (re.number.test(ph.type)) {
              is_positive = arg >= 0;
            }
            switch (ph.type) {
              case "b":
                arg = parseInt(arg, 10).toString(2);
                break;
              case "c":
                arg = String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
              case "i":
                arg = parseInt(arg, 10);
                break;
              case "j":
                arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0);
                break;
              case "e":
                arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential();
                break;
              case "f":
                arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg);
                break;
              case "g":
                arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg);
                break;
              case "o":
                arg = (parseInt(arg, 10) >>> 0).toString(8);
                break;
              case "s":
                arg = String(arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "t":
                arg = String(!!arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "T":
                arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "u":
                arg = parseInt(arg, 10) >>> 0;
                break;
              case "v":
                arg = arg.valueOf();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "x":
                arg = (parseInt(arg, 10) >>> 0).toString(16);
                break;
              case "X":
                arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase();
                break;
            }
            if (re.json.test(ph.type)) {
              output += arg;
            } else {
              if (re.number.test(ph.type) && (!is_positive || ph.sign)) {
                sign = is_positive ? "+" : "-";
                arg = arg.toString().replace(re.sign, "");
              } else {
                sign = "";
              }
              pad_character = ph.pad_char ? ph.pad_char === "0" ? "0" : ph.pad_char.charAt(1) : " ";
              pad_length = ph.width - (sign + arg).length;
              pad = ph.width ? pad_length > 0 ? pad_character.repeat(pad_length) : "" : "";
              output += ph.align ? sign + arg + pad : pad_character === "0" ? sign + pad + arg : pad + sign + arg;
            }
          }
        }
        return output;
      }
      var sprintf_cache = /* @__PURE__ */ Object.create(null);
      function sprintf_parse(fmt) {
        if (sprintf_cache[fmt]) {
          return sprintf_cache[fmt];
        }
        var _fmt = fmt, match, parse_tree = [], arg_names = 0;
        while (_fmt) {
          if ((match = re.text.exec(_fmt)) !== null) {
            parse_tree.push(match[0]);
          } else if ((match = re.modulo.exec(_fmt)) !== null) {
            parse_tree.push("%");
          } else if ((match = re.placeholder.exec(_fmt)) !== null) {
            if (match[2]) {
              arg_names |= 1;
              var field_list = [], replacement_field = match[2], field_match = [];
              if ((field_match = re.key.exec(replacement_field)) !== null) {
                field_list.push(field_match[1]);
                while ((replacement_field = replacement_field.substring(field_match[0].length)) !== "") {
                  if ((field_match = re.key_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else if ((field_match = re.index_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else {
                    throw new SyntaxError("[sprintf] failed to parse named argument key");
                  }
                }
              } else {
                throw new SyntaxError("[sprintf] failed to parse named argument key");
              }
              match[2] = field_list;
            } else {
              arg_names |= 2;
            }
            if (arg_names === 3) {
              throw new Error("[sprintf] mixing positional and named placeholders is not (yet) supported");
            }
            parse_tree.push(
              {
                placeholder: match[0],
                param_no: match[1],
                keys: match[2],
                sign: match[3],
                pad_char: match[4],
                align: match[5],
                width: match[6],
                precision: match[7],
                type: match[8]
              }
            );
          } else {
            throw new SyntaxError("[sprintf] unexpected placeholder");
          }
          _fmt = _fmt.substring(match[0].length);
        }
        return sprintf_cache[fmt] = parse_tree;
      }
      if (typeof exports !== "undefined") {
        exports["sprintf"] = sprintf;
        exports["vsprintf"] = vsprintf;
      }
      if (typeof window !== "undefined") {
        window["sprintf"] = sprintf;
        window["vsprintf"] = vsprintf;
        if (typeof define === "function" && define["amd"]) {
          define(function() {
            return {
              "sprintf": sprintf,
              "vsprintf": vsprintf
            };
          });
        }
      }
    })();
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js
var require_strings = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js"(exports, module2) {
    var vsprintf = require_sprintf().vsprintf;
    var sprintf = (s, values) => vsprintf(s, values);
    module2.exports = { sprintf };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js
var require_regex = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js"(exports, module2) {
    var regexSplit = (pattern, s) => s.split(RegExp(pattern));
    module2.exports = { "regex.split": regexSplit };
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js
var require_PlainValue_516d5bc2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js"(exports) {
    "use strict";
    var Char = {
      ANCHOR: "&",
      COMMENT: "#",
      TAG: "!",
      DIRECTIVES_END: "-",
      DOCUMENT_END: "."
    };
    var Type = {
      ALIAS: "ALIAS",
      BLANK_LINE: "BLANK_LINE",
      BLOCK_FOLDED: "BLOCK_FOLDED",
      BLOCK_LITERAL: "BLOCK_LITERAL",
      COMMENT: "COMMENT",
      DIRECTIVE: "DIRECTIVE",
      DOCUMENT: "DOCUMENT",
      FLOW_MAP: "FLOW_MAP",
      FLOW_SEQ: "FLOW_SEQ",
      MAP: "MAP",
      MAP_KEY: "MAP_KEY",
      MAP_VALUE: "MAP_VALUE",
      PLAIN: "PLAIN",
      QUOTE_DOUBLE: "QUOTE_DOUBLE",
      QUOTE_SINGLE: "QUOTE_SINGLE",
      SEQ: "SEQ",
      SEQ_ITEM: "SEQ_ITEM"
    };
    var defaultTagPrefix = "tag:yaml.org,2002:";
    var defaultTags = {
      MAP: "tag:yaml.org,2002:map",
      SEQ: "tag:yaml.org,2002:seq",
      STR: "tag:yaml.org,2002:str"
    };
    function findLineStarts(src) {
      const ls = [0];
      let offset = src.indexOf("\n");
      while (offset !== -1) {
        offset += 1;
        ls.push(offset);
        offset = src.indexOf("\n", offset);
      }
      return ls;
    }
    function getSrcInfo(cst) {
      let lineStarts2, src;
      if (typeof cst === "string") {
        lineStarts2 = findLineStarts(cst);
        src = cst;
      } else {
        if (Array.isArray(cst)) cst = cst[0];
        if (cst && cst.context) {
          if (!cst.lineStarts) cst.lineStarts = findLineStarts(cst.context.src);
          lineStarts2 = cst.lineStarts;
          src = cst.context.src;
        }
      }
      return {
        lineStarts: lineStarts2,
        src
      };
    }
    function getLinePos(offset, cst) {
      if (typeof offset !== "number" || offset < 0) return null;
      const {
        lineStarts: lineStarts2,
        src
      } = getSrcInfo(cst);
      if (!lineStarts2 || !src || offset > src.length) return null;
      for (let i2 = 0; i2 < lineStarts2.length; ++i2) {
        const start2 = lineStarts2[i2];
        if (offset < start2) {
          return {
            line: i2,
            col: offset - lineStarts2[i2 - 1] + 1
          };
        }
        if (offset === start2) return {
          line: i2 + 1,
          col: 1
        };
      }
      const line = lineStarts2.length;
      return {
        line,
        col: offset - lineStarts2[line - 1] + 1
      };
    }
    function getLine(line, cst) {
      const {
        lineStarts: lineStarts2,
        src
      } = getSrcInfo(cst);
      if (!lineStarts2 || !(line >= 1) || line > lineStarts2.length) return null;
      const start2 = lineStarts2[line - 1];
      let end = lineStarts2[line];
      while (end && end > start2 && src[end - 1] === "\n") --end;
      return src.slice(start2, end);
    }
    function getPrettyContext({
      start: start2,
      end
    }, cst, maxWidth = 80) {
      let src = getLine(start2.line, cst);
      if (!src) return null;
      let {
        col
      } = start2;
      if (src.length > maxWidth) {
        if (col <= maxWidth - 10) {
          src = src.substr(0, maxWidth - 1) + "\u2026";
        } else {
          const halfWidth = Math.round(maxWidth / 2);
          if (src.length > col + halfWidth) src = src.substr(0, col + halfWidth - 1) + "\u2026";
          col -= src.length - maxWidth;
          src = "\u2026" + src.substr(1 - maxWidth);
        }
      }
      let errLen = 1;
      let errEnd = "";
      if (end) {
        if (end.line === start2.line && col + (end.col - start2.col) <= maxWidth + 1) {
          errLen = end.col - start2.col;
        } else {
          errLen = Math.min(src.length + 1, maxWidth) - col;
          errEnd = "\u2026";
        }
      }
      const offset = col > 1 ? " ".repeat(col - 1) : "";
      const err2 = "^".repeat(errLen);
      return `${src}
${offset}${err2}${errEnd}`;
    }
    var Range = class _Range {
      static copy(orig) {
        return new _Range(orig.start, orig.end);
      }
      constructor(start2, end) {
        this.start = start2;
        this.end = end || start2;
      }
      isEmpty() {
        return typeof this.start !== "number" || !this.end || this.end <= this.start;
      }
      /**
       * Set `origStart` and `origEnd` to point to the original source range for
       * this node, which may differ due to dropped CR characters.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRange(cr, offset) {
        const {
          start: start2,
          end
        } = this;
        if (cr.length === 0 || end <= cr[0]) {
          this.origStart = start2;
          this.origEnd = end;
          return offset;
        }
        let i2 = offset;
        while (i2 < cr.length) {
          if (cr[i2] > start2) break;
          else ++i2;
        }
        this.origStart = start2 + i2;
        const nextOffset = i2;
        while (i2 < cr.length) {
          if (cr[i2] >= end) break;
          else ++i2;
        }
        this.origEnd = end + i2;
        return nextOffset;
      }
    };
    var Node2 = class _Node {
      static addStringTerminator(src, offset, str3) {
        if (str3[str3.length - 1] === "\n") return str3;
        const next = _Node.endOfWhiteSpace(src, offset);
        return next >= src.length || src[next] === "\n" ? str3 + "\n" : str3;
      }
      // ^(---|...)
      static atDocumentBoundary(src, offset, sep5) {
        const ch0 = src[offset];
        if (!ch0) return true;
        const prev = src[offset - 1];
        if (prev && prev !== "\n") return false;
        if (sep5) {
          if (ch0 !== sep5) return false;
        } else {
          if (ch0 !== Char.DIRECTIVES_END && ch0 !== Char.DOCUMENT_END) return false;
        }
        const ch1 = src[offset + 1];
        const ch2 = src[offset + 2];
        if (ch1 !== ch0 || ch2 !== ch0) return false;
        const ch3 = src[offset + 3];
        return !ch3 || ch3 === "\n" || ch3 === "	" || ch3 === " ";
      }
      static endOfIdentifier(src, offset) {
        let ch = src[offset];
        const isVerbatim = ch === "<";
        const notOk = isVerbatim ? ["\n", "	", " ", ">"] : ["\n", "	", " ", "[", "]", "{", "}", ","];
        while (ch && notOk.indexOf(ch) === -1) ch = src[offset += 1];
        if (isVerbatim && ch === ">") offset += 1;
        return offset;
      }
      static endOfIndent(src, offset) {
        let ch = src[offset];
        while (ch === " ") ch = src[offset += 1];
        return offset;
      }
      static endOfLine(src, offset) {
        let ch = src[offset];
        while (ch && ch !== "\n") ch = src[offset += 1];
        return offset;
      }
      static endOfWhiteSpace(src, offset) {
        let ch = src[offset];
        while (ch === "	" || ch === " ") ch = src[offset += 1];
        return offset;
      }
      static startOfLine(src, offset) {
        let ch = src[offset - 1];
        if (ch === "\n") return offset;
        while (ch && ch !== "\n") ch = src[offset -= 1];
        return offset + 1;
      }
      /**
       * End of indentation, or null if the line's indent level is not more
       * than `indent`
       *
       * @param {string} src
       * @param {number} indent
       * @param {number} lineStart
       * @returns {?number}
       */
      static endOfBlockIndent(src, indent, lineStart) {
        const inEnd = _Node.endOfIndent(src, lineStart);
        if (inEnd > lineStart + indent) {
          return inEnd;
        } else {
          const wsEnd = _Node.endOfWhiteSpace(src, inEnd);
          const ch = src[wsEnd];
          if (!ch || ch === "\n") return wsEnd;
        }
        return null;
      }
      static atBlank(src, offset, endAsBlank) {
        const ch = src[offset];
        return ch === "\n" || ch === "	" || ch === " " || endAsBlank && !ch;
      }
      static nextNodeIsIndented(ch, indentDiff, indicatorAsIndent) {
        if (!ch || indentDiff < 0) return false;
        if (indentDiff > 0) return true;
        return indicatorAsIndent && ch === "-";
      }
      // should be at line or string end, or at next non-whitespace char
      static normalizeOffset(src, offset) {
        const ch = src[offset];
        return !ch ? offset : ch !== "\n" && src[offset - 1] === "\n" ? offset - 1 : _Node.endOfWhiteSpace(src, offset);
      }
      // fold single newline into space, multiple newlines to N - 1 newlines
      // presumes src[offset] === '\n'
      static foldNewline(src, offset, indent) {
        let inCount = 0;
        let error = false;
        let fold = "";
        let ch = src[offset + 1];
        while (ch === " " || ch === "	" || ch === "\n") {
          switch (ch) {
            case "\n":
              inCount = 0;
              offset += 1;
              fold += "\n";
              break;
            case "	":
              if (inCount <= indent) error = true;
              offset = _Node.endOfWhiteSpace(src, offset + 2) - 1;
              break;
            case " ":
              inCount += 1;
              offset += 1;
              break;
          }
          ch = src[offset + 1];
        }
        if (!fold) fold = " ";
        if (ch && inCount <= indent) error = true;
        return {
          fold,
          offset,
          error
        };
      }
      constructor(type, props, context) {
        Object.defineProperty(this, "context", {
          value: context || null,
          writable: true
        });
        this.error = null;
        this.range = null;
        this.valueRange = null;
        this.props = props || [];
        this.type = type;
        this.value = null;
      }
      getPropValue(idx, key, skipKey) {
        if (!this.context) return null;
        const {
          src
        } = this.context;
        const prop = this.props[idx];
        return prop && src[prop.start] === key ? src.slice(prop.start + (skipKey ? 1 : 0), prop.end) : null;
      }
      get anchor() {
        for (let i2 = 0; i2 < this.props.length; ++i2) {
          const anchor = this.getPropValue(i2, Char.ANCHOR, true);
          if (anchor != null) return anchor;
        }
        return null;
      }
      get comment() {
        const comments = [];
        for (let i2 = 0; i2 < this.props.length; ++i2) {
          const comment = this.getPropValue(i2, Char.COMMENT, true);
          if (comment != null) comments.push(comment);
        }
        return comments.length > 0 ? comments.join("\n") : null;
      }
      commentHasRequiredWhitespace(start2) {
        const {
          src
        } = this.context;
        if (this.header && start2 === this.header.end) return false;
        if (!this.valueRange) return false;
        const {
          end
        } = this.valueRange;
        return start2 !== end || _Node.atBlank(src, end - 1);
      }
      get hasComment() {
        if (this.context) {
          const {
            src
          } = this.context;
          for (let i2 = 0; i2 < this.props.length; ++i2) {
            if (src[this.props[i2].start] === Char.COMMENT) return true;
          }
        }
        return false;
      }
      get hasProps() {
        if (this.context) {
          const {
            src
          } = this.context;
          for (let i2 = 0; i2 < this.props.length; ++i2) {
            if (src[this.props[i2].start] !== Char.COMMENT) return true;
          }
        }
        return false;
      }
      get includesTrailingLines() {
        return false;
      }
      get jsonLike() {
        const jsonLikeTypes = [Type.FLOW_MAP, Type.FLOW_SEQ, Type.QUOTE_DOUBLE, Type.QUOTE_SINGLE];
        return jsonLikeTypes.indexOf(this.type) !== -1;
      }
      get rangeAsLinePos() {
        if (!this.range || !this.context) return void 0;
        const start2 = getLinePos(this.range.start, this.context.root);
        if (!start2) return void 0;
        const end = getLinePos(this.range.end, this.context.root);
        return {
          start: start2,
          end
        };
      }
      get rawValue() {
        if (!this.valueRange || !this.context) return null;
        const {
          start: start2,
          end
        } = this.valueRange;
        return this.context.src.slice(start2, end);
      }
      get tag() {
        for (let i2 = 0; i2 < this.props.length; ++i2) {
          const tag = this.getPropValue(i2, Char.TAG, false);
          if (tag != null) {
            if (tag[1] === "<") {
              return {
                verbatim: tag.slice(2, -1)
              };
            } else {
              const [_, handle2, suffix] = tag.match(/^(.*!)([^!]*)$/);
              return {
                handle: handle2,
                suffix
              };
            }
          }
        }
        return null;
      }
      get valueRangeContainsNewline() {
        if (!this.valueRange || !this.context) return false;
        const {
          start: start2,
          end
        } = this.valueRange;
        const {
          src
        } = this.context;
        for (let i2 = start2; i2 < end; ++i2) {
          if (src[i2] === "\n") return true;
        }
        return false;
      }
      parseComment(start2) {
        const {
          src
        } = this.context;
        if (src[start2] === Char.COMMENT) {
          const end = _Node.endOfLine(src, start2 + 1);
          const commentRange = new Range(start2, end);
          this.props.push(commentRange);
          return end;
        }
        return start2;
      }
      /**
       * Populates the `origStart` and `origEnd` values of all ranges for this
       * node. Extended by child classes to handle descendant nodes.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRanges(cr, offset) {
        if (this.range) offset = this.range.setOrigRange(cr, offset);
        if (this.valueRange) this.valueRange.setOrigRange(cr, offset);
        this.props.forEach((prop) => prop.setOrigRange(cr, offset));
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          range,
          value
        } = this;
        if (value != null) return value;
        const str3 = src.slice(range.start, range.end);
        return _Node.addStringTerminator(src, range.end, str3);
      }
    };
    var YAMLError = class extends Error {
      constructor(name2, source, message) {
        if (!message || !(source instanceof Node2)) throw new Error(`Invalid arguments for new ${name2}`);
        super();
        this.name = name2;
        this.message = message;
        this.source = source;
      }
      makePretty() {
        if (!this.source) return;
        this.nodeType = this.source.type;
        const cst = this.source.context && this.source.context.root;
        if (typeof this.offset === "number") {
          this.range = new Range(this.offset, this.offset + 1);
          const start2 = cst && getLinePos(this.offset, cst);
          if (start2) {
            const end = {
              line: start2.line,
              col: start2.col + 1
            };
            this.linePos = {
              start: start2,
              end
            };
          }
          delete this.offset;
        } else {
          this.range = this.source.range;
          this.linePos = this.source.rangeAsLinePos;
        }
        if (this.linePos) {
          const {
            line,
            col
          } = this.linePos.start;
          this.message += ` at line ${line}, column ${col}`;
          const ctx = cst && getPrettyContext(this.linePos, cst);
          if (ctx) this.message += `:

${ctx}
`;
        }
        delete this.source;
      }
    };
    var YAMLReferenceError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLReferenceError", source, message);
      }
    };
    var YAMLSemanticError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSemanticError", source, message);
      }
    };
    var YAMLSyntaxError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSyntaxError", source, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(source, message) {
        super("YAMLWarning", source, message);
      }
    };
    function _defineProperty(e, r, t) {
      return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r] = t, e;
    }
    function _toPrimitive(t, r) {
      if ("object" != typeof t || !t) return t;
      var e = t[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i2 = e.call(t, r || "default");
        if ("object" != typeof i2) return i2;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t);
    }
    function _toPropertyKey(t) {
      var i2 = _toPrimitive(t, "string");
      return "symbol" == typeof i2 ? i2 : i2 + "";
    }
    var PlainValue = class _PlainValue extends Node2 {
      static endOfLine(src, start2, inFlow) {
        let ch = src[start2];
        let offset = start2;
        while (ch && ch !== "\n") {
          if (inFlow && (ch === "[" || ch === "]" || ch === "{" || ch === "}" || ch === ",")) break;
          const next = src[offset + 1];
          if (ch === ":" && (!next || next === "\n" || next === "	" || next === " " || inFlow && next === ",")) break;
          if ((ch === " " || ch === "	") && next === "#") break;
          offset += 1;
          ch = next;
        }
        return offset;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start: start2,
          end
        } = this.valueRange;
        const {
          src
        } = this.context;
        let ch = src[end - 1];
        while (start2 < end && (ch === "\n" || ch === "	" || ch === " ")) ch = src[--end - 1];
        let str3 = "";
        for (let i2 = start2; i2 < end; ++i2) {
          const ch2 = src[i2];
          if (ch2 === "\n") {
            const {
              fold,
              offset
            } = Node2.foldNewline(src, i2, -1);
            str3 += fold;
            i2 = offset;
          } else if (ch2 === " " || ch2 === "	") {
            const wsStart = i2;
            let next = src[i2 + 1];
            while (i2 < end && (next === " " || next === "	")) {
              i2 += 1;
              next = src[i2 + 1];
            }
            if (next !== "\n") str3 += i2 > wsStart ? src.slice(wsStart, i2 + 1) : ch2;
          } else {
            str3 += ch2;
          }
        }
        const ch0 = src[start2];
        switch (ch0) {
          case "	": {
            const msg = "Plain value cannot start with a tab character";
            const errors = [new YAMLSemanticError(this, msg)];
            return {
              errors,
              str: str3
            };
          }
          case "@":
          case "`": {
            const msg = `Plain value cannot start with reserved character ${ch0}`;
            const errors = [new YAMLSemanticError(this, msg)];
            return {
              errors,
              str: str3
            };
          }
          default:
            return str3;
        }
      }
      parseBlockValue(start2) {
        const {
          indent,
          inFlow,
          src
        } = this.context;
        let offset = start2;
        let valueEnd = start2;
        for (let ch = src[offset]; ch === "\n"; ch = src[offset]) {
          if (Node2.atDocumentBoundary(src, offset + 1)) break;
          const end = Node2.endOfBlockIndent(src, indent, offset + 1);
          if (end === null || src[end] === "#") break;
          if (src[end] === "\n") {
            offset = end;
          } else {
            valueEnd = _PlainValue.endOfLine(src, end, inFlow);
            offset = valueEnd;
          }
        }
        if (this.valueRange.isEmpty()) this.valueRange.start = start2;
        this.valueRange.end = valueEnd;
        return valueEnd;
      }
      /**
       * Parses a plain value from the source
       *
       * Accepted forms are:
       * ```
       * #comment
       *
       * first line
       *
       * first line #comment
       *
       * first line
       * block
       * lines
       *
       * #comment
       * block
       * lines
       * ```
       * where block lines are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar, may be `\n`
       */
      parse(context, start2) {
        this.context = context;
        const {
          inFlow,
          src
        } = context;
        let offset = start2;
        const ch = src[offset];
        if (ch && ch !== "#" && ch !== "\n") {
          offset = _PlainValue.endOfLine(src, start2, inFlow);
        }
        this.valueRange = new Range(start2, offset);
        offset = Node2.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        if (!this.hasComment || this.valueRange.isEmpty()) {
          offset = this.parseBlockValue(offset);
        }
        return offset;
      }
    };
    exports.Char = Char;
    exports.Node = Node2;
    exports.PlainValue = PlainValue;
    exports.Range = Range;
    exports.Type = Type;
    exports.YAMLError = YAMLError;
    exports.YAMLReferenceError = YAMLReferenceError;
    exports.YAMLSemanticError = YAMLSemanticError;
    exports.YAMLSyntaxError = YAMLSyntaxError;
    exports.YAMLWarning = YAMLWarning;
    exports._defineProperty = _defineProperty;
    exports.defaultTagPrefix = defaultTagPrefix;
    exports.defaultTags = defaultTags;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js
var require_parse_cst = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var BlankLine = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.BLANK_LINE);
      }
      /* istanbul ignore next */
      get includesTrailingLines() {
        return true;
      }
      /**
       * Parses a blank line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first \n character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        this.context = context;
        this.range = new PlainValue.Range(start2, start2 + 1);
        return start2 + 1;
      }
    };
    var CollectionItem = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.node = null;
      }
      get includesTrailingLines() {
        return !!this.node && this.node.includesTrailingLines;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let {
          atLineStart,
          lineStart
        } = context;
        if (!atLineStart && this.type === PlainValue.Type.SEQ_ITEM) this.error = new PlainValue.YAMLSemanticError(this, "Sequence items must not have preceding content on the same line");
        const indent = atLineStart ? start2 - lineStart : context.indent;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start2 + 1);
        let ch = src[offset];
        const inlineComment = ch === "#";
        const comments = [];
        let blankLine = null;
        while (ch === "\n" || ch === "#") {
          if (ch === "#") {
            const end2 = PlainValue.Node.endOfLine(src, offset + 1);
            comments.push(new PlainValue.Range(offset, end2));
            offset = end2;
          } else {
            atLineStart = true;
            lineStart = offset + 1;
            const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
            if (src[wsEnd] === "\n" && comments.length === 0) {
              blankLine = new BlankLine();
              lineStart = blankLine.parse({
                src
              }, lineStart);
            }
            offset = PlainValue.Node.endOfIndent(src, lineStart);
          }
          ch = src[offset];
        }
        if (PlainValue.Node.nextNodeIsIndented(ch, offset - (lineStart + indent), this.type !== PlainValue.Type.SEQ_ITEM)) {
          this.node = parseNode({
            atLineStart,
            inCollection: false,
            indent,
            lineStart,
            parent: this
          }, offset);
        } else if (ch && lineStart > start2 + 1) {
          offset = lineStart - 1;
        }
        if (this.node) {
          if (blankLine) {
            const items = context.parent.items || context.parent.contents;
            if (items) items.push(blankLine);
          }
          if (comments.length) Array.prototype.push.apply(this.props, comments);
          offset = this.node.range.end;
        } else {
          if (inlineComment) {
            const c = comments[0];
            this.props.push(c);
            offset = c.end;
          } else {
            offset = PlainValue.Node.endOfLine(src, start2 + 1);
          }
        }
        const end = this.node ? this.node.valueRange.end : offset;
        this.valueRange = new PlainValue.Range(start2, end);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        return this.node ? this.node.setOrigRanges(cr, offset) : offset;
      }
      toString() {
        const {
          context: {
            src
          },
          node,
          range,
          value
        } = this;
        if (value != null) return value;
        const str3 = node ? src.slice(range.start, node.range.start) + String(node) : src.slice(range.start, range.end);
        return PlainValue.Node.addStringTerminator(src, range.end, str3);
      }
    };
    var Comment = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.COMMENT);
      }
      /**
       * Parses a comment line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start2) {
        this.context = context;
        const offset = this.parseComment(start2);
        this.range = new PlainValue.Range(start2, offset);
        return offset;
      }
    };
    function grabCollectionEndComments(node) {
      let cnode = node;
      while (cnode instanceof CollectionItem) cnode = cnode.node;
      if (!(cnode instanceof Collection)) return null;
      const len = cnode.items.length;
      let ci = -1;
      for (let i2 = len - 1; i2 >= 0; --i2) {
        const n = cnode.items[i2];
        if (n.type === PlainValue.Type.COMMENT) {
          const {
            indent,
            lineStart
          } = n.context;
          if (indent > 0 && n.range.start >= lineStart + indent) break;
          ci = i2;
        } else if (n.type === PlainValue.Type.BLANK_LINE) ci = i2;
        else break;
      }
      if (ci === -1) return null;
      const ca = cnode.items.splice(ci, len - ci);
      const prevEnd = ca[0].range.start;
      while (true) {
        cnode.range.end = prevEnd;
        if (cnode.valueRange && cnode.valueRange.end > prevEnd) cnode.valueRange.end = prevEnd;
        if (cnode === node) break;
        cnode = cnode.context.parent;
      }
      return ca;
    }
    var Collection = class _Collection extends PlainValue.Node {
      static nextContentHasIndent(src, offset, indent) {
        const lineStart = PlainValue.Node.endOfLine(src, offset) + 1;
        offset = PlainValue.Node.endOfWhiteSpace(src, lineStart);
        const ch = src[offset];
        if (!ch) return false;
        if (offset >= lineStart + indent) return true;
        if (ch !== "#" && ch !== "\n") return false;
        return _Collection.nextContentHasIndent(src, offset, indent);
      }
      constructor(firstItem) {
        super(firstItem.type === PlainValue.Type.SEQ_ITEM ? PlainValue.Type.SEQ : PlainValue.Type.MAP);
        for (let i2 = firstItem.props.length - 1; i2 >= 0; --i2) {
          if (firstItem.props[i2].start < firstItem.context.lineStart) {
            this.props = firstItem.props.slice(0, i2 + 1);
            firstItem.props = firstItem.props.slice(i2 + 1);
            const itemRange = firstItem.props[0] || firstItem.valueRange;
            firstItem.range.start = itemRange.start;
            break;
          }
        }
        this.items = [firstItem];
        const ec = grabCollectionEndComments(firstItem);
        if (ec) Array.prototype.push.apply(this.items, ec);
      }
      get includesTrailingLines() {
        return this.items.length > 0;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let lineStart = PlainValue.Node.startOfLine(src, start2);
        const firstItem = this.items[0];
        firstItem.context.parent = this;
        this.valueRange = PlainValue.Range.copy(firstItem.valueRange);
        const indent = firstItem.range.start - firstItem.context.lineStart;
        let offset = start2;
        offset = PlainValue.Node.normalizeOffset(src, offset);
        let ch = src[offset];
        let atLineStart = PlainValue.Node.endOfWhiteSpace(src, lineStart) === offset;
        let prevIncludesTrailingLines = false;
        while (ch) {
          while (ch === "\n" || ch === "#") {
            if (atLineStart && ch === "\n" && !prevIncludesTrailingLines) {
              const blankLine = new BlankLine();
              offset = blankLine.parse({
                src
              }, offset);
              this.valueRange.end = offset;
              if (offset >= src.length) {
                ch = null;
                break;
              }
              this.items.push(blankLine);
              offset -= 1;
            } else if (ch === "#") {
              if (offset < lineStart + indent && !_Collection.nextContentHasIndent(src, offset, indent)) {
                return offset;
              }
              const comment = new Comment();
              offset = comment.parse({
                indent,
                lineStart,
                src
              }, offset);
              this.items.push(comment);
              this.valueRange.end = offset;
              if (offset >= src.length) {
                ch = null;
                break;
              }
            }
            lineStart = offset + 1;
            offset = PlainValue.Node.endOfIndent(src, lineStart);
            if (PlainValue.Node.atBlank(src, offset)) {
              const wsEnd = PlainValue.Node.endOfWhiteSpace(src, offset);
              const next = src[wsEnd];
              if (!next || next === "\n" || next === "#") {
                offset = wsEnd;
              }
            }
            ch = src[offset];
            atLineStart = true;
          }
          if (!ch) {
            break;
          }
          if (offset !== lineStart + indent && (atLineStart || ch !== ":")) {
            if (offset < lineStart + indent) {
              if (lineStart > start2) offset = lineStart;
              break;
            } else if (!this.error) {
              const msg = "All collection items must start at the same column";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          if (firstItem.type === PlainValue.Type.SEQ_ITEM) {
            if (ch !== "-") {
              if (lineStart > start2) offset = lineStart;
              break;
            }
          } else if (ch === "-" && !this.error) {
            const next = src[offset + 1];
            if (!next || next === "\n" || next === "	" || next === " ") {
              const msg = "A collection cannot be both a mapping and a sequence";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          const node = parseNode({
            atLineStart,
            inCollection: true,
            indent,
            lineStart,
            parent: this
          }, offset);
          if (!node) return offset;
          this.items.push(node);
          this.valueRange.end = node.valueRange.end;
          offset = PlainValue.Node.normalizeOffset(src, node.range.end);
          ch = src[offset];
          atLineStart = false;
          prevIncludesTrailingLines = node.includesTrailingLines;
          if (ch) {
            let ls = offset - 1;
            let prev = src[ls];
            while (prev === " " || prev === "	") prev = src[--ls];
            if (prev === "\n") {
              lineStart = ls + 1;
              atLineStart = true;
            }
          }
          const ec = grabCollectionEndComments(node);
          if (ec) Array.prototype.push.apply(this.items, ec);
        }
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.items.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          items,
          range,
          value
        } = this;
        if (value != null) return value;
        let str3 = src.slice(range.start, items[0].range.start) + String(items[0]);
        for (let i2 = 1; i2 < items.length; ++i2) {
          const item = items[i2];
          const {
            atLineStart,
            indent
          } = item.context;
          if (atLineStart) for (let i3 = 0; i3 < indent; ++i3) str3 += " ";
          str3 += String(item);
        }
        return PlainValue.Node.addStringTerminator(src, range.end, str3);
      }
    };
    var Directive = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.DIRECTIVE);
        this.name = null;
      }
      get parameters() {
        const raw = this.rawValue;
        return raw ? raw.trim().split(/[ \t]+/) : [];
      }
      parseName(start2) {
        const {
          src
        } = this.context;
        let offset = start2;
        let ch = src[offset];
        while (ch && ch !== "\n" && ch !== "	" && ch !== " ") ch = src[offset += 1];
        this.name = src.slice(start2, offset);
        return offset;
      }
      parseParameters(start2) {
        const {
          src
        } = this.context;
        let offset = start2;
        let ch = src[offset];
        while (ch && ch !== "\n" && ch !== "#") ch = src[offset += 1];
        this.valueRange = new PlainValue.Range(start2, offset);
        return offset;
      }
      parse(context, start2) {
        this.context = context;
        let offset = this.parseName(start2 + 1);
        offset = this.parseParameters(offset);
        offset = this.parseComment(offset);
        this.range = new PlainValue.Range(start2, offset);
        return offset;
      }
    };
    var Document = class _Document extends PlainValue.Node {
      static startCommentOrEndBlankLine(src, start2) {
        const offset = PlainValue.Node.endOfWhiteSpace(src, start2);
        const ch = src[offset];
        return ch === "#" || ch === "\n" ? offset : start2;
      }
      constructor() {
        super(PlainValue.Type.DOCUMENT);
        this.directives = null;
        this.contents = null;
        this.directivesEndMarker = null;
        this.documentEndMarker = null;
      }
      parseDirectives(start2) {
        const {
          src
        } = this.context;
        this.directives = [];
        let atLineStart = true;
        let hasDirectives = false;
        let offset = start2;
        while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DIRECTIVES_END)) {
          offset = _Document.startCommentOrEndBlankLine(src, offset);
          switch (src[offset]) {
            case "\n":
              if (atLineStart) {
                const blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset);
                if (offset < src.length) {
                  this.directives.push(blankLine);
                }
              } else {
                offset += 1;
                atLineStart = true;
              }
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.directives.push(comment);
                atLineStart = false;
              }
              break;
            case "%":
              {
                const directive = new Directive();
                offset = directive.parse({
                  parent: this,
                  src
                }, offset);
                this.directives.push(directive);
                hasDirectives = true;
                atLineStart = false;
              }
              break;
            default:
              if (hasDirectives) {
                this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line");
              } else if (this.directives.length > 0) {
                this.contents = this.directives;
                this.directives = [];
              }
              return offset;
          }
        }
        if (src[offset]) {
          this.directivesEndMarker = new PlainValue.Range(offset, offset + 3);
          return offset + 3;
        }
        if (hasDirectives) {
          this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line");
        } else if (this.directives.length > 0) {
          this.contents = this.directives;
          this.directives = [];
        }
        return offset;
      }
      parseContents(start2) {
        const {
          parseNode,
          src
        } = this.context;
        if (!this.contents) this.contents = [];
        let lineStart = start2;
        while (src[lineStart - 1] === "-") lineStart -= 1;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start2);
        let atLineStart = lineStart === start2;
        this.valueRange = new PlainValue.Range(offset);
        while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DOCUMENT_END)) {
          switch (src[offset]) {
            case "\n":
              if (atLineStart) {
                const blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset);
                if (offset < src.length) {
                  this.contents.push(blankLine);
                }
              } else {
                offset += 1;
                atLineStart = true;
              }
              lineStart = offset;
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.contents.push(comment);
                atLineStart = false;
              }
              break;
            default: {
              const iEnd = PlainValue.Node.endOfIndent(src, offset);
              const context = {
                atLineStart,
                indent: -1,
                inFlow: false,
                inCollection: false,
                lineStart,
                parent: this
              };
              const node = parseNode(context, iEnd);
              if (!node) return this.valueRange.end = iEnd;
              this.contents.push(node);
              offset = node.range.end;
              atLineStart = false;
              const ec = grabCollectionEndComments(node);
              if (ec) Array.prototype.push.apply(this.contents, ec);
            }
          }
          offset = _Document.startCommentOrEndBlankLine(src, offset);
        }
        this.valueRange.end = offset;
        if (src[offset]) {
          this.documentEndMarker = new PlainValue.Range(offset, offset + 3);
          offset += 3;
          if (src[offset]) {
            offset = PlainValue.Node.endOfWhiteSpace(src, offset);
            if (src[offset] === "#") {
              const comment = new Comment();
              offset = comment.parse({
                src
              }, offset);
              this.contents.push(comment);
            }
            switch (src[offset]) {
              case "\n":
                offset += 1;
                break;
              case void 0:
                break;
              default:
                this.error = new PlainValue.YAMLSyntaxError(this, "Document end marker line cannot have a non-comment suffix");
            }
          }
        }
        return offset;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        context.root = this;
        this.context = context;
        const {
          src
        } = context;
        let offset = src.charCodeAt(start2) === 65279 ? start2 + 1 : start2;
        offset = this.parseDirectives(offset);
        offset = this.parseContents(offset);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.directives.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        if (this.directivesEndMarker) offset = this.directivesEndMarker.setOrigRange(cr, offset);
        this.contents.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        if (this.documentEndMarker) offset = this.documentEndMarker.setOrigRange(cr, offset);
        return offset;
      }
      toString() {
        const {
          contents,
          directives,
          value
        } = this;
        if (value != null) return value;
        let str3 = directives.join("");
        if (contents.length > 0) {
          if (directives.length > 0 || contents[0].type === PlainValue.Type.COMMENT) str3 += "---\n";
          str3 += contents.join("");
        }
        if (str3[str3.length - 1] !== "\n") str3 += "\n";
        return str3;
      }
    };
    var Alias = class extends PlainValue.Node {
      /**
       * Parses an *alias from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start2) {
        this.context = context;
        const {
          src
        } = context;
        let offset = PlainValue.Node.endOfIdentifier(src, start2 + 1);
        this.valueRange = new PlainValue.Range(start2 + 1, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    var Chomp = {
      CLIP: "CLIP",
      KEEP: "KEEP",
      STRIP: "STRIP"
    };
    var BlockValue = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.blockIndent = null;
        this.chomping = Chomp.CLIP;
        this.header = null;
      }
      get includesTrailingLines() {
        return this.chomping === Chomp.KEEP;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start: start2,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (this.valueRange.isEmpty()) return "";
        let lastNewLine = null;
        let ch = src[end - 1];
        while (ch === "\n" || ch === "	" || ch === " ") {
          end -= 1;
          if (end <= start2) {
            if (this.chomping === Chomp.KEEP) break;
            else return "";
          }
          if (ch === "\n") lastNewLine = end;
          ch = src[end - 1];
        }
        let keepStart = end + 1;
        if (lastNewLine) {
          if (this.chomping === Chomp.KEEP) {
            keepStart = lastNewLine;
            end = this.valueRange.end;
          } else {
            end = lastNewLine;
          }
        }
        const bi = indent + this.blockIndent;
        const folded = this.type === PlainValue.Type.BLOCK_FOLDED;
        let atStart = true;
        let str3 = "";
        let sep5 = "";
        let prevMoreIndented = false;
        for (let i2 = start2; i2 < end; ++i2) {
          for (let j = 0; j < bi; ++j) {
            if (src[i2] !== " ") break;
            i2 += 1;
          }
          const ch2 = src[i2];
          if (ch2 === "\n") {
            if (sep5 === "\n") str3 += "\n";
            else sep5 = "\n";
          } else {
            const lineEnd = PlainValue.Node.endOfLine(src, i2);
            const line = src.slice(i2, lineEnd);
            i2 = lineEnd;
            if (folded && (ch2 === " " || ch2 === "	") && i2 < keepStart) {
              if (sep5 === " ") sep5 = "\n";
              else if (!prevMoreIndented && !atStart && sep5 === "\n") sep5 = "\n\n";
              str3 += sep5 + line;
              sep5 = lineEnd < end && src[lineEnd] || "";
              prevMoreIndented = true;
            } else {
              str3 += sep5 + line;
              sep5 = folded && i2 < keepStart ? " " : "\n";
              prevMoreIndented = false;
            }
            if (atStart && line !== "") atStart = false;
          }
        }
        return this.chomping === Chomp.STRIP ? str3 : str3 + "\n";
      }
      parseBlockHeader(start2) {
        const {
          src
        } = this.context;
        let offset = start2 + 1;
        let bi = "";
        while (true) {
          const ch = src[offset];
          switch (ch) {
            case "-":
              this.chomping = Chomp.STRIP;
              break;
            case "+":
              this.chomping = Chomp.KEEP;
              break;
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
            case "8":
            case "9":
              bi += ch;
              break;
            default:
              this.blockIndent = Number(bi) || null;
              this.header = new PlainValue.Range(start2, offset);
              return offset;
          }
          offset += 1;
        }
      }
      parseBlockValue(start2) {
        const {
          indent,
          src
        } = this.context;
        const explicit = !!this.blockIndent;
        let offset = start2;
        let valueEnd = start2;
        let minBlockIndent = 1;
        for (let ch = src[offset]; ch === "\n"; ch = src[offset]) {
          offset += 1;
          if (PlainValue.Node.atDocumentBoundary(src, offset)) break;
          const end = PlainValue.Node.endOfBlockIndent(src, indent, offset);
          if (end === null) break;
          const ch2 = src[end];
          const lineIndent = end - (offset + indent);
          if (!this.blockIndent) {
            if (src[end] !== "\n") {
              if (lineIndent < minBlockIndent) {
                const msg = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
                this.error = new PlainValue.YAMLSemanticError(this, msg);
              }
              this.blockIndent = lineIndent;
            } else if (lineIndent > minBlockIndent) {
              minBlockIndent = lineIndent;
            }
          } else if (ch2 && ch2 !== "\n" && lineIndent < this.blockIndent) {
            if (src[end] === "#") break;
            if (!this.error) {
              const src2 = explicit ? "explicit indentation indicator" : "first line";
              const msg = `Block scalars must not be less indented than their ${src2}`;
              this.error = new PlainValue.YAMLSemanticError(this, msg);
            }
          }
          if (src[end] === "\n") {
            offset = end;
          } else {
            offset = valueEnd = PlainValue.Node.endOfLine(src, end);
          }
        }
        if (this.chomping !== Chomp.KEEP) {
          offset = src[valueEnd] ? valueEnd + 1 : valueEnd;
        }
        this.valueRange = new PlainValue.Range(start2 + 1, offset);
        return offset;
      }
      /**
       * Parses a block value from the source
       *
       * Accepted forms are:
       * ```
       * BS
       * block
       * lines
       *
       * BS #comment
       * block
       * lines
       * ```
       * where the block style BS matches the regexp `[|>][-+1-9]*` and block lines
       * are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this block
       */
      parse(context, start2) {
        this.context = context;
        const {
          src
        } = context;
        let offset = this.parseBlockHeader(start2);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        offset = this.parseBlockValue(offset);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        return this.header ? this.header.setOrigRange(cr, offset) : offset;
      }
    };
    var FlowCollection = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.items = null;
      }
      prevNodeIsJsonLike(idx = this.items.length) {
        const node = this.items[idx - 1];
        return !!node && (node.jsonLike || node.type === PlainValue.Type.COMMENT && this.prevNodeIsJsonLike(idx - 1));
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let {
          indent,
          lineStart
        } = context;
        let char = src[start2];
        this.items = [{
          char,
          offset: start2
        }];
        let offset = PlainValue.Node.endOfWhiteSpace(src, start2 + 1);
        char = src[offset];
        while (char && char !== "]" && char !== "}") {
          switch (char) {
            case "\n":
              {
                lineStart = offset + 1;
                const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
                if (src[wsEnd] === "\n") {
                  const blankLine = new BlankLine();
                  lineStart = blankLine.parse({
                    src
                  }, lineStart);
                  this.items.push(blankLine);
                }
                offset = PlainValue.Node.endOfIndent(src, lineStart);
                if (offset <= lineStart + indent) {
                  char = src[offset];
                  if (offset < lineStart + indent || char !== "]" && char !== "}") {
                    const msg = "Insufficient indentation in flow collection";
                    this.error = new PlainValue.YAMLSemanticError(this, msg);
                  }
                }
              }
              break;
            case ",":
              {
                this.items.push({
                  char,
                  offset
                });
                offset += 1;
              }
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.items.push(comment);
              }
              break;
            case "?":
            case ":": {
              const next = src[offset + 1];
              if (next === "\n" || next === "	" || next === " " || next === "," || // in-flow : after JSON-like key does not need to be followed by whitespace
              char === ":" && this.prevNodeIsJsonLike()) {
                this.items.push({
                  char,
                  offset
                });
                offset += 1;
                break;
              }
            }
            // fallthrough
            default: {
              const node = parseNode({
                atLineStart: false,
                inCollection: false,
                inFlow: true,
                indent: -1,
                lineStart,
                parent: this
              }, offset);
              if (!node) {
                this.valueRange = new PlainValue.Range(start2, offset);
                return offset;
              }
              this.items.push(node);
              offset = PlainValue.Node.normalizeOffset(src, node.range.end);
            }
          }
          offset = PlainValue.Node.endOfWhiteSpace(src, offset);
          char = src[offset];
        }
        this.valueRange = new PlainValue.Range(start2, offset + 1);
        if (char) {
          this.items.push({
            char,
            offset
          });
          offset = PlainValue.Node.endOfWhiteSpace(src, offset + 1);
          offset = this.parseComment(offset);
        }
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.items.forEach((node) => {
          if (node instanceof PlainValue.Node) {
            offset = node.setOrigRanges(cr, offset);
          } else if (cr.length === 0) {
            node.origOffset = node.offset;
          } else {
            let i2 = offset;
            while (i2 < cr.length) {
              if (cr[i2] > node.offset) break;
              else ++i2;
            }
            node.origOffset = node.offset + i2;
            offset = i2;
          }
        });
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          items,
          range,
          value
        } = this;
        if (value != null) return value;
        const nodes = items.filter((item) => item instanceof PlainValue.Node);
        let str3 = "";
        let prevEnd = range.start;
        nodes.forEach((node) => {
          const prefix = src.slice(prevEnd, node.range.start);
          prevEnd = node.range.end;
          str3 += prefix + String(node);
          if (str3[str3.length - 1] === "\n" && src[prevEnd - 1] !== "\n" && src[prevEnd] === "\n") {
            prevEnd += 1;
          }
        });
        str3 += src.slice(prevEnd, range.end);
        return PlainValue.Node.addStringTerminator(src, range.end, str3);
      }
    };
    var QuoteDouble = class _QuoteDouble extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        while (ch && ch !== '"') {
          offset += ch === "\\" ? 2 : 1;
          ch = src[offset];
        }
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        const errors = [];
        const {
          start: start2,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (src[end - 1] !== '"') errors.push(new PlainValue.YAMLSyntaxError(this, 'Missing closing "quote'));
        let str3 = "";
        for (let i2 = start2 + 1; i2 < end - 1; ++i2) {
          const ch = src[i2];
          if (ch === "\n") {
            if (PlainValue.Node.atDocumentBoundary(src, i2 + 1)) errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            const {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i2, indent);
            str3 += fold;
            i2 = offset;
            if (error) errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line double-quoted string needs to be sufficiently indented"));
          } else if (ch === "\\") {
            i2 += 1;
            switch (src[i2]) {
              case "0":
                str3 += "\0";
                break;
              // null character
              case "a":
                str3 += "\x07";
                break;
              // bell character
              case "b":
                str3 += "\b";
                break;
              // backspace
              case "e":
                str3 += "\x1B";
                break;
              // escape character
              case "f":
                str3 += "\f";
                break;
              // form feed
              case "n":
                str3 += "\n";
                break;
              // line feed
              case "r":
                str3 += "\r";
                break;
              // carriage return
              case "t":
                str3 += "	";
                break;
              // horizontal tab
              case "v":
                str3 += "\v";
                break;
              // vertical tab
              case "N":
                str3 += "\x85";
                break;
              // Unicode next line
              case "_":
                str3 += "\xA0";
                break;
              // Unicode non-breaking space
              case "L":
                str3 += "\u2028";
                break;
              // Unicode line separator
              case "P":
                str3 += "\u2029";
                break;
              // Unicode paragraph separator
              case " ":
                str3 += " ";
                break;
              case '"':
                str3 += '"';
                break;
              case "/":
                str3 += "/";
                break;
              case "\\":
                str3 += "\\";
                break;
              case "	":
                str3 += "	";
                break;
              case "x":
                str3 += this.parseCharCode(i2 + 1, 2, errors);
                i2 += 2;
                break;
              case "u":
                str3 += this.parseCharCode(i2 + 1, 4, errors);
                i2 += 4;
                break;
              case "U":
                str3 += this.parseCharCode(i2 + 1, 8, errors);
                i2 += 8;
                break;
              case "\n":
                while (src[i2 + 1] === " " || src[i2 + 1] === "	") i2 += 1;
                break;
              default:
                errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(i2 - 1, 2)}`));
                str3 += "\\" + src[i2];
            }
          } else if (ch === " " || ch === "	") {
            const wsStart = i2;
            let next = src[i2 + 1];
            while (next === " " || next === "	") {
              i2 += 1;
              next = src[i2 + 1];
            }
            if (next !== "\n") str3 += i2 > wsStart ? src.slice(wsStart, i2 + 1) : ch;
          } else {
            str3 += ch;
          }
        }
        return errors.length > 0 ? {
          errors,
          str: str3
        } : str3;
      }
      parseCharCode(offset, length, errors) {
        const {
          src
        } = this.context;
        const cc = src.substr(offset, length);
        const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
        const code = ok ? parseInt(cc, 16) : NaN;
        if (isNaN(code)) {
          errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(offset - 2, length + 2)}`));
          return src.substr(offset - 2, length + 2);
        }
        return String.fromCodePoint(code);
      }
      /**
       * Parses a "double quoted" value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start2) {
        this.context = context;
        const {
          src
        } = context;
        let offset = _QuoteDouble.endOfQuote(src, start2 + 1);
        this.valueRange = new PlainValue.Range(start2, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    var QuoteSingle = class _QuoteSingle extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        while (ch) {
          if (ch === "'") {
            if (src[offset + 1] !== "'") break;
            ch = src[offset += 2];
          } else {
            ch = src[offset += 1];
          }
        }
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        const errors = [];
        const {
          start: start2,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (src[end - 1] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Missing closing 'quote"));
        let str3 = "";
        for (let i2 = start2 + 1; i2 < end - 1; ++i2) {
          const ch = src[i2];
          if (ch === "\n") {
            if (PlainValue.Node.atDocumentBoundary(src, i2 + 1)) errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            const {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i2, indent);
            str3 += fold;
            i2 = offset;
            if (error) errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line single-quoted string needs to be sufficiently indented"));
          } else if (ch === "'") {
            str3 += ch;
            i2 += 1;
            if (src[i2] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Unescaped single quote? This should not happen."));
          } else if (ch === " " || ch === "	") {
            const wsStart = i2;
            let next = src[i2 + 1];
            while (next === " " || next === "	") {
              i2 += 1;
              next = src[i2 + 1];
            }
            if (next !== "\n") str3 += i2 > wsStart ? src.slice(wsStart, i2 + 1) : ch;
          } else {
            str3 += ch;
          }
        }
        return errors.length > 0 ? {
          errors,
          str: str3
        } : str3;
      }
      /**
       * Parses a 'single quoted' value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start2) {
        this.context = context;
        const {
          src
        } = context;
        let offset = _QuoteSingle.endOfQuote(src, start2 + 1);
        this.valueRange = new PlainValue.Range(start2, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    function createNewNode(type, props) {
      switch (type) {
        case PlainValue.Type.ALIAS:
          return new Alias(type, props);
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
          return new BlockValue(type, props);
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.FLOW_SEQ:
          return new FlowCollection(type, props);
        case PlainValue.Type.MAP_KEY:
        case PlainValue.Type.MAP_VALUE:
        case PlainValue.Type.SEQ_ITEM:
          return new CollectionItem(type, props);
        case PlainValue.Type.COMMENT:
        case PlainValue.Type.PLAIN:
          return new PlainValue.PlainValue(type, props);
        case PlainValue.Type.QUOTE_DOUBLE:
          return new QuoteDouble(type, props);
        case PlainValue.Type.QUOTE_SINGLE:
          return new QuoteSingle(type, props);
        /* istanbul ignore next */
        default:
          return null;
      }
    }
    var ParseContext = class _ParseContext {
      static parseType(src, offset, inFlow) {
        switch (src[offset]) {
          case "*":
            return PlainValue.Type.ALIAS;
          case ">":
            return PlainValue.Type.BLOCK_FOLDED;
          case "|":
            return PlainValue.Type.BLOCK_LITERAL;
          case "{":
            return PlainValue.Type.FLOW_MAP;
          case "[":
            return PlainValue.Type.FLOW_SEQ;
          case "?":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_KEY : PlainValue.Type.PLAIN;
          case ":":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_VALUE : PlainValue.Type.PLAIN;
          case "-":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.SEQ_ITEM : PlainValue.Type.PLAIN;
          case '"':
            return PlainValue.Type.QUOTE_DOUBLE;
          case "'":
            return PlainValue.Type.QUOTE_SINGLE;
          default:
            return PlainValue.Type.PLAIN;
        }
      }
      constructor(orig = {}, {
        atLineStart,
        inCollection,
        inFlow,
        indent,
        lineStart,
        parent
      } = {}) {
        PlainValue._defineProperty(this, "parseNode", (overlay, start2) => {
          if (PlainValue.Node.atDocumentBoundary(this.src, start2)) return null;
          const context = new _ParseContext(this, overlay);
          const {
            props,
            type,
            valueStart
          } = context.parseProps(start2);
          const node = createNewNode(type, props);
          let offset = start2;
          try {
            offset = node.parse(context, valueStart);
          } catch (error) {
            const msg = error instanceof Error ? error.message : String(error);
            if (!node.error) node.error = new PlainValue.YAMLSyntaxError(node, msg);
          }
          node.range = new PlainValue.Range(start2, offset);
          if (offset <= start2) {
            if (!node.error) node.error = new Error(`Node#parse consumed no characters`);
            node.error.parseEnd = offset;
            node.error.source = node;
            node.range.end = start2 + 1;
          }
          if (context.nodeStartsCollection(node)) {
            if (!node.error && !context.atLineStart && context.parent.type === PlainValue.Type.DOCUMENT) {
              node.error = new PlainValue.YAMLSyntaxError(node, "Block collection must not have preceding content here (e.g. directives-end indicator)");
            }
            const collection = new Collection(node);
            offset = collection.parse(new _ParseContext(context), offset);
            collection.range = new PlainValue.Range(start2, offset);
            return collection;
          }
          return node;
        });
        this.atLineStart = atLineStart != null ? atLineStart : orig.atLineStart || false;
        this.inCollection = inCollection != null ? inCollection : orig.inCollection || false;
        this.inFlow = inFlow != null ? inFlow : orig.inFlow || false;
        this.indent = indent != null ? indent : orig.indent;
        this.lineStart = lineStart != null ? lineStart : orig.lineStart;
        this.parent = parent != null ? parent : orig.parent || {};
        this.root = orig.root;
        this.src = orig.src;
      }
      nodeStartsCollection(node) {
        const {
          inCollection,
          inFlow,
          src
        } = this;
        if (inCollection || inFlow) return false;
        if (node instanceof CollectionItem) return true;
        let offset = node.range.end;
        if (src[offset] === "\n" || src[offset - 1] === "\n") return false;
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        return src[offset] === ":";
      }
      // Anchor and tag are before type, which determines the node implementation
      // class; hence this intermediate step.
      parseProps(offset) {
        const {
          inFlow,
          parent,
          src
        } = this;
        const props = [];
        let lineHasProps = false;
        offset = this.atLineStart ? PlainValue.Node.endOfIndent(src, offset) : PlainValue.Node.endOfWhiteSpace(src, offset);
        let ch = src[offset];
        while (ch === PlainValue.Char.ANCHOR || ch === PlainValue.Char.COMMENT || ch === PlainValue.Char.TAG || ch === "\n") {
          if (ch === "\n") {
            let inEnd = offset;
            let lineStart;
            do {
              lineStart = inEnd + 1;
              inEnd = PlainValue.Node.endOfIndent(src, lineStart);
            } while (src[inEnd] === "\n");
            const indentDiff = inEnd - (lineStart + this.indent);
            const noIndicatorAsIndent = parent.type === PlainValue.Type.SEQ_ITEM && parent.context.atLineStart;
            if (src[inEnd] !== "#" && !PlainValue.Node.nextNodeIsIndented(src[inEnd], indentDiff, !noIndicatorAsIndent)) break;
            this.atLineStart = true;
            this.lineStart = lineStart;
            lineHasProps = false;
            offset = inEnd;
          } else if (ch === PlainValue.Char.COMMENT) {
            const end = PlainValue.Node.endOfLine(src, offset + 1);
            props.push(new PlainValue.Range(offset, end));
            offset = end;
          } else {
            let end = PlainValue.Node.endOfIdentifier(src, offset + 1);
            if (ch === PlainValue.Char.TAG && src[end] === "," && /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+,\d\d\d\d(-\d\d){0,2}\/\S/.test(src.slice(offset + 1, end + 13))) {
              end = PlainValue.Node.endOfIdentifier(src, end + 5);
            }
            props.push(new PlainValue.Range(offset, end));
            lineHasProps = true;
            offset = PlainValue.Node.endOfWhiteSpace(src, end);
          }
          ch = src[offset];
        }
        if (lineHasProps && ch === ":" && PlainValue.Node.atBlank(src, offset + 1, true)) offset -= 1;
        const type = _ParseContext.parseType(src, offset, inFlow);
        return {
          props,
          type,
          valueStart: offset
        };
      }
    };
    function parse(src) {
      const cr = [];
      if (src.indexOf("\r") !== -1) {
        src = src.replace(/\r\n?/g, (match, offset2) => {
          if (match.length > 1) cr.push(offset2);
          return "\n";
        });
      }
      const documents2 = [];
      let offset = 0;
      do {
        const doc = new Document();
        const context = new ParseContext({
          src
        });
        offset = doc.parse(context, offset);
        documents2.push(doc);
      } while (offset < src.length);
      documents2.setOrigRanges = () => {
        if (cr.length === 0) return false;
        for (let i2 = 1; i2 < cr.length; ++i2) cr[i2] -= i2;
        let crOffset = 0;
        for (let i2 = 0; i2 < documents2.length; ++i2) {
          crOffset = documents2[i2].setOrigRanges(cr, crOffset);
        }
        cr.splice(0, cr.length);
        return true;
      };
      documents2.toString = () => documents2.join("...\n");
      return documents2;
    }
    exports.parse = parse;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js
var require_resolveSeq_95613e94 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    function addCommentBefore(str3, indent, comment) {
      if (!comment) return str3;
      const cc = comment.replace(/[\s\S]^/gm, `$&${indent}#`);
      return `#${cc}
${indent}${str3}`;
    }
    function addComment(str3, indent, comment) {
      return !comment ? str3 : comment.indexOf("\n") === -1 ? `${str3} #${comment}` : `${str3}
` + comment.replace(/^/gm, `${indent || ""}#`);
    }
    var Node2 = class {
    };
    function toJSON(value, arg, ctx) {
      if (Array.isArray(value)) return value.map((v, i2) => toJSON(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        const anchor = ctx && ctx.anchors && ctx.anchors.get(value);
        if (anchor) ctx.onCreate = (res2) => {
          anchor.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (anchor && ctx.onCreate) ctx.onCreate(res);
        return res;
      }
      if ((!ctx || !ctx.keep) && typeof value === "bigint") return Number(value);
      return value;
    }
    var Scalar2 = class extends Node2 {
      constructor(value) {
        super();
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx && ctx.keep ? this.value : toJSON(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i2 = path.length - 1; i2 >= 0; --i2) {
        const k = path[i2];
        if (Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          const o = {};
          Object.defineProperty(o, k, {
            value: v,
            writable: true,
            enumerable: true,
            configurable: true
          });
          v = o;
        }
      }
      return schema.createNode(v, false);
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && path[Symbol.iterator]().next().done;
    var Collection = class _Collection extends Node2 {
      constructor(schema) {
        super();
        PlainValue._defineProperty(this, "items", []);
        this.schema = schema;
      }
      addIn(path, value) {
        if (isEmptyPath(path)) this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (node instanceof _Collection) node.addIn(rest, value);
          else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
          else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      deleteIn([key, ...rest]) {
        if (rest.length === 0) return this.delete(key);
        const node = this.get(key, true);
        if (node instanceof _Collection) return node.deleteIn(rest);
        else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      getIn([key, ...rest], keepScalar) {
        const node = this.get(key, true);
        if (rest.length === 0) return !keepScalar && node instanceof Scalar2 ? node.value : node;
        else return node instanceof _Collection ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues() {
        return this.items.every((node) => {
          if (!node || node.type !== "PAIR") return false;
          const n = node.value;
          return n == null || n instanceof Scalar2 && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      hasIn([key, ...rest]) {
        if (rest.length === 0) return this.has(key);
        const node = this.get(key, true);
        return node instanceof _Collection ? node.hasIn(rest) : false;
      }
      setIn([key, ...rest], value) {
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (node instanceof _Collection) node.setIn(rest, value);
          else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
          else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      // overridden in implementations
      /* istanbul ignore next */
      toJSON() {
        return null;
      }
      toString(ctx, {
        blockItem,
        flowChars,
        isMap: isMap4,
        itemIndent
      }, onComment, onChompKeep) {
        const {
          indent,
          indentStep,
          stringify
        } = ctx;
        const inFlow = this.type === PlainValue.Type.FLOW_MAP || this.type === PlainValue.Type.FLOW_SEQ || ctx.inFlow;
        if (inFlow) itemIndent += indentStep;
        const allNullValues = isMap4 && this.hasAllNullValues();
        ctx = Object.assign({}, ctx, {
          allNullValues,
          indent: itemIndent,
          inFlow,
          type: null
        });
        let chompKeep = false;
        let hasItemWithNewLine = false;
        const nodes = this.items.reduce((nodes2, item, i2) => {
          let comment;
          if (item) {
            if (!chompKeep && item.spaceBefore) nodes2.push({
              type: "comment",
              str: ""
            });
            if (item.commentBefore) item.commentBefore.match(/^.*$/gm).forEach((line) => {
              nodes2.push({
                type: "comment",
                str: `#${line}`
              });
            });
            if (item.comment) comment = item.comment;
            if (inFlow && (!chompKeep && item.spaceBefore || item.commentBefore || item.comment || item.key && (item.key.commentBefore || item.key.comment) || item.value && (item.value.commentBefore || item.value.comment))) hasItemWithNewLine = true;
          }
          chompKeep = false;
          let str4 = stringify(item, ctx, () => comment = null, () => chompKeep = true);
          if (inFlow && !hasItemWithNewLine && str4.includes("\n")) hasItemWithNewLine = true;
          if (inFlow && i2 < this.items.length - 1) str4 += ",";
          str4 = addComment(str4, itemIndent, comment);
          if (chompKeep && (comment || inFlow)) chompKeep = false;
          nodes2.push({
            type: "item",
            str: str4
          });
          return nodes2;
        }, []);
        let str3;
        if (nodes.length === 0) {
          str3 = flowChars.start + flowChars.end;
        } else if (inFlow) {
          const {
            start: start2,
            end
          } = flowChars;
          const strings3 = nodes.map((n) => n.str);
          if (hasItemWithNewLine || strings3.reduce((sum, str4) => sum + str4.length + 2, 2) > _Collection.maxFlowStringSingleLineLength) {
            str3 = start2;
            for (const s of strings3) {
              str3 += s ? `
${indentStep}${indent}${s}` : "\n";
            }
            str3 += `
${indent}${end}`;
          } else {
            str3 = `${start2} ${strings3.join(" ")} ${end}`;
          }
        } else {
          const strings3 = nodes.map(blockItem);
          str3 = strings3.shift();
          for (const s of strings3) str3 += s ? `
${indent}${s}` : "\n";
        }
        if (this.comment) {
          str3 += "\n" + this.comment.replace(/^/gm, `${indent}#`);
          if (onComment) onComment();
        } else if (chompKeep && onChompKeep) onChompKeep();
        return str3;
      }
    };
    PlainValue._defineProperty(Collection, "maxFlowStringSingleLineLength", 60);
    function asItemIndex(key) {
      let idx = key instanceof Scalar2 ? key.value : key;
      if (idx && typeof idx === "string") idx = Number(idx);
      return Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    var YAMLSeq2 = class extends Collection {
      add(value) {
        this.items.push(value);
      }
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") return void 0;
        const it = this.items[idx];
        return !keepScalar && it instanceof Scalar2 ? it.value : it;
      }
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
        this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx && ctx.onCreate) ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items) seq.push(toJSON(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        return super.toString(ctx, {
          blockItem: (n) => n.type === "comment" ? n.str : `- ${n.str}`,
          flowChars: {
            start: "[",
            end: "]"
          },
          isMap: false,
          itemIndent: (ctx.indent || "") + "  "
        }, onComment, onChompKeep);
      }
    };
    var stringifyKey = (key, jsKey, ctx) => {
      if (jsKey === null) return "";
      if (typeof jsKey !== "object") return String(jsKey);
      if (key instanceof Node2 && ctx && ctx.doc) return key.toString({
        anchors: /* @__PURE__ */ Object.create(null),
        doc: ctx.doc,
        indent: "",
        indentStep: ctx.indentStep,
        inFlow: true,
        inStringifyKey: true,
        stringify: ctx.stringify
      });
      return JSON.stringify(jsKey);
    };
    var Pair2 = class _Pair extends Node2 {
      constructor(key, value = null) {
        super();
        this.key = key;
        this.value = value;
        this.type = _Pair.Type.PAIR;
      }
      get commentBefore() {
        return this.key instanceof Node2 ? this.key.commentBefore : void 0;
      }
      set commentBefore(cb) {
        if (this.key == null) this.key = new Scalar2(null);
        if (this.key instanceof Node2) this.key.commentBefore = cb;
        else {
          const msg = "Pair.commentBefore is an alias for Pair.key.commentBefore. To set it, the key must be a Node.";
          throw new Error(msg);
        }
      }
      addToJSMap(ctx, map) {
        const key = toJSON(this.key, "", ctx);
        if (map instanceof Map) {
          const value = toJSON(this.value, key, ctx);
          map.set(key, value);
        } else if (map instanceof Set) {
          map.add(key);
        } else {
          const stringKey = stringifyKey(this.key, key, ctx);
          const value = toJSON(this.value, stringKey, ctx);
          if (stringKey in map) Object.defineProperty(map, stringKey, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
          });
          else map[stringKey] = value;
        }
        return map;
      }
      toJSON(_, ctx) {
        const pair = ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return this.addToJSMap(ctx, pair);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx || !ctx.doc) return JSON.stringify(this);
        const {
          indent: indentSize,
          indentSeq,
          simpleKeys
        } = ctx.doc.options;
        let {
          key,
          value
        } = this;
        let keyComment = key instanceof Node2 && key.comment;
        if (simpleKeys) {
          if (keyComment) {
            throw new Error("With simple keys, key nodes cannot have comments");
          }
          if (key instanceof Collection) {
            const msg = "With simple keys, collection cannot be used as a key value";
            throw new Error(msg);
          }
        }
        let explicitKey = !simpleKeys && (!key || keyComment || (key instanceof Node2 ? key instanceof Collection || key.type === PlainValue.Type.BLOCK_FOLDED || key.type === PlainValue.Type.BLOCK_LITERAL : typeof key === "object"));
        const {
          doc,
          indent,
          indentStep,
          stringify
        } = ctx;
        ctx = Object.assign({}, ctx, {
          implicitKey: !explicitKey,
          indent: indent + indentStep
        });
        let chompKeep = false;
        let str3 = stringify(key, ctx, () => keyComment = null, () => chompKeep = true);
        str3 = addComment(str3, ctx.indent, keyComment);
        if (!explicitKey && str3.length > 1024) {
          if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
          explicitKey = true;
        }
        if (ctx.allNullValues && !simpleKeys) {
          if (this.comment) {
            str3 = addComment(str3, ctx.indent, this.comment);
            if (onComment) onComment();
          } else if (chompKeep && !keyComment && onChompKeep) onChompKeep();
          return ctx.inFlow && !explicitKey ? str3 : `? ${str3}`;
        }
        str3 = explicitKey ? `? ${str3}
${indent}:` : `${str3}:`;
        if (this.comment) {
          str3 = addComment(str3, ctx.indent, this.comment);
          if (onComment) onComment();
        }
        let vcb = "";
        let valueComment = null;
        if (value instanceof Node2) {
          if (value.spaceBefore) vcb = "\n";
          if (value.commentBefore) {
            const cs = value.commentBefore.replace(/^/gm, `${ctx.indent}#`);
            vcb += `
${cs}`;
          }
          valueComment = value.comment;
        } else if (value && typeof value === "object") {
          value = doc.schema.createNode(value, true);
        }
        ctx.implicitKey = false;
        if (!explicitKey && !this.comment && value instanceof Scalar2) ctx.indentAtStart = str3.length + 1;
        chompKeep = false;
        if (!indentSeq && indentSize >= 2 && !ctx.inFlow && !explicitKey && value instanceof YAMLSeq2 && value.type !== PlainValue.Type.FLOW_SEQ && !value.tag && !doc.anchors.getName(value)) {
          ctx.indent = ctx.indent.substr(2);
        }
        const valueStr = stringify(value, ctx, () => valueComment = null, () => chompKeep = true);
        let ws = " ";
        if (vcb || this.comment) {
          ws = `${vcb}
${ctx.indent}`;
        } else if (!explicitKey && value instanceof Collection) {
          const flow = valueStr[0] === "[" || valueStr[0] === "{";
          if (!flow || valueStr.includes("\n")) ws = `
${ctx.indent}`;
        } else if (valueStr[0] === "\n") ws = "";
        if (chompKeep && !valueComment && onChompKeep) onChompKeep();
        return addComment(str3 + ws + valueStr, ctx.indent, valueComment);
      }
    };
    PlainValue._defineProperty(Pair2, "Type", {
      PAIR: "PAIR",
      MERGE_PAIR: "MERGE_PAIR"
    });
    var getAliasCount = (node, anchors) => {
      if (node instanceof Alias) {
        const anchor = anchors.get(node.source);
        return anchor.count * anchor.aliasCount;
      } else if (node instanceof Collection) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(item, anchors);
          if (c > count) count = c;
        }
        return count;
      } else if (node instanceof Pair2) {
        const kc = getAliasCount(node.key, anchors);
        const vc = getAliasCount(node.value, anchors);
        return Math.max(kc, vc);
      }
      return 1;
    };
    var Alias = class _Alias extends Node2 {
      static stringify({
        range,
        source
      }, {
        anchors,
        doc,
        implicitKey,
        inStringifyKey
      }) {
        let anchor = Object.keys(anchors).find((a) => anchors[a] === source);
        if (!anchor && inStringifyKey) anchor = doc.anchors.getName(source) || doc.anchors.newName();
        if (anchor) return `*${anchor}${implicitKey ? " " : ""}`;
        const msg = doc.anchors.getName(source) ? "Alias node must be after source node" : "Source node not found for alias node";
        throw new Error(`${msg} [${range}]`);
      }
      constructor(source) {
        super();
        this.source = source;
        this.type = PlainValue.Type.ALIAS;
      }
      set tag(t) {
        throw new Error("Alias nodes cannot have tags");
      }
      toJSON(arg, ctx) {
        if (!ctx) return toJSON(this.source, arg, ctx);
        const {
          anchors,
          maxAliasCount
        } = ctx;
        const anchor = anchors.get(this.source);
        if (!anchor || anchor.res === void 0) {
          const msg = "This should not happen: Alias anchor was not resolved?";
          if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);
          else throw new ReferenceError(msg);
        }
        if (maxAliasCount >= 0) {
          anchor.count += 1;
          if (anchor.aliasCount === 0) anchor.aliasCount = getAliasCount(this.source, anchors);
          if (anchor.count * anchor.aliasCount > maxAliasCount) {
            const msg = "Excessive alias count indicates a resource exhaustion attack";
            if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);
            else throw new ReferenceError(msg);
          }
        }
        return anchor.res;
      }
      // Only called when stringifying an alias mapping key while constructing
      // Object output.
      toString(ctx) {
        return _Alias.stringify(this, ctx);
      }
    };
    PlainValue._defineProperty(Alias, "default", true);
    function findPair(items, key) {
      const k = key instanceof Scalar2 ? key.value : key;
      for (const it of items) {
        if (it instanceof Pair2) {
          if (it.key === key || it.key === k) return it;
          if (it.key && it.key.value === k) return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection {
      add(pair, overwrite) {
        if (!pair) pair = new Pair2(pair);
        else if (!(pair instanceof Pair2)) pair = new Pair2(pair.key || pair, pair.value);
        const prev = findPair(this.items, pair.key);
        const sortEntries = this.schema && this.schema.sortMapEntries;
        if (prev) {
          if (overwrite) prev.value = pair.value;
          else throw new Error(`Key ${pair.key} already set`);
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(pair, item) < 0);
          if (i2 === -1) this.items.push(pair);
          else this.items.splice(i2, 0, pair);
        } else {
          this.items.push(pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it) return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it && it.value;
        return !keepScalar && node instanceof Scalar2 ? node.value : node;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair2(key, value), true);
      }
      /**
       * @param {*} arg ignored
       * @param {*} ctx Conversion context, originally set in Document#toJSON()
       * @param {Class} Type If set, forces the returned collection type
       * @returns {*} Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx && ctx.onCreate) ctx.onCreate(map);
        for (const item of this.items) item.addToJSMap(ctx, map);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        for (const item of this.items) {
          if (!(item instanceof Pair2)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        return super.toString(ctx, {
          blockItem: (n) => n.str,
          flowChars: {
            start: "{",
            end: "}"
          },
          isMap: true,
          itemIndent: ctx.indent || ""
        }, onComment, onChompKeep);
      }
    };
    var MERGE_KEY = "<<";
    var Merge = class extends Pair2 {
      constructor(pair) {
        if (pair instanceof Pair2) {
          let seq = pair.value;
          if (!(seq instanceof YAMLSeq2)) {
            seq = new YAMLSeq2();
            seq.items.push(pair.value);
            seq.range = pair.value.range;
          }
          super(pair.key, seq);
          this.range = pair.range;
        } else {
          super(new Scalar2(MERGE_KEY), new YAMLSeq2());
        }
        this.type = Pair2.Type.MERGE_PAIR;
      }
      // If the value associated with a merge key is a single mapping node, each of
      // its key/value pairs is inserted into the current mapping, unless the key
      // already exists in it. If the value associated with the merge key is a
      // sequence, then this sequence is expected to contain mapping nodes and each
      // of these nodes is merged in turn according to its order in the sequence.
      // Keys in mapping nodes earlier in the sequence override keys specified in
      // later mapping nodes. -- http://yaml.org/type/merge.html
      addToJSMap(ctx, map) {
        for (const {
          source
        } of this.value.items) {
          if (!(source instanceof YAMLMap2)) throw new Error("Merge sources must be maps");
          const srcMap = source.toJSON(null, ctx, Map);
          for (const [key, value] of srcMap) {
            if (map instanceof Map) {
              if (!map.has(key)) map.set(key, value);
            } else if (map instanceof Set) {
              map.add(key);
            } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
              Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        }
        return map;
      }
      toString(ctx, onComment) {
        const seq = this.value;
        if (seq.items.length > 1) return super.toString(ctx, onComment);
        this.value = seq.items[0];
        const str3 = super.toString(ctx, onComment);
        this.value = seq;
        return str3;
      }
    };
    var binaryOptions = {
      defaultType: PlainValue.Type.BLOCK_LITERAL,
      lineWidth: 76
    };
    var boolOptions = {
      trueStr: "true",
      falseStr: "false"
    };
    var intOptions = {
      asBigInt: false
    };
    var nullOptions = {
      nullStr: "null"
    };
    var strOptions = {
      defaultType: PlainValue.Type.PLAIN,
      doubleQuoted: {
        jsonEncoding: false,
        minMultiLineLength: 40
      },
      fold: {
        lineWidth: 80,
        minContentWidth: 20
      }
    };
    function resolveScalar(str3, tags, scalarFallback) {
      for (const {
        format,
        test,
        resolve: resolve7
      } of tags) {
        if (test) {
          const match = str3.match(test);
          if (match) {
            let res = resolve7.apply(null, match);
            if (!(res instanceof Scalar2)) res = new Scalar2(res);
            if (format) res.format = format;
            return res;
          }
        }
      }
      if (scalarFallback) str3 = scalarFallback(str3);
      return new Scalar2(str3);
    }
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    var consumeMoreIndentedLines = (text, i2) => {
      let ch = text[i2 + 1];
      while (ch === " " || ch === "	") {
        do {
          ch = text[i2 += 1];
        } while (ch && ch !== "\n");
        ch = text[i2 + 1];
      }
      return i2;
    };
    function foldFlowLines(text, indent, mode, {
      indentAtStart,
      lineWidth = 80,
      minContentWidth = 20,
      onFold,
      onOverflow
    }) {
      if (!lineWidth || lineWidth < 0) return text;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep) return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
        else end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2);
        if (i2 !== -1) end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK) i2 = consumeMoreIndentedLines(text, i2);
          end = i2 + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	") split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j]) return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow) onOverflow();
      if (folds.length === 0) return text;
      if (onFold) onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold === 0) res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    var getFoldOptions = ({
      indentAtStart
    }) => indentAtStart ? Object.assign({
      indentAtStart
    }, strOptions.fold) : strOptions.fold;
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0) return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit) return false;
      for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
        if (str3[i2] === "\n") {
          if (i2 - start2 > limit) return true;
          start2 = i2 + 1;
          if (strLen - start2 <= limit) return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const {
        implicitKey
      } = ctx;
      const {
        jsonEncoding,
        minMultiLineLength
      } = strOptions.doubleQuoted;
      const json = JSON.stringify(value);
      if (jsonEncoding) return json;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start2 = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str3 += json.slice(start2, i2) + "\\ ";
          i2 += 1;
          start2 = i2;
          ch = "\\";
        }
        if (ch === "\\") switch (json[i2 + 1]) {
          case "u":
            {
              str3 += json.slice(start2, i2);
              const code = json.substr(i2 + 2, 4);
              switch (code) {
                case "0000":
                  str3 += "\\0";
                  break;
                case "0007":
                  str3 += "\\a";
                  break;
                case "000b":
                  str3 += "\\v";
                  break;
                case "001b":
                  str3 += "\\e";
                  break;
                case "0085":
                  str3 += "\\N";
                  break;
                case "00a0":
                  str3 += "\\_";
                  break;
                case "2028":
                  str3 += "\\L";
                  break;
                case "2029":
                  str3 += "\\P";
                  break;
                default:
                  if (code.substr(0, 2) === "00") str3 += "\\x" + code.substr(2);
                  else str3 += json.substr(i2, 6);
              }
              i2 += 5;
              start2 = i2 + 1;
            }
            break;
          case "n":
            if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
              i2 += 1;
            } else {
              str3 += json.slice(start2, i2) + "\n\n";
              while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                str3 += "\n";
                i2 += 2;
              }
              str3 += indent;
              if (json[i2 + 2] === " ") str3 += "\\";
              i2 += 1;
              start2 = i2 + 1;
            }
            break;
          default:
            i2 += 1;
        }
      }
      str3 = start2 ? str3 + json.slice(start2) : json;
      return implicitKey ? str3 : foldFlowLines(str3, indent, FOLD_QUOTED, getFoldOptions(ctx));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.implicitKey) {
        if (/\n/.test(value)) return doubleQuotedString(value, ctx);
      } else {
        if (/[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
      }
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx));
    }
    function blockString({
      comment,
      type,
      value
    }, ctx, onComment, onChompKeep) {
      if (/\n[\t ]+$/.test(value) || /^\s*$/.test(value)) {
        return doubleQuotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const indentSize = indent ? "2" : "1";
      const literal2 = type === PlainValue.Type.BLOCK_FOLDED ? false : type === PlainValue.Type.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, strOptions.fold.lineWidth, indent.length);
      let header = literal2 ? "|" : ">";
      if (!value) return header + "\n";
      let wsStart = "";
      let wsEnd = "";
      value = value.replace(/[\n\t ]*$/, (ws) => {
        const n = ws.indexOf("\n");
        if (n === -1) {
          header += "-";
        } else if (value === ws || n !== ws.length - 1) {
          header += "+";
          if (onChompKeep) onChompKeep();
        }
        wsEnd = ws.replace(/\n$/, "");
        return "";
      }).replace(/^[\n ]*/, (ws) => {
        if (ws.indexOf(" ") !== -1) header += indentSize;
        const m = ws.match(/ +$/);
        if (m) {
          wsStart = ws.slice(0, -m[0].length);
          return m[0];
        } else {
          wsStart = ws;
          return "";
        }
      });
      if (wsEnd) wsEnd = wsEnd.replace(/\n+(?!\n|$)/g, `$&${indent}`);
      if (wsStart) wsStart = wsStart.replace(/\n+/g, `$&${indent}`);
      if (comment) {
        header += " #" + comment.replace(/ ?[\r\n]+/g, " ");
        if (onComment) onComment();
      }
      if (!value) return `${header}${indentSize}
${indent}${wsEnd}`;
      if (literal2) {
        value = value.replace(/\n+/g, `$&${indent}`);
        return `${header}
${indent}${wsStart}${value}${wsEnd}`;
      }
      value = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
      const body2 = foldFlowLines(`${wsStart}${value}${wsEnd}`, indent, FOLD_BLOCK, strOptions.fold);
      return `${header}
${indent}${body2}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const {
        comment,
        type,
        value
      } = item;
      const {
        actualString,
        implicitKey,
        indent,
        inFlow
      } = ctx;
      if (implicitKey && /[\n[\]{},]/.test(value) || inFlow && /[[\]{},]/.test(value)) {
        return doubleQuotedString(value, ctx);
      }
      if (!value || /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || value.indexOf("\n") === -1 ? value.indexOf('"') !== -1 && value.indexOf("'") === -1 ? singleQuotedString(value, ctx) : doubleQuotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== PlainValue.Type.PLAIN && value.indexOf("\n") !== -1) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (indent === "" && containsDocumentMarker(value)) {
        ctx.forceBlockIndent = true;
        return blockString(item, ctx, onComment, onChompKeep);
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const {
          tags
        } = ctx.doc.schema;
        const resolved = resolveScalar(str3, tags, tags.scalarFallback).value;
        if (typeof resolved !== "string") return doubleQuotedString(value, ctx);
      }
      const body2 = implicitKey ? str3 : foldFlowLines(str3, indent, FOLD_FLOW, getFoldOptions(ctx));
      if (comment && !inFlow && (body2.indexOf("\n") !== -1 || comment.indexOf("\n") !== -1)) {
        if (onComment) onComment();
        return addCommentBefore(body2, indent, comment);
      }
      return body2;
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const {
        defaultType
      } = strOptions;
      const {
        implicitKey,
        inFlow
      } = ctx;
      let {
        type,
        value
      } = item;
      if (typeof value !== "string") {
        value = String(value);
        item = Object.assign({}, item, {
          value
        });
      }
      const _stringify = (_type) => {
        switch (_type) {
          case PlainValue.Type.BLOCK_FOLDED:
          case PlainValue.Type.BLOCK_LITERAL:
            return blockString(item, ctx, onComment, onChompKeep);
          case PlainValue.Type.QUOTE_DOUBLE:
            return doubleQuotedString(value, ctx);
          case PlainValue.Type.QUOTE_SINGLE:
            return singleQuotedString(value, ctx);
          case PlainValue.Type.PLAIN:
            return plainString(item, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      if (type !== PlainValue.Type.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(value)) {
        type = PlainValue.Type.QUOTE_DOUBLE;
      } else if ((implicitKey || inFlow) && (type === PlainValue.Type.BLOCK_FOLDED || type === PlainValue.Type.BLOCK_LITERAL)) {
        type = PlainValue.Type.QUOTE_DOUBLE;
      }
      let res = _stringify(type);
      if (res === null) {
        res = _stringify(defaultType);
        if (res === null) throw new Error(`Unsupported default string type ${defaultType}`);
      }
      return res;
    }
    function stringifyNumber({
      format,
      minFractionDigits,
      tag,
      value
    }) {
      if (typeof value === "bigint") return String(value);
      if (!isFinite(value)) return isNaN(value) ? ".nan" : value < 0 ? "-.inf" : ".inf";
      let n = JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^\d/.test(n)) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0) n += "0";
      }
      return n;
    }
    function checkFlowCollectionEnd(errors, cst) {
      let char, name2;
      switch (cst.type) {
        case PlainValue.Type.FLOW_MAP:
          char = "}";
          name2 = "flow map";
          break;
        case PlainValue.Type.FLOW_SEQ:
          char = "]";
          name2 = "flow sequence";
          break;
        default:
          errors.push(new PlainValue.YAMLSemanticError(cst, "Not a flow collection!?"));
          return;
      }
      let lastItem;
      for (let i2 = cst.items.length - 1; i2 >= 0; --i2) {
        const item = cst.items[i2];
        if (!item || item.type !== PlainValue.Type.COMMENT) {
          lastItem = item;
          break;
        }
      }
      if (lastItem && lastItem.char !== char) {
        const msg = `Expected ${name2} to end with ${char}`;
        let err2;
        if (typeof lastItem.offset === "number") {
          err2 = new PlainValue.YAMLSemanticError(cst, msg);
          err2.offset = lastItem.offset + 1;
        } else {
          err2 = new PlainValue.YAMLSemanticError(lastItem, msg);
          if (lastItem.range && lastItem.range.end) err2.offset = lastItem.range.end - lastItem.range.start;
        }
        errors.push(err2);
      }
    }
    function checkFlowCommentSpace(errors, comment) {
      const prev = comment.context.src[comment.range.start - 1];
      if (prev !== "\n" && prev !== "	" && prev !== " ") {
        const msg = "Comments must be separated from other tokens by white space characters";
        errors.push(new PlainValue.YAMLSemanticError(comment, msg));
      }
    }
    function getLongKeyError(source, key) {
      const sk = String(key);
      const k = sk.substr(0, 8) + "..." + sk.substr(-8);
      return new PlainValue.YAMLSemanticError(source, `The "${k}" key is too long`);
    }
    function resolveComments(collection, comments) {
      for (const {
        afterKey,
        before,
        comment
      } of comments) {
        let item = collection.items[before];
        if (!item) {
          if (comment !== void 0) {
            if (collection.comment) collection.comment += "\n" + comment;
            else collection.comment = comment;
          }
        } else {
          if (afterKey && item.value) item = item.value;
          if (comment === void 0) {
            if (afterKey || !item.commentBefore) item.spaceBefore = true;
          } else {
            if (item.commentBefore) item.commentBefore += "\n" + comment;
            else item.commentBefore = comment;
          }
        }
      }
    }
    function resolveString(doc, node) {
      const res = node.strValue;
      if (!res) return "";
      if (typeof res === "string") return res;
      res.errors.forEach((error) => {
        if (!error.source) error.source = node;
        doc.errors.push(error);
      });
      return res.str;
    }
    function resolveTagHandle(doc, node) {
      const {
        handle: handle2,
        suffix
      } = node.tag;
      let prefix = doc.tagPrefixes.find((p) => p.handle === handle2);
      if (!prefix) {
        const dtp = doc.getDefaults().tagPrefixes;
        if (dtp) prefix = dtp.find((p) => p.handle === handle2);
        if (!prefix) throw new PlainValue.YAMLSemanticError(node, `The ${handle2} tag handle is non-default and was not declared.`);
      }
      if (!suffix) throw new PlainValue.YAMLSemanticError(node, `The ${handle2} tag has no suffix.`);
      if (handle2 === "!" && (doc.version || doc.options.version) === "1.0") {
        if (suffix[0] === "^") {
          doc.warnings.push(new PlainValue.YAMLWarning(node, "YAML 1.0 ^ tag expansion is not supported"));
          return suffix;
        }
        if (/[:/]/.test(suffix)) {
          const vocab = suffix.match(/^([a-z0-9-]+)\/(.*)/i);
          return vocab ? `tag:${vocab[1]}.yaml.org,2002:${vocab[2]}` : `tag:${suffix}`;
        }
      }
      return prefix.prefix + decodeURIComponent(suffix);
    }
    function resolveTagName(doc, node) {
      const {
        tag,
        type
      } = node;
      let nonSpecific = false;
      if (tag) {
        const {
          handle: handle2,
          suffix,
          verbatim
        } = tag;
        if (verbatim) {
          if (verbatim !== "!" && verbatim !== "!!") return verbatim;
          const msg = `Verbatim tags aren't resolved, so ${verbatim} is invalid.`;
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        } else if (handle2 === "!" && !suffix) {
          nonSpecific = true;
        } else {
          try {
            return resolveTagHandle(doc, node);
          } catch (error) {
            doc.errors.push(error);
          }
        }
      }
      switch (type) {
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
        case PlainValue.Type.QUOTE_DOUBLE:
        case PlainValue.Type.QUOTE_SINGLE:
          return PlainValue.defaultTags.STR;
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        case PlainValue.Type.PLAIN:
          return nonSpecific ? PlainValue.defaultTags.STR : null;
        default:
          return null;
      }
    }
    function resolveByTagName(doc, node, tagName) {
      const {
        tags
      } = doc.schema;
      const matchWithTest = [];
      for (const tag of tags) {
        if (tag.tag === tagName) {
          if (tag.test) matchWithTest.push(tag);
          else {
            const res = tag.resolve(doc, node);
            return res instanceof Collection ? res : new Scalar2(res);
          }
        }
      }
      const str3 = resolveString(doc, node);
      if (typeof str3 === "string" && matchWithTest.length > 0) return resolveScalar(str3, matchWithTest, tags.scalarFallback);
      return null;
    }
    function getFallbackTagName({
      type
    }) {
      switch (type) {
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        default:
          return PlainValue.defaultTags.STR;
      }
    }
    function resolveTag(doc, node, tagName) {
      try {
        const res = resolveByTagName(doc, node, tagName);
        if (res) {
          if (tagName && node.tag) res.tag = tagName;
          return res;
        }
      } catch (error) {
        if (error instanceof PlainValue.YAMLError) {
          if (!error.source) error.source = node;
          doc.errors.push(error);
        } else {
          const msg = error instanceof Error ? error.message : String(error);
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        }
        return null;
      }
      try {
        const fallback = getFallbackTagName(node);
        if (!fallback) throw new Error(`The tag ${tagName} is unavailable`);
        const msg = `The tag ${tagName} is unavailable, falling back to ${fallback}`;
        doc.warnings.push(new PlainValue.YAMLWarning(node, msg));
        const res = resolveByTagName(doc, node, fallback);
        res.tag = tagName;
        return res;
      } catch (error) {
        const refError = new PlainValue.YAMLReferenceError(node, error.message);
        refError.stack = error.stack;
        doc.errors.push(refError);
        return null;
      }
    }
    var isCollectionItem = (node) => {
      if (!node) return false;
      const {
        type
      } = node;
      return type === PlainValue.Type.MAP_KEY || type === PlainValue.Type.MAP_VALUE || type === PlainValue.Type.SEQ_ITEM;
    };
    function resolveNodeProps(errors, node) {
      const comments = {
        before: [],
        after: []
      };
      let hasAnchor = false;
      let hasTag = false;
      const props = isCollectionItem(node.context.parent) ? node.context.parent.props.concat(node.props) : node.props;
      for (const {
        start: start2,
        end
      } of props) {
        switch (node.context.src[start2]) {
          case PlainValue.Char.COMMENT: {
            if (!node.commentHasRequiredWhitespace(start2)) {
              const msg = "Comments must be separated from other tokens by white space characters";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            const {
              header,
              valueRange
            } = node;
            const cc = valueRange && (start2 > valueRange.start || header && start2 > header.start) ? comments.after : comments.before;
            cc.push(node.context.src.slice(start2 + 1, end));
            break;
          }
          // Actual anchor & tag resolution is handled by schema, here we just complain
          case PlainValue.Char.ANCHOR:
            if (hasAnchor) {
              const msg = "A node can have at most one anchor";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasAnchor = true;
            break;
          case PlainValue.Char.TAG:
            if (hasTag) {
              const msg = "A node can have at most one tag";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasTag = true;
            break;
        }
      }
      return {
        comments,
        hasAnchor,
        hasTag
      };
    }
    function resolveNodeValue(doc, node) {
      const {
        anchors,
        errors,
        schema
      } = doc;
      if (node.type === PlainValue.Type.ALIAS) {
        const name2 = node.rawValue;
        const src = anchors.getNode(name2);
        if (!src) {
          const msg = `Aliased anchor not found: ${name2}`;
          errors.push(new PlainValue.YAMLReferenceError(node, msg));
          return null;
        }
        const res = new Alias(src);
        anchors._cstAliases.push(res);
        return res;
      }
      const tagName = resolveTagName(doc, node);
      if (tagName) return resolveTag(doc, node, tagName);
      if (node.type !== PlainValue.Type.PLAIN) {
        const msg = `Failed to resolve ${node.type} node here`;
        errors.push(new PlainValue.YAMLSyntaxError(node, msg));
        return null;
      }
      try {
        const str3 = resolveString(doc, node);
        return resolveScalar(str3, schema.tags, schema.tags.scalarFallback);
      } catch (error) {
        if (!error.source) error.source = node;
        errors.push(error);
        return null;
      }
    }
    function resolveNode(doc, node) {
      if (!node) return null;
      if (node.error) doc.errors.push(node.error);
      const {
        comments,
        hasAnchor,
        hasTag
      } = resolveNodeProps(doc.errors, node);
      if (hasAnchor) {
        const {
          anchors
        } = doc;
        const name2 = node.anchor;
        const prev = anchors.getNode(name2);
        if (prev) anchors.map[anchors.newName(name2)] = prev;
        anchors.map[name2] = node;
      }
      if (node.type === PlainValue.Type.ALIAS && (hasAnchor || hasTag)) {
        const msg = "An alias node must not specify any properties";
        doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
      }
      const res = resolveNodeValue(doc, node);
      if (res) {
        res.range = [node.range.start, node.range.end];
        if (doc.options.keepCstNodes) res.cstNode = node;
        if (doc.options.keepNodeTypes) res.type = node.type;
        const cb = comments.before.join("\n");
        if (cb) {
          res.commentBefore = res.commentBefore ? `${res.commentBefore}
${cb}` : cb;
        }
        const ca = comments.after.join("\n");
        if (ca) res.comment = res.comment ? `${res.comment}
${ca}` : ca;
      }
      return node.resolved = res;
    }
    function resolveMap(doc, cst) {
      if (cst.type !== PlainValue.Type.MAP && cst.type !== PlainValue.Type.FLOW_MAP) {
        const msg = `A ${cst.type} node cannot be resolved as a mapping`;
        doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
        return null;
      }
      const {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_MAP ? resolveFlowMapItems(doc, cst) : resolveBlockMapItems(doc, cst);
      const map = new YAMLMap2();
      map.items = items;
      resolveComments(map, comments);
      let hasCollectionKey = false;
      for (let i2 = 0; i2 < items.length; ++i2) {
        const {
          key: iKey
        } = items[i2];
        if (iKey instanceof Collection) hasCollectionKey = true;
        if (doc.schema.merge && iKey && iKey.value === MERGE_KEY) {
          items[i2] = new Merge(items[i2]);
          const sources = items[i2].value.items;
          let error = null;
          sources.some((node) => {
            if (node instanceof Alias) {
              const {
                type
              } = node.source;
              if (type === PlainValue.Type.MAP || type === PlainValue.Type.FLOW_MAP) return false;
              return error = "Merge nodes aliases can only point to maps";
            }
            return error = "Merge nodes can only have Alias nodes as values";
          });
          if (error) doc.errors.push(new PlainValue.YAMLSemanticError(cst, error));
        } else {
          for (let j = i2 + 1; j < items.length; ++j) {
            const {
              key: jKey
            } = items[j];
            if (iKey === jKey || iKey && jKey && Object.prototype.hasOwnProperty.call(iKey, "value") && iKey.value === jKey.value) {
              const msg = `Map keys must be unique; "${iKey}" is repeated`;
              doc.errors.push(new PlainValue.YAMLSemanticError(cst, msg));
              break;
            }
          }
        }
      }
      if (hasCollectionKey && !doc.options.mapAsMap) {
        const warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      cst.resolved = map;
      return map;
    }
    var valueHasPairComment = ({
      context: {
        lineStart,
        node,
        src
      },
      props
    }) => {
      if (props.length === 0) return false;
      const {
        start: start2
      } = props[0];
      if (node && start2 > node.valueRange.start) return false;
      if (src[start2] !== PlainValue.Char.COMMENT) return false;
      for (let i2 = lineStart; i2 < start2; ++i2) if (src[i2] === "\n") return false;
      return true;
    };
    function resolvePairComment(item, pair) {
      if (!valueHasPairComment(item)) return;
      const comment = item.getPropValue(0, PlainValue.Char.COMMENT, true);
      let found = false;
      const cb = pair.value.commentBefore;
      if (cb && cb.startsWith(comment)) {
        pair.value.commentBefore = cb.substr(comment.length + 1);
        found = true;
      } else {
        const cc = pair.value.comment;
        if (!item.node && cc && cc.startsWith(comment)) {
          pair.value.comment = cc.substr(comment.length + 1);
          found = true;
        }
      }
      if (found) pair.comment = comment;
    }
    function resolveBlockMapItems(doc, cst) {
      const comments = [];
      const items = [];
      let key = void 0;
      let keyStart = null;
      for (let i2 = 0; i2 < cst.items.length; ++i2) {
        const item = cst.items[i2];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              afterKey: !!key,
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              afterKey: !!key,
              before: items.length,
              comment: item.comment
            });
            break;
          case PlainValue.Type.MAP_KEY:
            if (key !== void 0) items.push(new Pair2(key));
            if (item.error) doc.errors.push(item.error);
            key = resolveNode(doc, item.node);
            keyStart = null;
            break;
          case PlainValue.Type.MAP_VALUE:
            {
              if (key === void 0) key = null;
              if (item.error) doc.errors.push(item.error);
              if (!item.context.atLineStart && item.node && item.node.type === PlainValue.Type.MAP && !item.node.context.atLineStart) {
                const msg = "Nested mappings are not allowed in compact mappings";
                doc.errors.push(new PlainValue.YAMLSemanticError(item.node, msg));
              }
              let valueNode = item.node;
              if (!valueNode && item.props.length > 0) {
                valueNode = new PlainValue.PlainValue(PlainValue.Type.PLAIN, []);
                valueNode.context = {
                  parent: item,
                  src: item.context.src
                };
                const pos = item.range.start + 1;
                valueNode.range = {
                  start: pos,
                  end: pos
                };
                valueNode.valueRange = {
                  start: pos,
                  end: pos
                };
                if (typeof item.range.origStart === "number") {
                  const origPos = item.range.origStart + 1;
                  valueNode.range.origStart = valueNode.range.origEnd = origPos;
                  valueNode.valueRange.origStart = valueNode.valueRange.origEnd = origPos;
                }
              }
              const pair = new Pair2(key, resolveNode(doc, valueNode));
              resolvePairComment(item, pair);
              items.push(pair);
              if (key && typeof keyStart === "number") {
                if (item.range.start > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
              }
              key = void 0;
              keyStart = null;
            }
            break;
          default:
            if (key !== void 0) items.push(new Pair2(key));
            key = resolveNode(doc, item);
            keyStart = item.range.start;
            if (item.error) doc.errors.push(item.error);
            next: for (let j = i2 + 1; ; ++j) {
              const nextItem = cst.items[j];
              switch (nextItem && nextItem.type) {
                case PlainValue.Type.BLANK_LINE:
                case PlainValue.Type.COMMENT:
                  continue next;
                case PlainValue.Type.MAP_VALUE:
                  break next;
                default: {
                  const msg = "Implicit map keys need to be followed by map values";
                  doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
                  break next;
                }
              }
            }
            if (item.valueRangeContainsNewline) {
              const msg = "Implicit map keys need to be on a single line";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
        }
      }
      if (key !== void 0) items.push(new Pair2(key));
      return {
        comments,
        items
      };
    }
    function resolveFlowMapItems(doc, cst) {
      const comments = [];
      const items = [];
      let key = void 0;
      let explicitKey = false;
      let next = "{";
      for (let i2 = 0; i2 < cst.items.length; ++i2) {
        const item = cst.items[i2];
        if (typeof item.char === "string") {
          const {
            char,
            offset
          } = item;
          if (char === "?" && key === void 0 && !explicitKey) {
            explicitKey = true;
            next = ":";
            continue;
          }
          if (char === ":") {
            if (key === void 0) key = null;
            if (next === ":") {
              next = ",";
              continue;
            }
          } else {
            if (explicitKey) {
              if (key === void 0 && char !== ",") key = null;
              explicitKey = false;
            }
            if (key !== void 0) {
              items.push(new Pair2(key));
              key = void 0;
              if (char === ",") {
                next = ":";
                continue;
              }
            }
          }
          if (char === "}") {
            if (i2 === cst.items.length - 1) continue;
          } else if (char === next) {
            next = ":";
            continue;
          }
          const msg = `Flow map contains an unexpected ${char}`;
          const err2 = new PlainValue.YAMLSyntaxError(cst, msg);
          err2.offset = offset;
          doc.errors.push(err2);
        } else if (item.type === PlainValue.Type.BLANK_LINE) {
          comments.push({
            afterKey: !!key,
            before: items.length
          });
        } else if (item.type === PlainValue.Type.COMMENT) {
          checkFlowCommentSpace(doc.errors, item);
          comments.push({
            afterKey: !!key,
            before: items.length,
            comment: item.comment
          });
        } else if (key === void 0) {
          if (next === ",") doc.errors.push(new PlainValue.YAMLSemanticError(item, "Separator , missing in flow map"));
          key = resolveNode(doc, item);
        } else {
          if (next !== ",") doc.errors.push(new PlainValue.YAMLSemanticError(item, "Indicator : missing in flow map entry"));
          items.push(new Pair2(key, resolveNode(doc, item)));
          key = void 0;
          explicitKey = false;
        }
      }
      checkFlowCollectionEnd(doc.errors, cst);
      if (key !== void 0) items.push(new Pair2(key));
      return {
        comments,
        items
      };
    }
    function resolveSeq(doc, cst) {
      if (cst.type !== PlainValue.Type.SEQ && cst.type !== PlainValue.Type.FLOW_SEQ) {
        const msg = `A ${cst.type} node cannot be resolved as a sequence`;
        doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
        return null;
      }
      const {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_SEQ ? resolveFlowSeqItems(doc, cst) : resolveBlockSeqItems(doc, cst);
      const seq = new YAMLSeq2();
      seq.items = items;
      resolveComments(seq, comments);
      if (!doc.options.mapAsMap && items.some((it) => it instanceof Pair2 && it.key instanceof Collection)) {
        const warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      cst.resolved = seq;
      return seq;
    }
    function resolveBlockSeqItems(doc, cst) {
      const comments = [];
      const items = [];
      for (let i2 = 0; i2 < cst.items.length; ++i2) {
        const item = cst.items[i2];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              comment: item.comment,
              before: items.length
            });
            break;
          case PlainValue.Type.SEQ_ITEM:
            if (item.error) doc.errors.push(item.error);
            items.push(resolveNode(doc, item.node));
            if (item.hasProps) {
              const msg = "Sequence items cannot have tags or anchors before the - indicator";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
            break;
          default:
            if (item.error) doc.errors.push(item.error);
            doc.errors.push(new PlainValue.YAMLSyntaxError(item, `Unexpected ${item.type} node in sequence`));
        }
      }
      return {
        comments,
        items
      };
    }
    function resolveFlowSeqItems(doc, cst) {
      const comments = [];
      const items = [];
      let explicitKey = false;
      let key = void 0;
      let keyStart = null;
      let next = "[";
      let prevItem = null;
      for (let i2 = 0; i2 < cst.items.length; ++i2) {
        const item = cst.items[i2];
        if (typeof item.char === "string") {
          const {
            char,
            offset
          } = item;
          if (char !== ":" && (explicitKey || key !== void 0)) {
            if (explicitKey && key === void 0) key = next ? items.pop() : null;
            items.push(new Pair2(key));
            explicitKey = false;
            key = void 0;
            keyStart = null;
          }
          if (char === next) {
            next = null;
          } else if (!next && char === "?") {
            explicitKey = true;
          } else if (next !== "[" && char === ":" && key === void 0) {
            if (next === ",") {
              key = items.pop();
              if (key instanceof Pair2) {
                const msg = "Chaining flow sequence pairs is invalid";
                const err2 = new PlainValue.YAMLSemanticError(cst, msg);
                err2.offset = offset;
                doc.errors.push(err2);
              }
              if (!explicitKey && typeof keyStart === "number") {
                const keyEnd = item.range ? item.range.start : item.offset;
                if (keyEnd > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
                const {
                  src
                } = prevItem.context;
                for (let i3 = keyStart; i3 < keyEnd; ++i3) if (src[i3] === "\n") {
                  const msg = "Implicit keys of flow sequence pairs need to be on a single line";
                  doc.errors.push(new PlainValue.YAMLSemanticError(prevItem, msg));
                  break;
                }
              }
            } else {
              key = null;
            }
            keyStart = null;
            explicitKey = false;
            next = null;
          } else if (next === "[" || char !== "]" || i2 < cst.items.length - 1) {
            const msg = `Flow sequence contains an unexpected ${char}`;
            const err2 = new PlainValue.YAMLSyntaxError(cst, msg);
            err2.offset = offset;
            doc.errors.push(err2);
          }
        } else if (item.type === PlainValue.Type.BLANK_LINE) {
          comments.push({
            before: items.length
          });
        } else if (item.type === PlainValue.Type.COMMENT) {
          checkFlowCommentSpace(doc.errors, item);
          comments.push({
            comment: item.comment,
            before: items.length
          });
        } else {
          if (next) {
            const msg = `Expected a ${next} in flow sequence`;
            doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
          }
          const value = resolveNode(doc, item);
          if (key === void 0) {
            items.push(value);
            prevItem = item;
          } else {
            items.push(new Pair2(key, value));
            key = void 0;
          }
          keyStart = item.range.start;
          next = ",";
        }
      }
      checkFlowCollectionEnd(doc.errors, cst);
      if (key !== void 0) items.push(new Pair2(key));
      return {
        comments,
        items
      };
    }
    exports.Alias = Alias;
    exports.Collection = Collection;
    exports.Merge = Merge;
    exports.Node = Node2;
    exports.Pair = Pair2;
    exports.Scalar = Scalar2;
    exports.YAMLMap = YAMLMap2;
    exports.YAMLSeq = YAMLSeq2;
    exports.addComment = addComment;
    exports.binaryOptions = binaryOptions;
    exports.boolOptions = boolOptions;
    exports.findPair = findPair;
    exports.intOptions = intOptions;
    exports.isEmptyPath = isEmptyPath;
    exports.nullOptions = nullOptions;
    exports.resolveMap = resolveMap;
    exports.resolveNode = resolveNode;
    exports.resolveSeq = resolveSeq;
    exports.resolveString = resolveString;
    exports.strOptions = strOptions;
    exports.stringifyNumber = stringifyNumber;
    exports.stringifyString = stringifyString;
    exports.toJSON = toJSON;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js
var require_warnings_793925ce = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve: (doc, node) => {
        const src = resolveSeq.resolveString(doc, node);
        if (typeof Buffer === "function") {
          return Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i2 = 0; i2 < str3.length; ++i2) buffer[i2] = str3.charCodeAt(i2);
          return buffer;
        } else {
          const msg = "This environment does not support reading binary tags; either Buffer or atob is required";
          doc.errors.push(new PlainValue.YAMLReferenceError(node, msg));
          return null;
        }
      },
      options: resolveSeq.binaryOptions,
      stringify: ({
        comment,
        type,
        value
      }, ctx, onComment, onChompKeep) => {
        let src;
        if (typeof Buffer === "function") {
          src = value instanceof Buffer ? value.toString("base64") : Buffer.from(value.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < value.length; ++i2) s += String.fromCharCode(value[i2]);
          src = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        if (!type) type = resolveSeq.binaryOptions.defaultType;
        if (type === PlainValue.Type.QUOTE_DOUBLE) {
          value = src;
        } else {
          const {
            lineWidth
          } = resolveSeq.binaryOptions;
          const n = Math.ceil(src.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = src.substr(o, lineWidth);
          }
          value = lines.join(type === PlainValue.Type.BLOCK_LITERAL ? "\n" : " ");
        }
        return resolveSeq.stringifyString({
          comment,
          type,
          value
        }, ctx, onComment, onChompKeep);
      }
    };
    function parsePairs(doc, cst) {
      const seq = resolveSeq.resolveSeq(doc, cst);
      for (let i2 = 0; i2 < seq.items.length; ++i2) {
        let item = seq.items[i2];
        if (item instanceof resolveSeq.Pair) continue;
        else if (item instanceof resolveSeq.YAMLMap) {
          if (item.items.length > 1) {
            const msg = "Each pair must have its own sequence indicator";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          }
          const pair = item.items[0] || new resolveSeq.Pair();
          if (item.commentBefore) pair.commentBefore = pair.commentBefore ? `${item.commentBefore}
${pair.commentBefore}` : item.commentBefore;
          if (item.comment) pair.comment = pair.comment ? `${item.comment}
${pair.comment}` : item.comment;
          item = pair;
        }
        seq.items[i2] = item instanceof resolveSeq.Pair ? item : new resolveSeq.Pair(item);
      }
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const pairs2 = new resolveSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      for (const it of iterable) {
        let key, value;
        if (Array.isArray(it)) {
          if (it.length === 2) {
            key = it[0];
            value = it[1];
          } else throw new TypeError(`Expected [key, value] tuple: ${it}`);
        } else if (it && it instanceof Object) {
          const keys = Object.keys(it);
          if (keys.length === 1) {
            key = keys[0];
            value = it[key];
          } else throw new TypeError(`Expected { key: value } tuple: ${it}`);
        } else {
          key = it;
        }
        const pair = schema.createPair(key, value, ctx);
        pairs2.items.push(pair);
      }
      return pairs2;
    }
    var pairs = {
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: parsePairs,
      createNode: createPairs
    };
    var YAMLOMap = class _YAMLOMap extends resolveSeq.YAMLSeq {
      constructor() {
        super();
        PlainValue._defineProperty(this, "add", resolveSeq.YAMLMap.prototype.add.bind(this));
        PlainValue._defineProperty(this, "delete", resolveSeq.YAMLMap.prototype.delete.bind(this));
        PlainValue._defineProperty(this, "get", resolveSeq.YAMLMap.prototype.get.bind(this));
        PlainValue._defineProperty(this, "has", resolveSeq.YAMLMap.prototype.has.bind(this));
        PlainValue._defineProperty(this, "set", resolveSeq.YAMLMap.prototype.set.bind(this));
        this.tag = _YAMLOMap.tag;
      }
      toJSON(_, ctx) {
        const map = /* @__PURE__ */ new Map();
        if (ctx && ctx.onCreate) ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (pair instanceof resolveSeq.Pair) {
            key = resolveSeq.toJSON(pair.key, "", ctx);
            value = resolveSeq.toJSON(pair.value, key, ctx);
          } else {
            key = resolveSeq.toJSON(pair, "", ctx);
          }
          if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
    };
    PlainValue._defineProperty(YAMLOMap, "tag", "tag:yaml.org,2002:omap");
    function parseOMap(doc, cst) {
      const pairs2 = parsePairs(doc, cst);
      const seenKeys = [];
      for (const {
        key
      } of pairs2.items) {
        if (key instanceof resolveSeq.Scalar) {
          if (seenKeys.includes(key.value)) {
            const msg = "Ordered maps must not include duplicate keys";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          } else {
            seenKeys.push(key.value);
          }
        }
      }
      return Object.assign(new YAMLOMap(), pairs2);
    }
    function createOMap(schema, iterable, ctx) {
      const pairs2 = createPairs(schema, iterable, ctx);
      const omap2 = new YAMLOMap();
      omap2.items = pairs2.items;
      return omap2;
    }
    var omap = {
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve: parseOMap,
      createNode: createOMap
    };
    var YAMLSet = class _YAMLSet extends resolveSeq.YAMLMap {
      constructor() {
        super();
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        const pair = key instanceof resolveSeq.Pair ? key : new resolveSeq.Pair(key);
        const prev = resolveSeq.findPair(this.items, pair.key);
        if (!prev) this.items.push(pair);
      }
      get(key, keepPair) {
        const pair = resolveSeq.findPair(this.items, key);
        return !keepPair && pair instanceof resolveSeq.Pair ? pair.key instanceof resolveSeq.Scalar ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = resolveSeq.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new resolveSeq.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        if (this.hasAllNullValues()) return super.toString(ctx, onComment, onChompKeep);
        else throw new Error("Set items must all have null values");
      }
    };
    PlainValue._defineProperty(YAMLSet, "tag", "tag:yaml.org,2002:set");
    function parseSet(doc, cst) {
      const map = resolveSeq.resolveMap(doc, cst);
      if (!map.hasAllNullValues()) throw new PlainValue.YAMLSemanticError(cst, "Set items must all have null values");
      return Object.assign(new YAMLSet(), map);
    }
    function createSet(schema, iterable, ctx) {
      const set2 = new YAMLSet();
      for (const value of iterable) set2.items.push(schema.createPair(value, null, ctx));
      return set2;
    }
    var set = {
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      resolve: parseSet,
      createNode: createSet
    };
    var parseSexagesimal = (sign, parts2) => {
      const n = parts2.split(":").reduce((n2, p) => n2 * 60 + Number(p), 0);
      return sign === "-" ? -n : n;
    };
    var stringifySexagesimal = ({
      value
    }) => {
      if (isNaN(value) || !isFinite(value)) return resolveSeq.stringifyNumber(value);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value = Math.abs(value);
      }
      const parts2 = [value % 60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = Math.round((value - parts2[0]) / 60);
        parts2.unshift(value % 60);
        if (value >= 60) {
          value = Math.round((value - parts2[0]) / 60);
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => n < 10 ? "0" + String(n) : String(n)).join(":").replace(/000000\d*$/, "");
    };
    var intTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+)$/,
      resolve: (str3, sign, parts2) => parseSexagesimal(sign, parts2.replace(/_/g, "")),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/,
      resolve: (str3, sign, parts2) => parseSexagesimal(sign, parts2.replace(/_/g, "")),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^(?:([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?)$"),
      resolve: (str3, year, month, day, hour, minute, second, millisec, tz) => {
        if (millisec) millisec = (millisec + "00").substr(1, 3);
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec || 0);
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz[0], tz.slice(1));
          if (Math.abs(d) < 30) d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({
        value
      }) => value.toISOString().replace(/((T00:00)?:00)?\.000Z$/, "")
    };
    function shouldWarn(deprecation) {
      const env = typeof process !== "undefined" && process.env || {};
      if (deprecation) {
        if (typeof YAML_SILENCE_DEPRECATION_WARNINGS !== "undefined") return !YAML_SILENCE_DEPRECATION_WARNINGS;
        return !env.YAML_SILENCE_DEPRECATION_WARNINGS;
      }
      if (typeof YAML_SILENCE_WARNINGS !== "undefined") return !YAML_SILENCE_WARNINGS;
      return !env.YAML_SILENCE_WARNINGS;
    }
    function warn(warning, type) {
      if (shouldWarn(false)) {
        const emit = typeof process !== "undefined" && process.emitWarning;
        if (emit) emit(warning, type);
        else {
          console.warn(type ? `${type}: ${warning}` : warning);
        }
      }
    }
    function warnFileDeprecation(filename) {
      if (shouldWarn(true)) {
        const path = filename.replace(/.*yaml[/\\]/i, "").replace(/\.js$/, "").replace(/\\/g, "/");
        warn(`The endpoint 'yaml/${path}' will be removed in a future release.`, "DeprecationWarning");
      }
    }
    var warned = {};
    function warnOptionDeprecation(name2, alternative) {
      if (!warned[name2] && shouldWarn(true)) {
        warned[name2] = true;
        let msg = `The option '${name2}' will be removed in a future release`;
        msg += alternative ? `, use '${alternative}' instead.` : ".";
        warn(msg, "DeprecationWarning");
      }
    }
    exports.binary = binary2;
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.omap = omap;
    exports.pairs = pairs;
    exports.set = set;
    exports.timestamp = timestamp;
    exports.warn = warn;
    exports.warnFileDeprecation = warnFileDeprecation;
    exports.warnOptionDeprecation = warnOptionDeprecation;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js
var require_Schema_bcc6c2d7 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var warnings = require_warnings_793925ce();
    function createMap(schema, obj, ctx) {
      const map2 = new resolveSeq.YAMLMap(schema);
      if (obj instanceof Map) {
        for (const [key, value] of obj) map2.items.push(schema.createPair(key, value, ctx));
      } else if (obj && typeof obj === "object") {
        for (const key of Object.keys(obj)) map2.items.push(schema.createPair(key, obj[key], ctx));
      }
      if (typeof schema.sortMapEntries === "function") {
        map2.items.sort(schema.sortMapEntries);
      }
      return map2;
    }
    var map = {
      createNode: createMap,
      default: true,
      nodeClass: resolveSeq.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve: resolveSeq.resolveMap
    };
    function createSeq(schema, obj, ctx) {
      const seq2 = new resolveSeq.YAMLSeq(schema);
      if (obj && obj[Symbol.iterator]) {
        for (const it of obj) {
          const v = schema.createNode(it, ctx.wrapScalars, null, ctx);
          seq2.items.push(v);
        }
      }
      return seq2;
    }
    var seq = {
      createNode: createSeq,
      default: true,
      nodeClass: resolveSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve: resolveSeq.resolveSeq
    };
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({
          actualString: true
        }, ctx);
        return resolveSeq.stringifyString(item, ctx, onComment, onChompKeep);
      },
      options: resolveSeq.strOptions
    };
    var failsafe = [map, seq, string];
    var intIdentify$2 = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve$1 = (src, part, radix) => resolveSeq.intOptions.asBigInt ? BigInt(src) : parseInt(part, radix);
    function intStringify$1(node, radix, prefix) {
      const {
        value
      } = node;
      if (intIdentify$2(value) && value >= 0) return prefix + value.toString(radix);
      return resolveSeq.stringifyNumber(node);
    }
    var nullObj = {
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    };
    var boolObj = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => str3[0] === "t" || str3[0] === "T",
      options: resolveSeq.boolOptions,
      stringify: ({
        value
      }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr
    };
    var octObj = {
      identify: (value) => intIdentify$2(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o([0-7]+)$/,
      resolve: (str3, oct) => intResolve$1(str3, oct, 8),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 8, "0o")
    };
    var intObj = {
      identify: intIdentify$2,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3) => intResolve$1(str3, str3, 10),
      options: resolveSeq.intOptions,
      stringify: resolveSeq.stringifyNumber
    };
    var hexObj = {
      identify: (value) => intIdentify$2(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x([0-9a-fA-F]+)$/,
      resolve: (str3, hex) => intResolve$1(str3, hex, 16),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 16, "0x")
    };
    var nanObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str3, nan) => nan ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    };
    var expObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify: ({
        value
      }) => Number(value).toExponential()
    };
    var floatObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/,
      resolve(str3, frac1, frac2) {
        const frac = frac1 || frac2;
        const node = new resolveSeq.Scalar(parseFloat(str3));
        if (frac && frac[frac.length - 1] === "0") node.minFractionDigits = frac.length;
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    };
    var core = failsafe.concat([nullObj, boolObj, octObj, intObj, hexObj, nanObj, expObj, floatObj]);
    var intIdentify$1 = (value) => typeof value === "bigint" || Number.isInteger(value);
    var stringifyJSON = ({
      value
    }) => JSON.stringify(value);
    var json = [map, seq, {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify: stringifyJSON
    }, {
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^null$/,
      resolve: () => null,
      stringify: stringifyJSON
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^true|false$/,
      resolve: (str3) => str3 === "true",
      stringify: stringifyJSON
    }, {
      identify: intIdentify$1,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^-?(?:0|[1-9][0-9]*)$/,
      resolve: (str3) => resolveSeq.intOptions.asBigInt ? BigInt(str3) : parseInt(str3, 10),
      stringify: ({
        value
      }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
      resolve: (str3) => parseFloat(str3),
      stringify: stringifyJSON
    }];
    json.scalarFallback = (str3) => {
      throw new SyntaxError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
    };
    var boolStringify = ({
      value
    }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr;
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(sign, src, radix) {
      let str3 = src.replace(/_/g, "");
      if (resolveSeq.intOptions.asBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const {
        value
      } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return resolveSeq.stringifyNumber(node);
    }
    var yaml11 = failsafe.concat([{
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => true,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/i,
      resolve: () => false,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^([-+]?)0b([0-1_]+)$/,
      resolve: (str3, sign, bin) => intResolve(sign, bin, 2),
      stringify: (node) => intStringify(node, 2, "0b")
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^([-+]?)0([0-7_]+)$/,
      resolve: (str3, sign, oct) => intResolve(sign, oct, 8),
      stringify: (node) => intStringify(node, 8, "0")
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^([-+]?)([0-9][0-9_]*)$/,
      resolve: (str3, sign, abs) => intResolve(sign, abs, 10),
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^([-+]?)0x([0-9a-fA-F_]+)$/,
      resolve: (str3, sign, hex) => intResolve(sign, hex, 16),
      stringify: (node) => intStringify(node, 16, "0x")
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str3, nan) => nan ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify: ({
        value
      }) => Number(value).toExponential()
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.([0-9_]*)$/,
      resolve(str3, frac) {
        const node = new resolveSeq.Scalar(parseFloat(str3.replace(/_/g, "")));
        if (frac) {
          const f = frac.replace(/_/g, "");
          if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    }], warnings.binary, warnings.omap, warnings.pairs, warnings.set, warnings.intTime, warnings.floatTime, warnings.timestamp);
    var schemas = {
      core,
      failsafe,
      json,
      yaml11
    };
    var tags = {
      binary: warnings.binary,
      bool: boolObj,
      float: floatObj,
      floatExp: expObj,
      floatNaN: nanObj,
      floatTime: warnings.floatTime,
      int: intObj,
      intHex: hexObj,
      intOct: octObj,
      intTime: warnings.intTime,
      map,
      null: nullObj,
      omap: warnings.omap,
      pairs: warnings.pairs,
      seq,
      set: warnings.set,
      timestamp: warnings.timestamp
    };
    function findTagObject(value, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) || match[0];
        if (!tagObj) throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t) => (t.identify && t.identify(value) || t.class && value instanceof t.class) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (value instanceof resolveSeq.Node) return value;
      const {
        defaultPrefix,
        onTagObj,
        prevObjects,
        schema,
        wrapScalars
      } = ctx;
      if (tagName && tagName.startsWith("!!")) tagName = defaultPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (typeof value.toJSON === "function") value = value.toJSON();
        if (!value || typeof value !== "object") return wrapScalars ? new resolveSeq.Scalar(value) : value;
        tagObj = value instanceof Map ? map : value[Symbol.iterator] ? seq : map;
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const obj = {
        value: void 0,
        node: void 0
      };
      if (value && typeof value === "object" && prevObjects) {
        const prev = prevObjects.get(value);
        if (prev) {
          const alias = new resolveSeq.Alias(prev);
          ctx.aliasNodes.push(alias);
          return alias;
        }
        obj.value = value;
        prevObjects.set(value, obj);
      }
      obj.node = tagObj.createNode ? tagObj.createNode(ctx.schema, value, ctx) : wrapScalars ? new resolveSeq.Scalar(value) : value;
      if (tagName && obj.node instanceof resolveSeq.Node) obj.node.tag = tagName;
      return obj.node;
    }
    function getSchemaTags(schemas2, knownTags, customTags, schemaId) {
      let tags2 = schemas2[schemaId.replace(/\W/g, "")];
      if (!tags2) {
        const keys = Object.keys(schemas2).map((key) => JSON.stringify(key)).join(", ");
        throw new Error(`Unknown schema "${schemaId}"; use one of ${keys}`);
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags) tags2 = tags2.concat(tag);
      } else if (typeof customTags === "function") {
        tags2 = customTags(tags2.slice());
      }
      for (let i2 = 0; i2 < tags2.length; ++i2) {
        const tag = tags2[i2];
        if (typeof tag === "string") {
          const tagObj = knownTags[tag];
          if (!tagObj) {
            const keys = Object.keys(knownTags).map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown custom tag "${tag}"; use one of ${keys}`);
          }
          tags2[i2] = tagObj;
        }
      }
      return tags2;
    }
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      // TODO: remove in v2
      constructor({
        customTags,
        merge,
        schema,
        sortMapEntries,
        tags: deprecatedCustomTags
      }) {
        this.merge = !!merge;
        this.name = schema;
        this.sortMapEntries = sortMapEntries === true ? sortMapEntriesByKey : sortMapEntries || null;
        if (!customTags && deprecatedCustomTags) warnings.warnOptionDeprecation("tags", "customTags");
        this.tags = getSchemaTags(schemas, tags, customTags || deprecatedCustomTags, schema);
      }
      createNode(value, wrapScalars, tagName, ctx) {
        const baseCtx = {
          defaultPrefix: _Schema.defaultPrefix,
          schema: this,
          wrapScalars
        };
        const createCtx = ctx ? Object.assign(ctx, baseCtx) : baseCtx;
        return createNode(value, tagName, createCtx);
      }
      createPair(key, value, ctx) {
        if (!ctx) ctx = {
          wrapScalars: true
        };
        const k = this.createNode(key, ctx.wrapScalars, null, ctx);
        const v = this.createNode(value, ctx.wrapScalars, null, ctx);
        return new resolveSeq.Pair(k, v);
      }
    };
    PlainValue._defineProperty(Schema, "defaultPrefix", PlainValue.defaultTagPrefix);
    PlainValue._defineProperty(Schema, "defaultTags", PlainValue.defaultTags);
    exports.Schema = Schema;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js
var require_Document_a8d0fbf9 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var Schema = require_Schema_bcc6c2d7();
    var defaultOptions = {
      anchorPrefix: "a",
      customTags: null,
      indent: 2,
      indentSeq: true,
      keepCstNodes: false,
      keepNodeTypes: true,
      keepBlobsInJSON: true,
      mapAsMap: false,
      maxAliasCount: 100,
      prettyErrors: false,
      // TODO Set true in v2
      simpleKeys: false,
      version: "1.2"
    };
    var scalarOptions = {
      get binary() {
        return resolveSeq.binaryOptions;
      },
      set binary(opt) {
        Object.assign(resolveSeq.binaryOptions, opt);
      },
      get bool() {
        return resolveSeq.boolOptions;
      },
      set bool(opt) {
        Object.assign(resolveSeq.boolOptions, opt);
      },
      get int() {
        return resolveSeq.intOptions;
      },
      set int(opt) {
        Object.assign(resolveSeq.intOptions, opt);
      },
      get null() {
        return resolveSeq.nullOptions;
      },
      set null(opt) {
        Object.assign(resolveSeq.nullOptions, opt);
      },
      get str() {
        return resolveSeq.strOptions;
      },
      set str(opt) {
        Object.assign(resolveSeq.strOptions, opt);
      }
    };
    var documentOptions = {
      "1.0": {
        schema: "yaml-1.1",
        merge: true,
        tagPrefixes: [{
          handle: "!",
          prefix: PlainValue.defaultTagPrefix
        }, {
          handle: "!!",
          prefix: "tag:private.yaml.org,2002:"
        }]
      },
      1.1: {
        schema: "yaml-1.1",
        merge: true,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      },
      1.2: {
        schema: "core",
        merge: false,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      }
    };
    function stringifyTag(doc, tag) {
      if ((doc.version || doc.options.version) === "1.0") {
        const priv = tag.match(/^tag:private\.yaml\.org,2002:([^:/]+)$/);
        if (priv) return "!" + priv[1];
        const vocab = tag.match(/^tag:([a-zA-Z0-9-]+)\.yaml\.org,2002:(.*)/);
        return vocab ? `!${vocab[1]}/${vocab[2]}` : `!${tag.replace(/^tag:/, "")}`;
      }
      let p = doc.tagPrefixes.find((p2) => tag.indexOf(p2.prefix) === 0);
      if (!p) {
        const dtp = doc.getDefaults().tagPrefixes;
        p = dtp && dtp.find((p2) => tag.indexOf(p2.prefix) === 0);
      }
      if (!p) return tag[0] === "!" ? tag : `!<${tag}>`;
      const suffix = tag.substr(p.prefix.length).replace(/[!,[\]{}]/g, (ch) => ({
        "!": "%21",
        ",": "%2C",
        "[": "%5B",
        "]": "%5D",
        "{": "%7B",
        "}": "%7D"
      })[ch]);
      return p.handle + suffix;
    }
    function getTagObject(tags, item) {
      if (item instanceof resolveSeq.Alias) return resolveSeq.Alias;
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0) return match.find((t) => t.format === item.format) || match[0];
      }
      let tagObj, obj;
      if (item instanceof resolveSeq.Scalar) {
        obj = item.value;
        const match = tags.filter((t) => t.identify && t.identify(obj) || t.class && obj instanceof t.class);
        tagObj = match.find((t) => t.format === item.format) || match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj && obj.constructor ? obj.constructor.name : typeof obj;
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, {
      anchors,
      doc
    }) {
      const props = [];
      const anchor = doc.anchors.getName(node);
      if (anchor) {
        anchors[anchor] = node;
        props.push(`&${anchor}`);
      }
      if (node.tag) {
        props.push(stringifyTag(doc, node.tag));
      } else if (!tagObj.default) {
        props.push(stringifyTag(doc, tagObj.tag));
      }
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      const {
        anchors,
        schema
      } = ctx.doc;
      let tagObj;
      if (!(item instanceof resolveSeq.Node)) {
        const createCtx = {
          aliasNodes: [],
          onTagObj: (o) => tagObj = o,
          prevObjects: /* @__PURE__ */ new Map()
        };
        item = schema.createNode(item, true, null, createCtx);
        for (const alias of createCtx.aliasNodes) {
          alias.source = alias.source.node;
          let name2 = anchors.getName(alias.source);
          if (!name2) {
            name2 = anchors.newName();
            anchors.map[name2] = alias.source;
          }
        }
      }
      if (item instanceof resolveSeq.Pair) return item.toString(ctx, onComment, onChompKeep);
      if (!tagObj) tagObj = getTagObject(schema.tags, item);
      const props = stringifyProps(item, tagObj, ctx);
      if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart || 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(item, ctx, onComment, onChompKeep) : item instanceof resolveSeq.Scalar ? resolveSeq.stringifyString(item, ctx, onComment, onChompKeep) : item.toString(ctx, onComment, onChompKeep);
      if (!props) return str3;
      return item instanceof resolveSeq.Scalar || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    var Anchors = class _Anchors {
      static validAnchorNode(node) {
        return node instanceof resolveSeq.Scalar || node instanceof resolveSeq.YAMLSeq || node instanceof resolveSeq.YAMLMap;
      }
      constructor(prefix) {
        PlainValue._defineProperty(this, "map", /* @__PURE__ */ Object.create(null));
        this.prefix = prefix;
      }
      createAlias(node, name2) {
        this.setAnchor(node, name2);
        return new resolveSeq.Alias(node);
      }
      createMergePair(...sources) {
        const merge = new resolveSeq.Merge();
        merge.value.items = sources.map((s) => {
          if (s instanceof resolveSeq.Alias) {
            if (s.source instanceof resolveSeq.YAMLMap) return s;
          } else if (s instanceof resolveSeq.YAMLMap) {
            return this.createAlias(s);
          }
          throw new Error("Merge sources must be Map nodes or their Aliases");
        });
        return merge;
      }
      getName(node) {
        const {
          map
        } = this;
        return Object.keys(map).find((a) => map[a] === node);
      }
      getNames() {
        return Object.keys(this.map);
      }
      getNode(name2) {
        return this.map[name2];
      }
      newName(prefix) {
        if (!prefix) prefix = this.prefix;
        const names = Object.keys(this.map);
        for (let i2 = 1; true; ++i2) {
          const name2 = `${prefix}${i2}`;
          if (!names.includes(name2)) return name2;
        }
      }
      // During parsing, map & aliases contain CST nodes
      resolveNodes() {
        const {
          map,
          _cstAliases
        } = this;
        Object.keys(map).forEach((a) => {
          map[a] = map[a].resolved;
        });
        _cstAliases.forEach((a) => {
          a.source = a.source.resolved;
        });
        delete this._cstAliases;
      }
      setAnchor(node, name2) {
        if (node != null && !_Anchors.validAnchorNode(node)) {
          throw new Error("Anchors may only be set for Scalar, Seq and Map nodes");
        }
        if (name2 && /[\x00-\x19\s,[\]{}]/.test(name2)) {
          throw new Error("Anchor names must not contain whitespace or control characters");
        }
        const {
          map
        } = this;
        const prev = node && Object.keys(map).find((a) => map[a] === node);
        if (prev) {
          if (!name2) {
            return prev;
          } else if (prev !== name2) {
            delete map[prev];
            map[name2] = node;
          }
        } else {
          if (!name2) {
            if (!node) return null;
            name2 = this.newName();
          }
          map[name2] = node;
        }
        return name2;
      }
    };
    var visit = (node, tags) => {
      if (node && typeof node === "object") {
        const {
          tag
        } = node;
        if (node instanceof resolveSeq.Collection) {
          if (tag) tags[tag] = true;
          node.items.forEach((n) => visit(n, tags));
        } else if (node instanceof resolveSeq.Pair) {
          visit(node.key, tags);
          visit(node.value, tags);
        } else if (node instanceof resolveSeq.Scalar) {
          if (tag) tags[tag] = true;
        }
      }
      return tags;
    };
    var listTagNames = (node) => Object.keys(visit(node, {}));
    function parseContents(doc, contents) {
      const comments = {
        before: [],
        after: []
      };
      let body2 = void 0;
      let spaceBefore = false;
      for (const node of contents) {
        if (node.valueRange) {
          if (body2 !== void 0) {
            const msg = "Document contains trailing content not separated by a ... or --- line";
            doc.errors.push(new PlainValue.YAMLSyntaxError(node, msg));
            break;
          }
          const res = resolveSeq.resolveNode(doc, node);
          if (spaceBefore) {
            res.spaceBefore = true;
            spaceBefore = false;
          }
          body2 = res;
        } else if (node.comment !== null) {
          const cc = body2 === void 0 ? comments.before : comments.after;
          cc.push(node.comment);
        } else if (node.type === PlainValue.Type.BLANK_LINE) {
          spaceBefore = true;
          if (body2 === void 0 && comments.before.length > 0 && !doc.commentBefore) {
            doc.commentBefore = comments.before.join("\n");
            comments.before = [];
          }
        }
      }
      doc.contents = body2 || null;
      if (!body2) {
        doc.comment = comments.before.concat(comments.after).join("\n") || null;
      } else {
        const cb = comments.before.join("\n");
        if (cb) {
          const cbNode = body2 instanceof resolveSeq.Collection && body2.items[0] ? body2.items[0] : body2;
          cbNode.commentBefore = cbNode.commentBefore ? `${cb}
${cbNode.commentBefore}` : cb;
        }
        doc.comment = comments.after.join("\n") || null;
      }
    }
    function resolveTagDirective({
      tagPrefixes
    }, directive) {
      const [handle2, prefix] = directive.parameters;
      if (!handle2 || !prefix) {
        const msg = "Insufficient parameters given for %TAG directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (tagPrefixes.some((p) => p.handle === handle2)) {
        const msg = "The %TAG directive must only be given at most once per handle in the same document.";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      return {
        handle: handle2,
        prefix
      };
    }
    function resolveYamlDirective(doc, directive) {
      let [version] = directive.parameters;
      if (directive.name === "YAML:1.0") version = "1.0";
      if (!version) {
        const msg = "Insufficient parameters given for %YAML directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (!documentOptions[version]) {
        const v0 = doc.version || doc.options.version;
        const msg = `Document will be parsed as YAML ${v0} rather than YAML ${version}`;
        doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
      }
      return version;
    }
    function parseDirectives(doc, directives, prevDoc) {
      const directiveComments = [];
      let hasDirectives = false;
      for (const directive of directives) {
        const {
          comment,
          name: name2
        } = directive;
        switch (name2) {
          case "TAG":
            try {
              doc.tagPrefixes.push(resolveTagDirective(doc, directive));
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = true;
            break;
          case "YAML":
          case "YAML:1.0":
            if (doc.version) {
              const msg = "The %YAML directive must only be given at most once per document.";
              doc.errors.push(new PlainValue.YAMLSemanticError(directive, msg));
            }
            try {
              doc.version = resolveYamlDirective(doc, directive);
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = true;
            break;
          default:
            if (name2) {
              const msg = `YAML only supports %TAG and %YAML directives, and not %${name2}`;
              doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
            }
        }
        if (comment) directiveComments.push(comment);
      }
      if (prevDoc && !hasDirectives && "1.1" === (doc.version || prevDoc.version || doc.options.version)) {
        const copyTagPrefix = ({
          handle: handle2,
          prefix
        }) => ({
          handle: handle2,
          prefix
        });
        doc.tagPrefixes = prevDoc.tagPrefixes.map(copyTagPrefix);
        doc.version = prevDoc.version;
      }
      doc.commentBefore = directiveComments.join("\n") || null;
    }
    function assertCollection(contents) {
      if (contents instanceof resolveSeq.Collection) return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    var Document = class _Document {
      constructor(options2) {
        this.anchors = new Anchors(options2.anchorPrefix);
        this.commentBefore = null;
        this.comment = null;
        this.contents = null;
        this.directivesEndMarker = null;
        this.errors = [];
        this.options = options2;
        this.schema = null;
        this.tagPrefixes = [];
        this.version = null;
        this.warnings = [];
      }
      add(value) {
        assertCollection(this.contents);
        return this.contents.add(value);
      }
      addIn(path, value) {
        assertCollection(this.contents);
        this.contents.addIn(path, value);
      }
      delete(key) {
        assertCollection(this.contents);
        return this.contents.delete(key);
      }
      deleteIn(path) {
        if (resolveSeq.isEmptyPath(path)) {
          if (this.contents == null) return false;
          this.contents = null;
          return true;
        }
        assertCollection(this.contents);
        return this.contents.deleteIn(path);
      }
      getDefaults() {
        return _Document.defaults[this.version] || _Document.defaults[this.options.version] || {};
      }
      get(key, keepScalar) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.get(key, keepScalar) : void 0;
      }
      getIn(path, keepScalar) {
        if (resolveSeq.isEmptyPath(path)) return !keepScalar && this.contents instanceof resolveSeq.Scalar ? this.contents.value : this.contents;
        return this.contents instanceof resolveSeq.Collection ? this.contents.getIn(path, keepScalar) : void 0;
      }
      has(key) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.has(key) : false;
      }
      hasIn(path) {
        if (resolveSeq.isEmptyPath(path)) return this.contents !== void 0;
        return this.contents instanceof resolveSeq.Collection ? this.contents.hasIn(path) : false;
      }
      set(key, value) {
        assertCollection(this.contents);
        this.contents.set(key, value);
      }
      setIn(path, value) {
        if (resolveSeq.isEmptyPath(path)) this.contents = value;
        else {
          assertCollection(this.contents);
          this.contents.setIn(path, value);
        }
      }
      setSchema(id, customTags) {
        if (!id && !customTags && this.schema) return;
        if (typeof id === "number") id = id.toFixed(1);
        if (id === "1.0" || id === "1.1" || id === "1.2") {
          if (this.version) this.version = id;
          else this.options.version = id;
          delete this.options.schema;
        } else if (id && typeof id === "string") {
          this.options.schema = id;
        }
        if (Array.isArray(customTags)) this.options.customTags = customTags;
        const opt = Object.assign({}, this.getDefaults(), this.options);
        this.schema = new Schema.Schema(opt);
      }
      parse(node, prevDoc) {
        if (this.options.keepCstNodes) this.cstNode = node;
        if (this.options.keepNodeTypes) this.type = "DOCUMENT";
        const {
          directives = [],
          contents = [],
          directivesEndMarker,
          error,
          valueRange
        } = node;
        if (error) {
          if (!error.source) error.source = this;
          this.errors.push(error);
        }
        parseDirectives(this, directives, prevDoc);
        if (directivesEndMarker) this.directivesEndMarker = true;
        this.range = valueRange ? [valueRange.start, valueRange.end] : null;
        this.setSchema();
        this.anchors._cstAliases = [];
        parseContents(this, contents);
        this.anchors.resolveNodes();
        if (this.options.prettyErrors) {
          for (const error2 of this.errors) if (error2 instanceof PlainValue.YAMLError) error2.makePretty();
          for (const warn of this.warnings) if (warn instanceof PlainValue.YAMLError) warn.makePretty();
        }
        return this;
      }
      listNonDefaultTags() {
        return listTagNames(this.contents).filter((t) => t.indexOf(Schema.Schema.defaultPrefix) !== 0);
      }
      setTagPrefix(handle2, prefix) {
        if (handle2[0] !== "!" || handle2[handle2.length - 1] !== "!") throw new Error("Handle must start and end with !");
        if (prefix) {
          const prev = this.tagPrefixes.find((p) => p.handle === handle2);
          if (prev) prev.prefix = prefix;
          else this.tagPrefixes.push({
            handle: handle2,
            prefix
          });
        } else {
          this.tagPrefixes = this.tagPrefixes.filter((p) => p.handle !== handle2);
        }
      }
      toJSON(arg, onAnchor) {
        const {
          keepBlobsInJSON,
          mapAsMap,
          maxAliasCount
        } = this.options;
        const keep = keepBlobsInJSON && (typeof arg !== "string" || !(this.contents instanceof resolveSeq.Scalar));
        const ctx = {
          doc: this,
          indentStep: "  ",
          keep,
          mapAsMap: keep && !!mapAsMap,
          maxAliasCount,
          stringify
          // Requiring directly in Pair would create circular dependencies
        };
        const anchorNames = Object.keys(this.anchors.map);
        if (anchorNames.length > 0) ctx.anchors = new Map(anchorNames.map((name2) => [this.anchors.map[name2], {
          alias: [],
          aliasCount: 0,
          count: 1
        }]));
        const res = resolveSeq.toJSON(this.contents, arg, ctx);
        if (typeof onAnchor === "function" && ctx.anchors) for (const {
          count,
          res: res2
        } of ctx.anchors.values()) onAnchor(res2, count);
        return res;
      }
      toString() {
        if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
        const indentSize = this.options.indent;
        if (!Number.isInteger(indentSize) || indentSize <= 0) {
          const s = JSON.stringify(indentSize);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        this.setSchema();
        const lines = [];
        let hasDirectives = false;
        if (this.version) {
          let vd = "%YAML 1.2";
          if (this.schema.name === "yaml-1.1") {
            if (this.version === "1.0") vd = "%YAML:1.0";
            else if (this.version === "1.1") vd = "%YAML 1.1";
          }
          lines.push(vd);
          hasDirectives = true;
        }
        const tagNames = this.listNonDefaultTags();
        this.tagPrefixes.forEach(({
          handle: handle2,
          prefix
        }) => {
          if (tagNames.some((t) => t.indexOf(prefix) === 0)) {
            lines.push(`%TAG ${handle2} ${prefix}`);
            hasDirectives = true;
          }
        });
        if (hasDirectives || this.directivesEndMarker) lines.push("---");
        if (this.commentBefore) {
          if (hasDirectives || !this.directivesEndMarker) lines.unshift("");
          lines.unshift(this.commentBefore.replace(/^/gm, "#"));
        }
        const ctx = {
          anchors: /* @__PURE__ */ Object.create(null),
          doc: this,
          indent: "",
          indentStep: " ".repeat(indentSize),
          stringify
          // Requiring directly in nodes would create circular dependencies
        };
        let chompKeep = false;
        let contentComment = null;
        if (this.contents) {
          if (this.contents instanceof resolveSeq.Node) {
            if (this.contents.spaceBefore && (hasDirectives || this.directivesEndMarker)) lines.push("");
            if (this.contents.commentBefore) lines.push(this.contents.commentBefore.replace(/^/gm, "#"));
            ctx.forceBlockIndent = !!this.comment;
            contentComment = this.contents.comment;
          }
          const onChompKeep = contentComment ? null : () => chompKeep = true;
          const body2 = stringify(this.contents, ctx, () => contentComment = null, onChompKeep);
          lines.push(resolveSeq.addComment(body2, "", contentComment));
        } else if (this.contents !== void 0) {
          lines.push(stringify(this.contents, ctx));
        }
        if (this.comment) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
          lines.push(this.comment.replace(/^/gm, "#"));
        }
        return lines.join("\n") + "\n";
      }
    };
    PlainValue._defineProperty(Document, "defaults", documentOptions);
    exports.Document = Document;
    exports.defaultOptions = defaultOptions;
    exports.scalarOptions = scalarOptions;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var parseCst = require_parse_cst();
    var Document$1 = require_Document_a8d0fbf9();
    var Schema = require_Schema_bcc6c2d7();
    var PlainValue = require_PlainValue_516d5bc2();
    var warnings = require_warnings_793925ce();
    require_resolveSeq_95613e94();
    function createNode(value, wrapScalars = true, tag) {
      if (tag === void 0 && typeof wrapScalars === "string") {
        tag = wrapScalars;
        wrapScalars = true;
      }
      const options2 = Object.assign({}, Document$1.Document.defaults[Document$1.defaultOptions.version], Document$1.defaultOptions);
      const schema = new Schema.Schema(options2);
      return schema.createNode(value, wrapScalars, tag);
    }
    var Document = class extends Document$1.Document {
      constructor(options2) {
        super(Object.assign({}, Document$1.defaultOptions, options2));
      }
    };
    function parseAllDocuments(src, options2) {
      const stream = [];
      let prev;
      for (const cstDoc of parseCst.parse(src)) {
        const doc = new Document(options2);
        doc.parse(cstDoc, prev);
        stream.push(doc);
        prev = doc;
      }
      return stream;
    }
    function parseDocument2(src, options2) {
      const cst = parseCst.parse(src);
      const doc = new Document(options2).parse(cst[0]);
      if (cst.length > 1) {
        const errMsg = "Source contains multiple documents; please use YAML.parseAllDocuments()";
        doc.errors.unshift(new PlainValue.YAMLSemanticError(cst[1], errMsg));
      }
      return doc;
    }
    function parse(src, options2) {
      const doc = parseDocument2(src, options2);
      doc.warnings.forEach((warning) => warnings.warn(warning));
      if (doc.errors.length > 0) throw doc.errors[0];
      return doc.toJSON();
    }
    function stringify(value, options2) {
      const doc = new Document(options2);
      doc.contents = value;
      return String(doc);
    }
    var YAML = {
      createNode,
      defaultOptions: Document$1.defaultOptions,
      Document,
      parse,
      parseAllDocuments,
      parseCST: parseCst.parse,
      parseDocument: parseDocument2,
      scalarOptions: Document$1.scalarOptions,
      stringify
    };
    exports.YAML = YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js
var require_yaml = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js"(exports, module2) {
    module2.exports = require_dist2().YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js
var require_yaml2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js"(exports, module2) {
    var yaml = require_yaml();
    var errors = /* @__PURE__ */ new Set([
      "YAMLReferenceError",
      "YAMLSemanticError",
      "YAMLSyntaxError",
      "YAMLWarning"
    ]);
    function parse(str3) {
      if (typeof str3 !== "string") {
        return { ok: false, result: void 0 };
      }
      const YAML_SILENCE_WARNINGS_CACHED = global.YAML_SILENCE_WARNINGS;
      try {
        global.YAML_SILENCE_WARNINGS = true;
        return { ok: true, result: yaml.parse(str3) };
      } catch (err2) {
        if (err2 && errors.has(err2.name)) {
          return { ok: false, result: void 0 };
        }
        throw err2;
      } finally {
        global.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
      }
    }
    module2.exports = {
      // is_valid is expected to return nothing if input is invalid otherwise
      // true/false for it being valid YAML.
      "yaml.is_valid": (str3) => typeof str3 === "string" ? parse(str3).ok : void 0,
      "yaml.marshal": (data) => yaml.stringify(data),
      "yaml.unmarshal": (str3) => parse(str3).result
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js"(exports, module2) {
    var json = require_json();
    var strings3 = require_strings();
    var regex = require_regex();
    var yaml = require_yaml2();
    module2.exports = {
      ...json,
      ...strings3,
      ...regex,
      ...yaml
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/opa.js
var require_opa = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/opa.js"(exports, module2) {
    var builtIns = require_builtins();
    function stringDecoder(mem) {
      return function(addr2) {
        const i8 = new Int8Array(mem.buffer);
        let s = "";
        while (i8[addr2] !== 0) {
          s += String.fromCharCode(i8[addr2++]);
        }
        return s;
      };
    }
    function _loadJSON(wasmInstance, memory, value) {
      if (value === void 0) {
        return 0;
      }
      let valueBuf;
      if (value instanceof ArrayBuffer) {
        valueBuf = new Uint8Array(value);
      } else {
        const valueAsText = JSON.stringify(value);
        valueBuf = new TextEncoder().encode(valueAsText);
      }
      const valueBufLen = valueBuf.byteLength;
      const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
      const memoryBuffer = new Uint8Array(memory.buffer);
      memoryBuffer.set(valueBuf, rawAddr);
      const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);
      if (parsedAddr === 0) {
        throw "failed to parse json value";
      }
      return parsedAddr;
    }
    function _dumpJSON(wasmInstance, memory, addr2) {
      const rawAddr = wasmInstance.exports.opa_json_dump(addr2);
      return _dumpJSONRaw(memory, rawAddr);
    }
    function _dumpJSONRaw(memory, addr2) {
      const buf = new Uint8Array(memory.buffer);
      let idx = addr2;
      while (buf[idx] !== 0) {
        idx++;
      }
      const utf8View = new Uint8Array(memory.buffer, addr2, idx - addr2);
      const jsonAsText = new TextDecoder().decode(utf8View);
      return JSON.parse(jsonAsText);
    }
    var builtinFuncs = builtIns;
    function _builtinCall(wasmInstance, memory, builtins, customBuiltins, builtinId) {
      const builtInName = builtins[builtinId];
      const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];
      if (impl === void 0) {
        throw {
          message: "not implemented: built-in function " + builtinId + ": " + builtins[builtinId]
        };
      }
      const argArray = Array.prototype.slice.apply(arguments);
      const args2 = [];
      for (let i2 = 5; i2 < argArray.length; i2++) {
        const jsArg2 = _dumpJSON(wasmInstance, memory, argArray[i2]);
        args2.push(jsArg2);
      }
      const result = impl(...args2);
      return _loadJSON(wasmInstance, memory, result);
    }
    function _importObject(env, memory, customBuiltins) {
      const addr2string = stringDecoder(memory);
      return {
        env: {
          memory,
          opa_abort: function(addr2) {
            throw addr2string(addr2);
          },
          opa_println: function(addr2) {
            console.log(addr2string(addr2));
          },
          opa_builtin0: function(builtinId, _ctx) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId
            );
          },
          opa_builtin1: function(builtinId, _ctx, arg1) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1
            );
          },
          opa_builtin2: function(builtinId, _ctx, arg1, arg2) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2
            );
          },
          opa_builtin3: function(builtinId, _ctx, arg1, arg2, arg3) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3
            );
          },
          opa_builtin4: function(builtinId, _ctx, arg1, arg2, arg3, arg4) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3,
              arg4
            );
          }
        }
      };
    }
    function _preparePolicy(env, wasm, memory) {
      env.instance = wasm.instance ? wasm.instance : wasm;
      const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
      if (abiVersionGlobal !== void 0) {
        const abiVersion = typeof abiVersionGlobal === "number" ? abiVersionGlobal : abiVersionGlobal.value;
        if (abiVersion !== 1) {
          throw `unsupported ABI version ${abiVersion}`;
        }
      } else {
        console.error("opa_wasm_abi_version undefined");
      }
      const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
      let abiMinorVersion;
      if (abiMinorVersionGlobal !== void 0) {
        abiMinorVersion = typeof abiMinorVersionGlobal === "number" ? abiMinorVersionGlobal : abiMinorVersionGlobal.value;
      } else {
        console.error("opa_wasm_abi_minor_version undefined");
      }
      const builtins = _dumpJSON(
        env.instance,
        memory,
        env.instance.exports.builtins()
      );
      env.builtins = {};
      for (const key of Object.keys(builtins)) {
        env.builtins[builtins[key]] = key;
      }
      return { policy: wasm, minorVersion: abiMinorVersion };
    }
    async function _loadPolicy(policyWasm, memory, customBuiltins) {
      const env = {};
      const isStreaming = policyWasm instanceof Response || policyWasm instanceof Promise;
      const importObject = _importObject(env, memory, customBuiltins);
      const wasm = await (isStreaming ? WebAssembly.instantiateStreaming(policyWasm, importObject) : WebAssembly.instantiate(policyWasm, importObject));
      return _preparePolicy(env, wasm, memory);
    }
    function _loadPolicySync(policyWasm, memory, customBuiltins) {
      const env = {};
      if (policyWasm instanceof ArrayBuffer || policyWasm.buffer instanceof ArrayBuffer) {
        policyWasm = new WebAssembly.Module(policyWasm);
      }
      const wasm = new WebAssembly.Instance(
        policyWasm,
        _importObject(env, memory, customBuiltins)
      );
      return _preparePolicy(env, wasm, memory);
    }
    var LoadedPolicy = class {
      /**
       * Loads and initializes a compiled Rego policy.
       * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
       * @param {WebAssembly.Memory} memory
       */
      constructor(policy, memory, minorVersion) {
        this.minorVersion = minorVersion;
        this.mem = memory;
        this.wasmInstance = policy.instance ? policy.instance : policy;
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
        this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
        this.dataHeapPtr = this.baseHeapPtr;
        this.entrypoints = _dumpJSON(
          this.wasmInstance,
          this.mem,
          this.wasmInstance.exports.entrypoints()
        );
      }
      /**
       * Evaluates the loaded policy with the given input and
       * return the result set. This should be re-used for multiple evaluations
       * of the same policy with different inputs.
       *
       * To call a non-default entrypoint in your WASM specify it as the second
       * param. A list of entrypoints can be accessed with the `this.entrypoints`
       * property.
       * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
       */
      evaluate(input, entrypoint = 0) {
        if (typeof entrypoint === "number") {
        } else if (typeof entrypoint === "string") {
          if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
            entrypoint = this.entrypoints[entrypoint];
          } else {
            throw `entrypoint ${entrypoint} is not valid in this instance`;
          }
        } else {
          throw `entrypoint value is an invalid type, must be either string or number`;
        }
        if (this.minorVersion >= 2) {
          let inputBuf = null;
          let inputLen = 0;
          let inputAddr2 = 0;
          if (input) {
            if (input instanceof ArrayBuffer) {
              inputBuf = new Uint8Array(input);
            } else {
              const inputAsText = JSON.stringify(input);
              inputBuf = new TextEncoder().encode(inputAsText);
            }
            inputAddr2 = this.dataHeapPtr;
            inputLen = inputBuf.byteLength;
            const delta = inputAddr2 + inputLen - this.mem.buffer.byteLength;
            if (delta > 0) {
              const pages = roundup(delta);
              this.mem.grow(pages);
            }
            const buf = new Uint8Array(this.mem.buffer);
            buf.set(inputBuf, this.dataHeapPtr);
          }
          const heapPtr = this.dataHeapPtr + inputLen;
          const ret = this.wasmInstance.exports.opa_eval(
            0,
            entrypoint,
            this.dataAddr,
            inputAddr2,
            inputLen,
            heapPtr,
            0
          );
          return _dumpJSONRaw(this.mem, ret);
        }
        this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);
        const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);
        const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
        this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);
        this.wasmInstance.exports.eval(ctxAddr);
        const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
          ctxAddr
        );
        return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
      }
      /**
       * evalBool will evaluate the policy and return a boolean answer
       * depending on the return code from the policy evaluation.
       * @deprecated Use `evaluate` instead.
       * @param {object} input
       */
      evalBool(input) {
        const rs = this.evaluate(input);
        return rs && rs.length === 1 && rs[0] === true;
      }
      /**
       * Loads data for use in subsequent evaluations.
       * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       */
      setData(data) {
        this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
        this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
      }
    };
    function roundup(bytes) {
      const pageSize = 64 * 1024;
      return Math.ceil(bytes / pageSize);
    }
    module2.exports = {
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a Promise of a LoadedPolicy object which
       * can be used to evaluate the policy.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {Promise<LoadedPolicy>}
       */
      async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = await _loadPolicy(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a LoadedPolicy object which can be
       * used to evaluate the policy.
       *
       * This cannot be used from the main thread in a browser.
       * You must use the `loadPolicy` function instead, or call
       * from a worker thread.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {LoadedPolicy}
       */
      loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = _loadPolicySync(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      LoadedPolicy
    };
  }
});

// dist/model/location.js
function unknown(reason2) {
  return { $unknown: reason2 };
}
function isUnknown(v) {
  return typeof v === "object" && v !== null && typeof v.$unknown === "string";
}

// dist/inputs/source.js
var import_yaml = __toESM(require_dist(), 1);

// dist/text-position.js
function lineStarts(text) {
  const starts = [0];
  for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1))
    starts.push(i2 + 1);
  return starts;
}
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

// dist/inputs/source.js
var MAX_ALIAS_COUNT = 100;
function escapePointer(segment) {
  const s = String(segment);
  return s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s;
}
function joinPointer(base, ...segments) {
  let out2 = base;
  for (const s of segments)
    out2 += "/" + escapePointer(s);
  return out2;
}
function parseSource(file, text, options2 = {}) {
  const isJson = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
  const parseCode = isJson ? "JSON_PARSE" : "YAML_PARSE";
  const lineCounter = new import_yaml.LineCounter();
  const pos = (offset) => lineCounter.linePos(offset);
  if (text.includes("\0")) {
    throw new RunnerlintError("UNSUPPORTED_INPUT", "binary file (contains NUL bytes)", file, { line: 1, column: 1 });
  }
  if (isJson && !options2.yamlOnly) {
    const fast = parseJsonSource(file, text);
    if (fast)
      return fast;
  }
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, {
      lineCounter,
      customTags: options2.customTags ?? [],
      prettyErrors: false,
      uniqueKeys: true,
      strict: true
    });
  } catch (e) {
    throw new RunnerlintError("DEPTH_LIMIT", `document too deeply nested to parse (${e.message})`, file, { line: 1, column: 1 }, { cause: e });
  }
  const first = doc.errors[0];
  if (first) {
    const p = pos(first.pos[0]);
    if (first.code === "MULTIPLE_DOCS") {
      throw new RunnerlintError("MULTI_DOCUMENT", "a YAML stream of several documents (a Kubernetes manifest?): no input runnerlint reads is one", file, { line: p.line, column: p.col });
    }
    if (first.message.includes("Maximum call stack size exceeded")) {
      throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested to parse", file, { line: p.line, column: p.col });
    }
    throw new RunnerlintError(parseCode, firstLine(first.message), file, { line: p.line, column: p.col });
  }
  if (/\.json$/i.test(file) && !options2.yamlOnly)
    notJson(file, text, pos);
  if (options2.strictTags) {
    for (const w of doc.warnings) {
      if (w.code === "TAG_RESOLVE_FAILED") {
        const p = pos(w.pos[0]);
        throw new RunnerlintError("UNKNOWN_TAG", firstLine(w.message), file, { line: p.line, column: p.col });
      }
    }
  }
  if (options2.transform) {
    try {
      options2.transform(doc, text);
    } catch (e) {
      if (e instanceof RunnerlintError)
        throw e;
      if (e instanceof RangeError)
        throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested", file, { line: 1, column: 1 });
      throw e;
    }
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: options2.maxAliasCount ?? MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = e.message ?? String(e);
    if (e instanceof RunnerlintError)
      throw e;
    if (/alias/i.test(msg))
      throw new RunnerlintError("ALIAS_LIMIT", `too many YAML alias expansions (limit ${options2.maxAliasCount ?? MAX_ALIAS_COUNT})`, file, {
        line: 1,
        column: 1
      });
    if (e instanceof RangeError)
      throw new RunnerlintError("DEPTH_LIMIT", "document too deeply nested", file, { line: 1, column: 1 });
    throw new RunnerlintError(parseCode, firstLine(msg), file, { line: 1, column: 1 });
  }
  const locate = (pointer) => {
    const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let node = doc.contents;
    let offset = doc.contents?.range?.[0] ?? 0;
    for (const seg of segments) {
      const current = (0, import_yaml.isPair)(node) ? node.value : node;
      let next;
      if ((0, import_yaml.isMap)(current)) {
        next = current.items.find((p2) => (0, import_yaml.isScalar)(p2.key) && String(p2.key.value) === seg);
        if (next && (0, import_yaml.isScalar)(next.key) && next.key.range)
          offset = next.key.range[0];
      } else if ((0, import_yaml.isSeq)(current)) {
        const item = current.items[Number(seg)];
        if (item && item.range)
          offset = item.range[0];
        next = item;
      }
      if (!next)
        break;
      node = next;
    }
    const p = pos(offset);
    return { file, line: p.line, column: p.col, pointer };
  };
  return { file, data, locate };
}
function notJson(file, text, pos) {
  const body2 = text.replace(/^\ufeff/, "");
  if (body2.trim() === "")
    return;
  try {
    JSON.parse(body2);
  } catch (e) {
    if (!(e instanceof SyntaxError))
      return;
    const offset = jsonErrorOffset(body2) + text.length - body2.length;
    const p = pos(offset);
    throw new RunnerlintError("JSON_PARSE", firstLine(e.message.replace(/ \(line \d+ column \d+\)$/, "")), file, {
      line: p.line,
      column: p.col
    });
  }
}
function jsonErrorOffset(text) {
  let i2 = 0;
  const ws = () => {
    while (i2 < text.length && " 	\n\r".includes(text[i2]))
      i2++;
  };
  const literal2 = () => {
    if (text[i2] === '"') {
      i2++;
      while (i2 < text.length && text[i2] !== '"') {
        if (text.charCodeAt(i2) < 32)
          return false;
        if (text[i2] !== "\\") {
          i2++;
          continue;
        }
        i2++;
        if (text[i2] === "u") {
          i2++;
          for (let k = 0; k < 4; k++, i2++)
            if (!/[0-9a-fA-F]/.test(text[i2] ?? ""))
              return false;
        } else if ('"\\/bfnrt'.includes(text[i2] ?? "x"))
          i2++;
        else
          return false;
      }
      if (text[i2] !== '"')
        return false;
      i2++;
      return true;
    }
    const word = { t: "true", f: "false", n: "null" }[text[i2]];
    if (word) {
      for (const c of word) {
        if (text[i2] !== c)
          return false;
        i2++;
      }
      return true;
    }
    const digits = () => {
      const start2 = i2;
      while (i2 < text.length && text[i2] >= "0" && text[i2] <= "9")
        i2++;
      return i2 > start2;
    };
    if (text[i2] === "-")
      i2++;
    if (text[i2] === "0")
      i2++;
    else if (!digits())
      return false;
    if (text[i2] === ".") {
      i2++;
      if (!digits())
        return false;
    }
    if (text[i2] === "e" || text[i2] === "E") {
      i2++;
      if (text[i2] === "+" || text[i2] === "-")
        i2++;
      if (!digits())
        return false;
    }
    return true;
  };
  const open = [];
  ws();
  for (; ; ) {
    if (text[i2] === "{" || text[i2] === "[") {
      open.push(text[i2]);
      i2++;
      ws();
      if (text[i2] === (open.at(-1) === "{" ? "}" : "]")) {
        i2++;
        open.pop();
      } else if (open.at(-1) === "{") {
        if (text[i2] !== '"' || !literal2())
          return i2;
        ws();
        if (text[i2++] !== ":")
          return i2 - 1;
        ws();
        continue;
      } else
        continue;
    } else if (!literal2())
      return i2;
    for (; ; ) {
      ws();
      if (open.length === 0)
        return Math.min(i2, text.length);
      const close = open.at(-1) === "{" ? "}" : "]";
      if (text[i2] === close) {
        i2++;
        open.pop();
        continue;
      }
      if (text[i2] !== ",")
        return i2;
      i2++;
      ws();
      if (open.at(-1) === "{") {
        if (text[i2] !== '"' || !literal2())
          return i2;
        ws();
        if (text[i2++] !== ":")
          return i2 - 1;
        ws();
      }
      break;
    }
  }
}
var MAX_JSON_DEPTH = 1e3;
function parseJsonSource(file, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  const offsets = jsonOffsets(text);
  if (!offsets)
    return void 0;
  let starts;
  const locate = (pointer) => {
    let p = pointer;
    let offset = offsets.get(p);
    while (offset === void 0 && p !== "") {
      p = p.slice(0, p.lastIndexOf("/"));
      offset = offsets.get(p);
    }
    starts ??= lineStarts(text);
    return { file, ...positionAt(starts, offset ?? 0), pointer };
  };
  return { file, data, locate };
}
function jsonOffsets(text) {
  const offsets = /* @__PURE__ */ new Map();
  let i2 = 0;
  const blank = () => {
    for (let c = text.charCodeAt(i2); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i2))
      ;
  };
  const separator = () => {
    blank();
    if (text.charCodeAt(i2) === 44) {
      i2++;
      blank();
    }
  };
  const stringEnd = (from) => {
    let j = from + 1;
    for (let c = text.charCodeAt(j); c !== 34; c = text.charCodeAt(j))
      j += c === 92 ? 2 : 1;
    return j + 1;
  };
  const value = (pointer, depth) => {
    if (depth >= MAX_JSON_DEPTH)
      return false;
    const c = text.charCodeAt(i2);
    if (c === 123) {
      i2++;
      blank();
      const keys = /* @__PURE__ */ new Set();
      while (text.charCodeAt(i2) !== 125) {
        const keyStart = i2;
        i2 = stringEnd(i2);
        const raw = text.slice(keyStart + 1, i2 - 1);
        const key = raw.includes("\\") ? JSON.parse(text.slice(keyStart, i2)) : raw;
        if (keys.has(key))
          return false;
        keys.add(key);
        const child = `${pointer}/${key.includes("~") || key.includes("/") ? escapePointer(key) : key}`;
        offsets.set(child, keyStart);
        blank();
        i2++;
        blank();
        if (!value(child, depth + 1))
          return false;
        separator();
      }
      i2++;
    } else if (c === 91) {
      i2++;
      blank();
      for (let n = 0; text.charCodeAt(i2) !== 93; n++) {
        const child = `${pointer}/${n}`;
        offsets.set(child, i2);
        if (!value(child, depth + 1))
          return false;
        separator();
      }
      i2++;
    } else if (c === 34) {
      i2 = stringEnd(i2);
    } else {
      while (i2 < text.length && !/[\s,\]}]/.test(text[i2]))
        i2++;
    }
    return true;
  };
  blank();
  offsets.set("", i2);
  return value("", 0) ? offsets : void 0;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

// dist/inputs/cloudformation/intrinsics.js
var SHORT_FORMS = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!GetAtt": "Fn::GetAtt",
  "!Sub": "Fn::Sub",
  "!Join": "Fn::Join",
  "!If": "Fn::If",
  "!Equals": "Fn::Equals",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!Not": "Fn::Not",
  "!Select": "Fn::Select",
  "!Split": "Fn::Split",
  "!FindInMap": "Fn::FindInMap",
  "!ImportValue": "Fn::ImportValue",
  "!Base64": "Fn::Base64",
  "!Cidr": "Fn::Cidr",
  "!GetAZs": "Fn::GetAZs",
  "!Transform": "Fn::Transform",
  "!Length": "Fn::Length",
  "!ToJsonString": "Fn::ToJsonString",
  // Rule-specific functions (the Rules section; runnerlint reads Rules but does not narrow by them).
  "!Contains": "Fn::Contains",
  "!EachMemberEquals": "Fn::EachMemberEquals",
  "!EachMemberIn": "Fn::EachMemberIn",
  "!RefAll": "Fn::RefAll",
  "!ValueOf": "Fn::ValueOf",
  "!ValueOfAll": "Fn::ValueOfAll"
};
var CONDITION_FUNCTIONS = /* @__PURE__ */ new Set(["Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition"]);
var PSEUDO_PARAMETERS = /* @__PURE__ */ new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix"
]);
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function intrinsicOf(v) {
  if (!isObj(v))
    return void 0;
  const keys = Object.keys(v);
  if (keys.length !== 1)
    return void 0;
  const name2 = keys[0];
  return name2 === "Ref" || name2.startsWith("Fn::") ? [name2, v[name2]] : void 0;
}
var OPAQUE = "Fn::Runnerlint::Unknown";
var FOREACH_PREFIX = "Fn::ForEach::";
function hasForEach(v, depth = 0) {
  if (depth > 256)
    return false;
  if (Array.isArray(v))
    return v.some((x) => hasForEach(x, depth + 1));
  if (!isObj(v))
    return false;
  for (const k in v)
    if (k.startsWith(FOREACH_PREFIX) || hasForEach(v[k], depth + 1))
      return true;
  return false;
}
function hasMacroTransform(data) {
  const t = data.Transform;
  const names = Array.isArray(t) ? t : t === void 0 ? [] : [t];
  return names.some((n) => n !== "AWS::LanguageExtensions");
}

// dist/inputs/cloudformation/parameters.js
var scalar = (v) => typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : Array.isArray(v) ? v.map(String).join(",") : void 0;
function declaredParameters(t) {
  const params = t.data.Parameters;
  if (!isObj(params))
    return [];
  return Object.entries(params).map(([name2, p]) => {
    const body2 = isObj(p) ? p : {};
    const type = typeof body2.Type === "string" ? body2.Type : "String";
    const decl = {
      name: name2,
      type,
      pointer: joinPointer("/Parameters", name2),
      list: type === "CommaDelimitedList" || /^List</.test(type),
      ssm: /^AWS::SSM::Parameter::Value</.test(type)
    };
    const dflt = scalar(body2.Default);
    if (dflt !== void 0)
      decl.default = dflt;
    if (Array.isArray(body2.AllowedValues))
      decl.allowedValues = body2.AllowedValues.map(scalar).filter((v) => v !== void 0);
    return decl;
  });
}
function parameterDomain(decl, supplied) {
  if (supplied !== void 0)
    return { decl, values: [supplied], assumed: false };
  if (decl.ssm) {
    const name2 = decl.default !== void 0 ? ` ${decl.default}` : "";
    return {
      decl,
      values: [],
      assumed: false,
      unknown: unknown(`parameter ${decl.name} (${decl.type}) is read from SSM parameter${name2} at deploy time`)
    };
  }
  const allowed = decl.list ? void 0 : decl.allowedValues;
  if (allowed && allowed.length > 0) {
    const ordered = decl.default !== void 0 && allowed.includes(decl.default) ? [decl.default, ...allowed.filter((v) => v !== decl.default)] : allowed;
    return { decl, values: [...new Set(ordered)], assumed: true };
  }
  if (decl.default !== void 0)
    return { decl, values: [decl.default], assumed: true };
  return {
    decl,
    values: [],
    assumed: false,
    unknown: unknown(`parameter ${decl.name} has no value (no Default or AllowedValues; pass --parameter ${decl.name}=...)`)
  };
}
function parameterValue(decl, raw) {
  return decl.list ? raw.split(",").map((s) => s.trim()) : raw;
}
function loadParameterFile(file, text) {
  let doc;
  try {
    doc = parseSource(file, text);
  } catch (e) {
    if (isRunnerlintError(e))
      throw new RunnerlintError("CONFIG_INVALID", `parameter file: ${e.message}`, file, e.pos, { cause: e });
    throw e;
  }
  const fail = (pointer, message) => {
    const at3 = doc.locate(pointer);
    throw new RunnerlintError("CONFIG_INVALID", `parameter file: ${message}`, file, { line: at3.line, column: at3.column });
  };
  const out2 = {};
  const data = doc.data;
  if (Array.isArray(data)) {
    data.forEach((item, i2) => {
      const at3 = joinPointer("", i2);
      if (!isObj(item) || typeof item.ParameterKey !== "string")
        return fail(at3, 'expected {"ParameterKey": ..., "ParameterValue": ...}');
      if (item.UsePreviousValue === true && item.ParameterValue === void 0)
        return;
      const value = scalar(item.ParameterValue);
      if (value === void 0)
        return fail(item.ParameterValue === void 0 ? at3 : joinPointer(at3, "ParameterValue"), `ParameterValue of ${item.ParameterKey} must be a string`);
      out2[item.ParameterKey] = value;
    });
    return out2;
  }
  if (!isObj(data))
    return fail("", "expected a JSON array of {ParameterKey, ParameterValue} or an object of parameter values");
  const codePipeline = isObj(data.Parameters);
  const values = codePipeline ? data.Parameters : data;
  const base = codePipeline ? "/Parameters" : "";
  for (const [key, v] of Object.entries(values)) {
    const value = scalar(v);
    if (value === void 0 || Array.isArray(v) && v.some((x) => typeof x === "object" && x !== null)) {
      fail(joinPointer(base, key), `value of ${key} must be a string`);
    }
    out2[key] = value;
  }
  return out2;
}

// dist/inputs/terraform/hcl/runtime.js
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target2, value) => __defProp(target2, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named3) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named3 ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason2) {
        console.error("wasm streaming compile failed:", reason2);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve7, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve7(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason2) {
      err(`failed to asynchronously prepare wasm: ${reason2}`);
      abort(reason2);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason2) {
        err(`wasm streaming compile failed: ${reason2}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve7, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve7(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str3 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str3 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str3 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str3 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str3 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str3;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr2) => {
    const n = arr2.length;
    return [n % 128 | 128, n >> 7, ...arr2];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target2) => {
        if (!isSymbolDefined(target2)) {
          wasmImports[target2] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num2) => num2 < INT53_MIN || num2 > INT53_MAX ? NaN : Number(num2), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num2 = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num2 += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num2);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str3) => {
    var len = 0;
    for (var i2 = 0; i2 < str3.length; ++i2) {
      var c = str3.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str3, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str3.length; ++i2) {
      var u = str3.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str3, outPtr, maxBytesToWrite) => stringToUTF8Array(str3, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str3) => {
    var size = lengthBytesUTF8(str3) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str3, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str3 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str3;
      str3 += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str3, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str3.length * 2 ? maxBytesToWrite / 2 : str3.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str3.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve7, reject) => {
      readyPromiseResolve = resolve7;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses2) => {
  C._ts_parser_delete(addresses2[0]);
  C._free(addresses2[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options2) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options2?.progressCallback) {
      C.currentProgressCallback = options2.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options2?.includedRanges) {
      rangeCount = options2.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options2.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step2) => step2.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step2) => step2.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue2 = steps[2].value;
    const matches2 = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches2 : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options2 = {}) {
    const startPosition = options2.startPosition ?? ZERO_POINT;
    const endPosition = options2.endPosition ?? ZERO_POINT;
    const startIndex = options2.startIndex ?? 0;
    const endIndex = options2.endIndex ?? 0;
    const startContainingPosition = options2.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options2.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options2.startContainingIndex ?? 0;
    const endContainingIndex = options2.endContainingIndex ?? 0;
    const matchLimit = options2.matchLimit ?? 4294967295;
    const maxStartDepth = options2.maxStartDepth ?? 4294967295;
    const progressCallback = options2.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options2 = {}) {
    const startPosition = options2.startPosition ?? ZERO_POINT;
    const endPosition = options2.endPosition ?? ZERO_POINT;
    const startIndex = options2.startIndex ?? 0;
    const endIndex = options2.endIndex ?? 0;
    const startContainingPosition = options2.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options2.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options2.startContainingIndex ?? 0;
    const endContainingIndex = options2.endContainingIndex ?? 0;
    const matchLimit = options2.matchLimit ?? 4294967295;
    const maxStartDepth = options2.maxStartDepth ?? 4294967295;
    const progressCallback = options2.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// dist/inputs/terraform/hcl/runtime.js
var parser;
var loading;
function loadTerraformParser() {
  loading ??= (async () => {
    const dir = fileURLToPath(packageFile("dist/hcl/"));
    await Parser.init({ locateFile: (name2) => dir + name2 });
    const p = new Parser();
    p.setLanguage(await Language.load(dir + "tree-sitter-terraform.wasm"));
    parser = p;
  })();
  return loading;
}
function loadedParser() {
  return parser;
}

// dist/scope/markers.js
function markerPorts(catalogue) {
  const out2 = [];
  for (const req of Object.values(catalogue.requirements)) {
    const s = req.securityGroup;
    if (s?.direction !== "ingress" || s.appliesTo !== "environment" || s.expectation !== "allow" || !s.protocol)
      continue;
    for (const port of s.ports ?? [])
      out2.push({ protocol: s.protocol, port });
  }
  return out2;
}

// dist/config/errors.js
var ConfigError = class extends RunnerlintError {
  name = "ConfigError";
  problems;
  constructor(problems) {
    const first = problems[0] ?? { message: "invalid configuration" };
    super("CONFIG_INVALID", first.message, first.file, first.pos);
    this.problems = problems;
  }
  /** One line per problem: `file:line:column: message [CONFIG_INVALID]`. */
  format() {
    return this.problems.map((p) => `${p.file ? `${p.file}${p.pos ? `:${p.pos.line}:${p.pos.column}` : ""}: ` : ""}${p.message} [${this.code}]`).join("\n");
  }
};
var Problems = class {
  list = [];
  add(message, file, pos) {
    this.list.push({ message, ...file !== void 0 ? { file } : {}, ...pos ? { pos } : {} });
  }
  throwIfAny() {
    if (!this.list.length)
      return;
    const sorted = [...this.list].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.column ?? 0) - (b.pos?.column ?? 0));
    throw new ConfigError(sorted);
  }
};
function didYouMean(word, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i2) => i2);
  for (let i2 = 1; i2 <= a.length; i2++) {
    let diag = prev[0];
    prev[0] = i2;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i2 - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

// dist/waivers/ids.js
var NAME = "[a-z0-9]+(?:-[a-z0-9]+)*";
function ruleFor(engine, id) {
  return engine.rules.find((r) => r.id === id) ?? engine.rules.find((r) => r.aliases.includes(id));
}
function isRequirementId(engine, id) {
  if (engine.catalogue.requirements[id] && !id.includes("<"))
    return true;
  return templateOf(engine, id) !== void 0;
}
function templateOf(engine, id) {
  for (const t of Object.keys(engine.catalogue.requirements)) {
    if (!t.includes("<name>"))
      continue;
    const re = new RegExp(`^${t.split("<name>").map(escapeRe).join(NAME)}$`);
    if (re.test(id))
      return t;
  }
  return void 0;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function unknownIdMessage(engine, id, what = "rule or requirement") {
  const candidates = [...engine.rules.map((r) => r.id), ...Object.keys(engine.catalogue.requirements).filter((k) => !k.includes("<"))];
  const guess = didYouMean(id, candidates);
  return `"${id}" is not a known ${what}${guess ? ` (did you mean "${guess}"?)` : " (see `runnerlint rules` and `runnerlint explain`)"}`;
}

// dist/waivers/apply.js
import { relative, resolve, sep } from "node:path";

// dist/glob.js
function globToRegExp(glob) {
  let g = glob.replace(/\\/g, "/").replace(/^\.\//, "");
  if (!g.includes("/"))
    g = `**/${g}`;
  let re = "";
  let braces = 0;
  for (let i2 = 0; i2 < g.length; i2++) {
    const c = g[i2];
    if (c === "*") {
      if (g[i2 + 1] === "*") {
        const slash = g[i2 + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i2 += slash ? 2 : 1;
      } else
        re += "[^/]*";
    } else if (c === "?")
      re += "[^/]";
    else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0)
      re += "|";
    else if (c === "[") {
      const end = g.indexOf("]", i2 + 1);
      if (end === -1)
        throw new Error(`unclosed "[" in glob "${glob}"`);
      const body2 = g.slice(i2 + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
      re += `[${body2}]`;
      i2 = end;
    } else
      re += c.replace(/[.+^$()|\\\]]/g, "\\$&");
  }
  if (braces)
    throw new Error(`unclosed "{" in glob "${glob}"`);
  return new RegExp(`^${re}$`);
}

// dist/waivers/config.js
function configWaivers(file, engine) {
  const problems = new Problems();
  const out2 = [];
  const at3 = (pointer) => {
    const l = file.locate(pointer);
    return { line: l.line, column: l.column };
  };
  (file.data.waivers ?? []).forEach((w, i2) => {
    const base = `/waivers/${i2}`;
    let rule;
    if (w.rule !== void 0) {
      const r = ruleFor(engine, w.rule);
      if (!r)
        problems.add(`waivers[${i2}].rule: ${unknownIdMessage(engine, w.rule, "rule")}`, file.path, at3(`${base}/rule`));
      rule = r?.id;
    }
    if (w.requirement !== void 0 && !isRequirementId(engine, w.requirement)) {
      problems.add(`waivers[${i2}].requirement: ${unknownIdMessage(engine, w.requirement, "requirement")}`, file.path, at3(`${base}/requirement`));
    }
    if (w.file !== void 0) {
      try {
        globToRegExp(w.file);
      } catch (e) {
        problems.add(`waivers[${i2}].file: ${e.message}`, file.path, at3(`${base}/file`));
      }
    }
    out2.push({
      source: "config",
      ...rule ? { rule } : {},
      ...w.requirement ? { requirement: w.requirement } : {},
      ...w.file ? { fileGlob: w.file, baseDir: file.dir } : {},
      ...w.resource ? { resource: w.resource } : {},
      reason: w.reason.trim(),
      ...w.expires ? { expires: w.expires } : {},
      location: file.locate(base)
    });
  });
  problems.throwIfAny();
  return out2;
}

// dist/waivers/types.js
function today(clock = () => /* @__PURE__ */ new Date()) {
  return clock().toISOString().slice(0, 10);
}
function isExpired(w, todayUtc) {
  return w.expires !== void 0 && w.expires < todayUtc;
}
function describeWaiver(w) {
  const target2 = w.id ?? [w.rule, w.requirement].filter(Boolean).join(" / ");
  const scope = [w.fileGlob ? `file ${w.fileGlob}` : "", w.resource ? `resource ${w.resource}` : ""].filter(Boolean).join(", ");
  return `${target2}${scope ? ` (${scope})` : ""}`;
}

// dist/waivers/apply.js
var UNUSED_WAIVER_RULE = "runnerlint/unused-waiver";
function applyWaivers(findings, waivers, options2) {
  const cwd = options2.cwd ?? process.cwd();
  const used = /* @__PURE__ */ new Set();
  const globs = /* @__PURE__ */ new Map();
  for (const w of waivers)
    if (w.fileGlob)
      globs.set(w, globToRegExp(w.fileGlob));
  const out2 = { findings: [], suppressed: [], unused: [] };
  for (const f of findings) {
    const matching = waivers.filter((w) => matches(w, f, options2.engine, cwd, globs.get(w)));
    for (const w of matching)
      used.add(w);
    const live = matching.find((w) => !isExpired(w, options2.today));
    if (live) {
      out2.suppressed.push({ ...f, suppression: suppressionOf(live) });
      continue;
    }
    const expired = matching[0];
    if (expired) {
      out2.findings.push({
        ...f,
        message: `${f.message} (The ${expired.source} waiver at ${expired.location.file}:${expired.location.line} expired on ${expired.expires}: "${expired.reason}".)`,
        expiredWaiver: suppressionOf(expired)
      });
      continue;
    }
    out2.findings.push(f);
  }
  for (const w of waivers) {
    if (used.has(w) || !couldMatch(w, options2, cwd, globs.get(w)))
      continue;
    const expired = isExpired(w, options2.today) ? ` It expired on ${w.expires}.` : "";
    out2.unused.push({
      ruleId: UNUSED_WAIVER_RULE,
      severity: "note",
      requirement: w.requirement ?? (w.id && !ruleFor(options2.engine, w.id) ? w.id : ""),
      status: "violated",
      messageId: "unused-waiver",
      message: `This waiver for ${describeWaiver(w)} matched no finding: remove it, or correct its id${w.source === "config" ? ", file or resource" : ""}.${expired} (Reason given: "${w.reason}".)`,
      location: w.location,
      ...w.resource ? { resource: w.resource } : {}
    });
  }
  return out2;
}
function suppressionOf(w) {
  return { justification: w.reason, ...w.expires ? { expires: w.expires } : {}, source: w.source, location: w.location };
}
function matches(w, f, engine, cwd, glob) {
  if (w.id !== void 0) {
    const rule = ruleFor(engine, w.id);
    if (!(rule ? f.ruleId === rule.id : f.requirement === w.id))
      return false;
  }
  if (w.rule !== void 0 && f.ruleId !== w.rule)
    return false;
  if (w.requirement !== void 0 && f.requirement !== w.requirement)
    return false;
  if (w.file !== void 0 && f.location.file !== w.file)
    return false;
  if (w.line !== void 0 && f.location.line !== w.line)
    return false;
  if (w.resource !== void 0 && !inResource(f, w.resource))
    return false;
  if (glob && !glob.test(relativeTo(w.baseDir ?? cwd, f.location.file, cwd)))
    return false;
  return true;
}
function inResource(f, id) {
  if (f.resource === id)
    return true;
  const p = f.location.pointer;
  if (!p)
    return false;
  const prefix = `/Resources/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return p === prefix || p.startsWith(`${prefix}/`);
}
function relativeTo(base, file, cwd) {
  return relative(base, resolve(cwd, file)).split(sep).join("/");
}
function couldMatch(w, options2, cwd, glob) {
  if (w.source !== "config")
    return true;
  const inputs = glob ? options2.inputs.filter((i2) => glob.test(relativeTo(w.baseDir ?? cwd, i2.file, cwd))) : options2.inputs;
  if (inputs.length === 0)
    return false;
  const kinds = new Set(inputs.map((i2) => i2.kind).filter((k) => k !== null));
  const template2 = w.requirement !== void 0 ? templateOf(options2.engine, w.requirement) : void 0;
  const rules = options2.engine.rules.filter((r) => (w.rule === void 0 || r.id === w.rule) && (w.requirement === void 0 || r.requirements.includes(w.requirement) || template2 !== void 0 && r.requirements.includes(template2)));
  return rules.some((r) => r.kinds.some((k) => kinds.has(k)));
}

// dist/baseline/index.js
import { dirname, resolve as resolve3 } from "node:path";

// dist/ajv.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var VALIDATORS = {
  config: {
    schema: "config.schema.json",
    options: { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true }
  },
  baseline: { schema: "output/baseline.v1.schema.json", options: { allErrors: false, strict: true } }
};
var require2 = createRequire(import.meta.url);
var cache = /* @__PURE__ */ new Map();
function schemaUrl(name2) {
  return packageFile(`schemas/${VALIDATORS[name2].schema}`);
}
function validator(name2) {
  let v = cache.get(name2);
  if (!v) {
    v = precompiled(name2) ?? newAjv(VALIDATORS[name2].options).compile(JSON.parse(readFileSync(schemaUrl(name2), "utf8")));
    cache.set(name2, v);
  }
  return v;
}
function precompiled(name2) {
  try {
    return require2(fileURLToPath2(packageFile(`dist/validators/${name2}.cjs`)));
  } catch (e) {
    if (e.code === "MODULE_NOT_FOUND")
      return void 0;
    throw e;
  }
}
function newAjv(options2) {
  const { Ajv: AjvClass } = require2("ajv");
  return new AjvClass(options2);
}

// dist/read-text.js
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
function readTextFile(path, cwd, missing, what) {
  try {
    return readFileSync2(resolve2(cwd, path), "utf8");
  } catch (e) {
    const code = e.code;
    throw new RunnerlintError("FILE_NOT_FOUND", code === "ENOENT" ? missing : `cannot read the ${what} (${code ?? e.message})`, path);
  }
}

// dist/baseline/index.js
function baselineKey(f, dir, cwd = process.cwd()) {
  return JSON.stringify([relativeTo(dir, f.location.file, cwd), f.resource ?? "", f.ruleId, f.requirement]);
}
function entryKey(e) {
  return JSON.stringify([e.file, e.resource ?? "", e.ruleId, e.requirement]);
}
function createBaseline(findings, path, cwd = process.cwd()) {
  const dir = dirname(resolve3(cwd, path));
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings.flatMap((x) => (x.parts ?? [x]).map((p) => ({ ...x, requirement: p.requirement })))) {
    const k = baselineKey(f, dir, cwd);
    const e = counts.get(k);
    if (e)
      e.count++;
    else
      counts.set(k, {
        file: relativeTo(dir, f.location.file, cwd),
        ...f.resource ? { resource: f.resource } : {},
        ruleId: f.ruleId,
        requirement: f.requirement,
        count: 1
      });
  }
  const findingsOut = [...counts.values()].sort((a, b) => a.file.localeCompare(b.file) || (a.resource ?? "").localeCompare(b.resource ?? "") || a.ruleId.localeCompare(b.ruleId) || a.requirement.localeCompare(b.requirement));
  return { version: 1, tool: "runnerlint", findings: findingsOut };
}
function renderBaseline(b) {
  return JSON.stringify(b, null, 2) + "\n";
}
function applyBaseline(findings, baseline, cwd = process.cwd()) {
  const left = /* @__PURE__ */ new Map();
  for (const e of baseline.entries) {
    const k = entryKey(e);
    const prev = left.get(k);
    left.set(k, { ...e, count: (prev?.count ?? 0) + e.count });
  }
  const out2 = { findings: [], baselined: [], stale: [] };
  for (const f of findings) {
    const keys = (f.parts ?? [f]).map((p) => baselineKey({ ...f, requirement: p.requirement }, baseline.dir, cwd));
    const need = /* @__PURE__ */ new Map();
    for (const k of keys)
      need.set(k, (need.get(k) ?? 0) + 1);
    if ([...need].every(([k, n]) => (left.get(k)?.count ?? 0) >= n)) {
      for (const [k, n] of need)
        left.get(k).count -= n;
      out2.baselined.push(f);
    } else
      out2.findings.push(f);
  }
  out2.stale = [...left.values()].filter((e) => e.count > 0);
  return out2;
}
function readBaseline(path, cwd = process.cwd()) {
  const text = readTextFile(path, cwd, "baseline file not found (create it with --write-baseline)", "baseline");
  return parseBaseline(path, text, cwd);
}
function parseBaseline(path, text, cwd = process.cwd()) {
  const doc = parseSource(path.endsWith(".json") ? path : `${path}.json`, text);
  const validate = validator("baseline");
  if (!validate(doc.data)) {
    const e = validate.errors[0];
    const pointer = e.keyword === "additionalProperties" ? `${e.instancePath}/${String(e.params.additionalProperty)}` : e.instancePath;
    const l = doc.locate(pointer);
    const what = e.keyword === "additionalProperties" ? `unknown key "${String(e.params.additionalProperty)}"` : `${e.instancePath || "the document"} ${e.message}`;
    throw new RunnerlintError("CONFIG_INVALID", `not a runnerlint baseline: ${what}`, path, { line: l.line, column: l.column });
  }
  return { path, dir: dirname(resolve3(cwd, path)), entries: doc.data.findings };
}

// dist/inputs/terraform/modules.js
import { readFileSync as readFileSync3, readdirSync } from "node:fs";
import { dirname as dirname2, join, normalize } from "node:path";
var LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm;
function moduleReaders(paths) {
  const tf = paths.filter((p) => /\.tf$/i.test(p));
  const first = /* @__PURE__ */ new Map();
  for (const p of tf)
    if (!first.has(dirname2(p)))
      first.set(dirname2(p), p);
  const calledBy = /* @__PURE__ */ new Map();
  for (const [dir, reader2] of first) {
    for (const called of localCalls(dir))
      if (first.has(called) && called !== dir && !calledBy.has(called))
        calledBy.set(called, reader2);
  }
  const readerOf = (dir, seen = /* @__PURE__ */ new Set()) => {
    const caller = calledBy.get(dir);
    if (!caller || seen.has(dir))
      return first.get(dir);
    seen.add(dir);
    return readerOf(dirname2(caller), seen);
  };
  const out2 = /* @__PURE__ */ new Map();
  for (const p of tf) {
    const reader2 = readerOf(dirname2(p));
    if (reader2 !== p)
      out2.set(p, reader2);
  }
  return out2;
}
function localCalls(dir) {
  const out2 = [];
  let names = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".tf"));
  } catch {
    return out2;
  }
  for (const n of names) {
    let text = "";
    try {
      text = readFileSync3(join(dir, n), "utf8");
    } catch {
      continue;
    }
    for (const m of text.matchAll(LOCAL_SOURCE))
      out2.push(normalize(join(dir, m[1])).replace(/\/$/, ""));
  }
  return out2;
}

// dist/engine/policy.js
import { readFileSync as readFileSync4 } from "node:fs";
import { fileURLToPath as fileURLToPath3 } from "node:url";

// node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var import_opa = __toESM(require_opa(), 1);
var loadPolicy = import_opa.default.loadPolicy;
var src_default = import_opa.default;

// dist/engine/policy.js
var HOST_BUILTINS = /* @__PURE__ */ new Set();
var MEMORY_CEILING = 128 * 1024 * 1024;
var MEMORY_PER_INPUT_BYTE = 96;
var WASM_PAGE = 65536;
var WASM_MAX_PAGES = 65536;
var { loadPolicySync } = src_default;
var Wasm = globalThis.WebAssembly;
var defaultDir = fileURLToPath3(packageFile("dist/policy/"));
function readPolicyFiles(dir = defaultDir) {
  const read = (name2) => {
    try {
      return readFileSync4(dir + name2);
    } catch (e) {
      throw new RunnerlintError("WASM_LOAD", `cannot read the compiled policy ${name2} (run \`npm run compile\`): ${e.message}`, dir + name2);
    }
  };
  return {
    wasm: read("policy.wasm"),
    rules: JSON.parse(read("rules.json").toString("utf8")),
    catalogues: JSON.parse(read("catalogues.json").toString("utf8"))
  };
}
function catalogueVersion(catalogues, wanted) {
  if (wanted === void 0)
    return catalogues.default;
  if (wanted === "latest")
    return catalogues.latest;
  if (catalogues.versions[wanted])
    return wanted;
  throw new RunnerlintError("CONFIG_INVALID", `unknown requirement catalogue version ${JSON.stringify(wanted)}: use latest or one of ${Object.keys(catalogues.versions).join(", ")} (default ${catalogues.default})`);
}
var PolicyEngine = class _PolicyEngine {
  files;
  rules;
  /** The catalogue version this engine judges against. */
  catalogue;
  /** Every catalogue version the policy ships with. */
  catalogues;
  opaVersion;
  /** The compiled module, kept to re-instantiate cheaply (compiling is the expensive part). */
  module;
  policy;
  rulesById;
  data;
  /** Linear memory in use once the data document is loaded, before any input. */
  dataBytes = 0;
  /** How many times the instance was replaced to give memory back (see MEMORY_CEILING). */
  resets = 0;
  /**
   * `catalogue` picks the requirement catalogue version the policy judges against ("latest", a
   * version date; default: the seed version). Rules read data.runnerlint.catalogue, so a version
   * is only a different data document: the module is the same.
   */
  constructor(files = readPolicyFiles(), catalogue, module2) {
    this.files = files;
    this.rules = files.rules.rules;
    this.catalogues = files.catalogues;
    this.catalogue = files.catalogues.versions[catalogueVersion(files.catalogues, catalogue)];
    this.data = { runnerlint: { catalogue: this.catalogue } };
    this.opaVersion = files.rules.opaVersion;
    this.rulesById = new Map(this.rules.map((r) => [r.id, r]));
    try {
      this.module = module2 ?? new Wasm.Module(files.wasm);
    } catch (e) {
      throw new RunnerlintError("WASM_LOAD", `the policy module is not valid WebAssembly: ${e.message}`);
    }
    this.policy = this.instantiate();
  }
  /** The same policy judging against another catalogue version (the compiled module is shared). */
  withCatalogue(catalogue) {
    return new _PolicyEngine(this.files, catalogue, this.module);
  }
  rule(id) {
    return this.rulesById.get(id);
  }
  /** Requirement ids that the rules reading this input kind judge. */
  requirementsJudged(kind) {
    return [...new Set(this.rules.filter((r) => r.kinds.includes(kind)).flatMap((r) => r.requirements))].sort();
  }
  evaluate(kind, input) {
    const entrypoint = `runnerlint/main/${kind}/verdicts`;
    let rs;
    try {
      const json = new TextEncoder().encode(JSON.stringify(input));
      this.reserve(json.byteLength * MEMORY_PER_INPUT_BYTE);
      rs = this.policy.evaluate(json.byteOffset === 0 && json.byteLength === json.buffer.byteLength ? json.buffer : json.slice().buffer, entrypoint);
    } catch (e) {
      this.policy = this.instantiate();
      throw new RunnerlintError("WASM_EVAL", `policy evaluation failed for ${entrypoint}: ${typeof e === "string" ? e : e.message}`);
    }
    if (this.policy.mem.buffer.byteLength > MEMORY_CEILING) {
      this.policy = this.instantiate();
      this.resets++;
    }
    const result = rs[0]?.result;
    if (result === void 0)
      return [];
    if (!Array.isArray(result))
      throw new RunnerlintError("WASM_EVAL", `${entrypoint} returned ${typeof result}, expected a set of verdicts`);
    return result;
  }
  /**
   * Makes sure linear memory holds `bytes` more than the data document. The module's allocator
   * only knows the memory it started with and grows it itself, a few pages at a time, so a larger
   * memory means a new instance with that much from the start.
   */
  reserve(bytes) {
    const pages = Math.min(WASM_MAX_PAGES, Math.ceil((bytes + this.dataBytes) / WASM_PAGE));
    if (pages <= this.policy.mem.buffer.byteLength / WASM_PAGE)
      return;
    try {
      this.policy = this.instantiate(pages);
    } catch {
    }
  }
  instantiate(pages) {
    let policy;
    try {
      policy = loadPolicySync(this.module, pages ? { initial: pages } : {});
    } catch (e) {
      throw new RunnerlintError("WASM_LOAD", `cannot instantiate the policy module: ${typeof e === "string" ? e : e.message}`);
    }
    const missing = requiredBuiltins(policy).filter((b) => !HOST_BUILTINS.has(b));
    if (missing.length) {
      throw new RunnerlintError("WASM_LOAD", `the policy module needs builtins that neither Wasm nor the host implements: ${missing.join(", ")}`);
    }
    policy.setData(this.data);
    if (!pages)
      this.dataBytes = policy.mem.buffer.byteLength;
    return policy;
  }
};
function requiredBuiltins(policy) {
  const exports = policy.wasmInstance.exports;
  const addr2 = exports.opa_json_dump(exports.builtins());
  const mem = new Uint8Array(policy.mem.buffer);
  let end = addr2;
  while (mem[end] !== 0)
    end++;
  return Object.keys(JSON.parse(new TextDecoder().decode(mem.subarray(addr2, end))));
}

// dist/inputs/cloudformation/validate.js
var MAX_DEPTH = 200;
var isStr = (v) => typeof v === "string";
var list = (min, max, what) => (a) => Array.isArray(a) && a.length >= min && a.length <= max ? void 0 : `expects ${what}`;
var SHAPES = {
  Ref: (a) => isStr(a) && a !== "" ? void 0 : "expects a parameter or resource name",
  Condition: (a) => isStr(a) && a !== "" ? void 0 : "expects a condition name",
  "Fn::GetAtt": (a) => isStr(a) && a.indexOf(".") > 0 && !a.endsWith(".") || Array.isArray(a) && a.length === 2 && isStr(a[0]) && (isStr(a[1]) || isObj(a[1])) ? void 0 : "expects Resource.Attribute or [Resource, Attribute]",
  "Fn::Sub": (a) => isStr(a) || isObj(a) || Array.isArray(a) && a.length === 2 && (isStr(a[0]) || isObj(a[0])) && isObj(a[1]) ? void 0 : "expects a string or [string, {variables}]",
  "Fn::Join": (a) => Array.isArray(a) && a.length === 2 && isStr(a[0]) && (Array.isArray(a[1]) || isObj(a[1])) ? void 0 : "expects [delimiter, [values]]",
  "Fn::If": (a) => Array.isArray(a) && a.length === 3 && isStr(a[0]) ? void 0 : "expects [condition, value if true, value if false]",
  "Fn::Equals": list(2, 2, "two values"),
  "Fn::And": list(2, 10, "2 to 10 conditions"),
  "Fn::Or": list(2, 10, "2 to 10 conditions"),
  "Fn::Not": list(1, 1, "one condition"),
  "Fn::Select": list(2, 2, "[index, list]"),
  "Fn::Split": (a) => Array.isArray(a) && a.length === 2 && isStr(a[0]) ? void 0 : "expects [delimiter, string]",
  "Fn::FindInMap": (a) => Array.isArray(a) && (a.length === 3 || a.length === 4 && isObj(a[3]) && "DefaultValue" in a[3]) ? void 0 : "expects [map, top-level key, second-level key] and an optional {DefaultValue: value}",
  "Fn::ImportValue": (a) => isStr(a) || isObj(a) ? void 0 : "expects an export name",
  "Fn::Base64": (a) => isStr(a) || isObj(a) || typeof a === "number" ? void 0 : "expects a string",
  "Fn::Cidr": list(3, 3, "[ipBlock, count, cidrBits]"),
  "Fn::GetAZs": (a) => isStr(a) || isObj(a) || a === null ? void 0 : "expects a region",
  "Fn::Transform": (a) => isObj(a) && isStr(a.Name) || Array.isArray(a) && a.length > 0 && a.every((x) => isObj(x) && isStr(x.Name)) ? void 0 : "expects {Name, Parameters}",
  "Fn::Length": (a) => Array.isArray(a) || isObj(a) ? void 0 : "expects a list",
  "Fn::ToJsonString": (a) => Array.isArray(a) || isObj(a) ? void 0 : "expects a mapping or a list"
};
function validateTemplate(t) {
  new Validator(t).run();
}
var down = (up, seg) => ({ up, seg });
var pointerOf = (p) => typeof p === "string" ? p : joinPointer(pointerOf(p.up), p.seg);
var Validator = class {
  t;
  data;
  parameters;
  resources;
  conditions;
  /** With SAM or a macro, names may come from the transform: do not reject unknown ones. */
  checkNames;
  constructor(t) {
    this.t = t;
    this.data = t.data;
    const keys = (v) => new Set(isObj(v) ? Object.keys(v) : []);
    this.parameters = keys(this.data.Parameters);
    this.resources = keys(this.data.Resources);
    this.conditions = keys(this.data.Conditions);
    this.checkNames = !hasMacroTransform(this.data) && !hasForEach(this.data);
  }
  problems = [];
  run() {
    const conditions = this.data.Conditions;
    if (isObj(conditions)) {
      for (const name2 of Object.keys(conditions))
        if (!name2.startsWith(FOREACH_PREFIX))
          this.walk(conditions, name2, joinPointer("/Conditions", name2), 0, true);
      this.checkConditionCycles(conditions);
    }
    for (const section of ["Resources", "Outputs"]) {
      const entries = this.data[section];
      if (isObj(entries)) {
        for (const id of Object.keys(entries))
          if (!id.startsWith(FOREACH_PREFIX))
            this.walk(entries, id, joinPointer(`/${section}`, id), 0, false);
      }
    }
    for (const p of this.problems.reverse())
      p.parent[p.key] = { $unknown: p.reason };
  }
  fail(pointer, message, code = "BAD_INTRINSIC") {
    const at3 = this.t.locate(pointerOf(pointer));
    throw new RunnerlintError(code, message, this.t.file, { line: at3.line, column: at3.column });
  }
  /** The node `parent[key]` (at `pointer`) becomes unknown: `reason`, located at `at`. */
  unknown(parent, key, at3, reason2) {
    const l = this.t.locate(pointerOf(at3));
    this.problems.push({ parent, key, reason: `${reason2} (line ${l.line}, column ${l.column})` });
  }
  /** `inCondition`: the value must be a condition function (Conditions section, And/Or/Not args). */
  walk(parent, key, pointer, depth, inCondition) {
    if (depth > MAX_DEPTH)
      this.fail(pointer, `nesting deeper than ${MAX_DEPTH} levels`, "DEPTH_LIMIT");
    const v = parent[key];
    const notCondition = "expected a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition)";
    if (Array.isArray(v)) {
      if (inCondition)
        return this.unknown(parent, key, pointer, notCondition);
      v.forEach((_, i2) => this.walk(v, i2, down(pointer, i2), depth + 1, false));
      return;
    }
    if (!isObj(v)) {
      if (inCondition)
        this.unknown(parent, key, pointer, notCondition);
      return;
    }
    const keys = Object.keys(v);
    const only = keys.length === 1 ? keys[0] : void 0;
    if (inCondition) {
      if (!only || !CONDITION_FUNCTIONS.has(only))
        return this.unknown(parent, key, only ? down(pointer, only) : pointer, notCondition);
      this.intrinsic(parent, key, only, v[only], pointer, depth);
      return;
    }
    const fn = intrinsicOf(v);
    if (fn) {
      this.intrinsic(parent, key, fn[0], fn[1], pointer, depth);
      return;
    }
    for (const k of keys)
      if (!k.startsWith(FOREACH_PREFIX))
        this.walk(v, k, down(pointer, k), depth + 1, false);
  }
  intrinsic(parent, key, name2, arg, pointer, depth) {
    const at3 = down(pointer, name2);
    const fn = parent[key];
    const shape = SHAPES[name2];
    if (!shape) {
      this.walk(fn, name2, at3, depth + 1, false);
      return;
    }
    const problem2 = shape(arg);
    if (problem2)
      return this.unknown(parent, key, at3, `${name2} ${problem2}`);
    const args2 = Array.isArray(arg) ? arg : [];
    switch (name2) {
      case "Ref":
        if (!this.knownName(arg))
          this.unknown(parent, key, at3, `Ref ${arg}: not a parameter, resource or pseudo parameter of this template`);
        return;
      case "Condition":
        if (!this.conditions.has(arg))
          this.unknown(parent, key, at3, `condition ${arg} is not defined in Conditions`);
        return;
      case "Fn::GetAtt": {
        const resource = typeof arg === "string" ? arg.slice(0, arg.indexOf(".")) : args2[0];
        if (this.checkNames && !this.resources.has(resource))
          return this.unknown(parent, key, at3, `Fn::GetAtt: ${resource} is not a resource of this template`);
        if (Array.isArray(arg))
          this.walk(arg, 1, down(at3, 1), depth + 1, false);
        return;
      }
      case "Fn::If":
        if (!this.conditions.has(args2[0]))
          return this.unknown(parent, key, down(at3, 0), `Fn::If: condition ${args2[0]} is not defined in Conditions`);
        this.walk(args2, 1, down(at3, 1), depth + 1, false);
        this.walk(args2, 2, down(at3, 2), depth + 1, false);
        return;
      case "Fn::And":
      case "Fn::Or":
      case "Fn::Not":
        args2.forEach((_, i2) => this.walk(args2, i2, down(at3, i2), depth + 1, true));
        return;
      default:
        this.walk(fn, name2, at3, depth + 1, false);
    }
  }
  /** A name a Ref may use. With SAM or a macro, names may come from the transform: any. */
  knownName(name2) {
    return !this.checkNames || PSEUDO_PARAMETERS.has(name2) || this.parameters.has(name2) || this.resources.has(name2);
  }
  checkConditionCycles(conditions) {
    const refs = (v, out2, depth) => {
      if (depth > MAX_DEPTH)
        return out2;
      if (Array.isArray(v))
        v.forEach((x) => refs(x, out2, depth + 1));
      else if (isObj(v)) {
        if (typeof v.Condition === "string" && Object.keys(v).length === 1)
          out2.add(v.Condition);
        else
          Object.values(v).forEach((x) => refs(x, out2, depth + 1));
      }
      return out2;
    };
    const edges = new Map(Object.entries(conditions).map(([n, e]) => [n, [...refs(e, /* @__PURE__ */ new Set(), 0)]]));
    const state = /* @__PURE__ */ new Map();
    for (const root of edges.keys()) {
      if (state.has(root))
        continue;
      const stack = [{ name: root, next: 0 }];
      state.set(root, "visiting");
      while (stack.length) {
        const top = stack[stack.length - 1];
        const targets = edges.get(top.name) ?? [];
        if (top.next >= targets.length) {
          state.set(top.name, "done");
          stack.pop();
          continue;
        }
        const target2 = targets[top.next++];
        if (state.get(target2) === "visiting") {
          const path = [...stack.slice(stack.findIndex((f) => f.name === target2)).map((f) => f.name), target2];
          this.fail(joinPointer("/Conditions", target2), `condition cycle: ${path.join(" -> ")}`);
        }
        if (!state.has(target2) && edges.has(target2)) {
          state.set(target2, "visiting");
          stack.push({ name: target2, next: 0 });
        }
      }
    }
  }
};

// dist/inputs/cloudformation/resolve.js
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
function isResourceRef(v) {
  return isObj(v) && typeof v.$resource === "string";
}
function alternativesOf(v) {
  return isUnknown(v) && Array.isArray(v.alternatives) ? v.alternatives : void 0;
}
var pointers = /* @__PURE__ */ new WeakMap();
function pointerOf2(value) {
  return pointers.get(value);
}
function at(value, pointer) {
  if (typeof value === "object" && value !== null)
    pointers.set(value, pointer);
  return value;
}
var ID_ATTRIBUTES = {
  "AWS::EC2::SecurityGroup": ["GroupId"],
  "AWS::EC2::VPC": ["VpcId", "DefaultSecurityGroup", "DefaultNetworkAcl"],
  "AWS::EC2::PrefixList": ["PrefixListId"],
  "AWS::EC2::Subnet": ["SubnetId"]
};
var PROPERTY_ATTRIBUTES = {
  "AWS::EC2::VPC": { CidrBlock: "CidrBlock" },
  "AWS::EC2::SecurityGroup": { VpcId: "VpcId" },
  "AWS::EC2::Subnet": { CidrBlock: "CidrBlock", VpcId: "VpcId", AvailabilityZone: "AvailabilityZone" }
};
var DYNAMIC_REFERENCE = /\{\{resolve:[^\n]*?\}\}/;
var PARTITIONS = [
  ["cn-", "aws-cn", "amazonaws.com.cn"],
  ["us-gov-", "aws-us-gov", "amazonaws.com"],
  ["us-isob-", "aws-iso-b", "sc2s.sgov.gov"],
  ["us-iso-", "aws-iso", "c2s.ic.gov"],
  ["eusc-", "aws-eusc", "amazonaws.eu"]
];
function partitionOf(region) {
  const p = PARTITIONS.find(([prefix]) => region.startsWith(prefix));
  return p ? [p[1], p[2]] : ["aws", "amazonaws.com"];
}
function scalarString(v) {
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
}
function opaqueReason(v, what) {
  if (isUnknown(v))
    return v.$unknown;
  if (isResourceRef(v))
    return `${what}: the id of ${v.$resource} is known only after deployment`;
  if (v === NO_VALUE)
    return `${what}: AWS::NoValue is not a value here`;
  return `${what}: expected a string`;
}
var MAX_RESOLVE_STEPS = 5e5;
var STEPS_PER_RESOURCE = 500;
var MAX_RESOLVED_STRING = 1 << 20;
var Resolver = class {
  env;
  data;
  resources;
  conditionCache = /* @__PURE__ */ new Map();
  evaluating = [];
  attributes = /* @__PURE__ */ new Set();
  depth = 0;
  steps = 0;
  budget;
  /** Set when the work budget or the string limit cut the resolution short. */
  truncated;
  constructor(env) {
    this.env = env;
    this.data = env.template.data;
    this.resources = isObj(this.data.Resources) ? this.data.Resources : {};
    this.budget = MAX_RESOLVE_STEPS + STEPS_PER_RESOURCE * Object.keys(this.resources).length;
  }
  /** Whether a resource exists in this scenario; true when it has no Condition. */
  resourceCondition(id) {
    const res = this.resources[id];
    const name2 = isObj(res) ? res.Condition : void 0;
    return typeof name2 === "string" ? this.condition(name2) : true;
  }
  condition(name2) {
    const cached2 = this.conditionCache.get(name2);
    if (cached2 !== void 0)
      return cached2;
    const pointer = joinPointer("/Conditions", name2);
    if (this.evaluating.includes(name2))
      this.fail("BAD_INTRINSIC", pointer, `condition cycle: ${[...this.evaluating, name2].join(" -> ")}`);
    const conditions = isObj(this.data.Conditions) ? this.data.Conditions : {};
    if (!Object.hasOwn(conditions, name2))
      return unknown(`condition ${name2} is not defined`);
    this.evaluating.push(name2);
    let result;
    try {
      result = this.conditionExpr(conditions[name2], pointer);
    } finally {
      this.evaluating.pop();
    }
    if (isUnknown(result))
      result = unknown(`condition ${name2} is unknown: ${result.$unknown}`);
    this.conditionCache.set(name2, result);
    return result;
  }
  /** Resolves a template value; may return NO_VALUE. */
  value(node, pointer) {
    if (typeof node === "string") {
      const dynamic = DYNAMIC_REFERENCE.exec(node);
      return dynamic ? at(unknown(`dynamic reference ${dynamic[0]}`), pointer) : node;
    }
    if (typeof node !== "object" || node === null)
      return node;
    if (++this.steps > this.budget)
      return this.cut(`intrinsic resolution exceeded ${this.budget} steps`, pointer);
    this.enter(pointer);
    try {
      if (Array.isArray(node)) {
        const out3 = [];
        node.forEach((item, i2) => {
          const v = this.value(item, joinPointer(pointer, i2));
          if (v !== NO_VALUE)
            out3.push(v);
        });
        return at(out3, pointer);
      }
      const fn = intrinsicOf(node);
      if (fn)
        return this.intrinsic(fn[0], fn[1], pointer);
      const out2 = {};
      for (const [k, v] of Object.entries(node)) {
        const r = this.value(v, joinPointer(pointer, k));
        if (r !== NO_VALUE)
          out2[k] = r;
      }
      return at(out2, pointer);
    } finally {
      this.depth--;
    }
  }
  enter(pointer) {
    if (++this.depth > MAX_DEPTH * 2)
      this.fail("DEPTH_LIMIT", pointer, "intrinsic functions nested too deeply");
  }
  fail(code, pointer, message) {
    const t = this.env.template;
    const loc = t.locate(pointer);
    throw new RunnerlintError(code, message, t.file, { line: loc.line, column: loc.column });
  }
  cut(why, pointer) {
    this.truncated ??= why;
    return this.unknownAt(`analysis truncated: ${why}`, pointer);
  }
  long(s, what, pointer) {
    return s.length > MAX_RESOLVED_STRING ? this.cut(`${what} built a string longer than ${MAX_RESOLVED_STRING} characters`, pointer) : s;
  }
  unknownAt(reason2, pointer) {
    return at(unknown(reason2), pointer);
  }
  conditionExpr(node, pointer) {
    if (isUnknown(node))
      return node;
    const keys = isObj(node) ? Object.keys(node) : [];
    const fn = keys.length === 1 ? keys[0] : void 0;
    if (!fn)
      return unknown("not a condition function");
    const arg = node[fn];
    const p = joinPointer(pointer, fn);
    const args2 = Array.isArray(arg) ? arg : [];
    this.enter(pointer);
    try {
      switch (fn) {
        case "Condition":
          return typeof arg === "string" ? this.condition(arg) : unknown("Condition expects a name");
        case "Fn::Equals": {
          const [a, b] = [this.value(args2[0], joinPointer(p, 0)), this.value(args2[1], joinPointer(p, 1))];
          for (const v of [a, b])
            if (isUnknown(v) || isResourceRef(v) || v === NO_VALUE)
              return unknown(opaqueReason(v, "Fn::Equals"));
          const canon = (v) => scalarString(v) ?? JSON.stringify(v);
          return canon(a) === canon(b);
        }
        case "Fn::And":
        case "Fn::Or": {
          const results = args2.map((c, i2) => this.conditionExpr(c, joinPointer(p, i2)));
          const decisive = fn !== "Fn::And";
          if (results.includes(decisive))
            return decisive;
          return results.find(isUnknown) ?? !decisive;
        }
        case "Fn::Not": {
          const r = this.conditionExpr(args2[0], joinPointer(p, 0));
          return isUnknown(r) ? r : !r;
        }
        default:
          return unknown(`${fn} is not a condition function`);
      }
    } finally {
      this.depth--;
    }
  }
  intrinsic(name2, arg, pointer) {
    const p = joinPointer(pointer, name2);
    const args2 = Array.isArray(arg) ? arg : [];
    switch (name2) {
      case "Ref":
        return typeof arg === "string" ? this.ref(arg, pointer) : this.unknownAt("Ref expects a name", pointer);
      case "Fn::GetAtt": {
        const dot = typeof arg === "string" ? arg.indexOf(".") : -1;
        const [res, rawAttr] = typeof arg === "string" ? [arg.slice(0, dot), arg.slice(dot + 1)] : [args2[0], args2[1]];
        const attr = typeof rawAttr === "string" ? rawAttr : this.value(rawAttr, joinPointer(p, 1));
        if (typeof res !== "string" || typeof attr !== "string")
          return this.unknownAt(opaqueReason(typeof res !== "string" ? res : attr, "Fn::GetAtt"), pointer);
        return this.getAtt(res, attr, pointer);
      }
      case "Fn::Sub":
        return this.sub(arg, pointer);
      case "Fn::Join":
        return this.join(args2, pointer);
      case "Fn::Select":
        return this.select(args2, pointer);
      case "Fn::Split": {
        const src = this.value(args2[1], joinPointer(p, 1));
        if (typeof src !== "string" || typeof args2[0] !== "string")
          return this.unknownAt(opaqueReason(src, "Fn::Split"), pointer);
        return at(src.split(args2[0]), pointer);
      }
      case "Fn::FindInMap":
        return this.findInMap(args2, pointer);
      case "Fn::If":
        return this.if(args2, pointer);
      case "Fn::Base64": {
        const v = this.value(arg, p);
        const s = scalarString(v);
        return s !== void 0 ? s : this.unknownAt(opaqueReason(v, "Fn::Base64"), pointer);
      }
      case "Fn::Cidr":
        return this.cidr(args2, pointer);
      case "Fn::GetAZs":
        return this.unknownAt("Fn::GetAZs: availability zones are looked up at deploy time", pointer);
      case "Fn::Length": {
        const v = this.value(arg, p);
        return Array.isArray(v) ? v.length : this.unknownAt(isUnknown(v) ? v.$unknown : "Fn::Length expects a list", pointer);
      }
      case "Fn::ToJsonString": {
        const v = this.value(arg, p);
        const opaque = firstOpaque(v);
        return opaque !== void 0 ? this.unknownAt(opaqueReason(opaque, "Fn::ToJsonString"), pointer) : JSON.stringify(v);
      }
      case "Fn::ImportValue": {
        const v = this.value(arg, p);
        const what = typeof v === "string" ? v : `(export name unknown: ${opaqueReason(v, "name")})`;
        return this.unknownAt(`Fn::ImportValue ${what}`, pointer);
      }
      case OPAQUE:
        return this.unknownAt(typeof arg === "string" ? arg : "unknown value", pointer);
      case "Fn::Transform":
        return this.unknownAt(`Fn::Transform ${isObj(arg) ? String(arg.Name) : ""}: macros are not expanded`, pointer);
      default:
        return this.unknownAt(`${name2} is not supported`, pointer);
    }
  }
  ref(name2, pointer) {
    if (PSEUDO_PARAMETERS.has(name2))
      return this.pseudo(name2, pointer);
    const param = this.env.parameters.get(name2);
    if (param !== void 0) {
      if (Array.isArray(param))
        return at([...param], joinPointer("/Parameters", name2));
      return isUnknown(param) ? this.unknownAt(param.$unknown, pointer) : param;
    }
    if (Object.hasOwn(this.resources, name2)) {
      if (this.resourceCondition(name2) === false)
        return this.unknownAt(`${name2} is not created in this scenario (its condition is false)`, pointer);
      return at({ $resource: name2 }, pointer);
    }
    return this.unknownAt(`Ref ${name2}: not defined in this template`, pointer);
  }
  pseudo(name2, pointer) {
    const { region, accountId } = this.env;
    const noRegion = (what) => this.unknownAt(`${what} depends on AWS::Region, which is not set (pass --region)`, pointer);
    switch (name2) {
      case "AWS::NoValue":
        return NO_VALUE;
      case "AWS::Region":
        return region ?? this.unknownAt("AWS::Region is not set (pass --region)", pointer);
      case "AWS::AccountId":
        return accountId ?? this.unknownAt("AWS::AccountId is not set (pass --account-id)", pointer);
      case "AWS::Partition":
        return region ? partitionOf(region)[0] : noRegion(name2);
      case "AWS::URLSuffix":
        return region ? partitionOf(region)[1] : noRegion(name2);
      default:
        return this.unknownAt(`${name2} is known only at deploy time`, pointer);
    }
  }
  getAtt(res, attr, pointer) {
    const what = `Fn::GetAtt ${res}.${attr}`;
    const r = this.resources[res];
    if (!isObj(r))
      return this.unknownAt(`${what}: ${res} is not a resource of this template`, pointer);
    if (this.resourceCondition(res) === false)
      return this.unknownAt(`${what}: ${res} is not created in this scenario (its condition is false)`, pointer);
    const type = typeof r.Type === "string" ? r.Type : "";
    if (attr === "Id" || ID_ATTRIBUTES[type]?.includes(attr))
      return at({ $resource: res, attribute: attr }, pointer);
    const prop = PROPERTY_ATTRIBUTES[type]?.[attr];
    if (prop)
      return this.resourceProperty(res, prop, pointer, what);
    return this.unknownAt(`${what} is known only after deployment`, pointer);
  }
  resourceProperty(res, prop, pointer, what) {
    const key = `${res}.${prop}`;
    if (this.attributes.has(key))
      return this.unknownAt(`${what}: circular reference`, pointer);
    this.attributes.add(key);
    try {
      const raw = this.resources[res].Properties;
      const propsPointer = joinPointer("/Resources", res, "Properties");
      const props = intrinsicOf(raw) ? this.value(raw, propsPointer) : raw;
      if (isUnknown(props))
        return this.unknownAt(`${what}: ${props.$unknown}`, pointer);
      if (!isObj(props) || props[prop] === void 0)
        return this.unknownAt(`${what}: ${res} sets no ${prop}`, pointer);
      const v = props === raw ? this.value(props[prop], joinPointer(propsPointer, prop)) : props[prop];
      return v === NO_VALUE ? this.unknownAt(`${what}: ${res} sets no ${prop}`, pointer) : v;
    } finally {
      this.attributes.delete(key);
    }
  }
  sub(arg, pointer) {
    const p = joinPointer(pointer, "Fn::Sub");
    const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
    const rawTemplate = Array.isArray(arg) ? arg[0] : arg;
    const template2 = typeof rawTemplate === "string" ? rawTemplate : this.value(rawTemplate, Array.isArray(arg) ? joinPointer(p, 0) : p);
    if (typeof template2 !== "string")
      return this.unknownAt(opaqueReason(template2, "Fn::Sub"), pointer);
    const dynamic = DYNAMIC_REFERENCE.exec(template2);
    if (dynamic)
      return this.unknownAt(`dynamic reference ${dynamic[0]}`, pointer);
    let problem2;
    const out2 = template2.replace(/\$\{([^}]*)\}/g, (whole, name2) => {
      if (name2.startsWith("!"))
        return "${" + name2.slice(1) + "}";
      if (problem2 !== void 0)
        return whole;
      const v = this.subVariable(name2, vars, joinPointer(p, 1), pointer);
      const s = scalarString(v);
      if (s === void 0)
        problem2 = opaqueReason(v, `Fn::Sub \${${name2}}`);
      return s ?? whole;
    });
    return problem2 !== void 0 ? this.unknownAt(problem2, pointer) : this.long(out2, "Fn::Sub", pointer);
  }
  subVariable(name2, vars, varsPointer, pointer) {
    if (Object.hasOwn(vars, name2))
      return this.value(vars[name2], joinPointer(varsPointer, name2));
    if (PSEUDO_PARAMETERS.has(name2) || this.env.parameters.has(name2) || Object.hasOwn(this.resources, name2))
      return this.ref(name2, pointer);
    const dot = name2.indexOf(".");
    if (dot > 0 && Object.hasOwn(this.resources, name2.slice(0, dot)))
      return this.getAtt(name2.slice(0, dot), name2.slice(dot + 1), pointer);
    return unknown(`Fn::Sub: \${${name2}} is not defined`);
  }
  join(args2, pointer) {
    const p = joinPointer(pointer, "Fn::Join");
    const delimiter = typeof args2[0] === "string" ? args2[0] : "";
    const items = this.value(args2[1], joinPointer(p, 1));
    if (!Array.isArray(items))
      return this.unknownAt(isUnknown(items) ? items.$unknown : "Fn::Join expects a list", pointer);
    const parts2 = [];
    for (const item of items) {
      const s = scalarString(item);
      if (s === void 0)
        return this.unknownAt(opaqueReason(item, "Fn::Join"), pointer);
      parts2.push(s);
    }
    let length = 0;
    for (const part of parts2)
      if ((length += part.length + delimiter.length) > MAX_RESOLVED_STRING)
        return this.cut(`Fn::Join built a string longer than ${MAX_RESOLVED_STRING} characters`, pointer);
    return parts2.join(delimiter);
  }
  select(args2, pointer) {
    const p = joinPointer(pointer, "Fn::Select");
    const index = this.value(args2[0], joinPointer(p, 0));
    const items = this.value(args2[1], joinPointer(p, 1));
    if (isUnknown(index))
      return this.unknownAt(index.$unknown, pointer);
    const n = typeof index === "number" ? index : typeof index === "string" && /^\d+$/.test(index) ? Number(index) : NaN;
    if (!Number.isInteger(n) || n < 0)
      return this.unknownAt("Fn::Select: the index is not a number", pointer);
    if (!Array.isArray(items))
      return this.unknownAt(isUnknown(items) ? items.$unknown : "Fn::Select expects a list", pointer);
    if (n >= items.length)
      return this.unknownAt(`Fn::Select: index ${n} is out of range (${items.length} items)`, pointer);
    return items[n];
  }
  findInMap(args2, pointer) {
    const p = joinPointer(pointer, "Fn::FindInMap");
    const keys = [];
    for (let i2 = 0; i2 < 3; i2++) {
      const k = this.value(args2[i2], joinPointer(p, i2));
      const s = scalarString(k);
      if (s === void 0)
        return this.unknownAt(opaqueReason(k, "Fn::FindInMap"), pointer);
      keys.push(s);
    }
    const [map, top, second] = keys;
    const mappings = isObj(this.data.Mappings) ? this.data.Mappings : {};
    const level1 = Object.hasOwn(mappings, map) ? mappings[map] : void 0;
    const level2 = isObj(level1) && Object.hasOwn(level1, top) ? level1[top] : void 0;
    if (isObj(level2) && Object.hasOwn(level2, second))
      return this.value(level2[second], joinPointer("/Mappings", map, top, second));
    const options2 = args2[3];
    if (isObj(options2) && Object.hasOwn(options2, "DefaultValue"))
      return this.value(options2.DefaultValue, joinPointer(p, 3, "DefaultValue"));
    return this.unknownAt(`Fn::FindInMap [${map}, ${top}, ${second}]: no such entry in Mappings`, pointer);
  }
  if(args2, pointer) {
    const p = joinPointer(pointer, "Fn::If");
    const name2 = String(args2[0]);
    const c = this.condition(name2);
    if (c === true)
      return this.value(args2[1], joinPointer(p, 1));
    if (c === false)
      return this.value(args2[2], joinPointer(p, 2));
    const a = this.value(args2[1], joinPointer(p, 1));
    const b = this.value(args2[2], joinPointer(p, 2));
    if (a === NO_VALUE && b === NO_VALUE)
      return NO_VALUE;
    if (a !== NO_VALUE && b !== NO_VALUE && JSON.stringify(a) === JSON.stringify(b))
      return a;
    const result = { $unknown: `Fn::If ${name2}: ${c.$unknown}`, alternatives: [a, b].filter((v) => v !== NO_VALUE) };
    return at(result, pointer);
  }
  cidr(args2, pointer) {
    const p = joinPointer(pointer, "Fn::Cidr");
    const [block2, count, bits] = args2.map((a, i2) => this.value(a, joinPointer(p, i2)));
    for (const v of [block2, count, bits])
      if (scalarString(v) === void 0)
        return this.unknownAt(opaqueReason(v, "Fn::Cidr"), pointer);
    const subnets = ipv4Subnets(String(block2), Number(count), Number(bits));
    return subnets ? at(subnets, pointer) : this.unknownAt(`Fn::Cidr [${String(block2)}, ${String(count)}, ${String(bits)}] is not evaluated (IPv6 or out of range)`, pointer);
  }
};
function firstOpaque(v) {
  if (isUnknown(v) || isResourceRef(v))
    return v;
  const children = Array.isArray(v) ? v : isObj(v) ? Object.values(v) : [];
  for (const c of children) {
    const found = firstOpaque(c);
    if (found !== void 0)
      return found;
  }
  return void 0;
}
function ipv4Subnets(block2, count, bits) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block2);
  if (!m || !Number.isInteger(count) || !Number.isInteger(bits))
    return void 0;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32 || bits < 1 || 32 - bits < prefix || count < 1 || count > 256)
    return void 0;
  const ip = octets.reduce((acc, o) => acc * 256 + o, 0);
  const blockSize = 2 ** (32 - prefix);
  const network = ip - ip % blockSize;
  const size = 2 ** bits;
  if (count * size > blockSize)
    return void 0;
  const dotted = (n) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
  return Array.from({ length: count }, (_, i2) => `${dotted(network + i2 * size)}/${32 - bits}`);
}

// dist/inputs/cloudformation/foreach.js
var MAX_FOREACH_ENTRIES = 1e3;
var cache2 = /* @__PURE__ */ new WeakMap();
function templateOf2(file, ctx) {
  let x = cache2.get(file);
  if (!x) {
    const doc = file.document();
    const t = { file: doc.file, data: doc.data, locate: doc.locate };
    x = expandForEach(t, {
      parameters: ctx.parameters,
      ...ctx.config.region ? { region: ctx.config.region } : {},
      ...ctx.config.accountId ? { accountId: ctx.config.accountId } : {}
    });
    cache2.set(file, x);
  }
  return x;
}
function expandForEach(t, opts = {}) {
  if (!hasForEach(t.data))
    return { template: t };
  const x = new Expander(t, opts);
  const data = x.map(t.data, "", "", /* @__PURE__ */ new Map(), true);
  const prefixes = [...x.origins].sort((a, b) => b[0].length - a[0].length);
  const locate = (pointer) => {
    for (const [generated, source] of prefixes) {
      if (pointer === generated || pointer.startsWith(`${generated}/`))
        return t.locate(source + pointer.slice(generated.length));
    }
    return t.locate(pointer);
  };
  const template2 = { file: t.file, data, locate };
  validateTemplate(template2);
  return {
    template: template2,
    ...x.incomplete ? { incomplete: x.incomplete } : {},
    ...x.incompleteProxy ? { incompleteProxy: x.incompleteProxy } : {},
    ...x.incompleteOrganization ? { incompleteOrganization: x.incompleteOrganization } : {}
  };
}
var Expander = class {
  t;
  opts;
  origins = /* @__PURE__ */ new Map();
  incomplete;
  incompleteProxy;
  incompleteOrganization;
  entries = 0;
  resolver;
  constructor(t, opts) {
    this.t = t;
    this.opts = opts;
  }
  /**
   * A copy of `v` (at `out` in the expanded template, `src` in the source) with its loops expanded
   * and the identifiers in scope (`ids`) substituted. `covered`: `out` locates as `src` already
   * (the same pointer, or below a recorded origin), so only keys that change need recording.
   */
  map(v, out2, src, ids, covered) {
    if (Array.isArray(v))
      return v.map((item, i2) => this.map(item, joinPointer(out2, i2), joinPointer(src, i2), ids, covered));
    if (!isObj(v))
      return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === "Ref" && typeof v.Ref === "string" && ids.has(v.Ref))
      return ids.get(v.Ref);
    if (keys.length === 1 && keys[0] === "Fn::Sub" && ids.size) {
      const sub = this.sub(v["Fn::Sub"], out2, src, ids, covered);
      return typeof sub === "string" && !sub.includes("${") ? sub : { "Fn::Sub": sub };
    }
    const result = {};
    for (const k of keys) {
      const body2 = v[k];
      if (k.startsWith(FOREACH_PREFIX)) {
        this.loop(k, body2, result, out2, joinPointer(src, k), ids);
        continue;
      }
      const key = ids.size ? substituteKey(k, ids) : k;
      const to = joinPointer(out2, key);
      const from = joinPointer(src, k);
      if (key !== k || !covered)
        this.origins.set(to, from);
      result[key] = this.map(body2, to, from, ids, true);
    }
    return result;
  }
  loop(name2, spec, into, out2, src, ids) {
    if (!Array.isArray(spec) || spec.length !== 3 || typeof spec[0] !== "string" || !isObj(spec[2])) {
      this.leftOut(spec, `${name2} at ${this.where(src)} is not [identifier, collection, {key: template}]: what it generates is not judged`);
      return;
    }
    const [id, collection, body2] = spec;
    const values = this.collection(this.map(collection, joinPointer(src, 1), joinPointer(src, 1), ids, true), joinPointer(src, 1));
    if (typeof values === "string") {
      this.leftOut(body2, `${name2} at ${this.where(src)}: ${values}; what it generates is not judged`);
      return;
    }
    for (const value of values) {
      if (++this.entries > MAX_FOREACH_ENTRIES) {
        const why = `Fn::ForEach generates more than ${MAX_FOREACH_ENTRIES} entries (${name2} at ${this.where(src)})`;
        this.incomplete ??= why;
        this.incompleteProxy ??= why;
        this.incompleteOrganization ??= why;
        return;
      }
      const scope = new Map(ids).set(id, value);
      const generated = this.map(body2, out2, joinPointer(src, 2), scope, false);
      for (const [k, v] of Object.entries(generated))
        into[k] = v;
    }
  }
  /**
   * A loop left out: does what it would generate matter to a verdict (network, compute,
   * organization resources; proxy settings)? One over buckets changes nothing runnerlint judges.
   */
  leftOut(body2, why) {
    const text = JSON.stringify(body2) ?? "";
    if (/AWS::(?:EC2|NetworkFirewall|ECS|AutoScaling|CloudFormation::Stack)\b/.test(text))
      this.incomplete ??= why;
    if (/proxy/i.test(text))
      this.incompleteProxy ??= why;
    if (/AWS::Organizations::Policy\b/.test(text))
      this.incompleteOrganization ??= why;
  }
  /** The collection's values, or why they cannot be known. */
  collection(v, src) {
    const scalars = (x) => Array.isArray(x) && x.every((y) => typeof y === "string" || typeof y === "number");
    const value = scalars(v) ? v : this.resolve(v, src);
    if (scalars(value))
      return value.map(String);
    return `its collection is not known offline (${isUnknown(value) ? value.$unknown : "not a list of strings"})`;
  }
  resolve(v, src) {
    this.resolver ??= new Resolver({
      template: this.t,
      parameters: this.parameters(),
      ...this.opts.region ? { region: this.opts.region } : {},
      ...this.opts.accountId ? { accountId: this.opts.accountId } : {}
    });
    return this.resolver.value(v, src);
  }
  /** One value per parameter; a parameter with several possible values (AllowedValues) is unknown. */
  parameters() {
    const out2 = /* @__PURE__ */ new Map();
    for (const decl of declaredParameters(this.t)) {
      const d = parameterDomain(decl, this.opts.parameters?.[decl.name]);
      if (d.unknown)
        out2.set(decl.name, d.unknown);
      else if (d.values.length === 1)
        out2.set(decl.name, parameterValue(decl, d.values[0]));
      else
        out2.set(decl.name, {
          $unknown: `parameter ${decl.name} takes several values (${d.values.join(", ")}): pass --parameter ${decl.name}=...`
        });
    }
    return out2;
  }
  /** Fn::Sub: ${Identifier} in the string (not in a variable of its own) is the value. */
  sub(arg, out2, src, ids, covered) {
    const at3 = joinPointer(out2, "Fn::Sub");
    const from = joinPointer(src, "Fn::Sub");
    if (typeof arg === "string")
      return substituteSub(arg, ids);
    if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string" && isObj(arg[1])) {
      const own = new Map([...ids].filter(([k]) => !Object.hasOwn(arg[1], k)));
      return [substituteSub(arg[0], own), this.map(arg[1], joinPointer(at3, 1), joinPointer(from, 1), ids, covered)];
    }
    return this.map(arg, at3, from, ids, covered);
  }
  where(pointer) {
    const l = this.t.locate(pointer);
    return `line ${l.line}, column ${l.column}`;
  }
};
function substituteKey(key, ids) {
  return key.replace(/([$&])\{([^}!]+)\}/g, (m, sigil, name2) => {
    const v = ids.get(name2);
    if (v === void 0)
      return m;
    return sigil === "&" ? v.replace(/[^A-Za-z0-9]/g, "") : v;
  });
}
function substituteSub(s, ids) {
  return s.replace(/\$\{([^}!]+)\}/g, (m, name2) => ids.get(name2.trim()) ?? m);
}

// dist/inputs/cloudformation/tags.js
var import_yaml2 = __toESM(require_dist(), 1);
var cfnTags = Object.keys(SHORT_FORMS).flatMap((tag) => [
  { tag, resolve: (value) => value },
  { tag, collection: "seq" },
  { tag, collection: "map" }
]);
function rewriteTagged(doc, replace) {
  const at3 = (node) => {
    if ((0, import_yaml2.isAlias)(node) || !node || typeof node !== "object")
      return node;
    const n = node;
    const next = n.tag && n.range ? replace(n, n.tag, n.range) ?? n : n;
    if ((0, import_yaml2.isMap)(next) || (0, import_yaml2.isSeq)(next)) {
      const items = next.items;
      for (let i2 = 0; i2 < items.length; i2++) {
        const item = items[i2];
        if ((0, import_yaml2.isPair)(item))
          item.value = at3(item.value);
        else
          items[i2] = at3(item);
      }
    }
    return next;
  };
  doc.contents = at3(doc.contents);
}
function expandShortForms(doc, text) {
  if (!text.includes("!"))
    return;
  rewriteTagged(doc, (node, tag, range) => {
    const long = SHORT_FORMS[tag];
    if (!long)
      return void 0;
    const start2 = tagStart(text, tag, range[0]);
    const end = start2 + tag.length;
    node.tag = void 0;
    const name2 = new import_yaml2.Scalar(long);
    name2.range = [start2, end, end];
    const value = long === "Fn::GetAtt" && (0, import_yaml2.isScalar)(node) ? splitGetAtt(node) : node;
    const wrapper = new import_yaml2.YAMLMap();
    wrapper.items.push(new import_yaml2.Pair(name2, value));
    wrapper.range = [start2, range[1], range[2]];
    if (node.anchor) {
      wrapper.anchor = node.anchor;
      node.anchor = void 0;
    }
    return wrapper;
  });
}
function expandAndMarkUnknownTags(doc, text) {
  expandShortForms(doc, text);
  let starts;
  rewriteTagged(doc, (_node, tag, range) => {
    if (tag.startsWith("tag:yaml.org,2002:"))
      return void 0;
    const start2 = tagStart(text, tag, range[0]);
    const at3 = positionAt(starts ??= lineStarts(text), start2);
    const name2 = new import_yaml2.Scalar("$unknown");
    name2.range = [start2, start2 + tag.length, start2 + tag.length];
    const reason2 = new import_yaml2.Scalar(`YAML tag ${tag} is not CloudFormation's (a preprocessor's?): its value is not read (line ${at3.line}, column ${at3.column})`);
    reason2.range = range;
    const wrapper = new import_yaml2.YAMLMap();
    wrapper.items.push(new import_yaml2.Pair(name2, reason2));
    wrapper.range = [start2, range[1], range[2]];
    return wrapper;
  });
}
function tagStart(text, tag, valueStart) {
  const at3 = text.lastIndexOf(tag, valueStart - tag.length);
  if (at3 >= 0 && /^(?:\s|&\S+|#[^\n]*)*$/.test(text.slice(at3 + tag.length, valueStart)))
    return at3;
  return valueStart;
}
function splitGetAtt(node) {
  const value = node.value;
  const dot = typeof value === "string" ? value.indexOf(".") : -1;
  if (typeof value !== "string" || dot < 0 || !node.range)
    return node;
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  const s = node.range[0] + (quoted ? 1 : 0);
  const resource = new import_yaml2.Scalar(value.slice(0, dot));
  resource.range = [s, s + dot, s + dot];
  const attribute = new import_yaml2.Scalar(value.slice(dot + 1));
  attribute.range = [s + dot + 1, s + value.length, s + value.length];
  const seq = new import_yaml2.YAMLSeq();
  seq.items.push(resource, attribute);
  seq.range = node.range;
  return seq;
}

// dist/inputs/cloudformation/parse.js
function isCloudFormation(data) {
  return isObj(data) && (isObj(data.Resources) || data.AWSTemplateFormatVersion !== void 0);
}
function parseTemplate(file, text) {
  let doc;
  try {
    doc = parseSource(file, text, { customTags: cfnTags, strictTags: true, transform: expandShortForms });
  } catch (e) {
    if (!isRunnerlintError(e) || e.code !== "UNKNOWN_TAG")
      throw e;
    const marked = parseSource(file, text, { customTags: cfnTags, transform: expandAndMarkUnknownTags });
    if (!isCloudFormation(marked.data))
      return asTemplate(parseSource(file, text, { customTags: cfnTags, transform: expandShortForms }));
    doc = marked;
  }
  const t = asTemplate(doc);
  if (isCloudFormation(t.data))
    validateTemplate(t);
  return t;
}
function asTemplate(doc) {
  return { file: doc.file, data: doc.data, locate: doc.locate };
}

// dist/inputs/cloudformation/scenarios.js
var DEFAULT_MAX_SCENARIOS = 64;
function expandScenarios(t, opts = {}) {
  const max = Math.max(1, Math.floor(opts.maxScenarios ?? DEFAULT_MAX_SCENARIOS));
  const domains = declaredParameters(t).map((d) => parameterDomain(d, opts.parameters?.[d.name]));
  const used = referencedNames(t);
  const varying = domains.filter((d) => d.values.length > 1 && used.has(d.decl.name));
  const total = varying.reduce((n, d) => n * d.values.length, 1);
  const budget = max * 4 + 16;
  const locations = /* @__PURE__ */ new Map();
  const scenarios = [];
  const byFingerprint = /* @__PURE__ */ new Map();
  let evaluated2 = 0;
  let truncated;
  for (const choice of byDeviation(varying.map((d) => d.values.length))) {
    if (evaluated2 >= budget || scenarios.length > max) {
      truncated = truncation(max, varying, total, evaluated2);
      break;
    }
    evaluated2++;
    const s = evaluate(t, domains, varying, choice, opts, locations);
    if (s.truncated) {
      truncated ??= `analysis truncated: ${s.truncated}`;
      scenarios.push(s);
      break;
    }
    const key = fingerprint(s);
    const same = byFingerprint.get(key);
    if (same) {
      narrow(same, s);
      continue;
    }
    byFingerprint.set(key, s);
    scenarios.push(s);
  }
  if (scenarios.length > max) {
    scenarios.length = max;
    truncated ??= truncation(max, varying, total, evaluated2);
  }
  return truncated ? { scenarios, truncated } : { scenarios };
}
function truncation(max, varying, total, evaluated2) {
  const names = varying.map((d) => d.decl.name);
  const shown = names.length > 6 ? `${names.slice(0, 6).join(", ")}, ...` : names.join(", ");
  return `more than ${max} distinct condition scenarios: ${names.length} parameters take several values (${shown}), ${total} combinations; ${evaluated2} evaluated, ${max} checked (pass --parameter values or raise --max-scenarios)`;
}
function* byDeviation(sizes) {
  const current = sizes.map(() => 0);
  const multi = sizes.map((n, i2) => [n, i2]).filter(([n]) => n > 1);
  function* place(remaining, from) {
    if (remaining === 0) {
      yield [...current];
      return;
    }
    for (let k = from; k <= multi.length - remaining; k++) {
      const [size, i2] = multi[k];
      for (let v = 1; v < size; v++) {
        current[i2] = v;
        yield* place(remaining - 1, k + 1);
      }
      current[i2] = 0;
    }
  }
  for (let d = 0; d <= multi.length; d++)
    yield* place(d, 0);
}
function evaluate(t, domains, varying, choice, opts, locations) {
  const parameters = {};
  const assumed = [];
  const values = /* @__PURE__ */ new Map();
  for (const d of domains) {
    const v = varying.indexOf(d);
    const raw = d.values[v >= 0 ? choice[v] : 0];
    if (raw === void 0) {
      values.set(d.decl.name, d.unknown ?? unknown(`parameter ${d.decl.name} has no value`));
      continue;
    }
    values.set(d.decl.name, parameterValue(d.decl, raw));
    parameters[d.decl.name] = raw;
    if (d.assumed)
      assumed.push(d.decl.name);
  }
  const resolver = new Resolver({
    template: t,
    parameters: values,
    ...opts.region !== void 0 ? { region: opts.region } : {},
    ...opts.accountId !== void 0 ? { accountId: opts.accountId } : {}
  });
  const conditions = {};
  if (isObj(t.data.Conditions) && !opts.resourceTypes)
    for (const name2 of Object.keys(t.data.Conditions))
      conditions[name2] = resolver.condition(name2);
  const resources = resolveResources(t, resolver, locations, opts.resourceTypes);
  return { parameters, assumed, conditions, resources, ...resolver.truncated ? { truncated: resolver.truncated } : {} };
}
function resolveResources(t, resolver, locations, types) {
  const resources = isObj(t.data.Resources) ? t.data.Resources : {};
  const out2 = [];
  for (const [id, raw] of Object.entries(resources)) {
    if (!isObj(raw))
      continue;
    if (types && !(typeof raw.Type === "string" && types.has(raw.Type)))
      continue;
    const cond = resolver.resourceCondition(id);
    if (cond === false)
      continue;
    const pointer = joinPointer("/Resources", id);
    let location = locations.get(id);
    if (!location)
      locations.set(id, location = t.locate(pointer));
    const props = raw.Properties === void 0 ? {} : resolver.value(raw.Properties, joinPointer(pointer, "Properties"));
    const r = {
      logicalId: id,
      type: typeof raw.Type === "string" ? raw.Type : "",
      location,
      pointer,
      properties: isObj(props) && !isUnknown(props) ? props : {}
    };
    if (isUnknown(cond))
      r.condition = cond;
    if (isUnknown(props))
      r.unresolvedProperties = unknown(props.$unknown);
    else if (props !== NO_VALUE && !isObj(props))
      r.unresolvedProperties = unknown(`Properties of ${id} is not a mapping`);
    if (raw.Metadata !== void 0) {
      const m = resolver.value(raw.Metadata, joinPointer(pointer, "Metadata"));
      if (m !== NO_VALUE)
        r.metadata = m;
    }
    const deps = typeof raw.DependsOn === "string" ? [raw.DependsOn] : Array.isArray(raw.DependsOn) ? raw.DependsOn.filter((d) => typeof d === "string") : [];
    if (deps.length)
      r.dependsOn = deps;
    const tags = tagMap(r.properties.Tags);
    if (tags)
      r.tags = tags;
    out2.push(r);
  }
  return out2;
}
function tagMap(v) {
  if (!Array.isArray(v))
    return void 0;
  const tags = {};
  for (const t of v) {
    if (!isObj(t) || typeof t.Key !== "string")
      continue;
    const value = t.Value;
    tags[t.Key] = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : unknown(isUnknown(value) ? value.$unknown : `tag ${t.Key} has no string value`);
  }
  return tags;
}
function fingerprint(s) {
  return JSON.stringify([
    s.conditions,
    s.resources.map((r) => [r.logicalId, r.condition, r.properties, r.unresolvedProperties, r.metadata])
  ]);
}
function narrow(kept, other) {
  for (const k of Object.keys(kept.parameters))
    if (other.parameters[k] !== kept.parameters[k])
      delete kept.parameters[k];
  kept.assumed = kept.assumed.filter((k) => k in kept.parameters);
}
function referencedNames(t) {
  const names = /* @__PURE__ */ new Set();
  const stack = [t.data.Conditions, t.data.Resources];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v))
      stack.push(...v);
    else if (isObj(v)) {
      const fn = intrinsicOf(v);
      if (fn?.[0] === "Ref" && typeof fn[1] === "string")
        names.add(fn[1]);
      if (fn?.[0] === "Fn::Sub") {
        const template2 = Array.isArray(fn[1]) ? fn[1][0] : fn[1];
        if (typeof template2 === "string")
          for (const m of template2.matchAll(/\$\{([^}!][^}.]*)/g))
            names.add(m[1]);
      }
      stack.push(...Object.values(v));
    }
  }
  return names;
}

// dist/inputs/network-firewall/suricata.js
var NEUTRAL = /* @__PURE__ */ new Set([
  "msg",
  "sid",
  "rev",
  "gid",
  "classtype",
  "reference",
  "metadata",
  "priority",
  "target",
  "noalert",
  "alert",
  "tag",
  "flowint",
  "app-layer-event",
  "stream_size",
  "tls.store",
  "filestore"
]);
var HOST_BUFFERS = {
  "tls.sni": "tls.sni",
  tls_sni: "tls.sni",
  "http.host": "http.host",
  http_host: "http.host"
};
var FINGERPRINT_BUFFERS = {
  "ja4.hash": "ja4.hash",
  "ja3.hash": "ja3.hash",
  ja3_hash: "ja3.hash"
};
var PAYLOAD = "payload";
var OTHER = "other";
var ACTIONS = /* @__PURE__ */ new Set(["pass", "drop", "reject", "alert", "rejectsrc", "rejectdst", "rejectboth"]);
function ruleLines(rules, locateLine) {
  const out2 = [];
  const lines = rules.split(/\r?\n/);
  for (let i2 = 0; i2 < lines.length; i2++) {
    let text = lines[i2].trim();
    const start2 = i2;
    while (text.endsWith("\\") && i2 + 1 < lines.length)
      text = text.slice(0, -1) + " " + lines[++i2].trim();
    if (text === "" || text.startsWith("#"))
      continue;
    out2.push({ text, location: locateLine(start2, lines[start2].trim()) });
  }
  return out2;
}
function parseRule(text, location) {
  try {
    return parseStrict(text, location);
  } catch (e) {
    const action = text.split(/\s+/)[0]?.toLowerCase() ?? "";
    return {
      action: ACTIONS.has(action) ? action : action || "unknown",
      protocol: "ip",
      source: [],
      sourcePort: [],
      direction: "<>",
      destination: [],
      destinationPort: [],
      hosts: [],
      flow: [],
      unsupported: [`syntax: ${e.message}`],
      text,
      location
    };
  }
}
function parseStrict(text, location) {
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const header = (open < 0 ? text : text.slice(0, open)).trim();
  if (open >= 0 && close < open)
    throw new Error("unbalanced parentheses");
  const tokens2 = splitHeader(header);
  if (tokens2.length !== 7)
    throw new Error(`expected "action protocol source port direction destination port", got ${tokens2.length} fields`);
  const [action, protocol, src, sport, dir, dst, dport] = tokens2;
  if (dir !== "->" && dir !== "<>")
    throw new Error(`direction ${dir}`);
  const rule = {
    action: action.toLowerCase(),
    protocol: protocol.toLowerCase(),
    source: addresses(src),
    sourcePort: portList(sport),
    direction: dir,
    destination: addresses(dst),
    destinationPort: portList(dport),
    hosts: [],
    flow: [],
    unsupported: [],
    text,
    location
  };
  if (open >= 0)
    applyOptions(rule, options(text.slice(open + 1, close)));
  return rule;
}
function splitHeader(header) {
  const out2 = [];
  let cur = "";
  let depth = 0;
  for (const ch of header) {
    if (ch === "[")
      depth++;
    if (ch === "]")
      depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur)
        out2.push(cur);
      cur = "";
    } else
      cur += ch === " " ? "" : ch;
  }
  if (cur)
    out2.push(cur);
  return out2;
}
function listItems(spec) {
  const s = spec.trim();
  if (s.startsWith("!") && s[1] === "[")
    return listItems(s.slice(1)).map((i2) => ({ ...i2, negated: !i2.negated }));
  if (s.startsWith("[")) {
    if (!s.endsWith("]"))
      throw new Error(`unbalanced list ${s}`);
    const inner = s.slice(1, -1);
    const parts2 = [];
    let depth = 0;
    let cur = "";
    for (const ch of inner) {
      if (ch === "[")
        depth++;
      if (ch === "]")
        depth--;
      if (ch === "," && depth === 0) {
        parts2.push(cur);
        cur = "";
      } else
        cur += ch;
    }
    parts2.push(cur);
    return parts2.flatMap((p) => {
      const t = p.trim();
      if (t.includes("[") && !/^!?\[[^[\]]*\]$/.test(t))
        throw new Error(`nested list ${t}`);
      return listItems(t);
    });
  }
  if (s.startsWith("!"))
    return [{ value: s.slice(1), negated: true }];
  return [{ value: s, negated: false }];
}
function addresses(spec) {
  if (spec.trim().toLowerCase() === "any")
    return [];
  return listItems(spec).map((i2) => ({ value: i2.value.toLowerCase() === "any" ? "any" : i2.value, negated: i2.negated }));
}
function portList(spec) {
  if (spec.trim().toLowerCase() === "any")
    return [];
  return listItems(spec).map(({ value, negated }) => {
    if (value.startsWith("$"))
      return { variable: value.slice(1), negated };
    if (value.toLowerCase() === "any")
      return { negated };
    const m = /^(\d*):(\d*)$/.exec(value);
    if (m)
      return { from: m[1] ? Number(m[1]) : 0, to: m[2] ? Number(m[2]) : 65535, negated };
    if (/^\d+$/.test(value))
      return { from: Number(value), to: Number(value), negated };
    throw new Error(`port ${value}`);
  });
}
function options(body2) {
  const out2 = [];
  let cur = "";
  let quoted = false;
  for (let i2 = 0; i2 < body2.length; i2++) {
    const ch = body2[i2];
    if (ch === "\\" && i2 + 1 < body2.length) {
      cur += ch + body2[++i2];
      continue;
    }
    if (ch === '"')
      quoted = !quoted;
    if (ch === ";" && !quoted) {
      push(cur);
      cur = "";
    } else
      cur += ch;
  }
  push(cur);
  return out2;
  function push(raw) {
    const t = raw.trim();
    if (!t)
      return;
    const i2 = t.indexOf(":");
    if (i2 < 0)
      out2.push({ key: t.toLowerCase(), value: void 0 });
    else
      out2.push({ key: t.slice(0, i2).trim().toLowerCase(), value: t.slice(i2 + 1).trim() });
  }
}
function unquote(v) {
  const s = v.startsWith('"') && v.endsWith('"') && v.length >= 2 ? v.slice(1, -1) : v;
  return s.replace(/\\(.)/g, "$1");
}
function applyOptions(rule, opts) {
  let buffer;
  let dotprefix = false;
  let last;
  const pending = [];
  const unsupported = new Set(rule.unsupported);
  let appSet = false;
  for (const { key, value } of opts) {
    if (key in HOST_BUFFERS || key === "ssl_state")
      appSet = true;
    if (NEUTRAL.has(key)) {
      if (key === "sid" && value)
        rule.sid = value;
      continue;
    }
    if (key === "flow") {
      for (const f of (value ?? "").split(","))
        if (f.trim())
          rule.flow.push(f.trim().toLowerCase());
      continue;
    }
    if (key === "flowbits") {
      const bits = flowbits(value ?? "");
      if (bits === "noalert")
        continue;
      if (bits)
        (rule.flowbits ??= []).push(bits);
      else
        unsupported.add(key);
      continue;
    }
    if (key === "xbits") {
      if (/^\s*(isset|isnotset|toggle)/.test(value ?? ""))
        unsupported.add(key);
      continue;
    }
    if (key === "app-layer-protocol") {
      const raw = (value ?? "").trim().toLowerCase();
      const negated = raw.startsWith("!");
      const protocol = negated ? raw.slice(1).trim() : raw;
      (rule.appLayer ??= []).push({ protocol, negated, afterApp: appSet });
      if (!negated)
        appSet = true;
      continue;
    }
    if (key === "ip_proto") {
      const m = /^(!?)\s*([A-Za-z0-9-]+)$/.exec((value ?? "").trim());
      if (m)
        (rule.ipProto ??= []).push({ value: /^\d+$/.test(m[2]) ? Number(m[2]) : m[2].toLowerCase(), negated: m[1] === "!" });
      else
        unsupported.add(key);
      continue;
    }
    if (key === "ssl_state") {
      const states = (value ?? "").split("|").map((v) => v.trim().toLowerCase());
      if (states.every((v) => /^!?[a-z_]+$/.test(v)))
        (rule.sslState ??= []).push({ states: states.map((v) => ({ state: v.replace(/^!/, ""), negated: v.startsWith("!") })) });
      else
        unsupported.add(key);
      continue;
    }
    if ((key in HOST_BUFFERS || key in FINGERPRINT_BUFFERS) && value === void 0) {
      if (key === "http_host" && last && last.buffer === PAYLOAD) {
        last.buffer = "http.host";
        continue;
      }
      buffer = HOST_BUFFERS[key] ?? FINGERPRINT_BUFFERS[key];
      dotprefix = false;
      continue;
    }
    if (key === "dotprefix") {
      if (buffer)
        dotprefix = true;
      else
        unsupported.add(key);
      continue;
    }
    if (key === "content") {
      const raw = value ?? "";
      const negated = raw.startsWith("!");
      const text = unquote(negated ? raw.slice(1).trim() : raw);
      if (buffer === OTHER)
        continue;
      if (text.includes("|")) {
        unsupported.add("content (hex bytes)");
        last = void 0;
        continue;
      }
      last = {
        buffer: buffer ?? PAYLOAD,
        value: text,
        nocase: false,
        dotprefix,
        negated,
        starts: false,
        ends: false,
        offset: null,
        depth: null,
        relative: false
      };
      pending.push(last);
      continue;
    }
    if (last && ["nocase", "startswith", "endswith"].includes(key)) {
      if (key === "nocase")
        last.nocase = true;
      if (key === "startswith")
        last.starts = true;
      if (key === "endswith")
        last.ends = true;
      continue;
    }
    if (last && (key === "offset" || key === "depth") && /^\d+$/.test(value ?? "")) {
      last[key] = Number(value);
      continue;
    }
    if (last && (key === "distance" || key === "within")) {
      last.relative = true;
      continue;
    }
    if (key === "pcre" && (buffer === "tls.sni" || buffer === "http.host")) {
      const re = pcreToRe2(value ?? "");
      if (re)
        rule.hosts.push({ buffer, match: "pcre", value: re.source, nocase: false, dotprefix, negated: re.negated });
      else
        unsupported.add(key);
      continue;
    }
    if (key === "isdataat" && last && /^!\s*1\s*,\s*relative$/.test(value ?? "")) {
      last.ends = true;
      continue;
    }
    if (/^(tls|http|ssh|dns|ja3|ja3s|ja4|file|smb|krb5|sip|quic)[._]/.test(key) || /^(pkt_data|file_data)$/.test(key)) {
      buffer = OTHER;
      unsupported.add(key);
      last = void 0;
      continue;
    }
    unsupported.add(key);
  }
  for (const c of pending) {
    if (c.buffer === PAYLOAD)
      unsupported.add("content (payload)");
    else if (c.relative)
      unsupported.add(`content (distance/within on ${c.buffer})`);
    else if (c.buffer in FINGERPRINT_BUFFERS) {
      const { value, nocase, negated, starts, ends, offset, depth } = c;
      (rule.fingerprints ??= []).push({
        buffer: c.buffer,
        value,
        nocase,
        negated,
        startswith: starts,
        endswith: ends,
        offset,
        depth
      });
    } else if (c.offset !== null || c.depth !== null)
      unsupported.add(`content (offset/depth on ${c.buffer})`);
    else
      rule.hosts.push({
        buffer: c.buffer,
        match: c.starts && c.ends ? "exact" : c.ends ? "suffix" : c.starts ? "prefix" : "contains",
        value: c.value,
        nocase: c.nocase,
        dotprefix: c.dotprefix,
        negated: c.negated
      });
  }
  rule.unsupported = [...unsupported];
}
function pcreToRe2(value) {
  let v = value.trim();
  const negated = v.startsWith("!");
  if (negated)
    v = v.slice(1).trim();
  const m = /^"\/(.*)\/([a-zA-Z]*)"$/s.exec(v);
  if (!m)
    return void 0;
  const [, body2, flags2] = m;
  if (!/^[ism]*$/.test(flags2))
    return void 0;
  if (/\(\?[=!<>]|\\[1-9]|\\[gkKR]|[*+?}]\+/.test(body2))
    return void 0;
  const source = (flags2 ? `(?${flags2})` : "") + body2.replace(/\\"/g, '"').replace(/\\;/g, ";");
  try {
    new RegExp(body2);
  } catch {
    return void 0;
  }
  return { source, negated };
}
function flowbits(value) {
  const [op, names, ...rest] = value.split(",").map((v) => v.trim());
  if (op?.toLowerCase() === "noalert" && names === void 0)
    return "noalert";
  const ops = ["set", "unset", "toggle", "isset", "isnotset"];
  const known = ops.find((o) => o === op?.toLowerCase());
  if (!known || !names || rest.length > 0)
    return void 0;
  const join6 = names.includes("&") ? "and" : "or";
  const list6 = names.split(/[|&]/).map((n) => n.trim());
  if (list6.some((n) => !/^[\w.-]+$/.test(n)) || names.includes("&") && names.includes("|"))
    return void 0;
  return { op: known, names: list6, join: join6 };
}
function fiveTuple(rule, location) {
  const h = rule.Header ?? {};
  const str3 = (v, d) => typeof v === "string" && v.trim() !== "" ? v.trim() : d;
  const direction = str3(h.Direction, "FORWARD").toUpperCase() === "ANY" ? "<>" : "->";
  const header = [
    str3(rule.Action, "unknown").toLowerCase(),
    str3(h.Protocol, "ip").toLowerCase(),
    str3(h.Source, "any"),
    str3(h.SourcePort, "any"),
    direction,
    str3(h.Destination, "any"),
    str3(h.DestinationPort, "any")
  ];
  const opts = (Array.isArray(rule.RuleOptions) ? rule.RuleOptions : []).filter((o) => typeof o === "object" && o !== null).map((o) => `${String(o.Keyword ?? "")}${Array.isArray(o.Settings) && o.Settings.length ? ":" + o.Settings.join(",") : ""}`);
  const text = `${header.join(" ")}${opts.length ? ` (${opts.join("; ")};)` : ""}`;
  return parseRule(text, location);
}

// dist/inputs/network-firewall/convert.js
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var POLICY_KEYS = /* @__PURE__ */ new Set([
  "StatelessDefaultActions",
  "StatelessFragmentDefaultActions",
  "StatelessCustomActions",
  "StatelessRuleGroupReferences",
  "StatefulRuleGroupReferences",
  "StatefulDefaultActions",
  "StatefulEngineOptions",
  "PolicyVariables"
]);
var POLICY_UNSUPPORTED = {
  TLSInspectionConfigurationArn: "TLS inspection (TLSInspectionConfigurationArn)"
};
function reason(v, what) {
  return isUnknown(v) ? v.$unknown : `${what} is not of the expected type`;
}
function maybeString(v, what, o) {
  if (typeof v === "string")
    return v;
  const id = o.refId?.(v);
  if (id)
    return id;
  return unknown(reason(v, what));
}
function maybeNumber(v, what) {
  if (typeof v === "number" && Number.isFinite(v))
    return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim()))
    return Number(v);
  return unknown(reason(v, what));
}
function strings(v, what, o) {
  if (v === void 0)
    return [];
  if (!Array.isArray(v))
    return [unknown(reason(v, what))];
  return v.map((x) => maybeString(x, what, o));
}
function list2(v) {
  return Array.isArray(v) ? v : [];
}
function variables(v, o) {
  const out2 = {};
  if (!isObj2(v))
    return out2;
  for (const [name2, set] of Object.entries(v)) {
    out2[name2] = isObj2(set) ? strings(set.Definition, `${name2}.Definition`, o) : [unknown(reason(set, name2))];
  }
  return out2;
}
function firewallPolicy(body2, pointer, o, id, name2, location) {
  const p = isObj2(body2) ? body2 : {};
  const unsupported = [];
  if (!isObj2(body2))
    unsupported.push({ feature: `an unreadable policy (${reason(body2, "FirewallPolicy")})`, location });
  for (const [key, value] of Object.entries(p)) {
    if (value === void 0 || value === null)
      continue;
    if (POLICY_UNSUPPORTED[key])
      unsupported.push({ feature: POLICY_UNSUPPORTED[key], location: o.locate(joinPointer(pointer, key)) });
    else if (!POLICY_KEYS.has(key) && key !== "EnableTLSSessionHolding")
      unsupported.push({ feature: `the setting ${key}`, location: o.locate(joinPointer(pointer, key)) });
  }
  const engine = isObj2(p.StatefulEngineOptions) ? p.StatefulEngineOptions : {};
  const refs = (key, stateful) => list2(p[key]).map((r, i2) => {
    const at3 = joinPointer(pointer, key, i2);
    const ref = {
      ref: isObj2(r) ? maybeString(r.ResourceArn, "ResourceArn", o) : unknown(reason(r, "rule group reference")),
      location: o.locate(at3)
    };
    if (isObj2(r) && r.Priority !== void 0)
      ref.priority = maybeNumber(r.Priority, "Priority");
    if (isObj2(r) && isObj2(r.Override) && typeof r.Override.Action === "string")
      ref.override = r.Override.Action;
    if (!stateful && ref.priority === void 0)
      ref.priority = unknown("stateless rule group reference without Priority");
    return ref;
  });
  const policy = {
    id,
    location,
    statelessDefaultActions: strings(p.StatelessDefaultActions, "StatelessDefaultActions", o),
    statelessFragmentDefaultActions: strings(p.StatelessFragmentDefaultActions, "StatelessFragmentDefaultActions", o),
    statelessCustomActions: list2(p.StatelessCustomActions).flatMap((c) => isObj2(c) && typeof c.ActionName === "string" ? [c.ActionName] : []),
    statelessRuleGroups: refs("StatelessRuleGroupReferences", false),
    statefulRuleGroups: refs("StatefulRuleGroupReferences", true),
    ruleOrder: engine.RuleOrder === void 0 ? "DEFAULT_ACTION_ORDER" : maybeString(engine.RuleOrder, "RuleOrder", o),
    statefulDefaultActions: strings(p.StatefulDefaultActions, "StatefulDefaultActions", o),
    variables: isObj2(p.PolicyVariables) ? variables(p.PolicyVariables.RuleVariables, o) : {},
    unsupported
  };
  if (name2 !== void 0)
    policy.name = name2;
  const locations = {};
  if (p.StatelessDefaultActions !== void 0)
    locations.statelessDefaultActions = o.locate(joinPointer(pointer, "StatelessDefaultActions"));
  if (p.StatefulDefaultActions !== void 0)
    locations.statefulDefaultActions = o.locate(joinPointer(pointer, "StatefulDefaultActions"));
  if (Object.keys(locations).length)
    policy.locations = locations;
  return policy;
}
function ruleGroup(body2, pointer, o, meta) {
  const g = {
    id: meta.id,
    type: meta.type,
    location: meta.location,
    ipSets: {},
    portSets: {},
    ipSetReferences: {},
    unsupported: []
  };
  if (meta.arn !== void 0)
    g.arn = meta.arn;
  if (meta.name !== void 0)
    g.name = meta.name;
  if (!isObj2(body2)) {
    g.unresolved = reason(body2, "RuleGroup");
    return g;
  }
  if (isObj2(body2.StatefulRuleOptions) && body2.StatefulRuleOptions.RuleOrder !== void 0)
    g.ruleOrder = maybeString(body2.StatefulRuleOptions.RuleOrder, "RuleOrder", o);
  if (isObj2(body2.RuleVariables)) {
    g.ipSets = variables(body2.RuleVariables.IPSets, o);
    g.portSets = variables(body2.RuleVariables.PortSets, o);
  }
  if (isObj2(body2.ReferenceSets) && isObj2(body2.ReferenceSets.IPSetReferences)) {
    for (const [name2, r] of Object.entries(body2.ReferenceSets.IPSetReferences)) {
      g.ipSetReferences[name2] = isObj2(r) && typeof r.ReferenceArn === "string" ? r.ReferenceArn : "(unresolved)";
    }
  }
  const src = body2.RulesSource;
  const at3 = joinPointer(pointer, "RulesSource");
  if (!isObj2(src)) {
    g.unresolved = src === void 0 ? "the rule group has no RulesSource" : reason(src, "RulesSource");
    return g;
  }
  if (src.RulesSourceList !== void 0)
    g.domainList = domainList(src.RulesSourceList, joinPointer(at3, "RulesSourceList"), o);
  else if (src.StatefulRules !== void 0) {
    if (!Array.isArray(src.StatefulRules))
      g.unresolved = reason(src.StatefulRules, "StatefulRules");
    else
      g.rules = src.StatefulRules.map((r, i2) => isObj2(r) ? fiveTuple(r, o.locate(joinPointer(at3, "StatefulRules", i2))) : unreadableRule(o.locate(joinPointer(at3, "StatefulRules", i2)), reason(r, "rule")));
  } else if (src.RulesString !== void 0) {
    if (typeof src.RulesString !== "string")
      g.unresolved = reason(src.RulesString, "RulesString");
    else
      g.rules = rulesString(src.RulesString, o.locate(joinPointer(at3, "RulesString")), o);
  } else if (src.StatelessRulesAndCustomActions !== void 0) {
    g.stateless = statelessRules(src.StatelessRulesAndCustomActions, joinPointer(at3, "StatelessRulesAndCustomActions"), o);
  } else {
    g.unresolved = `RulesSource has none of RulesSourceList, StatefulRules, RulesString, StatelessRulesAndCustomActions`;
  }
  return g;
}
function unreadableRule(location, why) {
  return parseRule(`unknown ip any any <> any any (unreadable: ${why.replace(/[;()]/g, " ")};)`, location);
}
function domainList(v, pointer, o) {
  const l = isObj2(v) ? v : {};
  return {
    type: maybeString(l.GeneratedRulesType, "GeneratedRulesType", o),
    targetTypes: strings(l.TargetTypes, "TargetTypes", o),
    targets: Array.isArray(l.Targets) ? l.Targets.map((t, i2) => ({ value: maybeString(t, "target", o), location: o.locate(joinPointer(pointer, "Targets", i2)) })) : [{ value: unknown(reason(l.Targets, "Targets")), location: o.locate(joinPointer(pointer, "Targets")) }],
    location: o.locate(pointer)
  };
}
function rulesString(rules, start2, o) {
  const finder = lineFinder(o.text, start2);
  return ruleLines(rules, (_, text) => finder(text)).map((l) => parseRule(l.text, l.location));
}
function lineFinder(text, start2) {
  const starts = lineStarts(text);
  let offset = (starts[start2.line - 1] ?? 0) + start2.column - 1;
  return (line) => {
    const needles = [line, JSON.stringify(line).slice(1, -1)];
    let best = -1;
    let len = 0;
    for (const n of needles) {
      const i2 = text.indexOf(n, offset);
      if (i2 >= 0 && (best < 0 || i2 < best)) {
        best = i2;
        len = n.length;
      }
    }
    if (best < 0)
      return start2;
    offset = best + len;
    return { file: start2.file, ...positionAt(starts, best), ...start2.pointer ? { pointer: start2.pointer } : {} };
  };
}
function ranges(v) {
  return list2(v).map((r) => isObj2(r) ? { from: maybeNumber(r.FromPort, "FromPort"), to: maybeNumber(r.ToPort, "ToPort") } : { from: unknown(reason(r, "port range")), to: unknown(reason(r, "port range")) });
}
function statelessRules(v, pointer, o) {
  const s = isObj2(v) ? v : {};
  return list2(s.StatelessRules).map((r, i2) => {
    const at3 = joinPointer(pointer, "StatelessRules", i2);
    const rule = isObj2(r) ? r : {};
    const def = isObj2(rule.RuleDefinition) ? rule.RuleDefinition : {};
    const m = isObj2(def.MatchAttributes) ? def.MatchAttributes : {};
    const addrs = (key) => list2(m[key]).map((a) => isObj2(a) ? maybeString(a.AddressDefinition, "AddressDefinition", o) : unknown(reason(a, key)));
    const out2 = {
      priority: maybeNumber(rule.Priority, "Priority"),
      actions: strings(def.Actions, "Actions", o),
      sources: addrs("Sources"),
      destinations: addrs("Destinations"),
      sourcePorts: ranges(m.SourcePorts),
      destinationPorts: ranges(m.DestinationPorts),
      protocols: list2(m.Protocols).map((p) => maybeNumber(p, "Protocols")),
      location: o.locate(at3)
    };
    if (list2(m.TCPFlags).length > 0)
      out2.tcpFlags = true;
    return out2;
  });
}

// dist/inputs/cloudformation/egress-layers.js
var ACL = "AWS::EC2::NetworkAcl";
var ACL_ENTRY = "AWS::EC2::NetworkAclEntry";
var ACL_ASSOCIATION = "AWS::EC2::SubnetNetworkAclAssociation";
var POLICY = "AWS::NetworkFirewall::FirewallPolicy";
var RULE_GROUP = "AWS::NetworkFirewall::RuleGroup";
var ENDPOINT = "AWS::EC2::VPCEndpoint";
var EGRESS_TYPES = /* @__PURE__ */ new Set([ACL, ACL_ENTRY, ACL_ASSOCIATION, POLICY, RULE_GROUP, ENDPOINT]);
var CONTROL_TYPES = /* @__PURE__ */ new Set([ACL, ACL_ENTRY, POLICY, RULE_GROUP]);
function egressLayers(t, s, text = "") {
  const out2 = {};
  const nacls = networkAcls(s);
  if (nacls.length)
    out2.nacls = nacls;
  const o = { file: t.file, text, locate: (p) => t.locate(p), refId: (v) => isResourceRef(v) ? v.$resource : void 0 };
  const policies = [];
  const groups = [];
  for (const r of s.resources) {
    if (r.type === POLICY)
      policies.push(withCondition(policyOf(t, r, o), r.condition));
    if (r.type === RULE_GROUP)
      groups.push(withCondition(groupOf(r, o), r.condition));
  }
  if (policies.length)
    out2.firewalls = policies;
  if (groups.length)
    out2.firewallRuleGroups = groups;
  const endpoints = s.resources.filter((r) => r.type === ENDPOINT).map((r) => endpointOf(t, r));
  if (endpoints.length)
    out2.vpcEndpoints = endpoints;
  return out2;
}
function withCondition(x, condition) {
  if (condition)
    x.condition = unknown(condition.$unknown);
  return x;
}
function networkAcls(s) {
  const acls = /* @__PURE__ */ new Map();
  for (const r of s.resources) {
    if (r.type !== ACL)
      continue;
    const acl = { id: r.logicalId, subnets: [], entries: [], location: r.location };
    const vpc = r.properties.VpcId;
    if (vpc !== void 0)
      acl.vpc = isResourceRef(vpc) ? vpc.$resource : str(vpc, "VpcId");
    acls.set(r.logicalId, withCondition(acl, r.condition));
  }
  for (const r of s.resources) {
    if (r.type === ACL_ASSOCIATION) {
      const acl = target(r.properties.NetworkAclId, acls);
      if (!acl)
        continue;
      const subnet = r.properties.SubnetId;
      const id = isResourceRef(subnet) ? subnet.$resource : str(subnet, "SubnetId");
      acl.subnets.push(id);
    }
    if (r.type === ACL_ENTRY) {
      const acl = target(r.properties.NetworkAclId, acls) ?? external(r, acls);
      acl.entries.push(entryOf(r));
    }
  }
  return [...acls.values()];
}
function external(r, acls) {
  const v = r.properties.NetworkAclId;
  const id = typeof v === "string" ? v : isResourceRef(v) ? v.$resource : `${r.logicalId}.NetworkAclId`;
  let acl = acls.get(id);
  if (!acl) {
    const why = unknown(`network ACL ${id} is not defined in the template: its other entries are not in the inputs`);
    acl = {
      id,
      subnets: [why],
      entries: [{ ruleNumber: why, egress: why, protocol: why, action: why, cidr: why, location: r.location }],
      location: r.location
    };
    acls.set(id, acl);
  }
  return acl;
}
function target(v, acls) {
  return isResourceRef(v) ? acls.get(v.$resource) : void 0;
}
function str(v, field) {
  if (typeof v === "string")
    return v;
  if (typeof v === "number")
    return String(v);
  return unknown(isUnknown(v) ? v.$unknown : `${field} is not a string`);
}
function num(v, field) {
  if (typeof v === "number" && Number.isInteger(v))
    return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim()))
    return Number(v);
  return unknown(isUnknown(v) ? v.$unknown : `${field} is not a number`);
}
function bool(v, field) {
  if (v === true || v === "true")
    return true;
  if (v === false || v === "false")
    return false;
  return unknown(isUnknown(v) ? v.$unknown : `${field} is not a boolean`);
}
function entryOf(r) {
  if (r.unresolvedProperties) {
    const u = unknown(r.unresolvedProperties.$unknown);
    const entry2 = { ruleNumber: u, egress: u, protocol: u, action: u, cidr: u, location: r.location };
    return withCondition(entry2, r.condition);
  }
  const p = r.properties;
  const cidr = p.CidrBlock !== void 0 ? str(p.CidrBlock, "CidrBlock") : p.Ipv6CidrBlock !== void 0 ? str(p.Ipv6CidrBlock, "Ipv6CidrBlock") : unknown("the entry sets no CidrBlock");
  const entry = {
    ruleNumber: num(p.RuleNumber, "RuleNumber"),
    egress: p.Egress === void 0 ? false : bool(p.Egress, "Egress"),
    protocol: isUnknown(p.Protocol) ? unknown(p.Protocol.$unknown) : str(p.Protocol, "Protocol"),
    action: isUnknown(p.RuleAction) ? unknown(p.RuleAction.$unknown) : typeof p.RuleAction === "string" ? p.RuleAction.toLowerCase() : unknown("RuleAction is not a string"),
    cidr,
    location: r.location
  };
  if (typeof entry.protocol === "string")
    entry.protocol = entry.protocol.toLowerCase();
  if (isObj(p.PortRange)) {
    if (p.PortRange.From !== void 0)
      entry.fromPort = num(p.PortRange.From, "PortRange.From");
    if (p.PortRange.To !== void 0)
      entry.toPort = num(p.PortRange.To, "PortRange.To");
  } else if (p.PortRange !== void 0) {
    entry.fromPort = unknown(isUnknown(p.PortRange) ? p.PortRange.$unknown : "PortRange is not a mapping");
    entry.toPort = entry.fromPort;
  }
  return withCondition(entry, r.condition);
}
function policyOf(t, r, o) {
  const p = r.properties;
  const name2 = typeof p.FirewallPolicyName === "string" ? p.FirewallPolicyName : void 0;
  const body2 = r.unresolvedProperties ?? withGroupRefs(t, r.logicalId, p.FirewallPolicy);
  return firewallPolicy(body2, `${r.pointer}/Properties/FirewallPolicy`, o, r.logicalId, name2, r.location);
}
function withGroupRefs(t, id, policy) {
  if (!isObj(policy))
    return policy;
  const resources = isObj(t.data.Resources) ? t.data.Resources : {};
  const raw = isObj(resources[id]) && isObj(resources[id].Properties) ? resources[id].Properties.FirewallPolicy : void 0;
  if (!isObj(raw))
    return policy;
  const out2 = { ...policy };
  for (const key of ["StatelessRuleGroupReferences", "StatefulRuleGroupReferences"]) {
    const refs = policy[key];
    const rawRefs = raw[key];
    if (!Array.isArray(refs) || !Array.isArray(rawRefs) || refs.length !== rawRefs.length)
      continue;
    out2[key] = refs.map((ref, i2) => {
      const arn = isObj(rawRefs[i2]) ? rawRefs[i2].ResourceArn : void 0;
      const getAtt = isObj(arn) ? arn["Fn::GetAtt"] : void 0;
      const target2 = Array.isArray(getAtt) ? getAtt[0] : typeof getAtt === "string" ? getAtt.split(".")[0] : void 0;
      const attribute = Array.isArray(getAtt) ? getAtt[1] : typeof getAtt === "string" ? getAtt.split(".").slice(1).join(".") : void 0;
      const isGroup2 = typeof target2 === "string" && isObj(resources[target2]) && resources[target2].Type === RULE_GROUP;
      if (!isObj(ref) || !isGroup2 || attribute !== "RuleGroupArn" || !isUnknown(ref.ResourceArn))
        return ref;
      return { ...ref, ResourceArn: { $resource: target2 } };
    });
  }
  return out2;
}
function groupOf(r, o) {
  const p = r.properties;
  const name2 = typeof p.RuleGroupName === "string" ? p.RuleGroupName : void 0;
  const body2 = r.unresolvedProperties ?? (alternativesOf(p.RuleGroup) ? unknown(p.RuleGroup.$unknown) : p.RuleGroup);
  return ruleGroup(body2, `${r.pointer}/Properties/RuleGroup`, o, {
    id: r.logicalId,
    ...name2 ? { name: name2 } : {},
    type: str(p.Type, "Type"),
    location: r.location
  });
}
function endpointOf(t, r) {
  const p = r.properties;
  const type = p.VpcEndpointType === void 0 ? "Gateway" : str(p.VpcEndpointType, "VpcEndpointType");
  const e = { id: r.logicalId, serviceName: serviceName(t, r), type, location: r.location };
  if (type !== "Gateway")
    e.privateDns = p.PrivateDnsEnabled === void 0 ? false : bool(p.PrivateDnsEnabled, "PrivateDnsEnabled");
  if (p.VpcId !== void 0)
    e.vpc = isResourceRef(p.VpcId) ? p.VpcId.$resource : str(p.VpcId, "VpcId");
  return withCondition(e, r.condition);
}
function serviceName(t, r) {
  const v = r.properties.ServiceName;
  if (typeof v === "string")
    return v;
  const raw = isObj(t.data.Resources) && isObj(t.data.Resources[r.logicalId]) ? t.data.Resources[r.logicalId].Properties : void 0;
  const sub = isObj(raw) && isObj(raw.ServiceName) ? raw.ServiceName["Fn::Sub"] : void 0;
  if (typeof sub === "string" && /^com\.amazonaws\.\$\{AWS::Region\}\.[a-z0-9.-]+$/.test(sub))
    return sub.replace("${AWS::Region}", "<region>");
  return str(v, "ServiceName");
}

// dist/inputs/cloudformation/network.js
var VPC = "AWS::EC2::VPC";
var VPC_CIDR = "AWS::EC2::VPCCidrBlock";
var GROUP = "AWS::EC2::SecurityGroup";
var INGRESS = "AWS::EC2::SecurityGroupIngress";
var EGRESS = "AWS::EC2::SecurityGroupEgress";
var NETWORK_TYPES = /* @__PURE__ */ new Set([VPC, VPC_CIDR, GROUP, INGRESS, EGRESS]);
var PREFIX_LIST = "AWS::EC2::PrefixList";
var PEER_FIELDS = {
  ingress: [
    ["CidrIp", "cidr4"],
    ["CidrIpv6", "cidr6"],
    ["SourceSecurityGroupId", "group"],
    ["SourceSecurityGroupName", "group"],
    ["SourcePrefixListId", "prefix-list"]
  ],
  egress: [
    ["CidrIp", "cidr4"],
    ["CidrIpv6", "cidr6"],
    ["DestinationSecurityGroupId", "group"],
    ["DestinationPrefixListId", "prefix-list"]
  ]
};
function hasNetworkResources(t) {
  const resources = t.data.Resources;
  return isObj(resources) && Object.values(resources).some((r) => isObj(r) && (NETWORK_TYPES.has(r.Type) || EGRESS_TYPES.has(r.Type)));
}
function toNetworkInputs(t, opts, config, text) {
  if (!hasNetworkResources(t))
    return [];
  const { scenarios, truncated } = expandScenarios(t, { ...opts, resourceTypes: READ_TYPES });
  const kept = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const scenario of scenarios) {
    const net = { ...buildNetwork(t, scenario, config), ...egressLayers(t, scenario, text) };
    const key = JSON.stringify(net);
    const same = byKey.get(key);
    if (same) {
      for (const k of Object.keys(same.scenario.parameters))
        if (scenario.parameters[k] !== same.scenario.parameters[k])
          delete same.scenario.parameters[k];
      continue;
    }
    const entry = { net, scenario: { ...scenario, parameters: { ...scenario.parameters } } };
    byKey.set(key, entry);
    kept.push(entry);
  }
  const labelled = kept.length > 1 || scenarios.some((s) => s.assumed.length > 0);
  return kept.map(({ net, scenario }) => {
    const input = { kind: "network", config, ...net };
    if (labelled)
      input.scenario = scenario.parameters;
    if (truncated)
      input.truncated = truncated;
    return input;
  });
}
function buildNetwork(t, s, config) {
  const vpcs = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const external2 = /* @__PURE__ */ new Map();
  const egressTargets = /* @__PURE__ */ new Set();
  for (const r of s.resources) {
    if (r.type === VPC)
      vpcs.set(r.logicalId, vpcOf(r));
    if (r.type === GROUP)
      groups.set(r.logicalId, groupOf2(t, r, config));
  }
  for (const r of s.resources) {
    if (r.type === VPC_CIDR)
      addCidrBlock(vpcs, r);
    if (r.type !== INGRESS && r.type !== EGRESS)
      continue;
    const direction = r.type === INGRESS ? "ingress" : "egress";
    const group = targetGroup(r, groups) ?? externalGroup(r, external2, config);
    const item = r.unresolvedProperties ?? r.properties;
    group[direction].push(...rulesOfItem(t, item, r.pointer, direction, r.condition));
    if (direction === "egress")
      egressTargets.add(group);
  }
  for (const g of egressTargets)
    g.implicitEgress = false;
  for (const r of s.resources)
    if (COMPUTE_GROUPS[r.type])
      markComputeGroups(r, groups);
  const prefixLists = s.resources.filter((r) => r.type === PREFIX_LIST).flatMap((r) => prefixListOf(r) ?? []);
  return {
    vpcs: [...vpcs.values()],
    securityGroups: [...groups.values(), ...external2.values()],
    ...prefixLists.length ? { prefixLists } : {}
  };
}
function prefixListOf(r) {
  const entries = r.unresolvedProperties ? void 0 : r.properties.Entries;
  if (!Array.isArray(entries))
    return void 0;
  const cidrs = entries.map((e) => isObj(e) && typeof e.Cidr === "string" ? e.Cidr : void 0);
  if (cidrs.some((c) => c === void 0))
    return void 0;
  return { id: r.logicalId, entries: cidrs, location: r.location };
}
var COMPUTE_GROUPS = {
  "AWS::EC2::Instance": [["SecurityGroupIds"], ["SecurityGroups"], ["NetworkInterfaces", "*", "GroupSet"]],
  "AWS::EC2::LaunchTemplate": [
    ["LaunchTemplateData", "SecurityGroupIds"],
    ["LaunchTemplateData", "SecurityGroups"],
    ["LaunchTemplateData", "NetworkInterfaces", "*", "Groups"]
  ],
  "AWS::AutoScaling::LaunchConfiguration": [["SecurityGroups"]],
  "AWS::ECS::Service": [["NetworkConfiguration", "AwsvpcConfiguration", "SecurityGroups"]],
  "AWS::ECS::TaskSet": [["NetworkConfiguration", "AwsVpcConfiguration", "SecurityGroups"]]
};
var ROLE_TAG = "runnerlint:role";
var READ_TYPES = /* @__PURE__ */ new Set([...NETWORK_TYPES, PREFIX_LIST, ...EGRESS_TYPES, ...Object.keys(COMPUTE_GROUPS)]);
function markComputeGroups(r, groups) {
  const role = computeRole(r);
  if (!role)
    return;
  const at3 = (v, path) => {
    if (path.length === 0)
      return Array.isArray(v) ? v : [];
    if (path[0] === "*")
      return Array.isArray(v) ? v.flatMap((x) => at3(x, path.slice(1))) : [];
    return isObj(v) ? at3(v[path[0]], path.slice(1)) : [];
  };
  for (const path of COMPUTE_GROUPS[r.type]) {
    for (const ref of at3(r.properties, path)) {
      if (!isResourceRef(ref) || ref.attribute !== void 0 && ref.attribute !== "GroupId")
        continue;
      const g = groups.get(ref.$resource);
      if (g && !g.computeRole)
        g.computeRole = { role, resource: r.logicalId };
    }
  }
}
function computeRole(r) {
  const specs = [
    r.properties.TagSpecifications,
    isObj(r.properties.LaunchTemplateData) ? r.properties.LaunchTemplateData.TagSpecifications : void 0
  ];
  const values = [r.tags?.[ROLE_TAG]];
  for (const list6 of specs) {
    if (!Array.isArray(list6))
      continue;
    for (const spec of list6) {
      if (!isObj(spec) || !Array.isArray(spec.Tags))
        continue;
      for (const t of spec.Tags)
        if (isObj(t) && t.Key === ROLE_TAG)
          values.push(t.Value);
    }
  }
  for (const v of values) {
    const role = typeof v === "string" ? v.trim().toLowerCase() : "";
    if (role === "environment" || role === "runner")
      return role;
  }
  return void 0;
}
function vpcOf(r) {
  const p = r.properties;
  const cidr = p.CidrBlock !== void 0 ? cidrOf(p.CidrBlock, "CidrBlock") : unknown(p.Ipv4IpamPoolId !== void 0 ? `VPC ${r.logicalId} takes its CIDR from an IPAM pool at deployment` : `VPC ${r.logicalId} sets no CidrBlock`);
  const vpc = { id: r.logicalId, cidrs: r.unresolvedProperties ? [plain(r.unresolvedProperties)] : [cidr], location: r.location };
  if (r.condition)
    vpc.condition = plain(r.condition);
  return vpc;
}
function addCidrBlock(vpcs, r) {
  const p = r.properties;
  const vpc = isResourceRef(p.VpcId) ? vpcs.get(p.VpcId.$resource) : void 0;
  if (!vpc)
    return;
  const cidrs = [];
  if (r.unresolvedProperties)
    cidrs.push(plain(r.unresolvedProperties));
  if (p.CidrBlock !== void 0)
    cidrs.push(cidrOf(p.CidrBlock, "CidrBlock"));
  else if (p.Ipv4IpamPoolId !== void 0)
    cidrs.push(unknown(`${r.logicalId} allocates an IPv4 CIDR from an IPAM pool at deployment`));
  if (p.Ipv6CidrBlock !== void 0)
    cidrs.push(cidrOf(p.Ipv6CidrBlock, "Ipv6CidrBlock"));
  else if (p.AmazonProvidedIpv6CidrBlock === true || p.AmazonProvidedIpv6CidrBlock === "true")
    cidrs.push(unknown(`${r.logicalId}: the Amazon-provided IPv6 CIDR is assigned at deployment`));
  else if (p.Ipv6IpamPoolId !== void 0)
    cidrs.push(unknown(`${r.logicalId} allocates an IPv6 CIDR from an IPAM pool at deployment`));
  for (const c of cidrs) {
    vpc.cidrs.push(r.condition && !isUnknown(c) ? unknown(`${r.logicalId} adds ${c} only if: ${r.condition.$unknown}`) : c);
  }
}
function cidrOf(v, field) {
  if (typeof v === "string")
    return v;
  return unknown(isUnknown(v) ? v.$unknown : `${field} is not a string`);
}
function groupOf2(t, r, config) {
  const p = r.properties;
  const name2 = optionalString(p.GroupName, "GroupName");
  const description = optionalString(p.GroupDescription, "GroupDescription");
  const vpc = p.VpcId === void 0 ? void 0 : isResourceRef(p.VpcId) ? p.VpcId.$resource : cidrOf(p.VpcId, "VpcId");
  const role = config.securityGroupRoles?.[r.logicalId];
  const out2 = {
    id: r.logicalId,
    ...name2 !== void 0 ? { name: name2 } : {},
    ...description !== void 0 ? { description } : {},
    ...vpc !== void 0 ? { vpc } : {},
    tags: r.tags ?? {},
    ...role ? { configRole: role } : {},
    location: r.location,
    ingress: [],
    egress: [],
    implicitEgress: false
  };
  if (r.unresolvedProperties) {
    out2.ingress = rulesOfItem(t, r.unresolvedProperties, r.pointer, "ingress", r.condition);
    out2.egress = rulesOfItem(t, r.unresolvedProperties, r.pointer, "egress", r.condition);
  } else {
    out2.ingress = rulesFrom(t, p.SecurityGroupIngress, `${r.pointer}/Properties/SecurityGroupIngress`, "ingress", r.condition);
    out2.egress = rulesFrom(t, p.SecurityGroupEgress, `${r.pointer}/Properties/SecurityGroupEgress`, "egress", r.condition);
    out2.implicitEgress = !mayHaveItems(p.SecurityGroupEgress);
    const at3 = {};
    if (p.SecurityGroupIngress !== void 0)
      at3.ingress = t.locate(`${r.pointer}/Properties/SecurityGroupIngress`);
    if (p.SecurityGroupEgress !== void 0)
      at3.egress = t.locate(`${r.pointer}/Properties/SecurityGroupEgress`);
    if (at3.ingress || at3.egress)
      out2.rulesAt = at3;
  }
  if (r.condition)
    out2.condition = plain(r.condition);
  return out2;
}
function optionalString(v, field) {
  return v === void 0 ? void 0 : cidrOf(v, field);
}
function mayHaveItems(v) {
  return v !== void 0 && !(Array.isArray(v) && v.length === 0);
}
function targetGroup(r, groups) {
  const p = r.properties;
  for (const target2 of [p.GroupId, p.GroupName]) {
    if (isResourceRef(target2) && (target2.attribute === void 0 || target2.attribute === "GroupId"))
      return groups.get(target2.$resource);
    if (typeof target2 === "string" && target2 === p.GroupName) {
      for (const g of groups.values())
        if (g.name === target2)
          return g;
    }
  }
  return void 0;
}
function externalGroup(r, external2, config) {
  const target2 = r.properties.GroupId ?? r.properties.GroupName;
  const id = typeof target2 === "string" ? target2 : isResourceRef(target2) ? target2.attribute ? `${target2.$resource}.${target2.attribute}` : target2.$resource : r.logicalId;
  let g = external2.get(id);
  if (!g) {
    g = { id, tags: {}, location: r.location, ingress: [], egress: [], implicitEgress: false };
    const role = config.securityGroupRoles?.[id];
    if (role)
      g.configRole = role;
    external2.set(id, g);
  }
  return g;
}
function listItems2(value, pointer, condition) {
  if (value === void 0)
    return [];
  const alternatives = alternativesOf(value);
  if (alternatives) {
    const cond = both(condition, value);
    return alternatives.flatMap((a) => listItems2(a, objectPointer(a) ?? pointer, cond));
  }
  if (!Array.isArray(value))
    return [
      { item: isUnknown(value) ? value : unknown("security group rules are not a list"), pointer, ...condition ? { condition } : {} }
    ];
  return value.flatMap((el, i2) => {
    const at3 = objectPointer(el) ?? `${pointer}/${i2}`;
    const alts = alternativesOf(el);
    if (!alts)
      return [{ item: el, pointer: at3, ...condition ? { condition } : {} }];
    const cond = both(condition, el);
    return alts.map((a) => ({ item: a, pointer: objectPointer(a) ?? at3, condition: cond }));
  });
}
function objectPointer(v) {
  return typeof v === "object" && v !== null ? pointerOf2(v) : void 0;
}
function rulesFrom(t, value, pointer, direction, condition) {
  return listItems2(value, pointer, void 0).flatMap((i2) => rulesOfItem(t, i2.item, i2.pointer, direction, both(i2.condition, condition)));
}
function rulesOfItem(t, item, pointer, direction, condition) {
  const location = t.locate(pointer);
  if (!isObj(item) || isUnknown(item)) {
    const reason2 = isUnknown(item) ? item.$unknown : "security group rule is not a mapping";
    const rule = {
      protocol: unknown(reason2),
      fromPort: unknown(reason2),
      toPort: unknown(reason2),
      peer: { kind: "unknown", reason: reason2 },
      location
    };
    return [withCondition2(rule, condition)];
  }
  const protocol = protocolOf(item.IpProtocol);
  const fromPort = portOf(item.FromPort, "FromPort");
  const toPort = portOf(item.ToPort, "ToPort");
  const description = typeof item.Description === "string" ? item.Description : void 0;
  return peersOf(item, direction).map(({ peer, condition: peerCondition }) => withCondition2({
    protocol,
    ...fromPort !== void 0 ? { fromPort } : {},
    ...toPort !== void 0 ? { toPort } : {},
    peer,
    ...description !== void 0 ? { description } : {},
    location
  }, both(condition, peerCondition)));
}
function withCondition2(rule, condition) {
  if (condition)
    rule.condition = plain(condition);
  return rule;
}
function peersOf(item, direction) {
  const out2 = [];
  for (const [field, kind] of PEER_FIELDS[direction]) {
    const v = item[field];
    if (v === void 0)
      continue;
    const alternatives = alternativesOf(v);
    if (alternatives)
      for (const a of alternatives)
        out2.push({ peer: peerOf(kind, a, field), condition: v });
    else
      out2.push({ peer: peerOf(kind, v, field) });
  }
  return out2;
}
function peerOf(kind, v, field) {
  if (isUnknown(v))
    return { kind: "unknown", reason: v.$unknown };
  if (isResourceRef(v)) {
    if (kind === "group")
      return { kind, group: v.attribute && v.attribute !== "GroupId" ? `${v.$resource}.${v.attribute}` : v.$resource };
    if (kind === "prefix-list")
      return { kind, id: v.$resource };
    return { kind: "unknown", reason: `${field} refers to resource ${v.$resource}` };
  }
  if (typeof v !== "string")
    return { kind: "unknown", reason: `${field} is not a string` };
  switch (kind) {
    case "cidr4":
    case "cidr6":
      return { kind, cidr: v };
    case "group":
      return { kind, group: v };
    case "prefix-list":
      return { kind, id: v };
    default:
      return { kind: "unknown", reason: `${field} is not understood` };
  }
}
function protocolOf(v) {
  if (typeof v === "string")
    return v.toLowerCase();
  if (typeof v === "number")
    return String(v);
  return unknown(isUnknown(v) ? v.$unknown : "the rule has no IpProtocol");
}
function portOf(v, field) {
  if (v === void 0)
    return void 0;
  if (typeof v === "number" && Number.isInteger(v))
    return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim()))
    return Number(v);
  return unknown(isUnknown(v) ? v.$unknown : `${field} is not a port number`);
}
function plain(u) {
  return unknown(u.$unknown);
}
function both(a, b) {
  if (!a || !b || a.$unknown === b.$unknown)
    return a ?? b;
  return unknown(`${a.$unknown}; ${b.$unknown}`);
}

// dist/inputs/cloudformation/scope.js
var ROLES = /* @__PURE__ */ new Set(["environment", "runner"]);
var PROTOCOLS = { tcp: "tcp", "6": "tcp", udp: "udp", "17": "udp" };
function templateScope(t, config, markers) {
  if (config.scope === "all")
    return { inScope: true };
  const resources = isObj(t.data.Resources) ? t.data.Resources : {};
  let groups = 0;
  for (const [id, r] of Object.entries(resources)) {
    if (!isObj(r))
      continue;
    const type = r.Type;
    if (typeof type !== "string")
      return { inScope: true };
    const props = r.Properties;
    if (CONTROL_TYPES.has(type))
      return { inScope: true };
    if (type === GROUP) {
      groups++;
      const role = roleOf(config.securityGroupRoles?.[id] ?? tagRole(props));
      if (role === "none")
        continue;
      if (role !== "no")
        return { inScope: true };
      if (!isObj(props) || anyItemMarks(props.SecurityGroupIngress, markers))
        return { inScope: true };
    } else if (type === INGRESS || type === EGRESS) {
      if (!isObj(props))
        return { inScope: true };
      const target2 = props.GroupId;
      const configured = typeof target2 === "string" ? roleOf(config.securityGroupRoles?.[target2]) : "no";
      if (configured !== "no" && configured !== "none")
        return { inScope: true };
      if (type === INGRESS && configured !== "none" && itemMarks(props, markers))
        return { inScope: true };
    } else if (COMPUTE_GROUPS[type] && computeTagged(props)) {
      return { inScope: true };
    }
  }
  return { inScope: false, reason: "no runner resources", groups };
}
function roleOf(v) {
  if (v === void 0)
    return "no";
  if (typeof v !== "string")
    return "maybe";
  const r = v.trim().toLowerCase();
  return ROLES.has(r) ? "runner" : r === "none" ? "none" : "no";
}
function tagRole(props) {
  if (!isObj(props) || props.Tags === void 0)
    return void 0;
  if (!Array.isArray(props.Tags))
    return {};
  for (const tag of props.Tags) {
    if (!isObj(tag))
      return {};
    if (tag.Key === ROLE_TAG)
      return tag.Value;
    if (typeof tag.Key !== "string")
      return {};
  }
  return void 0;
}
function computeTagged(props) {
  if (!isObj(props))
    return true;
  const own = roleOf(tagRole(props));
  if (own === "runner" || own === "maybe")
    return true;
  const data = isObj(props.LaunchTemplateData) ? props.LaunchTemplateData : {};
  for (const specs of [props.TagSpecifications, data.TagSpecifications]) {
    if (specs === void 0)
      continue;
    if (!Array.isArray(specs))
      return true;
    for (const s of specs) {
      const r = roleOf(tagRole(s));
      if (r === "runner" || r === "maybe")
        return true;
    }
  }
  return false;
}
function plain2(v) {
  return typeof v === "string" || typeof v === "number";
}
function anyItemMarks(list6, markers) {
  if (list6 === void 0)
    return false;
  if (!Array.isArray(list6))
    return true;
  return list6.some((item) => itemMarks(item, markers));
}
function itemMarks(item, markers) {
  if (!isObj(item) || Object.keys(item).some((k) => k === "Ref" || k.startsWith("Fn::")))
    return true;
  const { IpProtocol: p, FromPort: f, ToPort: t } = item;
  if (p === void 0 || f === void 0 || t === void 0)
    return false;
  if (!plain2(p) || !plain2(f) || !plain2(t))
    return true;
  const protocol = PROTOCOLS[String(p).trim().toLowerCase()];
  const from = Number(f);
  const to = Number(t);
  if (!Number.isInteger(from) || !Number.isInteger(to))
    return false;
  return markers.some((m) => m.protocol === protocol && from >= 0 && from <= m.port && m.port <= to && to - from < 65535);
}

// dist/inputs/cloudformation/loader.js
var cloudFormationLoader = {
  name: "cloudformation",
  detect: (file) => file.structured && isCloudFormation(file.document().data),
  load(file, ctx) {
    const { template: template2, incomplete } = templateOf2(file, ctx);
    if (!hasNetworkResources(template2) && !incomplete)
      return [];
    const scope = ctx.markerPorts && !incomplete ? templateScope(template2, ctx.config, ctx.markerPorts) : { inScope: true };
    if (!scope.inScope)
      return [{ kind: "network", file: file.path, input: {}, outOfScope: { reason: scope.reason, groups: scope.groups } }];
    const opts = { parameters: ctx.parameters };
    if (ctx.config.region !== void 0)
      opts.region = ctx.config.region;
    if (ctx.config.accountId !== void 0)
      opts.accountId = ctx.config.accountId;
    if (ctx.maxScenarios !== void 0)
      opts.maxScenarios = ctx.maxScenarios;
    const inputs = toNetworkInputs(template2, opts, ctx.config, file.text);
    if (incomplete)
      for (const input of inputs)
        input.truncated ??= incomplete;
    return inputs.map((input) => ({ kind: "network", file: file.path, input }));
  }
};

// dist/inputs/scp/policy.js
var isObj3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function unresolvedReason(v) {
  if (!isObj3(v))
    return void 0;
  if (typeof v.$unknown === "string")
    return v.$unknown;
  const keys = Object.keys(v);
  if (keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::")))
    return `${keys[0]} cannot be resolved offline`;
  return void 0;
}
function findUnresolved(v) {
  const r = unresolvedReason(v);
  if (r)
    return r;
  if (Array.isArray(v))
    for (const x of v) {
      const i2 = findUnresolved(x);
      if (i2)
        return i2;
    }
  if (isObj3(v))
    for (const x of Object.values(v)) {
      const i2 = findUnresolved(x);
      if (i2)
        return i2;
    }
  return void 0;
}
function isPolicyDocument(v) {
  return isObj3(v) && "Statement" in v && Object.keys(v).every((k) => k === "Version" || k === "Id" || k === "Statement");
}
function isDeclarativeDocument(v) {
  return isObj3(v) && isObj3(v.ec2_attributes);
}
function strings2(v) {
  if (typeof v === "string")
    return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string"))
    return v;
  return void 0;
}
function scalarString2(v) {
  if (typeof v === "string")
    return v;
  if (typeof v === "number" || typeof v === "boolean")
    return String(v);
  return void 0;
}
function scpPolicy(content, src) {
  const locate = src.locate ?? (() => src.location);
  const policy = {
    id: src.id,
    name: src.name,
    awsManaged: src.awsManaged ?? false,
    location: src.location,
    size: null,
    statements: []
  };
  const unresolved = unresolvedReason(content);
  if (unresolved)
    return { ...policy, unresolved };
  if (!isObj3(content) || !("Statement" in content))
    return { ...policy, unresolved: "the content is not a policy document (no Statement)" };
  if (!findUnresolved(content)) {
    const minified = JSON.stringify(content).length;
    policy.size = { raw: src.rawLength ?? minified, minified };
  }
  const st = content.Statement;
  const list6 = Array.isArray(st) ? st : [st];
  list6.forEach((s, i2) => {
    const pointer = Array.isArray(st) ? joinPointer("", "Statement", i2) : "/Statement";
    policy.statements.push(statement(s, i2, pointer, locate));
  });
  return policy;
}
function knownParts(s) {
  if (!isObj3(s))
    return {};
  const out2 = {};
  if (typeof s.Effect === "string")
    out2.effect = s.Effect;
  for (const [field, key] of [
    ["action", "Action"],
    ["notAction", "NotAction"]
  ]) {
    const v = key in s && !findUnresolved(s[key]) ? strings2(s[key]) : void 0;
    if (v)
      out2[field] = v;
  }
  return out2;
}
function statement(s, index, pointer, locate) {
  const location = locate(pointer);
  const out2 = { index, effect: "", condition: [], location };
  const reason2 = unresolvedReason(s) ?? findUnresolved(s);
  if (reason2 || !isObj3(s))
    return { ...out2, ...knownParts(s), unresolved: reason2 ?? "the statement is not an object" };
  if (typeof s.Sid === "string")
    out2.sid = s.Sid;
  out2.effect = typeof s.Effect === "string" ? s.Effect : "";
  const lists = [
    ["action", "Action"],
    ["notAction", "NotAction"],
    ["resource", "Resource"],
    ["notResource", "NotResource"]
  ];
  for (const [field, key] of lists) {
    if (!(key in s))
      continue;
    const v = strings2(s[key]);
    if (!v)
      return { ...out2, unresolved: `${key} is not a string or a list of strings` };
    out2[field] = v;
  }
  if (s.Condition !== void 0) {
    if (!isObj3(s.Condition))
      return { ...out2, unresolved: "Condition is not an object" };
    for (const [operator, keys] of Object.entries(s.Condition)) {
      if (!isObj3(keys))
        return { ...out2, unresolved: `Condition ${operator} is not an object` };
      for (const [key, value] of Object.entries(keys)) {
        const raw = Array.isArray(value) ? value : [value];
        const values = raw.map(scalarString2);
        if (values.some((v) => v === void 0))
          return { ...out2, unresolved: `Condition ${operator} ${key} has a value that is not a string, number or boolean` };
        const block2 = {
          operator,
          key,
          values,
          location: locate(joinPointer(pointer, "Condition", operator, key))
        };
        out2.condition.push(block2);
      }
    }
  }
  return out2;
}
function declarativePolicy(content, src) {
  const base = { id: src.id, name: src.name, location: src.location };
  const unresolved = unresolvedReason(content) ?? findUnresolved(content);
  if (unresolved)
    return { ...base, unresolved };
  if (!isDeclarativeDocument(content))
    return { ...base, unresolved: "the content has no ec2_attributes" };
  const settings = content.ec2_attributes.allowed_images_settings;
  const location = src.locate ? src.locate("/ec2_attributes/allowed_images_settings") : src.location;
  return isObj3(settings) ? { ...base, location, settings } : base;
}
function fullAwsAccess(location) {
  return {
    id: "p-FullAWSAccess",
    name: "FullAWSAccess",
    awsManaged: true,
    location,
    size: null,
    statements: [{ index: 0, effect: "Allow", action: ["*"], resource: ["*"], condition: [], location }]
  };
}

// dist/inputs/scp/loaders.js
var isObj4 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var SCP_TYPE = "SERVICE_CONTROL_POLICY";
var DECLARATIVE_EC2_TYPE = "DECLARATIVE_POLICY_EC2";
var ORG_POLICY_RESOURCE = "AWS::Organizations::Policy";
function isDescribePolicy(v) {
  return isObj4(v) && isObj4(v.Policy) && isObj4(v.Policy.PolicySummary) && "Content" in v.Policy;
}
var isPolicyItem = (v) => isPolicyDocument(v) || isDeclarativeDocument(v) || isDescribePolicy(v) || isObj4(v) && isObj4(v.PolicySummary) && "Content" in v;
function policyItems(data) {
  if (isPolicyItem(data))
    return [{ item: data, pointer: "" }];
  const list6 = Array.isArray(data) ? { items: data, base: "" } : isObj4(data) && Array.isArray(data.Policies) && Object.keys(data).every((k) => k === "Policies" || k === "NextToken") ? { items: data.Policies, base: "/Policies" } : void 0;
  if (!list6 || list6.items.length === 0 || !list6.items.every(isPolicyItem))
    return void 0;
  return list6.items.map((item, i2) => ({ item, pointer: joinPointer(list6.base, i2) }));
}
function emptyOrganization(ctx, source, file) {
  const at3 = { file, line: 1, column: 1 };
  const account = ctx.config.accountId ?? "account";
  return {
    kind: "organization",
    config: ctx.config,
    source,
    account: { ...ctx.config.accountId ? { id: ctx.config.accountId } : {}, management: false },
    scpEnabled: true,
    levels: [{ kind: "account", id: account, name: "the account", policies: [fullAwsAccess(at3)] }],
    declarativeEnabled: true,
    declarative: [{ kind: "account", id: account, name: "the account", policies: [] }]
  };
}
function add(org, scp, decl) {
  if (scp)
    org.levels[0].policies.push(scp);
  if (decl)
    org.declarative[0].policies.push(decl);
}
function fromContentString(text, file) {
  try {
    return { content: parseSource(file, text).data, raw: text.length };
  } catch (e) {
    return { content: { $unknown: `the policy content is not valid JSON (${e.message})` }, raw: text.length };
  }
}
var scpFileLoader = {
  name: "scp-policy",
  detect(file) {
    if (!file.structured)
      return false;
    return policyItems(file.document().data) !== void 0 && !isCloudFormation(file.document().data);
  },
  load(file, ctx) {
    const doc = file.document();
    const org = emptyOrganization(ctx, "policy-file", file.path);
    const items = policyItems(doc.data) ?? [];
    items.forEach(({ item, pointer }, i2) => {
      const base = file.path.replace(/^.*[\\/]/, "");
      const name2 = items.length > 1 ? `${base}#${i2}` : base;
      const locateIn = (p) => doc.locate(pointer + p);
      if (isPolicyDocument(item)) {
        add(org, scpPolicy(item, {
          id: name2,
          name: name2,
          location: doc.locate(pointer),
          locate: locateIn,
          ...items.length === 1 ? { rawLength: file.text.trim().length } : {}
        }), void 0);
      } else if (isDeclarativeDocument(item)) {
        add(org, void 0, declarativePolicy(item, { id: name2, name: name2, location: doc.locate(pointer), locate: locateIn }));
      } else {
        const p = isDescribePolicy(item) ? item.Policy : item;
        const ptr = isDescribePolicy(item) ? joinPointer(pointer, "Policy") : pointer;
        const summary = p.PolicySummary;
        const id = typeof summary.Id === "string" ? summary.Id : name2;
        const pname = typeof summary.Name === "string" ? summary.Name : id;
        const at3 = doc.locate(joinPointer(ptr, "Content"));
        const { content, raw } = typeof p.Content === "string" ? fromContentString(p.Content, file.path) : { content: p.Content, raw: void 0 };
        const src = {
          id,
          name: pname,
          awsManaged: summary.AwsManaged === true,
          location: at3,
          ...raw !== void 0 ? { rawLength: raw } : {}
        };
        if (summary.Type === SCP_TYPE || summary.Type === void 0 && isPolicyDocument(content))
          add(org, scpPolicy(content, src), void 0);
        else if (summary.Type === DECLARATIVE_EC2_TYPE)
          add(org, void 0, declarativePolicy(content, src));
      }
    });
    return [{ kind: "organization", file: file.path, input: org, merge: true }];
  }
};
function orgResources(data) {
  if (!isCloudFormation(data))
    return [];
  const resources = data.Resources;
  if (!isObj4(resources))
    return [];
  return Object.entries(resources).filter((e) => isObj4(e[1]) && e[1].Type === ORG_POLICY_RESOURCE);
}
function loopsOverOrgPolicies(data) {
  if (!isCloudFormation(data))
    return false;
  const resources = data.Resources;
  if (!isObj4(resources))
    return false;
  const inLoop = (v, depth) => depth < 64 && (Array.isArray(v) ? v.some((x) => inLoop(x, depth + 1)) : isObj4(v) && (v.Type === ORG_POLICY_RESOURCE || Object.values(v).some((x) => inLoop(x, depth + 1))));
  return Object.entries(resources).some(([k, v]) => k.startsWith(FOREACH_PREFIX) && inLoop(v, 0));
}
var cloudFormationOrganizationsLoader = {
  name: "cloudformation-organizations",
  detect(file) {
    if (!file.structured)
      return false;
    const data = file.document().data;
    return orgResources(data).length > 0 || loopsOverOrgPolicies(data);
  },
  load(file, ctx) {
    const expansion = templateOf2(file, ctx);
    const doc = expansion.template;
    const org = emptyOrganization(ctx, "cloudformation", file.path);
    for (const [logicalId, res] of orgResources(doc.data)) {
      const props = isObj4(res.Properties) ? res.Properties : {};
      const base = joinPointer("", "Resources", logicalId, "Properties");
      const name2 = typeof props.Name === "string" ? props.Name : logicalId;
      const at3 = doc.locate(joinPointer(base, "Content"));
      let content = props.Content;
      let locate = (p) => doc.locate(joinPointer(base, "Content") + p);
      let rawLength;
      if (typeof content === "string") {
        ({ content, raw: rawLength } = fromContentString(content, file.path));
        locate = void 0;
      }
      const type = typeof props.Type === "string" ? props.Type : unresolvedReason(props.Type) ? void 0 : "";
      const src = { id: logicalId, name: name2, location: at3, ...locate ? { locate } : {}, ...rawLength !== void 0 ? { rawLength } : {} };
      if (type === SCP_TYPE)
        add(org, scpPolicy(content, src), void 0);
      else if (type === DECLARATIVE_EC2_TYPE)
        add(org, void 0, declarativePolicy(content, src));
      else if (type === void 0)
        add(org, { ...scpPolicy(content, src), unresolved: "the policy Type cannot be resolved offline" }, void 0);
    }
    return [
      {
        kind: "organization",
        file: file.path,
        input: expansion.incompleteOrganization ? { ...org, truncated: expansion.incompleteOrganization } : org
      }
    ];
  }
};

// dist/inputs/scp/snapshot.js
var SNAPSHOT_VERSION = 1;
var KINDS = { ROOT: "root", ORGANIZATIONAL_UNIT: "ou", ACCOUNT: "account" };
function isSnapshot(v) {
  return typeof v === "object" && v !== null && v.runnerlintSnapshot === SNAPSHOT_VERSION && Array.isArray(v.accounts);
}
function policyTypeEnabled(s, type) {
  return s.roots.some((r) => (r.PolicyTypes ?? []).some((t) => t.Type === type && t.Status === "ENABLED"));
}
function snapshotInputs(s, doc, ctx) {
  const runner = ctx.config.accountId;
  if (runner && !s.accounts.some((a) => a.Id === runner)) {
    return [
      {
        kind: "organization",
        file: doc.file,
        input: {},
        outOfScope: { reason: `not the runner's account (accountId ${runner})`, groups: 0 }
      }
    ];
  }
  const parsed = /* @__PURE__ */ new Map();
  const contentOf = (id) => {
    let p = parsed.get(id);
    const pretty = s.policies[id]?.Document;
    if (!p && pretty && typeof pretty === "object") {
      p = { content: pretty, raw: (s.policies[id]?.Content ?? "").length, at: joinPointer("", "policies", id, "Document") };
      parsed.set(id, p);
    }
    if (!p) {
      const text = s.policies[id]?.Content ?? "";
      try {
        p = { content: parseSource(doc.file, text).data, raw: text.length };
      } catch (e) {
        p = { content: { $unknown: `policy ${id}: the content is not valid JSON (${e.message})` }, raw: text.length };
      }
      parsed.set(id, p);
    }
    return p;
  };
  const scpEnabled = policyTypeEnabled(s, SCP_TYPE);
  const declarativeEnabled = policyTypeEnabled(s, DECLARATIVE_EC2_TYPE);
  const judged2 = s.accounts.map((a, ai) => ({ a, ai })).filter(({ a }) => !runner || a.Id === runner);
  return judged2.map(({ a, ai }) => {
    const levels = [];
    const declarative = [];
    a.Path.forEach((t, ti) => {
      const at3 = doc.locate(joinPointer("", "accounts", ai, "Path", ti));
      const common = { kind: KINDS[t.Type], id: t.Id, ...t.Name ? { name: t.Name } : {} };
      const src = (id) => {
        const summary = s.policies[id]?.PolicySummary;
        const { raw, at: at4 } = contentOf(id);
        const where3 = at4 ?? joinPointer("", "policies", id, "Content");
        return {
          id,
          name: summary?.Name ?? id,
          awsManaged: summary?.AwsManaged === true,
          location: doc.locate(where3),
          rawLength: raw,
          ...at4 ? { locate: (p) => doc.locate(at4 + p) } : {}
        };
      };
      const missing = (id) => ({ $unknown: `policy ${id} is attached but was not read` });
      levels.push({
        ...common,
        location: at3,
        policies: (t.Policies[SCP_TYPE] ?? []).map((id) => scpPolicy(s.policies[id] ? contentOf(id).content : missing(id), src(id)))
      });
      declarative.push({
        ...common,
        policies: (t.Policies[DECLARATIVE_EC2_TYPE] ?? []).map((id) => declarativePolicy(s.policies[id] ? contentOf(id).content : missing(id), src(id)))
      });
    });
    const input = {
      kind: "organization",
      config: { ...ctx.config, accountId: a.Id },
      source: "snapshot",
      account: { id: a.Id, ...a.Name ? { name: a.Name } : {}, management: s.organization.MasterAccountId === a.Id },
      organization: {
        ...s.organization.Id ? { id: s.organization.Id } : {},
        ...s.organization.MasterAccountId ? { managementAccountId: s.organization.MasterAccountId } : {}
      },
      scpEnabled,
      levels,
      declarativeEnabled,
      declarative
    };
    if (judged2.length > 1)
      input.scenario = { account: a.Name ? `${a.Id} (${a.Name})` : a.Id };
    return { kind: "organization", file: doc.file, input };
  });
}
var snapshotLoader = {
  name: "org-audit-snapshot",
  detect: (file) => file.structured && isSnapshot(file.document().data),
  load: (file, ctx) => snapshotInputs(file.document().data, file.document(), ctx)
};

// dist/inputs/securitygroup/describe-security-groups.js
var isObj5 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var list3 = (v) => Array.isArray(v) ? v : [];
function looksLike(file, key, idKey) {
  if (!file.structured)
    return false;
  const data = file.document().data;
  if (!isObj5(data) || !Array.isArray(data[key]))
    return false;
  const first = data[key][0];
  return first === void 0 || isObj5(first) && idKey in first;
}
function expectArray(doc, value, pointer) {
  if (value === void 0)
    return [];
  if (!Array.isArray(value)) {
    const at3 = doc.locate(pointer);
    throw new RunnerlintError("UNSUPPORTED_INPUT", `expected a list at ${pointer}`, doc.file, at3);
  }
  return value;
}
function peersOf2(doc, perm, base) {
  const out2 = [];
  const add2 = (key, make) => {
    expectArray(doc, perm[key], joinPointer(base, key)).forEach((e, i2) => {
      if (!isObj5(e))
        return;
      const peer = make(e);
      const description = typeof e.Description === "string" ? e.Description : void 0;
      if (peer)
        out2.push({ peer, pointer: joinPointer(base, key, i2), ...description ? { description } : {} });
    });
  };
  add2("IpRanges", (e) => typeof e.CidrIp === "string" ? { kind: "cidr4", cidr: e.CidrIp } : void 0);
  add2("Ipv6Ranges", (e) => typeof e.CidrIpv6 === "string" ? { kind: "cidr6", cidr: e.CidrIpv6 } : void 0);
  add2("PrefixListIds", (e) => typeof e.PrefixListId === "string" ? { kind: "prefix-list", id: e.PrefixListId } : void 0);
  add2("UserIdGroupPairs", (e) => {
    const g = e.GroupId ?? e.GroupName;
    return typeof g === "string" ? { kind: "group", group: g } : { kind: "unknown", reason: "group pair without GroupId" };
  });
  return out2;
}
function rulesOf(doc, perms, base) {
  const rules = [];
  expectArray(doc, perms, base).forEach((p, i2) => {
    if (!isObj5(p))
      return;
    const permPointer = joinPointer(base, i2);
    const protocol = String(p.IpProtocol ?? "").toLowerCase();
    for (const { peer, pointer, description } of peersOf2(doc, p, permPointer)) {
      const rule = { protocol, peer, location: doc.locate(pointer) };
      if (typeof p.FromPort === "number")
        rule.fromPort = p.FromPort;
      if (typeof p.ToPort === "number")
        rule.toPort = p.ToPort;
      if (description)
        rule.description = description;
      rules.push(rule);
    }
  });
  return rules;
}
function tagsOf(v) {
  const tags = {};
  for (const t of list3(v))
    if (isObj5(t) && typeof t.Key === "string")
      tags[t.Key] = String(t.Value ?? "");
  return tags;
}
function emptyNetwork(ctx) {
  return { kind: "network", config: ctx.config, vpcs: [], securityGroups: [] };
}
var describeSecurityGroupsLoader = {
  name: "describe-security-groups",
  detect: (file) => looksLike(file, "SecurityGroups", "GroupId"),
  load(file, ctx) {
    const doc = file.document();
    const data = doc.data;
    const net = emptyNetwork(ctx);
    data.SecurityGroups.forEach((g, i2) => {
      if (!isObj5(g))
        return;
      const base = joinPointer("", "SecurityGroups", i2);
      const id = String(g.GroupId);
      const group = {
        id,
        tags: tagsOf(g.Tags),
        location: doc.locate(base),
        ingress: rulesOf(doc, g.IpPermissions, joinPointer(base, "IpPermissions")),
        egress: rulesOf(doc, g.IpPermissionsEgress, joinPointer(base, "IpPermissionsEgress")),
        // An export lists AWS's default egress rule explicitly when it is there.
        implicitEgress: false
      };
      const at3 = {};
      if (g.IpPermissions !== void 0)
        at3.ingress = doc.locate(joinPointer(base, "IpPermissions"));
      if (g.IpPermissionsEgress !== void 0)
        at3.egress = doc.locate(joinPointer(base, "IpPermissionsEgress"));
      if (at3.ingress || at3.egress)
        group.rulesAt = at3;
      if (typeof g.GroupName === "string")
        group.name = g.GroupName;
      if (typeof g.Description === "string")
        group.description = g.Description;
      if (typeof g.VpcId === "string")
        group.vpc = g.VpcId;
      const role = ctx.config.securityGroupRoles?.[id];
      if (role)
        group.configRole = role;
      net.securityGroups.push(group);
    });
    return [{ kind: "network", file: file.path, input: net, merge: true }];
  }
};
var describeVpcsLoader = {
  name: "describe-vpcs",
  detect: (file) => looksLike(file, "Vpcs", "VpcId"),
  load(file, ctx) {
    const doc = file.document();
    const data = doc.data;
    const net = emptyNetwork(ctx);
    data.Vpcs.forEach((v, i2) => {
      if (!isObj5(v))
        return;
      const cidrs = /* @__PURE__ */ new Set();
      if (typeof v.CidrBlock === "string")
        cidrs.add(v.CidrBlock);
      for (const a of list3(v.CidrBlockAssociationSet)) {
        if (isObj5(a) && typeof a.CidrBlock === "string" && (!isObj5(a.CidrBlockState) || a.CidrBlockState.State === "associated"))
          cidrs.add(a.CidrBlock);
      }
      for (const a of list3(v.Ipv6CidrBlockAssociationSet)) {
        if (isObj5(a) && typeof a.Ipv6CidrBlock === "string")
          cidrs.add(a.Ipv6CidrBlock);
      }
      const vpc = { id: String(v.VpcId), cidrs: [...cidrs], location: doc.locate(joinPointer("", "Vpcs", i2)) };
      net.vpcs.push(vpc);
    });
    return [{ kind: "network", file: file.path, input: net, merge: true }];
  }
};

// dist/model/proxy.js
var PROXY_VARIABLE = /^(no|https?|all)_proxy$/i;

// dist/inputs/dotenv/parse.js
var NAME2 = /[A-Za-z_][A-Za-z0-9_.-]*/y;
var BLANK = /[ \t]*/y;
var Cursor = class {
  text;
  file;
  pos = 0;
  lineStarts = [0];
  constructor(text, file) {
    this.text = text;
    this.file = file;
    for (let i2 = 0; i2 < text.length; i2++)
      if (text[i2] === "\n")
        this.lineStarts.push(i2 + 1);
  }
  position(offset = this.pos) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset)
        lo = mid;
      else
        hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }
  get eof() {
    return this.pos >= this.text.length;
  }
  peek() {
    return this.text[this.pos] ?? "";
  }
  match(re) {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m)
      return void 0;
    this.pos += m[0].length;
    return m[0];
  }
  skipBlanks() {
    this.match(BLANK);
  }
  /** Skips to the start of the next line (or the end). */
  endOfLine() {
    if (this.peek() === "\r" && this.text[this.pos + 1] === "\n")
      this.pos++;
    if (this.peek() === "\n")
      this.pos++;
  }
  atLineEnd() {
    return this.eof || this.peek() === "\n" || this.peek() === "\r" && this.text[this.pos + 1] === "\n";
  }
  fail(message, offset = this.pos) {
    throw new RunnerlintError("DOTENV_PARSE", message, this.file, this.position(offset));
  }
};
function parseDotenv(file, text) {
  const c = new Cursor(text, file);
  const out2 = [];
  const defined = /* @__PURE__ */ new Map();
  while (!c.eof) {
    c.skipBlanks();
    if (c.atLineEnd()) {
      c.endOfLine();
      continue;
    }
    if (c.peek() === "#") {
      skipComment(c);
      continue;
    }
    const lineStart = c.pos;
    let exported = false;
    const word = c.match(/export[ \t]+/y);
    if (word) {
      exported = true;
      if (c.peek() === "=" || c.atLineEnd()) {
        c.pos = lineStart;
        exported = false;
      }
    }
    const nameAt = c.pos;
    const name2 = c.match(NAME2);
    if (!name2)
      c.fail(`expected a variable name, found ${describe(c.peek())}`);
    c.skipBlanks();
    if (c.peek() !== "=") {
      if (exported && c.atLineEnd())
        c.fail(`\`export ${name2}\` without a value is not supported: write export ${name2}=VALUE`, nameAt);
      c.fail(`expected "=" after ${name2}, found ${describe(c.peek())}`);
    }
    c.pos++;
    c.skipBlanks();
    const value = readValue(c, defined);
    const { line, column } = c.position(nameAt);
    out2.push({ name: name2, value, line, column, exported });
    defined.set(name2, value);
  }
  return out2;
}
function describe(ch) {
  if (ch === "" || ch === "\n" || ch === "\r")
    return "the end of the line";
  return JSON.stringify(ch);
}
function skipComment(c) {
  while (!c.atLineEnd())
    c.pos++;
  c.endOfLine();
}
function finishLine(c, what) {
  c.skipBlanks();
  if (c.atLineEnd())
    return c.endOfLine();
  if (c.peek() === "#")
    return skipComment(c);
  c.fail(`unexpected ${describe(c.peek())} after ${what} (quote the whole value, or start a comment with " #")`);
}
function readValue(c, defined) {
  const q = c.peek();
  if (q === "'") {
    const open = c.pos++;
    const end = c.text.indexOf("'", c.pos);
    if (end < 0)
      c.fail("unterminated single-quoted value", open);
    const value = c.text.slice(c.pos, end);
    c.pos = end + 1;
    finishLine(c, "the closing quote");
    return value;
  }
  if (q === '"') {
    const open = c.pos++;
    const parts3 = [];
    let lit2 = "";
    for (; ; ) {
      if (c.eof)
        c.fail("unterminated double-quoted value", open);
      const ch = c.text[c.pos];
      if (ch === '"') {
        c.pos++;
        break;
      }
      if (ch === "\\") {
        const next = c.text[c.pos + 1];
        if (next === void 0)
          c.fail("unterminated double-quoted value", open);
        const esc = ESCAPES[next];
        if (esc !== void 0) {
          lit2 += esc;
          c.pos += 2;
          continue;
        }
        if (next === "\n") {
          c.pos += 2;
          continue;
        }
        lit2 += ch + next;
        c.pos += 2;
        continue;
      }
      if (ch === "$") {
        const ref = readReference(c);
        if (ref) {
          parts3.push(lit2, { ref });
          lit2 = "";
          continue;
        }
      }
      lit2 += ch;
      c.pos++;
    }
    parts3.push(lit2);
    finishLine(c, "the closing quote");
    return expand(parts3, defined);
  }
  const parts2 = [];
  let lit = "";
  while (!c.atLineEnd()) {
    const ch = c.peek();
    if (ch === "#" && /[ \t]/.test(c.text[c.pos - 1] ?? ""))
      break;
    if (ch === "$") {
      const ref = readReference(c);
      if (ref) {
        parts2.push(lit, { ref });
        lit = "";
        continue;
      }
    }
    lit += ch;
    c.pos++;
  }
  parts2.push(lit.replace(/[ \t]+$/, ""));
  if (c.peek() === "#")
    skipComment(c);
  else
    c.endOfLine();
  return expand(parts2, defined);
}
var ESCAPES = { n: "\n", r: "\r", t: "	", "\\": "\\", '"': '"', $: "$", "`": "`" };
function readReference(c) {
  const braced = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/y;
  const bare = /\$([A-Za-z_][A-Za-z0-9_]*)/y;
  for (const re of [braced, bare]) {
    re.lastIndex = c.pos;
    const m = re.exec(c.text);
    if (m) {
      c.pos += m[0].length;
      return m[1];
    }
  }
  if (c.text[c.pos + 1] === "{")
    c.fail("unsupported ${...} expression: only ${NAME} is expanded");
  return void 0;
}
function expand(parts2, defined) {
  let out2 = "";
  for (const p of parts2) {
    if (typeof p === "string") {
      out2 += p;
      continue;
    }
    const v = defined.get(p.ref);
    if (v === void 0)
      return unknown(`references $${p.ref}, which is not defined earlier in the file`);
    if (typeof v !== "string")
      return unknown(`references $${p.ref}, which is unknown (${v.$unknown})`);
    out2 += v;
  }
  return out2;
}

// dist/inputs/dotenv/loader.js
var DOTENV = /\.env$|(^|[\\/])\.env\.[\w-]+$/i;
var dotenvLoader = {
  name: "dotenv",
  detect(file) {
    return DOTENV.test(file.path);
  },
  load(file, ctx) {
    const variables2 = parseDotenv(file.path, file.text).filter((v) => PROXY_VARIABLE.test(v.name)).map((v) => ({ name: v.name, value: v.value, location: { file: file.path, line: v.line, column: v.column } }));
    const input = {
      kind: "proxy",
      config: ctx.config,
      environments: [{ source: "dotenv", name: file.path, location: { file: file.path, line: 1, column: 1 }, variables: variables2 }]
    };
    return [{ kind: "proxy", file: file.path, input }];
  }
};

// dist/inputs/network-firewall/exports.js
var isObj6 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function documents(file) {
  if (!file.structured)
    return [];
  const data = file.document().data;
  if (Array.isArray(data))
    return data.flatMap((d, i2) => isObj6(d) ? [{ doc: d, pointer: joinPointer("", i2) }] : []);
  return isObj6(data) ? [{ doc: data, pointer: "" }] : [];
}
var isPolicy = (d) => isObj6(d.FirewallPolicy) && isObj6(d.FirewallPolicyResponse);
var isGroup = (d) => isObj6(d.RuleGroupResponse) && (isObj6(d.RuleGroup) || d.RuleGroup === void 0);
function origin(file) {
  const doc = file.document();
  return { file: file.path, text: file.text, locate: (p) => doc.locate(p) };
}
function empty(ctx) {
  return { kind: "network", config: ctx.config, vpcs: [], securityGroups: [], firewalls: [], firewallRuleGroups: [] };
}
var networkFirewallLoader = {
  name: "network-firewall",
  detect(file) {
    const docs = documents(file);
    return docs.length > 0 && docs.every(({ doc }) => isPolicy(doc) || isGroup(doc));
  },
  load(file, ctx) {
    const o = origin(file);
    const net = empty(ctx);
    for (const { doc, pointer } of documents(file)) {
      if (isPolicy(doc)) {
        const r = doc.FirewallPolicyResponse;
        const id = typeof r.FirewallPolicyArn === "string" ? r.FirewallPolicyArn : String(r.FirewallPolicyName ?? "firewall-policy");
        const name2 = typeof r.FirewallPolicyName === "string" ? r.FirewallPolicyName : void 0;
        net.firewalls.push(firewallPolicy(doc.FirewallPolicy, joinPointer(pointer, "FirewallPolicy"), o, id, name2, o.locate(joinPointer(pointer, "FirewallPolicyResponse"))));
      } else {
        const r = doc.RuleGroupResponse;
        const arn = typeof r.RuleGroupArn === "string" ? r.RuleGroupArn : void 0;
        const name2 = typeof r.RuleGroupName === "string" ? r.RuleGroupName : void 0;
        const group = ruleGroup(doc.RuleGroup, joinPointer(pointer, "RuleGroup"), o, {
          id: arn ?? name2 ?? "rule-group",
          ...arn ? { arn } : {},
          ...name2 ? { name: name2 } : {},
          type: typeof r.Type === "string" ? r.Type : { $unknown: "the export gives no Type" },
          location: o.locate(joinPointer(pointer, "RuleGroupResponse"))
        });
        if (doc.RuleGroup === void 0)
          group.unresolved = "the export holds no RuleGroup (its rules)";
        net.firewallRuleGroups.push(group);
      }
    }
    return [{ kind: "network", file: file.path, input: net, merge: true }];
  }
};

// dist/inputs/nacls/describe-network-acls.js
var isObj7 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var list4 = (v) => Array.isArray(v) ? v : [];
var describeNetworkAclsLoader = {
  name: "describe-network-acls",
  detect(file) {
    if (!file.structured)
      return false;
    const data = file.document().data;
    if (!isObj7(data) || !Array.isArray(data.NetworkAcls))
      return false;
    const first = data.NetworkAcls[0];
    return first === void 0 || isObj7(first) && "NetworkAclId" in first;
  },
  load(file, ctx) {
    const doc = file.document();
    const data = doc.data;
    const net = { kind: "network", config: ctx.config, vpcs: [], securityGroups: [], nacls: [] };
    data.NetworkAcls.forEach((a, i2) => {
      if (!isObj7(a))
        return;
      const base = joinPointer("", "NetworkAcls", i2);
      const acl = {
        id: String(a.NetworkAclId),
        subnets: list4(a.Associations).flatMap((s) => isObj7(s) && typeof s.SubnetId === "string" ? [s.SubnetId] : []),
        entries: list4(a.Entries).flatMap((e, j) => isObj7(e) ? [entryOf2(e, doc.locate(joinPointer(base, "Entries", j)))] : []),
        location: doc.locate(base)
      };
      if (typeof a.VpcId === "string")
        acl.vpc = a.VpcId;
      if (a.IsDefault === true)
        acl.isDefault = true;
      net.nacls.push(acl);
    });
    return [{ kind: "network", file: file.path, input: net, merge: true }];
  }
};
function entryOf2(e, location) {
  const entry = {
    ruleNumber: typeof e.RuleNumber === "number" ? e.RuleNumber : { $unknown: "entry without RuleNumber" },
    egress: e.Egress === true,
    protocol: String(e.Protocol ?? "").toLowerCase(),
    action: String(e.RuleAction ?? "").toLowerCase(),
    cidr: typeof e.CidrBlock === "string" ? e.CidrBlock : typeof e.Ipv6CidrBlock === "string" ? e.Ipv6CidrBlock : { $unknown: "entry without CidrBlock" },
    location
  };
  if (isObj7(e.PortRange)) {
    if (typeof e.PortRange.From === "number")
      entry.fromPort = e.PortRange.From;
    if (typeof e.PortRange.To === "number")
      entry.toPort = e.PortRange.To;
  }
  return entry;
}

// dist/inputs/squid/squid-conf.js
var DIRECTIVE = /^\s*(acl|http_access|http_port)\s/m;
var UNSUPPORTED = /* @__PURE__ */ new Set([
  "include",
  "adapted_http_access",
  "http_reply_access",
  "reply_body_max_size",
  "url_rewrite_program",
  "cache_peer_access"
]);
var squidLoader = {
  name: "squid",
  detect(file) {
    if (file.structured)
      return false;
    const name2 = file.path.split(/[\\/]/).pop() ?? "";
    return /squid.*\.conf$/i.test(name2) || /\.conf$/i.test(name2) && /^\s*http_access\s/m.test(file.text) || DIRECTIVE.test(file.text) && /^\s*http_access\s/m.test(file.text) && !/^\s*\*filter\b/m.test(file.text);
  },
  load(file, ctx) {
    const net = {
      kind: "network",
      config: ctx.config,
      vpcs: [],
      securityGroups: [],
      proxies: [parseSquid(file.path, file.text)]
    };
    return [{ kind: "network", file: file.path, input: net }];
  }
};
function parseSquid(path, text) {
  const proxy2 = {
    kind: "squid",
    id: path,
    location: { file: path, line: 1, column: 1 },
    acls: [],
    httpAccess: [],
    unsupported: []
  };
  const lines = text.split(/\r?\n/);
  for (let i2 = 0; i2 < lines.length; i2++) {
    const start2 = i2;
    let line = lines[i2];
    while (/\\\s*$/.test(line) && i2 + 1 < lines.length)
      line = line.replace(/\\\s*$/, " ") + lines[++i2];
    const column = line.search(/\S/) + 1;
    const content = line.replace(/(^|\s)#.*$/, "").trim();
    if (!content)
      continue;
    const location = { file: path, line: start2 + 1, column: Math.max(column, 1) };
    const [directive, ...args2] = content.split(/\s+/);
    const d = directive.toLowerCase();
    if (d === "acl" && args2.length >= 2) {
      const [name2, type, ...rest] = args2;
      const flags2 = [];
      const values = [];
      for (const t of rest) {
        if (values.length === 0 && /^-[a-z-]+$/i.test(t) && t !== "-")
          flags2.push(t);
        else if (t.startsWith('"'))
          flags2.push("file");
        else
          values.push(t);
      }
      proxy2.acls.push({ name: name2, type: type.toLowerCase(), flags: flags2, values, location });
    } else if (d === "http_access" && args2.length >= 1) {
      const [action, ...acls] = args2;
      proxy2.httpAccess.push({
        action: action.toLowerCase(),
        acls: acls.map((a) => a.startsWith("!") ? { name: a.slice(1), negated: true } : { name: a, negated: false }),
        location
      });
    } else if (UNSUPPORTED.has(d)) {
      proxy2.unsupported.push({ feature: `the ${d} directive`, location });
    } else if (d === "ssl_bump" && !/^(peek|splice|stare)$/i.test(args2[0] ?? "")) {
      proxy2.unsupported.push({ feature: `ssl_bump ${args2[0] ?? ""}`.trim(), location });
    }
  }
  return proxy2;
}

// dist/inputs/iptables/iptables-save.js
var BUILT_IN = /* @__PURE__ */ new Set(["INPUT", "OUTPUT", "FORWARD"]);
var NON_TERMINATING = /* @__PURE__ */ new Set([
  "LOG",
  "NFLOG",
  "ULOG",
  "MARK",
  "CONNMARK",
  "TRACE",
  "AUDIT",
  "CT",
  "CLASSIFY",
  "DSCP",
  "TOS",
  "TCPMSS",
  "SECMARK",
  "CONNSECMARK",
  "TEE",
  "NOTRACK",
  "SET"
]);
var NEUTRAL_MODULES = /* @__PURE__ */ new Set(["tcp", "udp", "multiport", "state", "conntrack", "comment", "icmp", "icmp6"]);
var MAX_DEPTH2 = 16;
var iptablesSaveLoader = {
  name: "iptables-save",
  detect(file) {
    if (file.structured)
      return false;
    return /^\*filter\s*$/m.test(file.text) && /^:[A-Z]+ \S+/m.test(file.text) && /^COMMIT\s*$/m.test(file.text);
  },
  load(file, ctx) {
    const net = {
      kind: "network",
      config: ctx.config,
      vpcs: [],
      securityGroups: [],
      hostFirewalls: [parseIptablesSave(file.path, file.text)]
    };
    return [{ kind: "network", file: file.path, input: net }];
  }
};
function parseIptablesSave(path, text) {
  const chains = /* @__PURE__ */ new Map();
  let table;
  text.split(/\r?\n/).forEach((raw, i2) => {
    const line = raw.trim();
    const location = { file: path, line: i2 + 1, column: 1 };
    if (!line || line.startsWith("#"))
      return;
    if (line.startsWith("*")) {
      table = line.slice(1).trim();
      return;
    }
    if (table !== "filter")
      return;
    if (line === "COMMIT") {
      table = void 0;
      return;
    }
    const decl = /^:(\S+)\s+(\S+)/.exec(line);
    if (decl) {
      chains.set(decl[1], { name: decl[1], policy: decl[2], location, rules: [] });
      return;
    }
    const append = /^-A\s+(\S+)\s*(.*)$/.exec(line);
    if (append) {
      const chain = chains.get(append[1]) ?? { name: append[1], policy: "-", location, rules: [] };
      chains.set(chain.name, chain);
      const rule = parseRule2(tokens(append[2]), line, location);
      if (rule)
        chain.rules.push(rule);
    }
  });
  const fw = { kind: "iptables", id: path, location: { file: path, line: 1, column: 1 }, chains: [] };
  for (const name2 of ["OUTPUT", "INPUT", "FORWARD"]) {
    const c = chains.get(name2);
    if (!c)
      continue;
    const chain = { name: name2, policy: c.policy, location: c.location, rules: inline(c, chains, [], [], [], 0) };
    fw.chains.push(chain);
  }
  return fw;
}
function tokens(s) {
  const out2 = [];
  const re = /"((?:\\.|[^"\\])*)"|(\S+)/g;
  let m;
  while (m = re.exec(s))
    out2.push(m[1] !== void 0 ? m[1] : m[2]);
  return out2;
}
var OPTION_KIND = {
  "-p": "protocol",
  "--protocol": "protocol",
  "-s": "source",
  "--source": "source",
  "--src": "source",
  "-d": "destination",
  "--destination": "destination",
  "--dst": "destination",
  "-o": "out-interface",
  "--out-interface": "out-interface",
  "-i": "in-interface",
  "--in-interface": "in-interface",
  "--dport": "dport",
  "--destination-port": "dport",
  "--dports": "dport",
  "--destination-ports": "dport",
  "--sport": "sport",
  "--source-port": "sport",
  "--sports": "sport",
  "--source-ports": "sport",
  "--state": "state",
  "--ctstate": "state"
};
function parseRule2(t, text, location) {
  const matches2 = [];
  let target2;
  let goto = false;
  let negate = false;
  let module2;
  for (let i2 = 0; i2 < t.length; i2++) {
    const tok = t[i2];
    if (tok === "!") {
      negate = true;
      continue;
    }
    if (target2 !== void 0)
      continue;
    if (tok === "-j" || tok === "--jump" || tok === "-g" || tok === "--goto") {
      target2 = t[++i2] ?? "";
      goto = tok === "-g" || tok === "--goto";
      continue;
    }
    if (tok === "-m" || tok === "--match") {
      module2 = t[++i2] ?? "";
      if (!NEUTRAL_MODULES.has(module2))
        matches2.push({ kind: "unsupported", values: [`-m ${module2}`], negated: false });
      continue;
    }
    if (tok === "--comment") {
      i2++;
      continue;
    }
    const kind = OPTION_KIND[tok];
    let value = t[i2 + 1] ?? "";
    if (value === "!") {
      negate = !negate;
      value = t[i2 + 2] ?? "";
      i2++;
    }
    if (kind) {
      i2++;
      matches2.push({ kind, values: value.split(","), negated: negate });
    } else if (tok.startsWith("-")) {
      if (module2 && NEUTRAL_MODULES.has(module2))
        matches2.push({ kind: "unsupported", values: [`${tok} ${value}`.trim()], negated: negate });
      if (t[i2 + 1] !== void 0 && !t[i2 + 1].startsWith("-"))
        i2++;
    }
    negate = false;
  }
  if (target2 === void 0)
    return void 0;
  if (NON_TERMINATING.has(target2.toUpperCase()))
    return void 0;
  return { matches: matches2, target: target2, goto, text, location };
}
function inline(chain, chains, cond, unless, via, depth) {
  const out2 = [];
  const local = [];
  for (const r of chain.rules) {
    const matches2 = [...cond, ...r.matches];
    const skip = [...unless, ...local];
    const sub = chains.get(r.target);
    const userChain = sub && !BUILT_IN.has(r.target);
    if (r.target.toUpperCase() === "RETURN" && via.length > 0) {
      local.push(r.matches);
      continue;
    }
    if (userChain) {
      if (depth >= MAX_DEPTH2 || via.includes(r.target)) {
        out2.push({ matches: matches2, unless: skip, target: `${r.target} (loop or too deep)`, text: r.text, via, location: r.location });
        continue;
      }
      out2.push(...inline(sub, chains, matches2, skip, [...via, r.target], depth + 1));
      if (r.goto)
        local.push(r.matches);
      continue;
    }
    out2.push({ matches: matches2, unless: skip, target: r.target, text: r.text, via, location: r.location });
  }
  return out2;
}

// dist/inputs/proxy/shell.js
var UNKNOWN_MARK = /\u0000(\d+)\u0000/;
var ASSIGN = /([A-Za-z_][A-Za-z0-9_]*)=/y;
function lineAssignments(line, vars, reasons = []) {
  const out2 = [];
  let i2 = skipBlanks(line, 0);
  const exp = /(export|declare[ \t]+-x|readonly)[ \t]+/y;
  exp.lastIndex = i2;
  const m = exp.exec(line);
  if (m)
    i2 += m[0].length;
  for (; ; ) {
    ASSIGN.lastIndex = i2;
    const a = ASSIGN.exec(line);
    if (!a)
      break;
    const name2 = a[1];
    const word = readWord(line, i2 + a[0].length, vars, reasons);
    out2.push({ name: name2, value: word.value, offset: i2 });
    vars.set(name2, word.value);
    i2 = skipBlanks(line, word.end);
    if (i2 >= line.length || line[i2] === ";" || line[i2] === "#" || line[i2] === "&")
      break;
  }
  return out2;
}
function skipBlanks(s, i2) {
  while (i2 < s.length && (s[i2] === " " || s[i2] === "	"))
    i2++;
  return i2;
}
function readWord(s, start2, vars, reasons) {
  let out2 = "";
  let problem2;
  const fail = (reason2) => {
    problem2 ??= reason2;
  };
  const expand2 = (i3) => {
    const braced = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/y;
    const bare = /\$([A-Za-z_][A-Za-z0-9_]*)/y;
    for (const re of [braced, bare]) {
      re.lastIndex = i3;
      const m = re.exec(s);
      if (m) {
        const v = vars.get(m[1]);
        if (v === void 0)
          fail(`$${m[1]} is not assigned earlier in the script`);
        else if (typeof v !== "string")
          fail(`$${m[1]} is unknown (${v.$unknown})`);
        else
          out2 += v;
        return i3 + m[0].length;
      }
    }
    if (s[i3 + 1] === "(" || s[i3 + 1] === "{") {
      fail(`${s.slice(i3, i3 + 2)}...: the script computes the value at run time`);
      return skipExpression(s, i3);
    }
    out2 += "$";
    return i3 + 1;
  };
  let i2 = start2;
  while (i2 < s.length) {
    const ch = s[i2];
    if (ch === " " || ch === "	" || ch === ";" || ch === "&" || ch === "|" || ch === ")" || ch === "<" || ch === ">")
      break;
    if (ch === "'") {
      const end = s.indexOf("'", i2 + 1);
      if (end < 0) {
        fail("unterminated single quote");
        i2 = s.length;
        break;
      }
      out2 += s.slice(i2 + 1, end);
      i2 = end + 1;
      continue;
    }
    if (ch === '"') {
      i2++;
      let closed = false;
      while (i2 < s.length) {
        const c = s[i2];
        if (c === '"') {
          closed = true;
          i2++;
          break;
        }
        if (c === "\\" && i2 + 1 < s.length && '\\"$`'.includes(s[i2 + 1])) {
          out2 += s[i2 + 1];
          i2 += 2;
          continue;
        }
        if (c === "$") {
          i2 = expand2(i2);
          continue;
        }
        if (c === "`") {
          fail("`...`: the script computes the value at run time");
          i2++;
          continue;
        }
        out2 += c;
        i2++;
      }
      if (!closed)
        fail("unterminated double quote");
      continue;
    }
    if (ch === "\\" && i2 + 1 < s.length) {
      out2 += s[i2 + 1];
      i2 += 2;
      continue;
    }
    if (ch === "$") {
      i2 = expand2(i2);
      continue;
    }
    if (ch === "`") {
      fail("`...`: the script computes the value at run time");
      const end = s.indexOf("`", i2 + 1);
      i2 = end < 0 ? s.length : end + 1;
      continue;
    }
    out2 += ch;
    i2++;
  }
  const mark2 = UNKNOWN_MARK.exec(out2);
  if (mark2)
    problem2 ??= reasons[Number(mark2[1])] ?? "a part of the value is unknown";
  return { value: problem2 !== void 0 ? unknown(problem2) : out2, end: i2 };
}
function skipExpression(s, i2) {
  const open = s[i2 + 1];
  const close = open === "(" ? ")" : "}";
  let depth = 0;
  for (let j = i2 + 1; j < s.length; j++) {
    if (s[j] === open)
      depth++;
    else if (s[j] === close && --depth === 0)
      return j + 1;
  }
  return s.length;
}

// dist/inputs/proxy/cloudformation.js
var TASK = "AWS::ECS::TaskDefinition";
var INSTANCE = "AWS::EC2::Instance";
var LAUNCH_CONFIGURATION = "AWS::AutoScaling::LaunchConfiguration";
var LAUNCH_TEMPLATE = "AWS::EC2::LaunchTemplate";
var STACK = "AWS::CloudFormation::Stack";
var READ_TYPES2 = /* @__PURE__ */ new Set([TASK, INSTANCE, LAUNCH_CONFIGURATION, LAUNCH_TEMPLATE, STACK]);
function proxyParameterVariable(name2) {
  const n = name2.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (n.includes("noproxy"))
    return "NO_PROXY";
  if (n.includes("httpsproxy"))
    return "HTTPS_PROXY";
  if (n.includes("httpproxy"))
    return "HTTP_PROXY";
  if (/^(proxy|proxyurl|proxyaddress|proxyendpoint|proxyserver)$/.test(n))
    return "HTTPS_PROXY";
  return void 0;
}
function userDataPointer(r) {
  if (r.type === INSTANCE || r.type === LAUNCH_CONFIGURATION)
    return joinPointer(r.pointer, "Properties", "UserData");
  if (r.type === LAUNCH_TEMPLATE)
    return joinPointer(r.pointer, "Properties", "LaunchTemplateData", "UserData");
  return void 0;
}
function hasProxySources(t) {
  if (!isCloudFormation(t.data))
    return false;
  const resources = isObj(t.data.Resources) ? t.data.Resources : {};
  for (const r of Object.values(resources)) {
    if (!isObj(r))
      continue;
    if (r.Type === TASK || r.Type === STACK)
      return true;
    const p = isObj(r.Properties) ? r.Properties : {};
    if ((r.Type === INSTANCE || r.Type === LAUNCH_CONFIGURATION) && p.UserData !== void 0)
      return true;
    if (r.Type === LAUNCH_TEMPLATE && isObj(p.LaunchTemplateData) && p.LaunchTemplateData.UserData !== void 0)
      return true;
  }
  return declaredParameters(t).some((d) => proxyParameterVariable(d.name) !== void 0);
}
var cloudFormationProxyLoader = {
  name: "cloudformation-proxy",
  detect(file) {
    if (!file.structured)
      return false;
    const doc = file.document();
    return isCloudFormation(doc.data) && hasProxySources({ ...doc, data: doc.data });
  },
  load(file, ctx) {
    const { template: template2, incompleteProxy } = templateOf2(file, ctx);
    if (!mayHoldProxySettings(template2, file.text, ctx.parameters))
      return [];
    const opts = { parameters: ctx.parameters };
    if (ctx.config.region !== void 0)
      opts.region = ctx.config.region;
    if (ctx.config.accountId !== void 0)
      opts.accountId = ctx.config.accountId;
    if (ctx.maxScenarios !== void 0)
      opts.maxScenarios = ctx.maxScenarios;
    const inputs = toProxyInputs(template2, file.text, opts, ctx.config);
    if (incompleteProxy)
      for (const input of inputs)
        input.truncated ??= incompleteProxy;
    return inputs.map((input) => ({ kind: "proxy", file: file.path, input }));
  }
};
function mayHoldProxySettings(t, text, supplied) {
  const named3 = (v) => /(?:https?|no|all)[_-]?proxy/i.test(v);
  if (named3(text) || Object.values(supplied).some(named3))
    return true;
  if (declaredParameters(t).some((d) => proxyParameterVariable(d.name)))
    return true;
  const resources = isObj(t.data.Resources) ? Object.values(t.data.Resources) : [];
  return resources.some((r) => isObj(r) && r.Type === STACK && isObj(r.Properties) && isObj(r.Properties.Parameters) && Object.keys(r.Properties.Parameters).some((k) => proxyParameterVariable(k)));
}
function toProxyInputs(t, text, opts, config) {
  if (!hasProxySources(t))
    return [];
  const { scenarios, truncated } = expandScenarios(t, { ...opts, resourceTypes: READ_TYPES2 });
  const lines = text.split(/\r?\n/);
  const kept = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const scenario of scenarios) {
    const environments = environmentsOf(t, lines, scenario, opts);
    const key = JSON.stringify(environments);
    const same = byKey.get(key);
    if (same) {
      for (const k of Object.keys(same.scenario.parameters))
        if (scenario.parameters[k] !== same.scenario.parameters[k])
          delete same.scenario.parameters[k];
      continue;
    }
    const entry = { environments, scenario: { ...scenario, parameters: { ...scenario.parameters } } };
    byKey.set(key, entry);
    kept.push(entry);
  }
  const labelled = kept.length > 1 || scenarios.some((s) => s.assumed.length > 0);
  return kept.map(({ environments, scenario }) => {
    const input = { kind: "proxy", config, environments };
    if (labelled)
      input.scenario = scenario.parameters;
    if (truncated)
      input.truncated = truncated;
    return input;
  });
}
function environmentsOf(t, lines, s, opts) {
  const out2 = [];
  let resolver;
  const getResolver = () => resolver ??= scenarioResolver(t, s, opts);
  for (const r of s.resources) {
    if (r.type === TASK)
      out2.push(...containerEnvironments(t, r));
    const ud = userDataPointer(r);
    if (ud && rawAt(t.data, ud) !== void 0)
      out2.push(userDataEnvironment(t, lines, r, ud, getResolver()));
    if (r.type === STACK) {
      const env = stackEnvironment(t, r);
      if (env)
        out2.push(env);
    }
  }
  if (out2.length === 0) {
    const env = parameterEnvironment(t, getResolver());
    if (env)
      out2.push(env);
  }
  return out2;
}
function locateValue(t, value, fallback) {
  const p = typeof value === "object" && value !== null ? pointerOf2(value) : void 0;
  return p !== void 0 ? t.locate(p) : fallback;
}
function stringValue(v, what) {
  if (typeof v === "string")
    return v;
  if (typeof v === "number" || typeof v === "boolean")
    return String(v);
  if (isUnknown(v))
    return unknown(v.$unknown);
  if (isResourceRef(v))
    return unknown(`${what} refers to resource ${v.$resource}, known only after deployment`);
  if (Array.isArray(v) && v.every((x) => typeof x === "string"))
    return v.join(",");
  return unknown(`${what} is not a string`);
}
function containerEnvironments(t, r) {
  const where3 = `task definition ${r.logicalId}`;
  const whole = r.unresolvedProperties ?? (isUnknown(r.properties.ContainerDefinitions) ? r.properties.ContainerDefinitions : void 0);
  if (whole)
    return [unresolvedEnvironment("ecs-container", `the containers of ${where3}`, r.logicalId, r.location, whole.$unknown)];
  const containers2 = Array.isArray(r.properties.ContainerDefinitions) ? r.properties.ContainerDefinitions : [];
  return containers2.map((c, i2) => {
    const name2 = isObj(c) && typeof c.Name === "string" ? c.Name : `#${i2 + 1}`;
    const location = locateValue(t, c, r.location);
    const label = `container ${name2} of ${where3}`;
    const resource = `${r.logicalId}/${name2}`;
    if (!isObj(c))
      return unresolvedEnvironment("ecs-container", label, resource, location, isUnknown(c) ? c.$unknown : "the container definition is not a mapping");
    if (isUnknown(c.Environment))
      return unresolvedEnvironment("ecs-container", label, resource, location, c.Environment.$unknown);
    const variables2 = [];
    for (const e of Array.isArray(c.Environment) ? c.Environment : []) {
      if (!isObj(e) || typeof e.Name !== "string" || !PROXY_VARIABLE.test(e.Name))
        continue;
      variables2.push({ name: e.Name, value: stringValue(e.Value, e.Name), location: locateValue(t, e, location) });
    }
    for (const e of Array.isArray(c.Secrets) ? c.Secrets : []) {
      if (!isObj(e) || typeof e.Name !== "string" || !PROXY_VARIABLE.test(e.Name))
        continue;
      const from = typeof e.ValueFrom === "string" ? e.ValueFrom : "a secret";
      variables2.push({
        name: e.Name,
        value: unknown(`read from ${from} when the container starts`),
        location: locateValue(t, e, location)
      });
    }
    const env = { source: "ecs-container", name: label, resource, location, variables: variables2 };
    if (Array.isArray(c.EnvironmentFiles) && c.EnvironmentFiles.length > 0 && variables2.length === 0) {
      return unresolvedEnvironment("ecs-container", label, resource, location, "the container reads EnvironmentFiles from S3, which may set the proxy");
    }
    return env;
  });
}
function unresolvedEnvironment(source, name2, resource, location, reason2) {
  const value = unknown(reason2);
  return {
    source,
    name: name2,
    resource,
    location,
    variables: [
      { name: "HTTPS_PROXY", value, location },
      { name: "NO_PROXY", value, location }
    ]
  };
}
function rawAt(data, pointer) {
  let v = data;
  for (const seg of pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))) {
    if (Array.isArray(v))
      v = v[Number(seg)];
    else if (isObj(v))
      v = v[seg];
    else
      return void 0;
  }
  return v;
}
function userDataEnvironment(t, fileLines, r, pointer, resolver) {
  const name2 = `UserData of ${r.logicalId}`;
  const location = t.locate(pointer);
  const script = scriptOf(t, fileLines, rawAt(t.data, pointer), pointer, resolver);
  if (!script.ok)
    return unresolvedEnvironment("user-data", name2, r.logicalId, location, script.reason);
  const vars = /* @__PURE__ */ new Map();
  const variables2 = [];
  script.text.lines.forEach((line, i2) => {
    for (const a of lineAssignments(line, vars, script.text.reasons)) {
      if (!PROXY_VARIABLE.test(a.name))
        continue;
      const fileLine = script.text.fileLine(i2);
      const text = fileLines[fileLine - 1] ?? "";
      const col = text.indexOf(`${a.name}=`);
      variables2.push({ name: a.name, value: a.value, location: { file: t.file, line: fileLine, column: col >= 0 ? col + 1 : 1, pointer } });
    }
  });
  return { source: "user-data", name: name2, resource: r.logicalId, location, variables: variables2 };
}
function scriptOf(t, fileLines, node, pointer, resolver) {
  if (isObj(node) && Object.keys(node).length === 1 && "Fn::Base64" in node)
    return scriptOf(t, fileLines, node["Fn::Base64"], joinPointer(pointer, "Fn::Base64"), resolver);
  if (typeof node === "string")
    return { ok: true, text: textOf(t, fileLines, node, pointer, [], () => node) };
  if (isObj(node) && Object.keys(node).length === 1 && "Fn::Sub" in node) {
    const arg = node["Fn::Sub"];
    const tmpl = Array.isArray(arg) ? arg[0] : arg;
    const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
    const tmplPointer = Array.isArray(arg) ? joinPointer(pointer, "Fn::Sub", 0) : joinPointer(pointer, "Fn::Sub");
    if (typeof tmpl !== "string")
      return fromResolved(resolver.value(node, pointer));
    const reasons = [];
    const substituted = tmpl.replace(/\$\{([^}]*)\}/g, (_whole, ref) => {
      if (ref.startsWith("!"))
        return "${" + ref.slice(1) + "}";
      const v = resolver.value({ "Fn::Sub": ["${" + ref + "}", vars] }, tmplPointer);
      if (typeof v === "string")
        return v.includes("\n") ? mark(reasons, `\${${ref}} spans several lines`) : v;
      return mark(reasons, isUnknown(v) ? v.$unknown : `\${${ref}} is not a string`);
    });
    return { ok: true, text: textOf(t, fileLines, tmpl, tmplPointer, reasons, () => substituted) };
  }
  return fromResolved(resolver.value(node, pointer));
  function fromResolved(v) {
    if (typeof v === "string") {
      const at3 = t.locate(pointer).line;
      return { ok: true, text: { lines: v.split(/\r?\n/), reasons: [], fileLine: () => at3 } };
    }
    return { ok: false, reason: isUnknown(v) ? v.$unknown : "UserData is not a string" };
  }
}
function mark(reasons, reason2) {
  reasons.push(reason2);
  return `\0${reasons.length - 1}\0`;
}
function textOf(t, fileLines, raw, pointer, reasons, content) {
  const at3 = t.locate(pointer);
  const rest = (fileLines[at3.line - 1] ?? "").slice(at3.column - 1);
  const literal2 = /(^|[\s:-])\|[0-9+-]*\s*(#.*)?$/.test(rest);
  const rawLines = raw.split("\n");
  const lines = content().split("\n");
  const exact = literal2 && lines.length === rawLines.length;
  return { lines, reasons, fileLine: (i2) => exact ? at3.line + 1 + i2 : at3.line };
}
function stackEnvironment(t, r) {
  const params = r.properties.Parameters;
  const variables2 = [];
  if (isObj(params) && !isUnknown(params)) {
    for (const [key, value] of Object.entries(params)) {
      const name2 = proxyParameterVariable(key);
      if (!name2)
        continue;
      variables2.push({
        name: name2,
        value: stringValue(value, `parameter ${key}`),
        location: t.locate(joinPointer(r.pointer, "Properties", "Parameters", key)),
        label: `parameter ${key} (${name2})`
      });
    }
  }
  if (variables2.length === 0)
    return void 0;
  return { source: "stack-parameters", name: `parameters of stack ${r.logicalId}`, resource: r.logicalId, location: r.location, variables: variables2 };
}
function parameterEnvironment(t, resolver) {
  const variables2 = [];
  for (const decl of declaredParameters(t)) {
    const name2 = proxyParameterVariable(decl.name);
    if (!name2)
      continue;
    const v = resolver.value({ Ref: decl.name }, `/Parameters/${escapePointer(decl.name)}`);
    variables2.push({
      name: name2,
      value: stringValue(v, `parameter ${decl.name}`),
      location: t.locate(decl.pointer),
      label: `parameter ${decl.name} (${name2})`
    });
  }
  if (variables2.length === 0)
    return void 0;
  return { source: "template-parameters", name: "the template's parameters", location: t.locate("/Parameters"), variables: variables2 };
}
function scenarioResolver(t, s, opts) {
  const parameters = /* @__PURE__ */ new Map();
  for (const decl of declaredParameters(t)) {
    const raw = s.parameters[decl.name];
    if (raw !== void 0) {
      parameters.set(decl.name, parameterValue(decl, raw));
      continue;
    }
    const d = parameterDomain(decl, opts.parameters?.[decl.name]);
    if (d.values.length === 1)
      parameters.set(decl.name, parameterValue(decl, d.values[0]));
    else
      parameters.set(decl.name, d.unknown ?? unknown(`parameter ${decl.name} takes several values and this one does not depend on them`));
  }
  return new Resolver({
    template: t,
    parameters,
    ...opts.region !== void 0 ? { region: opts.region } : {},
    ...opts.accountId !== void 0 ? { accountId: opts.accountId } : {}
  });
}

// dist/inputs/terraform/loader.js
import { existsSync, readdirSync as readdirSync2, readFileSync as readFileSync6 } from "node:fs";
import { dirname as dirname3, join as join4, sep as sep3 } from "node:path";

// dist/inputs/terraform/plan.js
var isObj8 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isTfUnknown = (v) => isObj8(v) && typeof v.$tfUnknown === "string";
function isTerraformJson(data) {
  return isObj8(data) && typeof data.format_version === "string" && (typeof data.terraform_version === "string" || "planned_values" in data || "resource_changes" in data) && (isObj8(data.planned_values) || Array.isArray(data.resource_changes) || isObj8(data.values) || isObj8(data.configuration));
}
function withUnknowns(after, unknownMask, what) {
  if (unknownMask === true)
    return { $tfUnknown: `${what} is known only after apply` };
  if (Array.isArray(after))
    return after.map((v, i2) => withUnknowns(v, Array.isArray(unknownMask) ? unknownMask[i2] : void 0, `${what}[${i2}]`));
  if (Array.isArray(unknownMask) && (after === null || after === void 0))
    return unknownMask.map((m, i2) => withUnknowns(void 0, m, `${what}[${i2}]`));
  if (isObj8(after) || isObj8(unknownMask) && (after === null || after === void 0)) {
    const out2 = { ...isObj8(after) ? after : {} };
    const mask = isObj8(unknownMask) ? unknownMask : {};
    for (const k of /* @__PURE__ */ new Set([...Object.keys(out2), ...Object.keys(mask)])) {
      const v = withUnknowns(out2[k], mask[k], `${what}.${k}`);
      if (v !== void 0)
        out2[k] = v;
    }
    return out2;
  }
  return after;
}
function configModule(configuration, module2) {
  if (!isObj8(configuration) || !isObj8(configuration.root_module))
    return void 0;
  let m = configuration.root_module;
  for (const call2 of module2.match(/module\.[^.[]+/g) ?? []) {
    const name2 = call2.slice("module.".length);
    const next = isObj8(m.module_calls) ? m.module_calls[name2] : void 0;
    if (!isObj8(next) || !isObj8(next.module))
      return void 0;
    m = next.module;
  }
  return m;
}
function expressionsOf(configuration, module2, type, name2) {
  const m = configModule(configuration, module2);
  const r = m && Array.isArray(m.resources) ? m.resources.find((x) => isObj8(x) && x.type === type && x.name === name2) : void 0;
  return isObj8(r) && isObj8(r.expressions) ? r.expressions : void 0;
}
function fromValuesModule(module2, base, configuration, out2) {
  if (!isObj8(module2))
    return;
  (Array.isArray(module2.resources) ? module2.resources : []).forEach((r, i2) => {
    if (!isObj8(r) || r.mode === "data" || typeof r.type !== "string" || typeof r.name !== "string")
      return;
    const module3 = typeof r.address === "string" ? moduleOf(r.address) : "";
    const expressions = expressionsOf(configuration, module3, r.type, r.name);
    out2.push({
      address: typeof r.address === "string" ? r.address : `${r.type}.${r.name}`,
      module: module3,
      type: r.type,
      name: r.name,
      ...typeof r.index === "string" || typeof r.index === "number" ? { index: r.index } : {},
      values: isObj8(r.values) ? r.values : {},
      pointer: joinPointer(base, "resources", i2, "values"),
      ...expressions ? { expressions } : {}
    });
  });
  (Array.isArray(module2.child_modules) ? module2.child_modules : []).forEach((c, i2) => fromValuesModule(c, joinPointer(base, "child_modules", i2), configuration, out2));
}
function moduleOf(address) {
  const parts2 = [];
  const re = /module\.[^.[]+(\[[^\]]*\])?\./y;
  let m;
  let at3 = 0;
  while (m = (re.lastIndex = at3, re.exec(address))) {
    parts2.push(m[0].slice(0, -1));
    at3 = re.lastIndex;
  }
  return parts2.join(".");
}
function readPlan(doc) {
  const data = doc.data;
  const major = Number(String(data.format_version).split(".")[0]);
  if (!(major === 0 || major === 1))
    throw new RunnerlintError("UNSUPPORTED_INPUT", `Terraform JSON format_version ${String(data.format_version)} is not supported (1.x is)`, doc.file, doc.locate("/format_version"));
  const instances = [];
  if (Array.isArray(data.resource_changes)) {
    data.resource_changes.forEach((rc, i2) => {
      if (!isObj8(rc) || rc.mode === "data" || typeof rc.type !== "string" || typeof rc.name !== "string" || !isObj8(rc.change))
        return;
      const actions = Array.isArray(rc.change.actions) ? rc.change.actions : [];
      if (actions.length === 1 && actions[0] === "delete")
        return;
      const address = typeof rc.address === "string" ? rc.address : `${rc.type}.${rc.name}`;
      const module2 = typeof rc.module_address === "string" ? rc.module_address : moduleOf(address);
      const values = withUnknowns(rc.change.after, rc.change.after_unknown, address);
      const expressions = expressionsOf(data.configuration, module2, rc.type, rc.name);
      instances.push({
        address,
        module: module2,
        type: rc.type,
        name: rc.name,
        ...typeof rc.index === "string" || typeof rc.index === "number" ? { index: rc.index } : {},
        values: isObj8(values) ? values : {},
        pointer: joinPointer("", "resource_changes", i2, "change", "after"),
        ...expressions ? { expressions } : {}
      });
    });
    return { form: "plan", instances, moduleCalls: moduleCalls(data) };
  }
  if (isObj8(data.planned_values)) {
    fromValuesModule(data.planned_values.root_module, "/planned_values/root_module", data.configuration, instances);
    return { form: "plan", instances, moduleCalls: moduleCalls(data) };
  }
  if (isObj8(data.values))
    fromValuesModule(data.values.root_module, "/values/root_module", data.configuration, instances);
  return { form: "state", instances, moduleCalls: moduleCalls(data) };
}
function moduleCalls(data) {
  const out2 = [];
  const variables2 = isObj8(data.variables) ? data.variables : {};
  const walk = (module2, prefix, base, root) => {
    if (!isObj8(module2) || !isObj8(module2.module_calls))
      return;
    for (const [name2, call2] of Object.entries(module2.module_calls)) {
      if (!isObj8(call2))
        continue;
      const address = prefix ? `${prefix}.module.${name2}` : `module.${name2}`;
      const pointer = joinPointer(base, "module_calls", name2);
      const inputs = {};
      for (const [key, e] of Object.entries(isObj8(call2.expressions) ? call2.expressions : {})) {
        if (!isObj8(e))
          continue;
        if ("constant_value" in e)
          inputs[key] = e.constant_value;
        else {
          const v = root && Array.isArray(e.references) ? /^var\.([A-Za-z0-9_-]+)$/.exec(String(e.references.find((r) => /^var\./.test(String(r))) ?? "")) : null;
          const value = v && isObj8(variables2[v[1]]) ? variables2[v[1]].value : void 0;
          inputs[key] = value !== void 0 ? value : { $tfUnknown: `input ${key} of ${address} is not known from the plan` };
        }
      }
      out2.push({
        address,
        source: typeof call2.source === "string" ? call2.source : "",
        inputs,
        pointer: joinPointer(pointer, "expressions")
      });
      walk(call2.module, address, joinPointer(pointer, "module"), false);
    }
  };
  if (isObj8(data.configuration))
    walk(data.configuration.root_module, "", "/configuration/root_module", true);
  return out2;
}
function referencesOf(instance2, path) {
  let e = instance2.expressions;
  for (const p of path)
    e = typeof p === "number" ? Array.isArray(e) ? e[p] : void 0 : isObj8(e) ? e[p] : void 0;
  if (!isObj8(e) || !Array.isArray(e.references))
    return [];
  return e.references.filter((r) => typeof r === "string");
}

// dist/inputs/terraform/ona-runner.js
var ONA_RUNNER_SOURCE = /gitpod-io\/(terraform-aws-)?ona-runner/;
var DEFAULTS = {
  http_proxy: "",
  https_proxy: "",
  all_proxy: "",
  no_proxy: "localhost,127.0.0.1,.internal,.amazonaws.com,169.254.0.0/16,app.gitpod.io"
};
var isOnaRunner = (call2) => ONA_RUNNER_SOURCE.test(call2.source);
function runnerProxyEnvironment(call2) {
  const config = call2.inputs.proxy_config ?? {};
  if (isTfUnknown(config) || typeof config !== "object" || Array.isArray(config) || config === null)
    return void 0;
  const out2 = [];
  for (const [name2, fallback] of Object.entries(DEFAULTS)) {
    const v = config[name2];
    if (isTfUnknown(v))
      return void 0;
    const value = v === void 0 || v === null ? fallback : String(v);
    if (value !== "")
      out2.push({ name: name2, value });
  }
  return out2;
}

// dist/inputs/terraform/cloudformation.js
var isObj9 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var list5 = (v) => Array.isArray(v) ? v : [];
function cfn(v) {
  if (isTfUnknown(v))
    return { [OPAQUE]: v.$tfUnknown };
  if (Array.isArray(v))
    return v.map(cfn);
  if (isObj9(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cfn(x)]));
  return v;
}
var tagsOf2 = (v) => isTfUnknown(v) ? cfn(v) : isObj9(v) ? Object.entries(v).map(([Key, Value]) => ({ Key, Value: cfn(Value) })) : void 0;
var block = (v) => isObj9(v) ? v : Array.isArray(v) && isObj9(v[0]) ? v[0] : void 0;
function translate(plan) {
  const t = { template: {}, pointers: [], conflicts: [], groups: /* @__PURE__ */ new Set(), unknownRules: [] };
  const resources = {};
  t.template = { AWSTemplateFormatVersion: "2010-09-09", Resources: resources };
  const byType = (type) => plan.instances.filter((i2) => i2.type === type);
  const target2 = (from, path, value, types, attr = "id") => {
    if (typeof value === "string") {
      const hit = plan.instances.find((i2) => types.includes(i2.type) && i2.values[attr] === value);
      return hit ? { Ref: hit.address } : value;
    }
    if (!isTfUnknown(value))
      return cfn(value);
    const refs = referencesOf(from, path);
    for (const ref of refs) {
      const m = /^((?:data\.)?[a-z0-9_]+)\.([A-Za-z0-9_-]+)/.exec(ref);
      if (!m || !types.includes(m[1]))
        continue;
      const candidates = plan.instances.filter((i2) => i2.module === from.module && i2.type === m[1] && i2.name === m[2]);
      const same = candidates.filter((c) => c.index !== void 0 && c.index === from.index);
      const pick = candidates.length === 1 ? candidates[0] : same.length === 1 ? same[0] : void 0;
      if (pick)
        return { Ref: pick.address };
      return { [OPAQUE]: `${value.$tfUnknown}; it refers to ${ref}, which has ${candidates.length} instances` };
    }
    return cfn(value);
  };
  const add2 = (id, type, properties, planPointer, fields = []) => {
    resources[id] = { Type: type, Properties: properties };
    const base = joinPointer("", "Resources", id);
    t.pointers.push([base, planPointer]);
    for (const [prop, attr] of fields)
      t.pointers.push([joinPointer(base, "Properties", prop), joinPointer(planPointer, attr)]);
  };
  const GROUP_TYPES = ["aws_security_group", "aws_default_security_group"];
  for (const i2 of byType("aws_vpc")) {
    const v = i2.values;
    add2(i2.address, "AWS::EC2::VPC", { CidrBlock: cfn(v.cidr_block), ...v.tags !== void 0 ? { Tags: tagsOf2(v.tags) } : {} }, i2.pointer, [["CidrBlock", "cidr_block"]]);
  }
  for (const i2 of byType("aws_vpc_ipv4_cidr_block_association")) {
    add2(i2.address, "AWS::EC2::VPCCidrBlock", { VpcId: target2(i2, ["vpc_id"], i2.values.vpc_id, ["aws_vpc"]), CidrBlock: cfn(i2.values.cidr_block) }, i2.pointer);
  }
  const standalone = /* @__PURE__ */ new Map();
  const ruleTargets = [];
  for (const i2 of byType("aws_security_group_rule")) {
    const direction = i2.values.type === "egress" ? "egress" : "ingress";
    ruleTargets.push({ i: i2, direction, group: target2(i2, ["security_group_id"], i2.values.security_group_id, GROUP_TYPES) });
  }
  for (const type of ["aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]) {
    for (const i2 of byType(type)) {
      const direction = type.endsWith("egress_rule") ? "egress" : "ingress";
      ruleTargets.push({ i: i2, direction, group: target2(i2, ["security_group_id"], i2.values.security_group_id, GROUP_TYPES) });
    }
  }
  for (const r of ruleTargets) {
    if (isObj9(r.group) && typeof r.group.Ref === "string") {
      const set = standalone.get(r.group.Ref) ?? /* @__PURE__ */ new Set();
      set.add(r.direction);
      standalone.set(r.group.Ref, set);
    }
  }
  for (const i2 of plan.instances.filter((x) => GROUP_TYPES.includes(x.type))) {
    const v = i2.values;
    t.groups.add(i2.address);
    const props = {
      GroupDescription: cfn(v.description ?? "Managed by Terraform"),
      ...v.name !== void 0 ? { GroupName: cfn(v.name) } : {},
      ...v.vpc_id !== void 0 ? { VpcId: target2(i2, ["vpc_id"], v.vpc_id, ["aws_vpc"]) } : {},
      ...v.tags !== void 0 ? { Tags: tagsOf2(v.tags) } : {}
    };
    const fields = [
      ["GroupName", "name"],
      ["VpcId", "vpc_id"],
      ["Tags", "tags"]
    ];
    for (const direction of ["ingress", "egress"]) {
      const inline2 = v[direction];
      const configured = i2.expressions ? direction in i2.expressions : true;
      const prop = direction === "ingress" ? "SecurityGroupIngress" : "SecurityGroupEgress";
      if (isTfUnknown(inline2)) {
        if (configured)
          t.unknownRules.push({ group: i2.address, direction, reason: inline2.$tfUnknown });
        continue;
      }
      const rules = [];
      list5(inline2).forEach((rule, k) => {
        if (!isObj9(rule))
          return;
        for (const [peer, at3] of inlinePeers(i2, rule, direction, k)) {
          t.pointers.push([joinPointer("", "Resources", i2.address, "Properties", prop, rules.length), at3]);
          rules.push({ ...ruleFields(rule), ...peer });
        }
      });
      if (rules.length)
        props[prop] = rules;
      if (configured && list5(inline2).length && standalone.get(i2.address)?.has(direction))
        t.conflicts.push({ group: i2.address, direction });
    }
    add2(i2.address, "AWS::EC2::SecurityGroup", props, i2.pointer, fields);
  }
  function inlinePeers(i2, rule, direction, k) {
    const at3 = (key, n) => joinPointer(i2.pointer, direction, k, ...n === void 0 ? [key] : [key, n]);
    const dst = direction === "ingress" ? "Source" : "Destination";
    const out2 = [];
    const each = (key, make) => {
      const v = rule[key];
      if (isTfUnknown(v))
        out2.push([{ CidrIp: cfn(v) }, at3(key)]);
      else
        list5(v).forEach((x, n) => out2.push([make(x, n), at3(key, n)]));
    };
    each("cidr_blocks", (x) => ({ CidrIp: cfn(x) }));
    each("ipv6_cidr_blocks", (x) => ({ CidrIpv6: cfn(x) }));
    each("prefix_list_ids", (x) => ({ [`${dst}PrefixListId`]: cfn(x) }));
    each("security_groups", (x, n) => ({ [`${dst}SecurityGroupId`]: target2(i2, [direction, k, "security_groups", n], x, GROUP_TYPES) }));
    if (rule.self === true)
      out2.push([{ [`${dst}SecurityGroupId`]: { Ref: i2.address } }, at3("self")]);
    return out2;
  }
  for (const { i: i2, direction, group } of ruleTargets) {
    const v = i2.values;
    const type = direction === "ingress" ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress";
    const dst = direction === "ingress" ? "Source" : "Destination";
    if (i2.type === "aws_security_group_rule") {
      const peers = [];
      const each = (key, make) => {
        if (isTfUnknown(v[key]))
          peers.push([{ CidrIp: cfn(v[key]) }, key]);
        else
          list5(v[key]).forEach((x, n) => peers.push([make(x), `${key}/${n}`]));
      };
      each("cidr_blocks", (x) => ({ CidrIp: cfn(x) }));
      each("ipv6_cidr_blocks", (x) => ({ CidrIpv6: cfn(x) }));
      each("prefix_list_ids", (x) => ({ [`${dst}PrefixListId`]: cfn(x) }));
      if (v.source_security_group_id !== void 0 && v.source_security_group_id !== null)
        peers.push([
          { [`${dst}SecurityGroupId`]: target2(i2, ["source_security_group_id"], v.source_security_group_id, GROUP_TYPES) },
          "source_security_group_id"
        ]);
      if (v.self === true)
        peers.push([{ [`${dst}SecurityGroupId`]: group }, "self"]);
      peers.forEach(([peer, attr], n) => {
        const id = peers.length === 1 ? i2.address : `${i2.address}#${n + 1}`;
        add2(id, type, { GroupId: group, ...ruleFields(v), ...peer }, i2.pointer, [["GroupId", "security_group_id"]]);
        t.pointers.push([joinPointer("", "Resources", id, "Properties", Object.keys(peer)[0]), `${i2.pointer}/${attr}`]);
      });
    } else {
      const peer = {};
      if (v.cidr_ipv4 != null)
        peer.CidrIp = cfn(v.cidr_ipv4);
      else if (v.cidr_ipv6 != null)
        peer.CidrIpv6 = cfn(v.cidr_ipv6);
      else if (v.prefix_list_id != null)
        peer[`${dst}PrefixListId`] = cfn(v.prefix_list_id);
      else if (v.referenced_security_group_id != null)
        peer[`${dst}SecurityGroupId`] = target2(i2, ["referenced_security_group_id"], v.referenced_security_group_id, GROUP_TYPES);
      const protocol = cfn(v.ip_protocol);
      const all = protocol === "-1" || protocol === "all";
      add2(i2.address, type, {
        GroupId: group,
        IpProtocol: protocol,
        ...all ? {} : { FromPort: cfn(v.from_port), ToPort: cfn(v.to_port) },
        ...typeof v.description === "string" ? { Description: v.description } : {},
        ...peer
      }, i2.pointer, [
        ["GroupId", "security_group_id"],
        ["IpProtocol", "ip_protocol"],
        ["FromPort", "from_port"],
        ["ToPort", "to_port"],
        ["CidrIp", "cidr_ipv4"],
        ["CidrIpv6", "cidr_ipv6"]
      ]);
    }
  }
  const aclEntry = (id, acl, e, egress, planPointer) => add2(id, "AWS::EC2::NetworkAclEntry", {
    NetworkAclId: acl,
    RuleNumber: cfn(e.rule_no ?? e.rule_number),
    Protocol: cfn(e.protocol),
    RuleAction: cfn(e.action ?? e.rule_action),
    Egress: egress,
    ...e.cidr_block ? { CidrBlock: cfn(e.cidr_block) } : {},
    ...e.ipv6_cidr_block ? { Ipv6CidrBlock: cfn(e.ipv6_cidr_block) } : {},
    ...e.from_port !== void 0 || e.to_port !== void 0 ? { PortRange: { From: cfn(e.from_port), To: cfn(e.to_port) } } : {}
  }, planPointer, [
    ["RuleNumber", e.rule_no !== void 0 ? "rule_no" : "rule_number"],
    ["Protocol", "protocol"],
    ["RuleAction", e.action !== void 0 ? "action" : "rule_action"],
    ["CidrBlock", "cidr_block"],
    ["PortRange", "from_port"]
  ]);
  for (const i2 of byType("aws_network_acl")) {
    const v = i2.values;
    add2(i2.address, "AWS::EC2::NetworkAcl", { VpcId: target2(i2, ["vpc_id"], v.vpc_id, ["aws_vpc"]), ...v.tags !== void 0 ? { Tags: tagsOf2(v.tags) } : {} }, i2.pointer);
    for (const direction of ["ingress", "egress"])
      list5(v[direction]).forEach((e, k) => {
        if (isObj9(e))
          aclEntry(`${i2.address}.${direction}[${k}]`, { Ref: i2.address }, e, direction === "egress", joinPointer(i2.pointer, direction, k));
      });
    list5(v.subnet_ids).forEach((s, k) => add2(`${i2.address}.subnet_ids[${k}]`, "AWS::EC2::SubnetNetworkAclAssociation", { NetworkAclId: { Ref: i2.address }, SubnetId: target2(i2, ["subnet_ids", k], s, ["aws_subnet"]) }, joinPointer(i2.pointer, "subnet_ids", k)));
  }
  for (const i2 of byType("aws_network_acl_rule"))
    aclEntry(i2.address, target2(i2, ["network_acl_id"], i2.values.network_acl_id, ["aws_network_acl"]), i2.values, i2.values.egress === true, i2.pointer);
  for (const i2 of byType("aws_network_acl_association"))
    add2(i2.address, "AWS::EC2::SubnetNetworkAclAssociation", {
      NetworkAclId: target2(i2, ["network_acl_id"], i2.values.network_acl_id, ["aws_network_acl"]),
      SubnetId: target2(i2, ["subnet_id"], i2.values.subnet_id, ["aws_subnet"])
    }, i2.pointer);
  for (const i2 of byType("aws_networkfirewall_rule_group")) {
    const v = i2.values;
    add2(i2.address, "AWS::NetworkFirewall::RuleGroup", { RuleGroupName: cfn(v.name), Type: cfn(v.type), Capacity: cfn(v.capacity), RuleGroup: ruleGroupBody(block(v.rule_group), v.rules) }, i2.pointer, [["RuleGroup", "rule_group/0"]]);
  }
  for (const i2 of byType("aws_networkfirewall_firewall_policy")) {
    const p = block(i2.values.firewall_policy) ?? {};
    const refs = (key) => list5(p[key]).map((r, k) => isObj9(r) ? {
      ResourceArn: arnRef(i2, ["firewall_policy", 0, key, k, "resource_arn"], r.resource_arn),
      ...r.priority != null ? { Priority: cfn(r.priority) } : {},
      ...block(r.override)?.action ? { Override: { Action: cfn(block(r.override).action) } } : {}
    } : r);
    const engine = block(p.stateful_engine_options);
    const variables2 = list5(block(p.policy_variables)?.rule_variables);
    const body2 = {
      StatelessDefaultActions: cfn(p.stateless_default_actions ?? []),
      StatelessFragmentDefaultActions: cfn(p.stateless_fragment_default_actions ?? []),
      ...p.stateful_default_actions !== void 0 && p.stateful_default_actions !== null ? { StatefulDefaultActions: cfn(p.stateful_default_actions) } : {},
      StatelessRuleGroupReferences: refs("stateless_rule_group_reference"),
      StatefulRuleGroupReferences: refs("stateful_rule_group_reference"),
      ...engine?.rule_order ? { StatefulEngineOptions: { RuleOrder: cfn(engine.rule_order) } } : {},
      ...variables2.length ? {
        PolicyVariables: {
          RuleVariables: Object.fromEntries(variables2.filter(isObj9).map((rv) => [String(rv.key), { Definition: cfn(block(rv.ip_set)?.definition ?? []) }]))
        }
      } : {},
      ...p.tls_inspection_configuration_arn != null ? { TLSInspectionConfigurationArn: cfn(p.tls_inspection_configuration_arn) } : {}
    };
    add2(i2.address, "AWS::NetworkFirewall::FirewallPolicy", { FirewallPolicyName: cfn(i2.values.name), FirewallPolicy: body2 }, i2.pointer, [
      ["FirewallPolicy", "firewall_policy/0"]
    ]);
  }
  function arnRef(from, path, value) {
    const r = target2(from, path, value, ["aws_networkfirewall_rule_group"], "arn");
    return isObj9(r) && typeof r.Ref === "string" ? { "Fn::GetAtt": [r.Ref, "RuleGroupArn"] } : r;
  }
  const attachments = /* @__PURE__ */ new Map();
  for (const i2 of byType("aws_organizations_policy_attachment")) {
    const p = target2(i2, ["policy_id"], i2.values.policy_id, ["aws_organizations_policy"]);
    const key = isObj9(p) && typeof p.Ref === "string" ? p.Ref : void 0;
    if (key)
      attachments.set(key, [...attachments.get(key) ?? [], cfn(i2.values.target_id)]);
  }
  for (const i2 of byType("aws_organizations_policy")) {
    const v = i2.values;
    add2(i2.address, "AWS::Organizations::Policy", {
      Name: cfn(v.name ?? i2.address),
      Type: cfn(v.type ?? "SERVICE_CONTROL_POLICY"),
      Content: cfn(v.content),
      ...attachments.has(i2.address) ? { TargetIds: attachments.get(i2.address) } : {}
    }, i2.pointer, [["Content", "content"]]);
  }
  for (const i2 of byType("aws_ec2_allowed_images_settings")) {
    const criteria = list5(i2.values.image_criterion).filter(isObj9).map((c) => {
      const other = Object.entries(c).filter(([k, v]) => k !== "image_providers" && (isTfUnknown(v) || list5(v).length > 0));
      return other.length ? { [OPAQUE]: `${i2.address}: image criteria other than image_providers (${other.map(([k]) => k).join(", ")}) are not evaluated` } : { allowed_image_providers: { "@@assign": cfn(c.image_providers ?? []) } };
    });
    const settings = {
      state: { "@@assign": cfn(i2.values.state) },
      image_criteria: Object.fromEntries(criteria.map((c, k) => [`criteria_${k + 1}`, c]))
    };
    add2(i2.address, "AWS::Organizations::Policy", { Name: i2.address, Type: "DECLARATIVE_POLICY_EC2", Content: { ec2_attributes: { allowed_images_settings: settings } } }, i2.pointer);
  }
  for (const i2 of byType("aws_instance"))
    add2(i2.address, "AWS::EC2::Instance", {
      SecurityGroupIds: list5(i2.values.vpc_security_group_ids).map((g, k) => target2(i2, ["vpc_security_group_ids", k], g, GROUP_TYPES)),
      ...i2.values.tags !== void 0 ? { Tags: tagsOf2(i2.values.tags) } : {}
    }, i2.pointer);
  for (const i2 of byType("aws_launch_template")) {
    const v = i2.values;
    const data = {
      SecurityGroupIds: list5(v.vpc_security_group_ids).map((g, k) => target2(i2, ["vpc_security_group_ids", k], g, GROUP_TYPES)),
      ...typeof v.user_data === "string" ? { UserData: { "Fn::Base64": base64Text(v.user_data) } } : isTfUnknown(v.user_data) ? { UserData: cfn(v.user_data) } : {},
      ...list5(v.tag_specifications).length ? {
        TagSpecifications: list5(v.tag_specifications).filter(isObj9).map((s) => ({ ResourceType: cfn(s.resource_type), Tags: tagsOf2(s.tags) }))
      } : {}
    };
    add2(i2.address, "AWS::EC2::LaunchTemplate", { LaunchTemplateData: data, ...v.tags !== void 0 ? { Tags: tagsOf2(v.tags) } : {} }, i2.pointer, [["LaunchTemplateData/UserData", "user_data"]]);
  }
  for (const i2 of byType("aws_ecs_service")) {
    const net = block(i2.values.network_configuration);
    add2(i2.address, "AWS::ECS::Service", {
      ...net ? {
        NetworkConfiguration: {
          AwsvpcConfiguration: {
            SecurityGroups: list5(net.security_groups).map((g, k) => target2(i2, ["network_configuration", 0, "security_groups", k], g, GROUP_TYPES))
          }
        }
      } : {},
      ...i2.values.tags !== void 0 ? { Tags: tagsOf2(i2.values.tags) } : {}
    }, i2.pointer);
  }
  const runners = plan.moduleCalls.filter(isOnaRunner);
  const inRunner = (i2) => runners.some((m) => i2.module.replace(/\[[^\]]*\]/g, "") === m.address);
  for (const i2 of byType("aws_ecs_task_definition")) {
    if (inRunner(i2))
      continue;
    add2(i2.address, "AWS::ECS::TaskDefinition", { ContainerDefinitions: containers(i2.values.container_definitions) }, i2.pointer, [
      ["ContainerDefinitions", "container_definitions"]
    ]);
  }
  for (const m of runners) {
    const env = runnerProxyEnvironment(m);
    const id = `${m.address}.proxy_config`;
    add2(id, "AWS::ECS::TaskDefinition", {
      ContainerDefinitions: env ? [{ Name: "ec2-runner", Environment: env.map((e) => ({ Name: e.name, Value: e.value })) }] : { [OPAQUE]: `proxy_config of ${m.address} is not known from the plan` }
    }, joinPointer(m.pointer, "proxy_config"));
  }
  t.pointers.sort((a, b) => b[0].length - a[0].length);
  return t;
}
function ruleFields(r) {
  const protocol = cfn(r.protocol);
  return {
    IpProtocol: protocol,
    FromPort: cfn(r.from_port),
    ToPort: cfn(r.to_port),
    ...typeof r.description === "string" && r.description ? { Description: r.description } : {}
  };
}
function ruleGroupBody(g, rules) {
  if (!g)
    return typeof rules === "string" ? { RulesSource: { RulesString: rules } } : cfn(rules);
  const src = block(g.rules_source) ?? {};
  const source = {};
  if (src.rules_string != null)
    source.RulesString = cfn(src.rules_string);
  const listSrc = block(src.rules_source_list);
  if (listSrc)
    source.RulesSourceList = {
      GeneratedRulesType: cfn(listSrc.generated_rules_type),
      TargetTypes: cfn(listSrc.target_types),
      Targets: cfn(listSrc.targets)
    };
  if (list5(src.stateful_rule).length)
    source.StatefulRules = list5(src.stateful_rule).filter(isObj9).map((r) => {
      const h = block(r.header) ?? {};
      return {
        Action: cfn(r.action),
        Header: {
          Protocol: cfn(h.protocol),
          Source: cfn(h.source),
          SourcePort: cfn(h.source_port),
          Direction: cfn(h.direction),
          Destination: cfn(h.destination),
          DestinationPort: cfn(h.destination_port)
        },
        RuleOptions: list5(r.rule_option).filter(isObj9).map((o) => ({ Keyword: cfn(o.keyword), ...o.settings != null ? { Settings: cfn(o.settings) } : {} }))
      };
    });
  const stateless = block(src.stateless_rules_and_custom_actions);
  if (stateless)
    source.StatelessRulesAndCustomActions = {
      StatelessRules: list5(stateless.stateless_rule).filter(isObj9).map((r) => {
        const d = block(r.rule_definition) ?? {};
        const m = block(d.match_attributes) ?? {};
        const ports = (v) => list5(v).filter(isObj9).map((p) => ({ FromPort: cfn(p.from_port), ToPort: cfn(p.to_port ?? p.from_port) }));
        const addrs = (v) => list5(v).filter(isObj9).map((a) => ({ AddressDefinition: cfn(a.address_definition) }));
        return {
          Priority: cfn(r.priority),
          RuleDefinition: {
            Actions: cfn(d.actions),
            MatchAttributes: {
              ...m.protocols !== void 0 ? { Protocols: cfn(m.protocols) } : {},
              Sources: addrs(m.source),
              Destinations: addrs(m.destination),
              SourcePorts: ports(m.source_port),
              DestinationPorts: ports(m.destination_port),
              ...list5(m.tcp_flag).length ? {
                TCPFlags: list5(m.tcp_flag).filter(isObj9).map((f) => ({ Flags: cfn(f.flags), Masks: cfn(f.masks) }))
              } : {}
            }
          }
        };
      }),
      CustomActions: list5(stateless.custom_action).filter(isObj9).map((c) => ({ ActionName: cfn(c.action_name) }))
    };
  const vars = block(g.rule_variables);
  const setOf = (v, inner) => Object.fromEntries(list5(v).filter(isObj9).map((s) => [String(s.key), { Definition: cfn(block(s[inner])?.definition ?? []) }]));
  const options2 = block(g.stateful_rule_options);
  return {
    RulesSource: source,
    ...vars ? { RuleVariables: { IPSets: setOf(vars.ip_sets, "ip_set"), PortSets: setOf(vars.port_sets, "port_set") } } : {},
    ...options2?.rule_order ? { StatefulRuleOptions: { RuleOrder: cfn(options2.rule_order) } } : {}
  };
}
function containers(v) {
  if (isTfUnknown(v))
    return cfn(v);
  let defs;
  try {
    defs = typeof v === "string" ? JSON.parse(v) : v;
  } catch {
    return { [OPAQUE]: "container_definitions is not valid JSON" };
  }
  return list5(defs).filter(isObj9).map((c) => ({
    Name: cfn(c.name),
    Environment: list5(c.environment).filter(isObj9).map((e) => ({ Name: cfn(e.name), Value: cfn(e.value) }))
  }));
}
function base64Text(s) {
  const text = Buffer.from(s, "base64").toString("utf8");
  return Buffer.from(text, "utf8").toString("base64").replace(/=+$/, "") === s.replace(/=+$/, "") ? text : s;
}

// dist/inputs/terraform/hcl/parse.js
function parseTerraform(file, text) {
  const parser2 = loadedParser();
  if (!parser2)
    throw new RunnerlintError("UNSUPPORTED_INPUT", "the .tf parser is not loaded: `await loadTerraformParser()` before check(), or use checkParallel() (the CLI does it)", file, { line: 1, column: 1 });
  const tree = parser2.parse(text);
  const root = tree?.rootNode;
  if (!root)
    throw new RunnerlintError("HCL_PARSE", "cannot parse the file", file, { line: 1, column: 1 });
  if (root.hasError) {
    const bad = firstError(root) ?? root;
    const what = bad.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify(bad.text.slice(0, 20))}`;
    throw new RunnerlintError("HCL_PARSE", `syntax error: ${what}`, file, {
      line: bad.startPosition.row + 1,
      column: bad.startPosition.column + 1
    });
  }
  return root.namedChildren.find((c) => c.type === "body") ?? root;
}
function firstError(n) {
  if (n.type === "ERROR" || n.isMissing)
    return n;
  for (const c of n.children) {
    if (!c)
      continue;
    const e = firstError(c);
    if (e)
      return e;
  }
  return void 0;
}

// dist/inputs/terraform/hcl/module.js
import { join as join3, resolve as resolve4, sep as sep2 } from "node:path";

// dist/inputs/terraform/hcl/expressions.js
import { readFileSync as readFileSync5 } from "node:fs";
import { isAbsolute, join as join2 } from "node:path";
var isObj10 = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !isTfUnknown(v);
var where = (s, n) => `${s.file}:${n.startPosition.row + 1}:${n.startPosition.column + 1}`;
var unknownAt = (s, n, why) => ({ $tfUnknown: `${why} (${where(s, n)})` });
var firstUnknown = (...vs) => vs.find(isTfUnknown);
var named = (n) => n.namedChildren.filter((c) => c !== null);
function evaluate2(n, s) {
  switch (n.type) {
    case "expression": {
      const [head, ...postfix] = named(n);
      if (!head)
        return null;
      if (head.type === "variable_expr")
        return traversal(head, postfix, s);
      let v = evaluate2(head, s);
      for (const p of postfix)
        v = step(v, p, s);
      return v;
    }
    case "literal_value":
      return literal(named(n)[0], s);
    case "template_expr":
      return template(named(n)[0], s);
    case "collection_value":
      return evaluate2(named(n)[0], s);
    case "tuple": {
      const out2 = [];
      for (const c of named(n))
        if (c.type === "expression")
          out2.push(evaluate2(c, s));
      return out2;
    }
    case "object": {
      const out2 = {};
      for (const e of named(n).filter((c) => c.type === "object_elem")) {
        const [k, v] = named(e);
        const key = objectKey(k, s);
        if (isTfUnknown(key))
          return key;
        out2[String(key)] = evaluate2(v, s);
      }
      return out2;
    }
    case "function_call":
      return call(n, s);
    case "conditional": {
      const [c, a, b] = named(n);
      const cond = evaluate2(c, s);
      if (isTfUnknown(cond))
        return cond;
      return cond === true ? evaluate2(a, s) : cond === false ? evaluate2(b, s) : unknownAt(s, n, "a condition that is not a bool");
    }
    case "operation":
      return operation(named(n)[0], s);
    case "for_expr":
      return forExpr(named(n)[0], s);
    case "variable_expr":
      return traversal(n, [], s);
    default:
      return unknownAt(s, n, `${n.type} is not evaluated`);
  }
}
function objectKey(k, s) {
  const inner = named(k);
  if (k.type === "expression" && inner.length === 1 && inner[0].type === "variable_expr" && !k.text.startsWith("("))
    return inner[0].text;
  const v = evaluate2(k, s);
  return isTfUnknown(v) ? v : typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : unknownAt(s, k, "an object key that is not a string");
}
function literal(n, s) {
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
function unescapeLiteral(raw) {
  return raw.replace(/\\(["\\nrt]|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})|\$\$\{|%%\{/g, (m, e) => {
    if (m === "$${")
      return "${";
    if (m === "%%{")
      return "%{";
    if (!e)
      return m;
    if (e[0] === "u" || e[0] === "U")
      return String.fromCodePoint(parseInt(e.slice(1), 16));
    return { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" }[e] ?? m;
  });
}
function template(n, s) {
  const parts2 = named(n).filter((c) => c.type === "template_interpolation" || c.type === "template_directive");
  if (parts2.some((p) => p.type === "template_directive"))
    return unknownAt(s, n, "template directives (%{ }) are not evaluated");
  let text;
  let start2;
  let end;
  const src = n.tree.rootNode.text;
  if (n.type === "heredoc_template") {
    const ids = named(n).filter((c) => c.type === "heredoc_identifier");
    start2 = src.indexOf("\n", ids[0].endIndex) + 1;
    end = src.lastIndexOf("\n", ids[ids.length - 1].startIndex) + 1;
    if (start2 <= 0 || end < start2)
      return "";
  } else {
    start2 = named(n).find((c) => c.type === "quoted_template_start").endIndex;
    end = named(n).find((c) => c.type === "quoted_template_end").startIndex;
  }
  const values = [];
  text = "";
  let at3 = start2;
  for (const p of parts2) {
    text += literalPart(n, src.slice(at3, p.startIndex));
    const v = evaluate2(named(p).find((c) => c.type === "expression"), s);
    if (isTfUnknown(v))
      return v;
    values.push(v);
    if (isObj10(v) || Array.isArray(v))
      return unknownAt(s, p, "a collection interpolated into a string");
    text += v === null ? "" : String(v);
    at3 = p.endIndex;
  }
  text += literalPart(n, src.slice(at3, end));
  if (n.type === "heredoc_template" && named(n).some((c) => c.type === "heredoc_start" && c.text === "<<-"))
    text = dedent(text);
  return values.length === 1 && parts2.length === 1 && text === String(values[0]) && src.slice(start2, end).trim() === parts2[0].text ? values[0] : text;
}
var literalPart = (n, raw) => n.type === "heredoc_template" ? raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{") : unescapeLiteral(raw);
function dedent(text) {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length));
  return Number.isFinite(indent) ? lines.map((l) => l.slice(indent)).join("\n") : text;
}
function traversal(head, postfix, s) {
  const root = head.text;
  const attrs = [];
  let i2 = 0;
  for (; i2 < postfix.length && postfix[i2].type === "get_attr"; i2++)
    attrs.push(named(postfix[i2])[0].text);
  let v;
  let rest = postfix.slice(i2);
  if (s.names.has(root)) {
    v = s.names.get(root);
    rest = postfix;
  } else if (root === "var" && attrs.length) {
    v = s.variable(attrs[0], head);
    rest = postfix.slice(1);
  } else if (root === "local" && attrs.length) {
    v = s.local(attrs[0], head);
    rest = postfix.slice(1);
  } else if (root === "path" && attrs[0] === "module") {
    v = s.dir;
    rest = postfix.slice(1);
  } else if (root === "path" || root === "terraform") {
    return unknownAt(s, head, `${root}.${attrs[0] ?? ""} is not known offline`);
  } else {
    const path = [root];
    for (const p of postfix) {
      if (p.type === "get_attr")
        path.push(named(p)[0].text);
      else if (p.type === "index") {
        const key = evaluate2(named(named(p)[0]).find((c) => c.type === "expression") ?? named(p)[0], s);
        path.push(isTfUnknown(key) ? "*" : `[${JSON.stringify(key)}]`);
      } else
        break;
    }
    return s.reference(path, head);
  }
  for (const p of rest)
    v = step(v, p, s);
  return v;
}
function step(v, p, s) {
  if (isTfUnknown(v))
    return v;
  if (p.type === "get_attr") {
    const name2 = named(p)[0].text;
    return isObj10(v) && name2 in v ? v[name2] : unknownAt(s, p, `no attribute ${name2}`);
  }
  if (p.type === "index") {
    const inner = named(p)[0];
    const keyNode = named(inner).find((c) => c.type === "expression");
    const key = keyNode ? evaluate2(keyNode, s) : Number(inner.text.replace(/^\./, ""));
    if (isTfUnknown(key))
      return key;
    if (Array.isArray(v) && typeof key === "number")
      return key >= 0 && key < v.length ? v[key] : unknownAt(s, p, `index ${key} out of range`);
    if (isObj10(v) && (typeof key === "string" || typeof key === "number"))
      return String(key) in v ? v[String(key)] : unknownAt(s, p, `no key ${key}`);
    return unknownAt(s, p, "an index into a value that has none");
  }
  if (p.type === "splat") {
    const list6 = Array.isArray(v) ? v : v === null ? [] : [v];
    const steps = named(named(p)[0]);
    return list6.map((x) => steps.reduce((acc, st) => step(acc, st, s), x));
  }
  return unknownAt(s, p, `${p.type} is not evaluated`);
}
function operation(op, s) {
  const args2 = named(op).filter((c) => c.type !== "comment");
  const sym = op.children.find((c) => c && !c.isNamed && c.type !== "(" && c.type !== ")")?.type ?? "";
  if (op.type === "unary_operation") {
    const v = evaluate2(args2[0], s);
    if (isTfUnknown(v))
      return v;
    return sym === "!" ? !v : sym === "-" ? -v : unknownAt(s, op, `operator ${sym}`);
  }
  const a = evaluate2(args2[0], s);
  const b = evaluate2(args2[1], s);
  const u = firstUnknown(a, b);
  if (u)
    return u;
  const x = a;
  const y = b;
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
function forExpr(f, s) {
  const [intro, ...rest] = named(f).filter((c) => !/_(start|end)$/.test(c.type));
  const ids = named(intro).filter((c) => c.type === "identifier").map((c) => c.text);
  const collection = evaluate2(named(intro).find((c) => c.type === "expression"), s);
  if (isTfUnknown(collection))
    return collection;
  const entries = Array.isArray(collection) ? collection.map((v, i2) => [i2, v]) : isObj10(collection) ? Object.entries(collection) : [];
  const cond = rest.find((c) => c.type === "for_cond");
  const exprs = rest.filter((c) => c.type === "expression");
  const grouping = f.text.includes("...");
  const out2 = [];
  const obj = {};
  for (const [k, v] of entries) {
    const names = new Map(s.names);
    if (ids.length === 2)
      names.set(ids[0], k).set(ids[1], v);
    else
      names.set(ids[0], v);
    const inner = { ...s, names };
    if (cond) {
      const c = evaluate2(named(cond).find((x) => x.type === "expression"), inner);
      if (isTfUnknown(c))
        return c;
      if (c !== true)
        continue;
    }
    if (f.type === "for_tuple_expr")
      out2.push(evaluate2(exprs[0], inner));
    else {
      const key = evaluate2(exprs[0], inner);
      if (isTfUnknown(key))
        return key;
      const value = evaluate2(exprs[1], inner);
      if (grouping)
        (obj[String(key)] ??= []).push(value);
      else
        obj[String(key)] = value;
    }
  }
  return f.type === "for_tuple_expr" ? out2 : obj;
}
function call(n, s) {
  const name2 = named(n).find((c) => c.type === "identifier").text;
  const argsNode = named(n).find((c) => c.type === "function_arguments");
  const argNodes = argsNode ? named(argsNode).filter((c) => c.type === "expression") : [];
  if (name2 === "try" || name2 === "can") {
    for (const a of argNodes) {
      const v = evaluate2(a, s);
      if (!isTfUnknown(v))
        return name2 === "can" ? true : v;
    }
    return name2 === "can" ? unknownAt(s, n, "can() of a value not known offline") : unknownAt(s, n, "no argument of try() is known offline");
  }
  let args2 = argNodes.map((a) => evaluate2(a, s));
  if (argsNode && named(argsNode).some((c) => c.type === "ellipsis")) {
    const last = args2.pop();
    if (isTfUnknown(last))
      return last;
    args2 = [...args2, ...Array.isArray(last) ? last : []];
  }
  const u = firstUnknown(...args2);
  if (u)
    return u;
  const fn = FUNCTIONS[name2];
  if (!fn)
    return unknownAt(s, n, `function ${name2}() is not evaluated`);
  try {
    return fn(args2, s);
  } catch (e) {
    return unknownAt(s, n, `${name2}(): ${e.message}`);
  }
}
var str2 = (v) => v === null || v === void 0 ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
var arr = (v) => {
  if (Array.isArray(v))
    return v;
  throw new Error("expects a list");
};
function ipv4ToInt(ip) {
  const p = ip.split(".").map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isInteger(x) || x < 0 || x > 255))
    throw new Error(`${ip} is not an IPv4 address`);
  return (p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]) >>> 0;
}
var intToIpv4 = (n) => [24, 16, 8, 0].map((b) => n >>> b & 255).join(".");
function cidrsubnet(prefix, newbits, netnum) {
  const [ip, bitsText] = prefix.split("/");
  const bits = Number(bitsText);
  const size = bits + newbits;
  if (!Number.isInteger(bits) || size > 32 || newbits < 0)
    throw new Error(`cannot extend ${prefix} by ${newbits} bits`);
  if (netnum < 0 || netnum >= 2 ** newbits)
    throw new Error(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const base = ipv4ToInt(ip) & (bits === 0 ? 0 : ~0 << 32 - bits >>> 0);
  return `${intToIpv4(base + netnum * 2 ** (32 - size) >>> 0)}/${size}`;
}
var modulePath = (s, p) => isAbsolute(p) || p.startsWith(s.dir) ? p : join2(s.dir, p);
var FUNCTIONS = {
  concat: (a) => a.flatMap(arr),
  merge: (a) => Object.assign({}, ...a.filter((x) => x !== null)),
  jsonencode: (a) => JSON.stringify(a[0]),
  jsondecode: (a) => JSON.parse(str2(a[0])),
  cidrsubnet: (a) => cidrsubnet(str2(a[0]), Number(a[1]), Number(a[2])),
  cidrhost: (a) => {
    const [ip, bits] = str2(a[0]).split("/");
    return intToIpv4((ipv4ToInt(ip) & ~0 << 32 - Number(bits) >>> 0) + Number(a[1]) >>> 0);
  },
  length: (a) => typeof a[0] === "string" ? [...a[0]].length : Array.isArray(a[0]) ? a[0].length : Object.keys(a[0]).length,
  lower: (a) => str2(a[0]).toLowerCase(),
  upper: (a) => str2(a[0]).toUpperCase(),
  trimspace: (a) => str2(a[0]).trim(),
  join: (a) => arr(a[1]).map(str2).join(str2(a[0])),
  split: (a) => str2(a[1]).split(str2(a[0])),
  replace: (a) => str2(a[0]).split(str2(a[1])).join(str2(a[2])),
  format: (a) => {
    let i2 = 1;
    return str2(a[0]).replace(/%%|%[sdv]/g, (m) => m === "%%" ? "%" : str2(a[i2++]));
  },
  tostring: (a) => str2(a[0]),
  tonumber: (a) => Number(a[0]),
  tolist: (a) => arr(a[0]),
  toset: (a) => [...new Set(arr(a[0]).map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x)),
  tomap: (a) => a[0],
  flatten: (a) => arr(a[0]).flat(Infinity),
  distinct: (a) => [...new Set(arr(a[0]).map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x)),
  compact: (a) => arr(a[0]).filter((x) => x !== null && x !== ""),
  contains: (a) => arr(a[0]).some((x) => JSON.stringify(x) === JSON.stringify(a[1])),
  keys: (a) => Object.keys(a[0]).sort(),
  values: (a) => Object.keys(a[0]).sort().map((k) => a[0][k]),
  lookup: (a) => {
    const m = a[0];
    if (str2(a[1]) in m)
      return m[str2(a[1])];
    if (a.length > 2)
      return a[2];
    throw new Error(`no key ${str2(a[1])}`);
  },
  element: (a) => {
    const l = arr(a[0]);
    return l[Number(a[1]) % l.length];
  },
  coalesce: (a) => a.find((x) => x !== null && x !== ""),
  range: (a) => {
    const [start2, end, by] = a.length === 1 ? [0, Number(a[0]), 1] : [Number(a[0]), Number(a[1]), Number(a[2] ?? 1)];
    const out2 = [];
    for (let i2 = start2; by > 0 ? i2 < end : i2 > end; i2 += by)
      out2.push(i2);
    return out2;
  },
  zipmap: (a) => Object.fromEntries(arr(a[0]).map((k, i2) => [str2(k), arr(a[1])[i2]])),
  base64encode: (a) => Buffer.from(str2(a[0]), "utf8").toString("base64"),
  base64decode: (a) => Buffer.from(str2(a[0]), "base64").toString("utf8"),
  file: (a, s) => readFileSync5(modulePath(s, str2(a[0])), "utf8"),
  templatefile: (a, s) => {
    const path = modulePath(s, str2(a[0]));
    const text = readFileSync5(path, "utf8");
    const vars = a[1] ?? {};
    const marker = `RUNNERLINT_TEMPLATE_${text.length}`;
    const body2 = s.parseTemplate(path, `t = <<${marker}
${text}${text.endsWith("\n") ? "" : "\n"}${marker}
`);
    const expr = body2.namedChildren.find((c) => c?.type === "attribute")?.namedChildren.find((c) => c?.type === "expression");
    if (!expr)
      throw new Error("cannot read the template");
    const v = evaluate2(expr, { ...s, file: path, names: new Map(Object.entries(vars)) });
    if (isTfUnknown(v))
      throw new Error(v.$tfUnknown);
    return typeof v === "string" && !text.endsWith("\n") ? v.replace(/\n$/, "") : v;
  }
};

// dist/inputs/terraform/hcl/module.js
var named2 = (n) => n.namedChildren.filter((c) => c !== null);
var MAX_MODULE_DEPTH = 16;
var META = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);
var NOT_REFERENCES = /* @__PURE__ */ new Set(["var", "local", "each", "count", "path", "self", "terraform"]);
function blocksOf(f) {
  return named2(f.body).filter((c) => c.type === "block").map((node) => {
    const kids = named2(node);
    return {
      file: f.path,
      node,
      type: kids[0].text,
      labels: kids.filter((c) => c.type === "string_lit" || c.type === "identifier" && c !== kids[0]).map((c) => labelText(c)),
      body: kids.find((c) => c.type === "body") ?? node
    };
  });
}
var labelText = (c) => c.type === "string_lit" ? named2(c).find((x) => x.type === "template_literal")?.text ?? "" : c.text;
var attributesOf = (body2) => named2(body2).filter((c) => c.type === "attribute").map((a) => ({ name: named2(a)[0].text, expr: named2(a).find((c) => c.type === "expression"), node: a }));
var at2 = (file, n) => ({ file, line: n.startPosition.row + 1, column: n.startPosition.column + 1 });
function referencesIn(n, names) {
  const out2 = /* @__PURE__ */ new Set();
  const visit = (x) => {
    if (x.type === "expression") {
      const [head, ...post] = named2(x);
      if (head?.type === "variable_expr" && !NOT_REFERENCES.has(head.text) && !names.has(head.text)) {
        const attrs = post.filter((p) => p.type === "get_attr").map((p) => named2(p)[0].text);
        const path = [head.text, ...attrs.slice(0, head.text === "data" ? 3 : 2)];
        if (path.length >= 2) {
          const base = path.slice(0, head.text === "data" ? 3 : 2).join(".");
          if (path.length > (head.text === "data" ? 3 : 2))
            out2.add(path.join("."));
          out2.add(base);
        }
      }
    }
    for (const c of named2(x))
      visit(c);
  };
  visit(n);
  return [...out2];
}
var Module4 = class _Module {
  address;
  dir;
  inputs;
  root;
  out;
  reader;
  chain;
  blocks;
  localCache = /* @__PURE__ */ new Map();
  evaluating = /* @__PURE__ */ new Set();
  resourceCache = /* @__PURE__ */ new Map();
  constructor(address, dir, files, inputs, root, out2, reader2, chain = [resolve4(dir)]) {
    this.address = address;
    this.dir = dir;
    this.inputs = inputs;
    this.root = root;
    this.out = out2;
    this.reader = reader2;
    this.chain = chain;
    this.blocks = files.flatMap(blocksOf);
  }
  scope(file, names = /* @__PURE__ */ new Map()) {
    return {
      file,
      dir: this.dir,
      names,
      parseTemplate: (f, t) => this.reader.parseTemplate(f, t),
      variable: (name2, node) => this.variable(name2, file, node),
      local: (name2, node) => this.local(name2, file, node),
      reference: (path, node) => this.reference(path, file, node)
    };
  }
  variable(name2, file, node) {
    if (name2 in this.inputs)
      return this.inputs[name2];
    const decl = this.blocks.find((b) => b.type === "variable" && b.labels[0] === name2);
    if (!decl)
      return unknownAt(this.scope(file), node, `var.${name2} is not declared`);
    const dflt = attributesOf(decl.body).find((a) => a.name === "default");
    if (dflt)
      return evaluate2(dflt.expr, this.scope(decl.file));
    return unknownAt(this.scope(file), node, this.root ? `var.${name2} has no value (give it in terraform.tfvars or a *.auto.tfvars file)` : `var.${name2} is not given to ${this.address}`);
  }
  local(name2, file, node) {
    if (this.localCache.has(name2))
      return this.localCache.get(name2);
    for (const b of this.blocks.filter((x) => x.type === "locals")) {
      const a = attributesOf(b.body).find((x) => x.name === name2);
      if (!a)
        continue;
      if (this.evaluating.has(`local.${name2}`))
        return unknownAt(this.scope(file), node, `local.${name2} refers to itself`);
      this.evaluating.add(`local.${name2}`);
      const v = evaluate2(a.expr, this.scope(b.file));
      this.evaluating.delete(`local.${name2}`);
      this.localCache.set(name2, v);
      return v;
    }
    return unknownAt(this.scope(file), node, `local.${name2} is not declared`);
  }
  /** type.name[key].attr: the configured value when the configuration decides it, else known only after apply. */
  reference(path, file, node) {
    const s = this.scope(file);
    if (path[0] === "data")
      return unknownAt(s, node, `data.${path[1]}.${path[2]} is read when Terraform plans`);
    if (path[0] === "module")
      return unknownAt(s, node, `the output ${path.slice(1).join(".")} of a module is not evaluated`);
    const [type, name2, ...rest] = path;
    const decl = this.blocks.find((b) => b.type === "resource" && b.labels[0] === type && b.labels[1] === name2);
    if (!decl)
      return unknownAt(s, node, `${path.join(".")} is not declared in this module`);
    const instances = this.resource(decl);
    let i2 = 0;
    let picked;
    if (rest[0]?.startsWith("[")) {
      const key = JSON.parse(rest[0].slice(1, -1));
      picked = instances.find((x) => x.index === key);
      i2 = 1;
    } else if (rest[0] === "*")
      i2 = 1;
    else if (instances.length === 1 && instances[0].index === void 0)
      picked = instances[0];
    const attr = rest.slice(i2);
    const what = `${type}.${name2}${attr.length ? `.${attr.join(".")}` : ""}`;
    if (!picked)
      return unknownAt(s, node, `${what} is known only after apply`);
    let v = picked.values;
    for (const a of attr)
      v = v !== null && typeof v === "object" && !Array.isArray(v) && !isTfUnknown(v) ? v[a] : void 0;
    return v === void 0 || isTfUnknown(v) ? unknownAt(s, node, `${what} is known only after apply`) : v;
  }
  /** A resource block's instances (count / for_each expanded), evaluated once. */
  resource(b) {
    const key = `${b.labels[0]}.${b.labels[1]}`;
    const cached2 = this.resourceCache.get(key);
    if (cached2)
      return cached2;
    if (this.evaluating.has(key))
      return [];
    this.evaluating.add(key);
    const [type, name2] = [b.labels[0] ?? "", b.labels[1] ?? ""];
    const prefix = this.address ? `${this.address}.` : "";
    const attrs = attributesOf(b.body);
    const instances = [];
    for (const [index, names] of this.expansion(b, attrs)) {
      const address = `${prefix}${type}.${name2}${index === void 0 ? "" : `[${JSON.stringify(index)}]`}`;
      const pointer = joinPointer("", "resources", address, "values");
      this.out.positions.set(pointer, at2(b.file, b.node));
      const { values, expressions } = this.body(b.body, b.file, names, pointer);
      instances.push({
        address,
        module: this.address,
        type,
        name: name2,
        ...index === void 0 ? {} : { index },
        values,
        pointer,
        expressions
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
      const n = evaluate2(count.expr, s);
      if (typeof n === "number")
        return Array.from({ length: n }, (_, i2) => [i2, /* @__PURE__ */ new Map([["count", { index: i2 }]])]);
      return [[void 0, /* @__PURE__ */ new Map([["count", { index: isTfUnknown(n) ? n : unknownAt(s, count.expr, "count is not a number") }]])]];
    }
    if (forEach) {
      const c = evaluate2(forEach.expr, s);
      const entries = Array.isArray(c) ? c.map((v) => [String(v), v]) : c !== null && typeof c === "object" && !isTfUnknown(c) ? Object.entries(c) : void 0;
      if (entries)
        return entries.map(([k, v]) => [k, /* @__PURE__ */ new Map([["each", { key: k, value: v }]])]);
      const u = isTfUnknown(c) ? c : unknownAt(s, forEach.expr, "for_each is not a map or set");
      return [[void 0, /* @__PURE__ */ new Map([["each", { key: u, value: u }]])]];
    }
    return [[void 0, /* @__PURE__ */ new Map()]];
  }
  /** A block body: its attributes evaluated, nested and dynamic blocks as lists; with the references of each. */
  body(body2, file, names, pointer) {
    const values = {};
    const expressions = {};
    const s = this.scope(file, names);
    const nameSet = new Set(names.keys());
    for (const a of attributesOf(body2)) {
      if (META.has(a.name))
        continue;
      values[a.name] = evaluate2(a.expr, s);
      expressions[a.name] = { references: referencesIn(a.expr, nameSet) };
      this.out.positions.set(`${pointer}/${a.name}`, at2(file, a.node));
    }
    const lists = /* @__PURE__ */ new Map();
    const push = (type, v, e, n) => {
      const l = lists.get(type) ?? { values: [], expressions: [] };
      if (isTfUnknown(v))
        l.values = v;
      else if (!isTfUnknown(l.values)) {
        this.out.positions.set(`${pointer}/${type}/${l.values.length}`, at2(file, n));
        l.values.push(v);
      }
      l.expressions.push(e);
      lists.set(type, l);
    };
    for (const b of blocksOf({ path: file, body: body2 })) {
      if (META.has(b.type))
        continue;
      if (b.type === "dynamic") {
        const label = b.labels[0] ?? "";
        const attrs = attributesOf(b.body);
        const forEach = attrs.find((a) => a.name === "for_each");
        const iterator = attrs.find((a) => a.name === "iterator")?.expr.text ?? label;
        const content = blocksOf({ path: file, body: b.body }).find((x) => x.type === "content");
        const c = forEach ? evaluate2(forEach.expr, s) : void 0;
        const entries = Array.isArray(c) ? c.map((v, i2) => [i2, v]) : c !== null && typeof c === "object" && !isTfUnknown(c) ? Object.entries(c) : void 0;
        if (!content || !entries) {
          const u = isTfUnknown(c) ? c : unknownAt(s, b.node, `dynamic "${label}" has no known for_each or content`);
          push(label, u, { references: forEach ? referencesIn(forEach.expr, nameSet) : [] }, b.node);
          continue;
        }
        for (const [k, v] of entries) {
          const inner = new Map(names).set(iterator, { key: k, value: v });
          const r2 = this.body(content.body, file, inner, `${pointer}/${label}/${isTfUnknown(lists.get(label)?.values) ? 0 : lists.get(label)?.values?.length ?? 0}`);
          push(label, r2.values, r2.expressions, content.node);
        }
        continue;
      }
      const index = isTfUnknown(lists.get(b.type)?.values) ? 0 : lists.get(b.type)?.values?.length ?? 0;
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
    const name2 = b.labels[0];
    const s = this.scope(b.file);
    const attrs = attributesOf(b.body);
    const sourceAttr = attrs.find((a) => a.name === "source");
    const source = sourceAttr ? evaluate2(sourceAttr.expr, s) : "";
    const address = `${this.address ? `${this.address}.` : ""}module.${name2}`;
    const inputs = {};
    for (const a of attrs)
      if (!["source", "version", "providers", "count", "for_each", "depends_on"].includes(a.name))
        inputs[a.name] = evaluate2(a.expr, s);
    const pointer = joinPointer("", "module_calls", address);
    for (const a of attrs)
      this.out.positions.set(`${pointer}/${a.name}`, at2(b.file, a.node));
    this.out.positions.set(pointer, at2(b.file, b.node));
    this.out.moduleCalls.push({ address, source: typeof source === "string" ? source : "", inputs, pointer });
    if (typeof source !== "string" || !/^\.\.?\//.test(source))
      return;
    const dir = join3(this.dir, source).split(sep2).join("/");
    if (this.chain.includes(resolve4(dir)) || this.chain.length > MAX_MODULE_DEPTH)
      return;
    const files = this.reader.read(dir);
    if (!files)
      return;
    new _Module(address, dir, files, inputs, false, this.out, this.reader, [...this.chain, resolve4(dir)]).run();
  }
};
function evaluateModule(dir, files, tfvars, reader2) {
  const out2 = { instances: [], moduleCalls: [], positions: /* @__PURE__ */ new Map() };
  new Module4("", dir, files, tfvars, true, out2, reader2).run();
  return { plan: { form: "plan", instances: out2.instances, moduleCalls: out2.moduleCalls }, positions: out2.positions };
}
function tfvarsOf(file, dir, reader2) {
  const m = new Module4("", dir, [], {}, true, { instances: [], moduleCalls: [], positions: /* @__PURE__ */ new Map() }, reader2);
  const out2 = {};
  for (const a of attributesOf(file.body))
    out2[a.name] = evaluate2(a.expr, m.scope(file.path));
  return out2;
}

// dist/inputs/terraform/loader.js
var cache3 = /* @__PURE__ */ new WeakMap();
function translated(file) {
  let x = cache3.get(file);
  if (!x) {
    const doc = file.document();
    const plan = readPlan(doc);
    const translation = translate(plan);
    const source = sourceBlocks(file.path, plan);
    const locate = (p) => {
      const address = /^\/Resources\/([^/]+)/.exec(p)?.[1]?.replace(/~1/g, "/").replace(/~0/g, "~");
      const block2 = address !== void 0 ? declaredAt(source, configAddress(address)) : void 0;
      return block2 ?? doc.locate(sourcePointer(translation, p));
    };
    x = templateFile(file, translation, locate);
    cache3.set(file, x);
  }
  return x;
}
function sourcePointer(t, p) {
  return t.pointers.find(([prefix]) => p === prefix || p.startsWith(`${prefix}/`))?.[1] ?? "";
}
function templateFile(file, translation, locate) {
  const template2 = { file: file.path, data: translation.template, locate };
  return { file: { path: file.path, text: file.text, structured: true, document: () => template2 }, translation };
}
var isTerraform = (file) => file.structured && /^\s*\{/.test(file.text) && isTerraformJson(file.document().data);
function terraformSemantics(docs, t) {
  for (const d of docs) {
    const groups = d.input.securityGroups ?? [];
    for (const g of groups) {
      if (!t.groups.has(g.id))
        continue;
      g.implicitEgress = false;
      for (const c of t.conflicts.filter((x) => x.group === g.id)) {
        const reason2 = `${g.id} has inline ${c.direction} rules and ${c.direction} rule resources: Terraform overwrites one set with the other on each apply`;
        for (const r of g[c.direction])
          r.condition = unknown(reason2);
      }
      for (const u of t.unknownRules.filter((x) => x.group === g.id)) {
        const rule = {
          protocol: unknown(u.reason),
          peer: { kind: "unknown", reason: u.reason },
          location: g.rulesAt?.[u.direction] ?? g.location
        };
        g[u.direction].push(rule);
      }
    }
  }
  return docs;
}
function loadersOf(name2, detect, of) {
  return [
    {
      name: name2,
      detect,
      load(file, ctx) {
        const x = of(file);
        return terraformSemantics(cloudFormationLoader.load(x.file, ctx), x.translation);
      }
    },
    {
      name: `${name2}-organizations`,
      detect: (file) => detect(file) && cloudFormationOrganizationsLoader.detect(of(file).file),
      load: (file, ctx) => cloudFormationOrganizationsLoader.load(of(file).file, ctx)
    },
    {
      name: `${name2}-proxy`,
      detect: (file) => detect(file) && cloudFormationProxyLoader.detect(of(file).file),
      load(file, ctx) {
        const template2 = of(file).file.document();
        const options2 = { parameters: {}, ...ctx.maxScenarios !== void 0 ? { maxScenarios: ctx.maxScenarios } : {} };
        return toProxyInputs(template2, file.text, options2, ctx.config).map((input) => ({ kind: "proxy", file: file.path, input }));
      }
    }
  ];
}
var [terraformLoader, terraformOrganizationsLoader, terraformProxyLoader] = loadersOf("terraform", isTerraform, translated);
function configAddress(address) {
  return address.replace(/#\d+$/, "").replace(/\[[^\]]*\]/g, "");
}
function declaredAt(blocks, address) {
  for (let a = address; a.includes("."); a = a.slice(0, a.lastIndexOf("."))) {
    const hit = blocks.get(a);
    if (hit)
      return hit;
  }
  return void 0;
}
function sourceBlocks(planPath, plan) {
  const out2 = /* @__PURE__ */ new Map();
  if (!existsSync(planPath))
    return out2;
  const dirs = [["", dirname3(planPath)]];
  for (const call2 of plan.moduleCalls) {
    const parent = dirs.find(([a]) => a === call2.address.replace(/\.?module\.[^.]+$/, ""));
    if (parent && /^\.\.?\//.test(call2.source))
      dirs.push([call2.address, join4(parent[1], call2.source)]);
  }
  for (const [address, dir] of dirs) {
    let names;
    try {
      names = readdirSync2(dir).filter((n) => n.endsWith(".tf")).sort();
    } catch {
      continue;
    }
    for (const name2 of names) {
      const path = join4(dir, name2);
      const shown = path.split(sep3).join("/");
      readFileSync6(path, "utf8").split("\n").forEach((line, i2) => {
        const m = /^(\s*)resource\s+"([^"]+)"\s+"([^"]+)"/.exec(line);
        if (m)
          out2.set(`${address ? `${address}.` : ""}${m[2]}.${m[3]}`, { file: shown, line: i2 + 1, column: m[1].length + 1 });
      });
    }
  }
  return out2;
}
var tfvarsName = (n) => n === "terraform.tfvars" || n.endsWith(".auto.tfvars");
var reader = {
  read(dir) {
    let names;
    try {
      names = readdirSync2(dir).filter((n) => n.endsWith(".tf")).sort();
    } catch {
      return void 0;
    }
    return names.map((n) => {
      const path = join4(dir, n).split(sep3).join("/");
      return { path, body: parseTerraform(path, readFileSync6(path, "utf8")) };
    });
  },
  parseTemplate: (file, text) => parseTerraform(file, text)
};
function translatedSource(file) {
  let x = cache3.get(file);
  if (!x) {
    const dir = dirname3(file.path);
    const onDisk = existsSync(file.path) && readFileSync6(file.path, "utf8") === file.text;
    const files = (onDisk ? reader.read(dir) : void 0) ?? [{ path: file.path, body: parseTerraform(file.path, file.text) }];
    const tfvars = {};
    if (onDisk)
      for (const n of readdirSync2(dir).filter(tfvarsName).sort((a, b) => a === "terraform.tfvars" ? -1 : b === "terraform.tfvars" ? 1 : a.localeCompare(b))) {
        const path = join4(dir, n).split(sep3).join("/");
        Object.assign(tfvars, tfvarsOf({ path, body: parseTerraform(path, readFileSync6(path, "utf8")) }, dir, reader));
      }
    let evaluated2;
    try {
      evaluated2 = evaluateModule(dir, files, tfvars, reader);
    } catch (e) {
      if (e instanceof RangeError)
        throw new RunnerlintError("DEPTH_LIMIT", "expressions nested too deeply to evaluate", file.path, { line: 1, column: 1 });
      throw e;
    }
    const { plan, positions } = evaluated2;
    const translation = translate(plan);
    const fallback = { file: file.path, line: 1, column: 1 };
    const position = (p) => {
      for (let q = p; ; q = q.slice(0, q.lastIndexOf("/"))) {
        const hit = positions.get(q);
        if (hit)
          return hit;
        if (!q)
          return fallback;
      }
    };
    x = templateFile(file, translation, (p) => position(sourcePointer(translation, p)));
    cache3.set(file, x);
  }
  return x;
}
var isTfSource = (file) => /\.tf$/i.test(file.path);
var [terraformSourceLoader, terraformSourceOrganizationsLoader, terraformSourceProxyLoader] = loadersOf("terraform-source", isTfSource, translatedSource);

// dist/inputs/registry.js
var loaders = [
  terraformOrganizationsLoader,
  terraformLoader,
  terraformSourceOrganizationsLoader,
  terraformSourceLoader,
  snapshotLoader,
  cloudFormationOrganizationsLoader,
  scpFileLoader,
  cloudFormationLoader,
  describeSecurityGroupsLoader,
  describeVpcsLoader,
  describeNetworkAclsLoader,
  networkFirewallLoader,
  squidLoader,
  iptablesSaveLoader,
  dotenvLoader
];
var companionLoaders = [
  cloudFormationLoader,
  cloudFormationProxyLoader,
  terraformLoader,
  terraformProxyLoader,
  terraformSourceLoader,
  terraformSourceProxyLoader
];

// dist/inputs/proxy/flags.js
var COMMAND_LINE = "<command line>";
var FLAGS = [
  ["httpsProxy", "HTTPS_PROXY", "--https-proxy"],
  ["httpProxy", "HTTP_PROXY", "--http-proxy"],
  ["noProxy", "NO_PROXY", "--no-proxy"]
];
function proxyFromFlags(config) {
  const proxy2 = config.proxy;
  if (!proxy2)
    return void 0;
  const location = { file: COMMAND_LINE, line: 1, column: 1 };
  const variables2 = [];
  for (const [key, name2, flag] of FLAGS) {
    const value = proxy2[key];
    if (value !== void 0)
      variables2.push({ name: name2, value, location, label: flag });
  }
  if (variables2.length === 0)
    return void 0;
  const { proxy: _flags, ...rest } = config;
  const input = {
    kind: "proxy",
    config: rest,
    environments: [
      {
        source: "command-line",
        name: "the command line",
        location,
        variables: variables2,
        ...proxy2.noProxy !== void 0 && proxy2.httpsProxy === void 0 && proxy2.httpProxy === void 0 ? { proxyAssumed: true } : {}
      }
    ]
  };
  return { kind: "proxy", file: COMMAND_LINE, input };
}

// dist/inputs/files.js
import { readdirSync as readdirSync3, readFileSync as readFileSync7, statSync } from "node:fs";
import { join as join5, relative as relative2, isAbsolute as isAbsolute2 } from "node:path";
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var STRUCTURED = /\.(ya?ml|json|template)$/i;
var CANDIDATE = /\.(ya?ml|json|template|env|tf)$|(^|\/)\.env$|(^|\/)squid[^/]*\.conf$|\.rules$|(^|\/)rules\.v[46]$|(^|\/)iptables[^/]*$/i;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "cdk.out", ".terraform"]);
function findFiles(paths, cwd = process.cwd()) {
  const out2 = [];
  const display = (p) => isAbsolute2(p) ? p : relative2(cwd, join5(cwd, p)) || p;
  const walk = (dir) => {
    for (const entry of readdirSync3(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join5(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name))
          walk(p);
      } else if (entry.isFile() && CANDIDATE.test(entry.name)) {
        out2.push({ path: display(p), explicit: false });
      }
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new RunnerlintError("FILE_NOT_FOUND", "no such file or directory", p);
    }
    if (st.isDirectory())
      walk(p);
    else
      out2.push({ path: display(p), explicit: true });
  }
  return out2;
}
function readInputFile(path, maxBytes = MAX_FILE_BYTES) {
  let size;
  try {
    size = statSync(path).size;
  } catch {
    throw new RunnerlintError("FILE_NOT_FOUND", "no such file or directory", path);
  }
  if (size > maxBytes) {
    const mib = (n) => `${Math.round(n / 1048576 * 10) / 10} MiB`;
    throw new RunnerlintError("SIZE_LIMIT", `file is ${mib(size)}; the limit is ${mib(maxBytes)} (raise it with --max-file-size MIB)`, path, { line: 1, column: 1 });
  }
  const bytes = readFileSync7(path);
  const encoding = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : "utf-8";
  let text;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new RunnerlintError("UNSUPPORTED_INPUT", `not ${encoding === "utf-8" ? "UTF-8" : encoding.toUpperCase()} text`, path, {
      line: 1,
      column: 1
    });
  }
  if (text.charCodeAt(0) === 65279)
    text = text.slice(1);
  return fileFromText(path, text);
}
function fileFromText(path, text) {
  let doc;
  return {
    path,
    text,
    structured: STRUCTURED.test(path) || /^\s*[{[]/.test(text),
    document() {
      doc ??= parseTemplate(path, text);
      return doc;
    }
  };
}

// dist/drift.js
function catalogueDrift(from, to, version) {
  const before = new Map(from.map((r) => [r.id, r]));
  const after = new Map(to.map((r) => [r.id, r]));
  const ids = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])];
  const status = (r) => r?.status ?? "absent";
  const changes = ids.filter((id) => status(before.get(id)) !== status(after.get(id))).map((id) => ({
    requirement: id,
    title: (after.get(id) ?? before.get(id)).title,
    status: status(before.get(id)),
    latest: status(after.get(id))
  }));
  return { version, changes };
}

// dist/scope/paths.js
import { relative as relative3, resolve as resolve5, sep as sep4 } from "node:path";
function covers(glob, rel) {
  const re = globToRegExp(glob.replace(/\/+$/, ""));
  const parts2 = rel.split("/");
  for (let n = parts2.length; n > 0; n--)
    if (re.test(parts2.slice(0, n).join("/")))
      return true;
  return false;
}
function excludedBy(file, paths, cwd) {
  const rel = relative3(resolve5(cwd, paths.base), resolve5(cwd, file)).split(sep4).join("/");
  const outside = rel.startsWith("../") || rel === "..";
  if (paths.include.length && (outside || !paths.include.some((g) => covers(g, rel))))
    return "not in scope.include";
  const hit = outside ? void 0 : paths.exclude.find((g) => covers(g, rel));
  return hit === void 0 ? void 0 : `scope.exclude: ${hit}`;
}

// dist/scope/summary.js
function scopeSummary(mode, inputs, runnerGroups, controls, exportGroups, needEnvironment) {
  const outOfScope = inputs.filter((i2) => i2.outOfScope).map((i2) => ({ file: i2.file, reason: i2.outOfScope }));
  const summary = { mode, runnerGroups, outOfScope, ...controls.length ? { controlsOutOfScope: controls } : {} };
  if (mode !== "runner")
    return summary;
  const groups = inputs.reduce((n, i2) => n + (i2.groupsOutOfScope ?? 0), exportGroups.outOfScope);
  const howTo = "tag it runnerlint:role (environment or runner), list it under securityGroupRoles in .runnerlint.yaml, or pass --sg-role ID=environment";
  if (runnerGroups.length === 0 && groups > 0) {
    const files = inputs.filter((i2) => i2.groupsOutOfScope).length + exportGroups.files;
    summary.note = `No security group was taken as the runner's: the ${groups} group(s) in ${files} file(s) have no runnerlint:role, no runner compute and no ingress rule for an environment port, so they were not judged. If one of them is the runner's, ${howTo}; --scope all judges every group.`;
  } else if (runnerGroups.length > 0 && needEnvironment.length > 0 && !runnerGroups.some((g) => g.role === "environment")) {
    summary.note = `No environments' security group was found (the runner's: ${[...new Set(runnerGroups.map((g) => g.id))].join(", ")}), so ${needEnvironment.join(", ")} could not be judged. If the environments' group is in another stack, check that one too; if it is among these inputs, ${howTo.replace("(environment or runner)", "environment")}.`;
  }
  return summary;
}
function environmentRequirements(engine, config, judged2) {
  return judged2.filter((r) => {
    const q = engine.catalogue.requirements[r.id];
    const sg = q?.securityGroup;
    return sg?.appliesTo === "environment" && sg.expectation === "allow" && (!Array.isArray(q.runners) || q.runners.includes(config.runner));
  }).map((r) => r.id);
}

// dist/engine/messages.js
function renderMessage(template2, params, fallback) {
  if (!template2)
    return fallback;
  return template2.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name2) => {
    if (!(name2 in params))
      return whole;
    return formatValue(params[name2]);
  });
}
function formatValue(v) {
  if (Array.isArray(v))
    return v.map(formatValue).join(", ");
  if (v === null || v === void 0)
    return "";
  if (typeof v === "object") {
    if ("$unknown" in v)
      return `unknown (${v.$unknown})`;
    return JSON.stringify(v);
  }
  return String(v);
}

// dist/model/vocabulary.js
var STATUS_RANK = { violated: 3, unknown: 2, satisfied: 1, "not-applicable": 0 };
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
var STATUSES = ["violated", "unknown", "satisfied", "not-applicable"];
var SEVERITIES = ["error", "warning", "note"];

// dist/tables/findings.js
function messageOf(engine, v) {
  const rule = engine.rule(v.rule);
  return renderMessage(rule?.messages[v.messageId], v.params ?? {}, `${v.rule}: ${v.messageId}`);
}
function severityOf(engine, v, overrides) {
  const override = overrides[v.rule];
  const declared = override && override !== "ignore" ? override : engine.rule(v.rule)?.severity ?? "error";
  if (v.status === "unknown" && SEVERITY_RANK[declared] > SEVERITY_RANK.warning)
    return "warning";
  return declared;
}
function byPlace(a, b) {
  return a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || a.ruleId.localeCompare(b.ruleId);
}
function toFindings(engine, verdicts, docs, overrides) {
  const scenarioCount = /* @__PURE__ */ new Map();
  const countKey = (d) => `${d.kind}\0${d.file}`;
  for (const d of docs)
    scenarioCount.set(countKey(d), (scenarioCount.get(countKey(d)) ?? 0) + 1);
  const byKey = /* @__PURE__ */ new Map();
  for (const { verdict: v, doc } of verdicts) {
    if (v.status !== "violated" && v.status !== "unknown")
      continue;
    if (overrides[v.rule] === "ignore")
      continue;
    const location = v.location ?? { file: doc.file, line: 1, column: 1 };
    const key = JSON.stringify([
      v.rule,
      v.requirement,
      v.status,
      v.messageId,
      v.params,
      location.file,
      location.line,
      location.column,
      v.resource
    ]);
    let f = byKey.get(key);
    if (!f) {
      f = {
        ruleId: v.rule,
        severity: severityOf(engine, v, overrides),
        requirement: v.requirement,
        status: v.status,
        messageId: v.messageId,
        message: messageOf(engine, v),
        location,
        ...v.resource ? { resource: v.resource } : {},
        seen: [],
        file: countKey(doc)
      };
      byKey.set(key, f);
    }
    if (doc.input.scenario)
      f.seen.push(doc.input.scenario);
  }
  const findings = [];
  for (const { seen, file, ...f } of byKey.values()) {
    const total = scenarioCount.get(file) ?? 1;
    if (seen.length > 0 && seen.length < total)
      f.scenarios = seen;
    findings.push(f);
  }
  return findings.sort(byPlace);
}
function groupByCause(findings) {
  const groups = /* @__PURE__ */ new Map();
  findings.forEach((f, n) => {
    const l = f.location;
    const key = f.resource ? JSON.stringify([f.ruleId, f.resource, l.file, l.line, l.column, f.status, f.severity, f.scenarios ?? null, f.expiredWaiver ?? null]) : String(n);
    const group = groups.get(key);
    if (group)
      group.push(f);
    else
      groups.set(key, [f]);
  });
  return [...groups.values()].map((group) => {
    if (group.length === 1)
      return group[0];
    const parts2 = group.map((f) => ({ requirement: f.requirement, messageId: f.messageId, message: f.message })).sort((a, b) => a.requirement.localeCompare(b.requirement) || a.message.localeCompare(b.message));
    const requirements = [...new Set(parts2.map((p) => p.requirement))];
    const first = parts2[0];
    const more = `and ${parts2.length - 1} more of this rule at this place${requirements.length > 1 ? `, for ${requirements.join(", ")}` : ""}`;
    return { ...group[0], requirement: first.requirement, messageId: first.messageId, message: `${first.message} (${more})`, parts: parts2 };
  });
}

// dist/tables/requirements.js
var ENGINE_RULE = "runnerlint/engine";
var SCOPE_RULE = "runnerlint/scope";
function toRequirements(engine, verdicts, kinds, docs, config, inputs) {
  const outOfScope = inputs.filter((i2) => i2.outOfScope && i2.kind && !kinds.has(i2.kind));
  const idKinds = /* @__PURE__ */ new Map();
  const declared = new Map((config.declared ?? []).map((d) => [d.id, d]));
  for (const k of /* @__PURE__ */ new Set([...kinds, ...outOfScope.map((i2) => i2.kind)])) {
    for (const id of engine.requirementsJudged(k)) {
      const instances = id.includes("<name>") ? [...declared.values()].filter((d) => d.template === id).map((d) => d.id) : [id];
      for (const i2 of instances)
        idKinds.set(i2, (idKinds.get(i2) ?? /* @__PURE__ */ new Set()).add(k));
    }
  }
  const ids = idKinds.keys();
  const truncatedIn = /* @__PURE__ */ new Map();
  for (const d of docs)
    if (d.input.truncated && !truncatedIn.has(d.kind))
      truncatedIn.set(d.kind, d.input.truncated);
  const byRequirement = /* @__PURE__ */ new Map();
  for (const x of verdicts) {
    const list6 = byRequirement.get(x.verdict.requirement);
    if (list6)
      list6.push(x);
    else
      byRequirement.set(x.verdict.requirement, [x]);
  }
  const results = [];
  for (const id of [...ids].sort()) {
    const evidence = (byRequirement.get(id) ?? []).map(({ verdict: v, doc }) => ({
      rule: v.rule,
      status: v.status,
      message: messageOf(engine, v),
      ...v.location ? { location: v.location } : {},
      ...v.resource ? { resource: v.resource } : {},
      ...doc.input.scenario ? { scenario: doc.input.scenario } : {}
    }));
    let status = "not-applicable";
    for (const e of evidence)
      if (STATUS_RANK[e.status] > STATUS_RANK[status])
        status = e.status;
    const judgedBy = [...idKinds.get(id)];
    const truncated = judgedBy.map((k) => truncatedIn.get(k)).find(Boolean);
    if (evidence.length === 0 && !judgedBy.some((k) => kinds.has(k))) {
      const files = outOfScope.filter((i2) => judgedBy.includes(i2.kind)).length;
      evidence.push({
        rule: SCOPE_RULE,
        status,
        message: `Out of scope: nothing in the ${files} file(s) that could judge it is the runner's.`
      });
    } else if (evidence.length === 0) {
      status = "unknown";
      evidence.push({ rule: ENGINE_RULE, status, message: "unjudged: no rule returned a verdict for this requirement" });
    } else if (truncated && status !== "violated") {
      status = "unknown";
      evidence.push({ rule: ENGINE_RULE, status, message: `analysis truncated: ${truncated}` });
    }
    results.push({
      id,
      title: declared.get(id)?.title ?? engine.catalogue.requirements[id]?.title ?? id,
      status,
      evidence: dedupe(evidence)
    });
  }
  return results;
}
function dedupe(evidence) {
  const seen = /* @__PURE__ */ new Set();
  return evidence.filter((e) => {
    const k = JSON.stringify([e.rule, e.status, e.message, e.location?.file, e.location?.line, e.resource]);
    if (seen.has(k))
      return false;
    seen.add(k);
    return true;
  });
}

// dist/waivers/comments.js
var import_yaml3 = __toESM(require_dist(), 1);

// dist/config/file.js
import { dirname as dirname4, resolve as resolve6 } from "node:path";

// dist/config/schema.js
import { readFileSync as readFileSync8 } from "node:fs";
var cached;
function compiled() {
  if (!cached) {
    const schema = JSON.parse(readFileSync8(schemaUrl("config"), "utf8"));
    cached = { schema, validate: validator("config"), hints: patternHints(schema) };
  }
  return cached;
}
function validateConfigData(data) {
  const { validate, hints } = compiled();
  if (validate(data))
    return [];
  return explain(validate.errors ?? [], hints);
}
function patternHints(schema) {
  const s = schema;
  const hints = [
    [s.properties.region?.pattern, "is not an AWS region name (e.g. eu-west-1)"],
    [s.properties.accountId?.pattern, "must be 12 digits"],
    [s.properties.runnerRoleArn?.pattern, "is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)"],
    [s.properties.securityGroupRoles?.propertyNames?.pattern, "is not a security-group id or logical id"],
    [s.definitions.cidr?.pattern, "is not a CIDR block (e.g. 10.0.0.0/16)"],
    [s.definitions.ruleId?.pattern, "is not a rule id (<area>/<name>, see `runnerlint rules`)"],
    [s.definitions.requirementId?.pattern, "is not a requirement id (e.g. sg.ssh-ingress, scm.github)"],
    [s.definitions.date?.pattern, "is not a date (YYYY-MM-DD)"],
    [s.definitions.endpoint?.pattern, "is not a host name, an IPv4 address or an http(s) URL"],
    [s.definitions.namedEndpoints?.propertyNames?.pattern, "is not a valid name (lower-case letters, digits and dashes)"],
    [s.definitions.waiver?.properties?.reason?.pattern, "must not be empty: every waiver needs a reason"]
  ];
  return new Map(hints.filter((h) => h[0] !== void 0));
}
var TYPE_NAMES = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  object: "a map",
  array: "a list",
  null: "null"
};
function explain(errors, hints) {
  const out2 = [];
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  for (const e of errors) {
    if (e.keyword === "propertyNames")
      continue;
    if (e.keyword === "required" && anyOfPaths.has(e.instancePath) && /\/anyOf\/\d+\/required$/.test(e.schemaPath))
      continue;
    const p = problem(e, hints);
    if (p && !out2.some((o) => o.pointer === p.pointer && o.message === p.message))
      out2.push(p);
  }
  return out2;
}
function problem(e, hints) {
  const at3 = e.instancePath;
  const params = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const guess = didYouMean(key, known);
      return {
        pointer: `${at3}/${escapeToken(key)}`,
        key: true,
        message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : known.length ? ` (expected one of: ${known.join(", ")})` : ""}`
      };
    }
    case "required":
      return { pointer: at3, key: false, message: `${where2(at3)}missing "${String(params.missingProperty)}"` };
    case "anyOf":
      return { pointer: at3, key: false, message: `${where2(at3)}a waiver needs a "rule", a "requirement" or a "file"` };
    case "enum":
      return {
        pointer: at3,
        key: false,
        message: `${where2(at3)}must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
      };
    case "const":
      return { pointer: at3, key: false, message: `${where2(at3)}must be ${JSON.stringify(params.allowedValue)}` };
    case "type": {
      const want = String(params.type).split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ");
      const hint = /\/accountId$/.test(at3) ? ' (quote it in YAML: "123456789012")' : /\/expires$/.test(at3) ? " (YYYY-MM-DD)" : "";
      return { pointer: at3, key: false, message: `${where2(at3)}must be ${want}${hint}` };
    }
    case "pattern": {
      const hint = hints.get(String(params.pattern)) ?? `must match ${String(params.pattern)}`;
      const name2 = e.propertyName;
      if (name2 !== void 0)
        return { pointer: `${at3}/${escapeToken(name2)}`, key: true, message: `${where2(at3)}"${name2}" ${hint}` };
      return { pointer: at3, key: false, message: `${where2(at3)}${hint}` };
    }
    case "minLength":
      return { pointer: at3, key: false, message: `${where2(at3)}must not be empty` };
    case "minItems":
      return { pointer: at3, key: false, message: `${where2(at3)}must not be an empty list` };
    case "uniqueItems":
      return {
        pointer: at3,
        key: false,
        message: `${where2(at3)}lists the same value twice (items ${String(params.j)} and ${String(params.i)})`
      };
    default:
      return { pointer: at3, key: false, message: `${where2(at3)}${e.message ?? "is invalid"}` };
  }
}
function where2(pointer) {
  if (!pointer)
    return "";
  const path = pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((acc, s) => /^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "");
  return `${path}: `;
}
function escapeToken(s) {
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}

// dist/config/file.js
function readConfigFile(path, cwd = process.cwd()) {
  const text = readTextFile(path, cwd, "config file not found", "config file");
  return parseConfigText(path, text, cwd);
}
function parseConfigText(path, text, cwd = process.cwd()) {
  if (text.charCodeAt(0) === 65279)
    text = text.slice(1);
  const source = parseSource(path, text);
  const data = source.data ?? {};
  const problems = new Problems();
  const pos = (pointer) => {
    const l = source.locate(pointer);
    return { line: l.line, column: l.column };
  };
  for (const p of validateConfigData(data))
    problems.add(p.message, path, pos(p.pointer));
  problems.throwIfAny();
  const config = data;
  (config.waivers ?? []).forEach((w, i2) => {
    if (w.expires !== void 0 && !isRealDate(w.expires))
      problems.add(`waivers[${i2}].expires: ${w.expires} is not a real date`, path, pos(`/waivers/${i2}/expires`));
  });
  problems.throwIfAny();
  return { path, dir: dirname4(resolve6(cwd, path)), data: config, locate: (pointer) => source.locate(pointer) };
}
function isRealDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m)
    return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

// dist/waivers/comments.js
var CONTROL = /* @__PURE__ */ new Set(["", "", ""]);
var DIRECTIVE2 = /^#\s*runnerlint:ignore(?=\s|$)/;
var NEAR_MISS = /^#\s*(?:runnerlint\s*[:_-](?!role\b)|runnerlint\s+(?:ignore|disable|skip|suppress|waive)\b)|^#\s*runner-?lint:(?!role\b)/i;
var KEYS = /* @__PURE__ */ new Set(["reason", "expires"]);
function commentWaivers(file, text, { engine }) {
  if (!/runner-?lint/i.test(text))
    return [];
  const starts = lineStarts(text);
  const posOf = (offset2) => positionAt(starts, offset2);
  const lines = text.split("\n");
  const out2 = [];
  let offset = 0;
  for (const token of new import_yaml3.Lexer().lex(text)) {
    if (token.startsWith("#") && (DIRECTIVE2.test(token) || NEAR_MISS.test(token))) {
      const at3 = posOf(offset);
      const fail = (message, delta = 0) => {
        throw new RunnerlintError("CONFIG_INVALID", `waiver comment: ${message}`, file, { line: at3.line, column: at3.column + delta });
      };
      if (!DIRECTIVE2.test(token))
        fail("malformed directive; write `# runnerlint:ignore <rule-or-requirement-id> reason=... [expires=YYYY-MM-DD]`");
      const parsed = parseDirective(token, fail);
      const rule = ruleFor(engine, parsed.id);
      if (!rule && !isRequirementId(engine, parsed.id))
        fail(unknownIdMessage(engine, parsed.id), parsed.idAt);
      const before = lines[at3.line - 1].slice(0, at3.column - 1);
      let target2 = at3.line;
      if (!before.trim()) {
        target2 = nextContentLine(lines, at3.line);
        if (target2 === 0)
          fail("covers no line: nothing but comments and blank lines follow it");
      }
      out2.push({
        source: "comment",
        id: rule && rule.id !== parsed.id ? rule.id : parsed.id,
        file,
        line: target2,
        reason: parsed.reason,
        ...parsed.expires ? { expires: parsed.expires } : {},
        location: { file, line: at3.line, column: at3.column }
      });
    }
    if (!CONTROL.has(token))
      offset += token.length;
  }
  return out2;
}
function nextContentLine(lines, line) {
  for (let n = line + 1; n <= lines.length; n++) {
    const t = lines[n - 1].trim();
    if (t && !t.startsWith("#"))
      return n;
  }
  return 0;
}
function parseDirective(comment, fail) {
  const head = DIRECTIVE2.exec(comment);
  let i2 = head[0].length;
  const rest = comment.slice(i2);
  const idMatch = /^\s+([^\s=]+)(?=\s|$)/.exec(rest);
  if (!idMatch)
    fail("missing the rule or requirement id after runnerlint:ignore", i2);
  const id = idMatch[1];
  const idAt = i2 + idMatch[0].length - id.length;
  i2 += idMatch[0].length;
  const values = {};
  const pair = /\s+([A-Za-z][\w-]*)=("([^"]*)"|'([^']*)'|(.*?))(?=\s+[A-Za-z][\w-]*=|\s*$)/y;
  while (i2 < comment.length) {
    if (/^\s*$/.test(comment.slice(i2)))
      break;
    pair.lastIndex = i2;
    const m = pair.exec(comment);
    if (!m) {
      const junk = comment.slice(i2).trim();
      fail(`expected key=value, found "${junk.split(/\s+/)[0]}" (quote a reason that contains spaces followed by key=)`, i2 + comment.slice(i2).indexOf(junk));
    }
    const key = m[1];
    const keyAt = i2 + m[0].indexOf(key);
    if (!KEYS.has(key))
      fail(`unknown key "${key}" (expected reason= and optionally expires=)`, keyAt);
    if (key in values)
      fail(`"${key}" given twice`, keyAt);
    if (m[5] !== void 0 && /^["']/.test(m[5]))
      fail(`${key}=: unterminated quote, or text after the closing quote`, keyAt);
    values[key] = (m[3] ?? m[4] ?? m[5] ?? "").trim();
    i2 = pair.lastIndex;
  }
  if (values.reason === void 0)
    fail("every waiver needs a reason: add reason=...");
  if (!values.reason)
    fail("the reason is empty", comment.indexOf("reason="));
  if (values.expires !== void 0 && !isRealDate(values.expires))
    fail(`expires=${values.expires} is not a date (YYYY-MM-DD)`, comment.indexOf("expires="));
  return { id, idAt, reason: values.reason, ...values.expires !== void 0 ? { expires: values.expires } : {} };
}

// dist/waivers/metadata.js
var ENTRY_KEYS = ["id", "reason", "expires"];
function metadataWaivers(doc, { engine }) {
  const data = doc.data;
  if (!isMap3(data) || !isMap3(data.Resources))
    return [];
  const out2 = [];
  for (const [logicalId, resource] of Object.entries(data.Resources)) {
    if (!isMap3(resource) || !isMap3(resource.Metadata) || !("runnerlint" in resource.Metadata))
      continue;
    const base = joinPointer("/Resources", logicalId, "Metadata", "runnerlint");
    const fail = (pointer, message) => {
      const l = doc.locate(pointer);
      throw new RunnerlintError("CONFIG_INVALID", `Metadata.runnerlint of ${logicalId}: ${message}`, doc.file, {
        line: l.line,
        column: l.column
      });
    };
    const meta = resource.Metadata.runnerlint;
    if (!isMap3(meta))
      fail(base, "must be a map with a `suppress` list");
    const m = meta;
    for (const key of Object.keys(m))
      if (key !== "suppress")
        fail(joinPointer(base, key), `unknown key "${key}" (expected suppress)`);
    if (!Array.isArray(m.suppress))
      fail(m.suppress === void 0 ? base : joinPointer(base, "suppress"), "suppress must be a list of {id, reason, expires}");
    m.suppress.forEach((entry, i2) => {
      const at3 = joinPointer(base, "suppress", i2);
      if (!isMap3(entry))
        fail(at3, `suppress[${i2}] must be a map {id, reason, expires}`);
      const e = entry;
      for (const key of Object.keys(e))
        if (!ENTRY_KEYS.includes(key))
          fail(joinPointer(at3, key), `unknown key "${key}" in suppress[${i2}] (expected id, reason, expires)`);
      if (typeof e.id !== "string" || !e.id.trim())
        fail(e.id === void 0 ? at3 : joinPointer(at3, "id"), `suppress[${i2}] needs an id: a rule or requirement id`);
      const id = e.id.trim();
      const rule = ruleFor(engine, id);
      if (!rule && !isRequirementId(engine, id))
        fail(joinPointer(at3, "id"), unknownIdMessage(engine, id));
      if (typeof e.reason !== "string" || !e.reason.trim())
        fail(e.reason === void 0 ? at3 : joinPointer(at3, "reason"), `suppress[${i2}] needs a reason`);
      let expires;
      if (e.expires !== void 0) {
        expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires);
        if (typeof e.expires !== "string" || !isRealDate(expires))
          fail(joinPointer(at3, "expires"), `expires must be a date, YYYY-MM-DD (got ${JSON.stringify(e.expires)})`);
      }
      out2.push({
        source: "metadata",
        id: rule ? rule.id : id,
        file: doc.file,
        resource: logicalId,
        reason: e.reason.trim(),
        ...expires ? { expires } : {},
        location: doc.locate(at3)
      });
    });
  }
  return out2;
}
function isMap3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// dist/check.js
var baseEngine;
var sharedEngines = /* @__PURE__ */ new Map();
function defaultEngine(catalogue) {
  baseEngine ??= new PolicyEngine();
  const version = catalogueVersion(baseEngine.catalogues, catalogue);
  let engine = sharedEngines.get(version);
  if (!engine) {
    engine = version === baseEngine.catalogue.version ? baseEngine : baseEngine.withCatalogue(version);
    sharedEngines.set(version, engine);
  }
  return engine;
}
function fileContext(options2) {
  const engine = options2.engine ?? defaultEngine();
  const load = { config: options2.config, parameters: options2.parameters ?? {}, markerPorts: markerPorts(engine.catalogue) };
  if (options2.maxScenarios !== void 0)
    load.maxScenarios = options2.maxScenarios;
  if (options2.maxFileBytes !== void 0)
    load.maxFileBytes = options2.maxFileBytes;
  const drift = driftEngine(engine, options2);
  return {
    engine,
    ...drift ? { drift } : {},
    loaders: options2.loaders ?? loaders,
    companions: options2.companions ?? companionLoaders,
    load,
    skipUnrecognized: options2.skipUnrecognized ?? false,
    inlineWaivers: options2.inlineWaivers !== false
  };
}
function listFiles(sources, cwd, paths) {
  const files = [];
  const errors = [];
  for (const s of sources)
    if (typeof s !== "string")
      files.push({ path: s.path, explicit: true, text: s.text });
  for (const p of sources) {
    if (typeof p !== "string")
      continue;
    try {
      for (const f of findFiles([p], cwd))
        files.push({ path: f.path, explicit: f.explicit });
    } catch (e) {
      if (!isRunnerlintError(e))
        throw e;
      errors.push(e);
    }
  }
  if (paths) {
    for (const f of files) {
      const reason2 = excludedBy(f.path, paths, cwd ?? process.cwd());
      if (reason2)
        f.excluded = reason2;
    }
  }
  const readers = moduleReaders(files.filter((f) => !f.excluded && f.text === void 0).map((f) => f.path));
  for (const f of files) {
    const reader2 = readers.get(f.path);
    if (reader2)
      f.module = reader2;
  }
  return { files, errors };
}
function check(sources, options2) {
  const ctx = fileContext(options2);
  const { files, errors } = listFiles(sources, options2.cwd, options2.paths);
  return assemble(files.map((f) => checkFile(f, ctx)), errors, ctx, options2);
}
function driftEngine(engine, options2) {
  if (!options2.drift || engine.catalogue.version === engine.catalogues.latest)
    return void 0;
  return engine === defaultEngine(engine.catalogue.version) ? defaultEngine("latest") : engine.withCatalogue("latest");
}
function checkFile(entry, ctx) {
  const out2 = { inputs: [], errors: [], waivers: [], documents: [] };
  if (entry.excluded) {
    out2.inputs.push({ file: entry.path, loader: null, kind: null, scenarios: 0, outOfScope: entry.excluded });
    return out2;
  }
  if (entry.module) {
    out2.inputs.push({ file: entry.path, loader: "terraform-source", kind: null, scenarios: 0, module: entry.module });
    return out2;
  }
  const pending = [];
  try {
    const file = entry.text !== void 0 ? fileFromText(entry.path, entry.text) : readInputFile(entry.path, ctx.load.maxFileBytes);
    const loader = ctx.loaders.find((l) => l.detect(file));
    if (!loader) {
      if (entry.explicit && !ctx.skipUnrecognized)
        throw new RunnerlintError("UNSUPPORTED_INPUT", "not a recognized input (CloudFormation template; Terraform .tf or plan/state JSON; describe-security-groups, describe-vpcs, describe-network-acls, describe-firewall-policy or describe-rule-group export; squid.conf; iptables-save output; or .env file)", entry.path);
      out2.skipped = entry.path;
      return out2;
    }
    const docs = loader.load(file, ctx.load);
    if (ctx.inlineWaivers)
      readWaivers(file, ctx.engine, out2.waivers, out2.errors);
    const skip = docs[0]?.outOfScope;
    if (skip) {
      out2.inputs.push({
        file: entry.path,
        loader: loader.name,
        kind: docs[0].kind,
        scenarios: 0,
        outOfScope: skip.reason,
        groupsOutOfScope: skip.groups
      });
    } else {
      pending.push(...docs);
      const truncated = docs.find((d) => d.input.truncated)?.input.truncated;
      out2.inputs.push({
        file: entry.path,
        loader: loader.name,
        kind: docs[0]?.kind ?? null,
        scenarios: docs.length,
        ...truncated ? { truncated } : {}
      });
    }
    for (const companion of ctx.companions) {
      if (companion === loader || !companion.detect(file))
        continue;
      const more = companion.load(file, ctx.load);
      if (more.length === 0)
        continue;
      pending.push(...more);
      const cut = more.find((d) => d.input.truncated)?.input.truncated;
      out2.inputs.push({
        file: entry.path,
        loader: companion.name,
        kind: more[0].kind,
        scenarios: more.length,
        ...cut ? { truncated: cut } : {}
      });
    }
  } catch (e) {
    if (!isRunnerlintError(e))
      throw e;
    if (e.code === "MULTI_DOCUMENT" && (!entry.explicit || ctx.skipUnrecognized) && out2.inputs.length === 0) {
      out2.skipped = entry.path;
      return out2;
    }
    out2.errors.push(e);
  }
  for (const doc of pending)
    out2.documents.push(evaluated(doc, ctx));
  for (const summary of out2.inputs) {
    const records = out2.documents.filter((d) => d.doc.kind === summary.kind && d.scope).map((d) => d.scope);
    if (records.length)
      Object.assign(summary, scopeOfFile(records));
  }
  return out2;
}
function scopeOfFile(records) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of records)
    for (const g of r.groups)
      if (!groups.has(g.id))
        groups.set(g.id, g);
  return { runnerGroups: [...groups.values()], groupsOutOfScope: Math.max(...records.map((r) => r.outOfScope)) };
}
function evaluated(doc, ctx) {
  if (doc.merge)
    return { doc };
  const { scenario, truncated } = doc.input;
  const kept = {
    kind: doc.kind,
    file: doc.file,
    input: { ...scenario ? { scenario } : {}, ...truncated ? { truncated } : {} }
  };
  return {
    doc: kept,
    ...judged(ctx.engine.evaluate(doc.kind, doc.input)),
    ...ctx.drift ? { drift: judged(ctx.drift.evaluate(doc.kind, doc.input)).verdicts } : {}
  };
}
function judged(all) {
  const last = all[all.length - 1];
  if (last?.rule !== SCOPE_RULE)
    return { verdicts: all };
  return { verdicts: all.slice(0, -1), scope: last.params };
}
function assemble(results, listErrors, ctx, options2) {
  const { engine, drift } = ctx;
  const errors = [...listErrors];
  const skipped = [];
  const inputs = [];
  const documents2 = [];
  const fileWaivers = [];
  const verdicts = [];
  const driftVerdicts = [];
  const judgedKinds = /* @__PURE__ */ new Set();
  const exports = [];
  const order = [];
  const firstExport = /* @__PURE__ */ new Map();
  const scoped = /* @__PURE__ */ new Map();
  const controls = /* @__PURE__ */ new Map();
  const exportGroups = { outOfScope: 0, files: 0 };
  const recordScope = (file, scope) => {
    for (const g of scope?.groups ?? []) {
      const key = JSON.stringify([file, g.id]);
      if (!scoped.has(key))
        scoped.set(key, { file, ...g });
    }
    for (const c of scope?.controls ?? [])
      controls.set(JSON.stringify([file, c.kind, c.id]), { file, ...c });
  };
  const add2 = (doc, at3, vs) => {
    judgedKinds.add(doc.kind);
    for (const verdict of vs) {
      verdicts.push({ verdict, doc });
      order.push(at3);
    }
  };
  const settle = (docs) => {
    for (const { doc, verdicts: vs, scope, drift: ds } of docs) {
      const at3 = documents2.length;
      documents2.push(doc);
      recordScope(doc.file, scope);
      for (const verdict of ds ?? [])
        driftVerdicts.push({ verdict, doc });
      if (vs)
        add2(doc, at3, vs);
      else {
        if (!firstExport.has(doc.kind))
          firstExport.set(doc.kind, at3);
        exports.push(doc);
      }
    }
  };
  for (const r of results) {
    inputs.push(...r.inputs);
    errors.push(...r.errors);
    fileWaivers.push(...r.waivers);
    if (r.skipped)
      skipped.push(r.skipped);
    settle(r.documents);
  }
  const flags2 = proxyFromFlags(options2.config);
  if (flags2) {
    settle([evaluated(flags2, ctx)]);
    inputs.push({ file: flags2.file, loader: "command-line", kind: flags2.kind, scenarios: 1 });
  }
  if (exports.length) {
    for (const doc of mergeExports(exports)) {
      const { verdicts: vs, scope } = judged(engine.evaluate(doc.kind, doc.input));
      if (drift)
        for (const verdict of judged(drift.evaluate(doc.kind, doc.input)).verdicts)
          driftVerdicts.push({ verdict, doc });
      recordScope(doc.file, scope);
      if (scope?.outOfScope) {
        exportGroups.outOfScope += scope.outOfScope;
        exportGroups.files += doc.file.split(", ").length;
      }
      add2(doc, firstExport.get(doc.kind), vs);
    }
    const sorted = verdicts.map((v, i2) => ({ v, at: order[i2] })).sort((a, b) => a.at - b.at);
    sorted.forEach((x, i2) => verdicts[i2] = x.v);
  }
  const waived = applyWaivers(toFindings(engine, verdicts, documents2, options2.severity ?? {}), [...options2.waivers ?? [], ...fileWaivers], {
    engine,
    today: today(options2.now),
    inputs,
    ...options2.cwd ? { cwd: options2.cwd } : {}
  });
  let findings = waived.findings;
  let baseline;
  if (options2.baseline) {
    const b = applyBaseline(findings, options2.baseline, options2.cwd);
    findings = b.findings;
    baseline = { ...options2.baseline.path ? { path: options2.baseline.path } : {}, baselined: b.baselined, stale: b.stale };
  }
  const requirements = toRequirements(engine, verdicts, judgedKinds, documents2, options2.config, inputs);
  const catalogue = { version: engine.catalogue.version, latest: engine.catalogues.latest };
  if (drift)
    catalogue.drift = catalogueDrift(requirements, toRequirements(drift, driftVerdicts, judgedKinds, documents2, options2.config, inputs), drift.catalogue.version);
  return {
    findings: groupByCause([...findings, ...waived.unused]).sort(byPlace),
    suppressed: waived.suppressed.sort(byPlace),
    requirements,
    inputs,
    errors,
    skipped,
    scope: scopeSummary(options2.config.scope ?? "runner", inputs, [...scoped.values()], [...controls.values()], exportGroups, environmentRequirements(engine, options2.config, requirements)),
    ...baseline ? { baseline } : {},
    catalogue
  };
}
function readWaivers(file, engine, into, errors) {
  try {
    if (file.structured)
      into.push(...metadataWaivers(file.document(), { engine }));
    const yaml = file.structured && !/\.json$/i.test(file.path) && !/^\s*[{[]/.test(file.text);
    if (yaml)
      into.push(...commentWaivers(file.path, file.text, { engine }));
  } catch (e) {
    if (!isRunnerlintError(e))
      throw e;
    errors.push(e);
  }
}
function mergeExports(docs) {
  const out2 = [];
  const merged = /* @__PURE__ */ new Map();
  for (const d of docs) {
    if (!d.merge) {
      out2.push(d);
      continue;
    }
    const m = merged.get(d.kind);
    if (!m) {
      const copy = { ...d, input: structuredClone(d.input) };
      merged.set(d.kind, copy);
      out2.push(copy);
      continue;
    }
    const target2 = m.input;
    for (const [k, v] of Object.entries(d.input)) {
      if (Array.isArray(v))
        target2[k] = [...target2[k] ?? [], ...v];
    }
    m.file = `${m.file}, ${d.file}`;
  }
  return out2;
}

export {
  Problems,
  didYouMean,
  lineStarts,
  loadParameterFile,
  SCP_TYPE,
  DECLARATIVE_EC2_TYPE,
  SNAPSHOT_VERSION,
  policyTypeEnabled,
  loadTerraformParser,
  markerPorts,
  globToRegExp,
  STATUS_RANK,
  SEVERITY_RANK,
  STATUSES,
  SEVERITIES,
  ENGINE_RULE,
  ruleFor,
  templateOf,
  unknownIdMessage,
  configWaivers,
  UNUSED_WAIVER_RULE,
  validateConfigData,
  readConfigFile,
  createBaseline,
  renderBaseline,
  readBaseline,
  defaultEngine,
  fileContext,
  listFiles,
  check,
  checkFile,
  assemble
};
