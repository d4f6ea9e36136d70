// The words every layer shares (engine, loaders, pipeline, waivers, reporters): the closed string
// unions, and the constant lists and ranks that belong with them.
/** Worst first: a requirement takes the highest-ranked status of its evidence. */
export const STATUS_RANK = { violated: 3, unknown: 2, satisfied: 1, "not-applicable": 0 };
export const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
export const STATUSES = ["violated", "unknown", "satisfied", "not-applicable"];
export const SEVERITIES = ["error", "warning", "note"];
//# sourceMappingURL=vocabulary.js.map