export const MOTO_REQUIREMENT: string;
export const VENV: string;
export function motoPython(): string;
export function ensureMoto(options?: { quiet?: boolean }): string;
export function findPython(purpose?: string): string;
