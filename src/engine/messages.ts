// Renders a rule's message template ({name} placeholders) with a verdict's params.
export function renderMessage(template: string | undefined, params: Record<string, unknown>, fallback: string): string {
  if (!template) return fallback;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    return formatValue(params[name]);
  });
}

function formatValue(v: unknown): string {
  if (Array.isArray(v)) return v.map(formatValue).join(", ");
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    if ("$unknown" in (v as object)) return `unknown (${(v as { $unknown: string }).$unknown})`;
    return JSON.stringify(v);
  }
  return String(v);
}
