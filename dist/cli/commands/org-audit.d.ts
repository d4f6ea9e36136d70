/** Where findings point when the snapshot is not saved: its text, held in memory, shows in the frames. */
export declare const UNSAVED_SNAPSHOT = "aws-organizations:snapshot";
export declare const ORG_AUDIT_USAGE: string;
export declare function runOrgAudit(argv: string[], io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    isTTY: boolean;
}): Promise<number>;
