import { RunnerlintError, type Position } from "../errors.js";
export interface ConfigProblem {
    message: string;
    /** A file, or where a value came from when not a file ("RUNNERLINT_REGION", "--region"). */
    file?: string;
    pos?: Position;
}
export declare class ConfigError extends RunnerlintError {
    name: string;
    readonly problems: readonly ConfigProblem[];
    constructor(problems: ConfigProblem[]);
    /** One line per problem: `file:line:column: message [CONFIG_INVALID]`. */
    format(): string;
}
/** Collects problems and throws them together. */
export declare class Problems {
    readonly list: ConfigProblem[];
    add(message: string, file?: string, pos?: Position): void;
    throwIfAny(): void;
}
/** The closest candidate by edit distance, when close enough to be a typo. */
export declare function didYouMean(word: string, candidates: Iterable<string>): string | undefined;
