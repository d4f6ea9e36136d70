export declare function lineStarts(text: string): number[];
/** 1-based line and column of offset, given the text's lineStarts. */
export declare function positionAt(starts: readonly number[], offset: number): {
    line: number;
    column: number;
};
