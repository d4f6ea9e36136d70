// Types of the benchmark generator, for the tests that build inputs with it.
export function securityGroupsExport(seed: number, count: number, options?: { oneLine?: boolean }): string;
