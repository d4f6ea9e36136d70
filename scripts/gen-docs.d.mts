import type { Example } from "./rule-examples.mjs";
export function ruleExamples(rule: { file?: string }, dir?: string): { bad: Example[]; good: Example[] } | undefined;
