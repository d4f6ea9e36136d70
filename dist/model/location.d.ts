/** Where a value came from: 1-based line and column, and the JSON pointer inside the file. */
export interface Location {
    file: string;
    line: number;
    column: number;
    pointer?: string;
}
/** A 1-based line and column: where in its file a RunnerlintError is. */
export interface Position {
    line: number;
    column: number;
}
/**
 * A value the loaders could not resolve (an Fn::ImportValue, a parameter without a value, an SSM
 * parameter, a dynamic reference, ...). Rules never treat it as satisfied or safe.
 */
export interface Unknown {
    $unknown: string;
}
export type Maybe<T> = T | Unknown;
export declare function unknown(reason: string): Unknown;
export declare function isUnknown(v: unknown): v is Unknown;
