/** The variable names loaders keep: every spelling, so Rego can apply case-sensitive precedence. */
export const PROXY_VARIABLE = /^(no|https?|all)_proxy$/i;
//# sourceMappingURL=proxy.js.map