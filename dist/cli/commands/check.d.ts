export declare const CHECK_USAGE: string;
export declare function runCheck(argv: string[], io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    isTTY: boolean;
}): Promise<number>;
