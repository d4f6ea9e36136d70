import { createRequire as __runnerlintRequire } from "node:module"; const require = __runnerlintRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-HXJZ7RNY.js";
import {
  RunnerlintError
} from "./chunk-BHJUSEQA.js";

// dist/cli/args.js
function parseArgs(argv, spec) {
  const positionals = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-")
        throw new RunnerlintError("USAGE", `unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? void 0 : eq);
    const s = spec[name];
    if (!s) {
      const guess = didYouMean(name, Object.keys(spec));
      throw new RunnerlintError("USAGE", `unknown option --${name}${guess ? ` (did you mean --${guess}?)` : ""}`);
    }
    if (s.type === "boolean") {
      if (eq !== -1)
        throw new RunnerlintError("USAGE", `--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === void 0)
      throw new RunnerlintError("USAGE", `--${name} needs a value`);
    if (s.choices && !s.choices.includes(value)) {
      throw new RunnerlintError("USAGE", `--${name} must be one of ${s.choices.join(", ")} (got "${value}")`);
    }
    if (s.type === "list")
      (flags[name] ??= []).push(value);
    else
      flags[name] = value;
  }
  return { positionals, flags };
}

export {
  parseArgs
};
