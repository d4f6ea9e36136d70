import { PROXY_VARIABLE } from "../../model/proxy.js";
import { parseDotenv } from "./parse.js";
/** `.env`, `*.env`, and (when named explicitly) `.env.local`, `.env.production`, ... */
const DOTENV = /\.env$|(^|[\\/])\.env\.[\w-]+$/i;
export const dotenvLoader = {
    name: "dotenv",
    detect(file) {
        return DOTENV.test(file.path);
    },
    load(file, ctx) {
        const variables = parseDotenv(file.path, file.text)
            .filter((v) => PROXY_VARIABLE.test(v.name))
            .map((v) => ({ name: v.name, value: v.value, location: { file: file.path, line: v.line, column: v.column } }));
        const input = {
            kind: "proxy",
            config: ctx.config,
            environments: [{ source: "dotenv", name: file.path, location: { file: file.path, line: 1, column: 1 }, variables }],
        };
        return [{ kind: "proxy", file: file.path, input }];
    },
};
//# sourceMappingURL=loader.js.map