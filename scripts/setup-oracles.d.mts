export const SQUID: string;
export function httpproxyOracle(): string;
export function ensureSquid(options?: { quiet?: boolean }): { ok: boolean; reason?: string };
export function ensureOracles(options?: { quiet?: boolean }): { httpproxy: string; squid: string };
