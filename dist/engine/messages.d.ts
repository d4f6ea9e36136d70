export declare function renderMessage(template: string | undefined, params: Record<string, unknown>, fallback: string): string;
