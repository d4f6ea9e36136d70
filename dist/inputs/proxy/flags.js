export const COMMAND_LINE = "<command line>";
const FLAGS = [
    ["httpsProxy", "HTTPS_PROXY", "--https-proxy"],
    ["httpProxy", "HTTP_PROXY", "--http-proxy"],
    ["noProxy", "NO_PROXY", "--no-proxy"],
];
/** The proxy input for config.proxy, or undefined when no proxy flag was given. */
export function proxyFromFlags(config) {
    const proxy = config.proxy;
    if (!proxy)
        return undefined;
    const location = { file: COMMAND_LINE, line: 1, column: 1 };
    const variables = [];
    for (const [key, name, flag] of FLAGS) {
        const value = proxy[key];
        if (value !== undefined)
            variables.push({ name, value, location, label: flag });
    }
    if (variables.length === 0)
        return undefined;
    const { proxy: _flags, ...rest } = config;
    const input = {
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
//# sourceMappingURL=flags.js.map