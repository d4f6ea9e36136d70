// --https-proxy / --http-proxy / --no-proxy → one proxy input located at "<command line>", for
// pipelines that have the strings but no file. --no-proxy alone is judged as if a proxy were
// configured: a pipeline passes NO_PROXY because it uses a proxy.
import type { RunConfig } from "../../model/config.js";
import type { Location } from "../../model/location.js";
import type { ProxyInput, ProxyVariable } from "../../model/proxy.js";
import type { NormalizedInput } from "../types.js";

export const COMMAND_LINE = "<command line>";

const FLAGS = [
  ["httpsProxy", "HTTPS_PROXY", "--https-proxy"],
  ["httpProxy", "HTTP_PROXY", "--http-proxy"],
  ["noProxy", "NO_PROXY", "--no-proxy"],
] as const;

/** The proxy input for config.proxy, or undefined when no proxy flag was given. */
export function proxyFromFlags(config: RunConfig): NormalizedInput | undefined {
  const proxy = config.proxy;
  if (!proxy) return undefined;
  const location: Location = { file: COMMAND_LINE, line: 1, column: 1 };
  const variables: ProxyVariable[] = [];
  for (const [key, name, flag] of FLAGS) {
    const value = proxy[key];
    if (value !== undefined) variables.push({ name, value, location, label: flag });
  }
  if (variables.length === 0) return undefined;
  const { proxy: _flags, ...rest } = config;
  const input: ProxyInput = {
    kind: "proxy",
    config: rest,
    environments: [
      {
        source: "command-line",
        name: "the command line",
        location,
        variables,
        ...(proxy.noProxy !== undefined && proxy.httpsProxy === undefined && proxy.httpProxy === undefined ? { proxyAssumed: true } : {}),
      },
    ],
  };
  return { kind: "proxy", file: COMMAND_LINE, input };
}
