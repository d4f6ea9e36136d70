export interface Example {
  name: string;
  file: string;
  config?: string;
  input: string;
  expect: { messageIds: string[]; requirements?: Record<string, string> };
}
export function loadExamples(text: string, file?: string): { bad: Example[]; good: Example[] };
