export const SQUID: string;
export const SURICATA: string;
export const IPTABLES_RESTORE: string;
export function httpproxyOracle(): string;
export function ensureSquid(options?: { quiet?: boolean }): { ok: boolean; reason?: string };
export function ensureSuricata(options?: { quiet?: boolean }): { ok: boolean; reason?: string };
export function ensureIptables(options?: { quiet?: boolean }): { ok: boolean; reason?: string };
export function ensureOracles(options?: { quiet?: boolean }): { httpproxy: string; squid: string; suricata: string; iptables: string };
