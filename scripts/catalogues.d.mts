export function mergePatch(target: unknown, patch: unknown): unknown;
export function readCatalogues(root: string): { default: string; latest: string; versions: Record<string, any> };
export function asData(catalogue: any): any;
