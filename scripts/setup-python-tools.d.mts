export const MOTO_REQUIREMENT: string;
export const PRE_COMMIT_REQUIREMENT: string;
export const VENV: string;
export function venvBin(name: string): string;
export function ensurePythonTools(options?: { quiet?: boolean }): string;
export function findPython(purpose?: string): string;
