export declare const RULES_USAGE = "Usage: runnerlint rules [--format text|json|markdown]\n\nLists every rule: id, default severity, title and the requirements it judges.\n  --format json       the rules with all their metadata (messages, remediation, source, inputs)\n  --format markdown   a table per area (the same as docs/rules/README.md)\n";
export declare function runRules(argv: string[], io: {
    stdout: (s: string) => void;
}): number;
