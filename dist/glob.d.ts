/**
 * A path glob as a RegExp over forward-slashed relative paths: `*` any run of characters but `/`,
 * `**` any number of folders (`**\/` may match none), `?` one character but `/`, `{a,b}`
 * alternatives, `[...]` a character class. A pattern without `/` matches the file name in any
 * folder, as in .gitignore.
 */
export declare function globToRegExp(glob: string): RegExp;
