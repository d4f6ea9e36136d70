/** Today as YYYY-MM-DD in UTC. */
export function today(clock = () => new Date()) {
    return clock().toISOString().slice(0, 10);
}
/** A waiver that expires on day D still applies on D and is expired from D+1 (UTC). */
export function isExpired(w, todayUtc) {
    return w.expires !== undefined && w.expires < todayUtc;
}
/** How a waiver reads in messages: its target, its reason. */
export function describeWaiver(w) {
    const target = w.id ?? [w.rule, w.requirement].filter(Boolean).join(" / ");
    const scope = [w.fileGlob ? `file ${w.fileGlob}` : "", w.resource ? `resource ${w.resource}` : ""].filter(Boolean).join(", ");
    return `${target}${scope ? ` (${scope})` : ""}`;
}
//# sourceMappingURL=types.js.map