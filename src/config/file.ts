// Reading a config file: YAML (or JSON) with positions, validated against the published schema,
// then the checks a schema cannot express (real dates). Every problem has its line and column.
import { dirname, resolve } from "node:path";
import { readTextFile } from "../read-text.js";
import { parseSource } from "../inputs/source.js";
import type { Location } from "../model/location.js";
import { Problems } from "./errors.js";
import { validateConfigData } from "./schema.js";
import type { ConfigFileData } from "./types.js";

export interface LoadedConfigFile {
  /** As given or found (relative paths stay relative, for messages). */
  path: string;
  /** The folder waiver `file` globs are relative to (absolute). */
  dir: string;
  data: ConfigFileData;
  /** The position of the value (or key) a JSON pointer names. */
  locate(pointer: string): Location;
}

export function readConfigFile(path: string, cwd: string = process.cwd()): LoadedConfigFile {
  const text = readTextFile(path, cwd, "config file not found", "config file");
  return parseConfigText(path, text, cwd);
}

export function parseConfigText(path: string, text: string, cwd: string = process.cwd()): LoadedConfigFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const source = parseSource(path, text);
  // An empty file (or one with only comments) is an empty config.
  const data = (source.data ?? {}) as unknown;
  const problems = new Problems();
  const pos = (pointer: string) => {
    const l = source.locate(pointer);
    return { line: l.line, column: l.column };
  };
  for (const p of validateConfigData(data)) problems.add(p.message, path, pos(p.pointer));
  problems.throwIfAny();
  const config = data as ConfigFileData;
  (config.waivers ?? []).forEach((w, i) => {
    if (w.expires !== undefined && !isRealDate(w.expires))
      problems.add(`waivers[${i}].expires: ${w.expires} is not a real date`, path, pos(`/waivers/${i}/expires`));
  });
  problems.throwIfAny();
  return { path, dir: dirname(resolve(cwd, path)), data: config, locate: (pointer) => source.locate(pointer) };
}

/** YYYY-MM-DD naming a day that exists. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
