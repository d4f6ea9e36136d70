export function unknown(reason) {
    return { $unknown: reason };
}
export function isUnknown(v) {
    return typeof v === "object" && v !== null && typeof v.$unknown === "string";
}
//# sourceMappingURL=location.js.map