export const REGISTRY: string;
export function registryRego(rules: { id: string; package: string; kinds: string[] }[]): string;
