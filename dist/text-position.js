// Line and column of an offset in a text: the offsets where its lines start, and a binary search.
// Lines end at "\n" only (a "\r" is a column), as the YAML parser's LineCounter counts them.
export function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** 1-based line and column of offset, given the text's lineStarts. */
export function positionAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
//# sourceMappingURL=text-position.js.map