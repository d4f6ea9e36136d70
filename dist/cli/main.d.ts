export interface Io {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    isTTY: boolean;
}
export declare function main(argv: string[], io?: Io): Promise<number>;
