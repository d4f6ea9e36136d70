export function opaPath(): string;
export function ensureOpa(): string;
