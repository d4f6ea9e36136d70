// Renders a rule's message template ({name} placeholders) with a verdict's params.
export function renderMessage(template, params, fallback) {
    if (!template)
        return fallback;
    return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name) => {
        if (!(name in params))
            return whole;
        return formatValue(params[name]);
    });
}
function formatValue(v) {
    if (Array.isArray(v))
        return v.map(formatValue).join(", ");
    if (v === null || v === undefined)
        return "";
    if (typeof v === "object") {
        if ("$unknown" in v)
            return `unknown (${v.$unknown})`;
        return JSON.stringify(v);
    }
    return String(v);
}
//# sourceMappingURL=messages.js.map