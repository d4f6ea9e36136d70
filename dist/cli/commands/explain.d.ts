export declare const EXPLAIN_USAGE = "Usage: runnerlint explain <rule-or-requirement-id | scope> [--format text|json] [--catalogue VERSION] [--config FILE | --no-config]\n\nShows a rule (e.g. securitygroup/ssh-ingress) or a requirement (e.g. sg.ssh-ingress, aws.ec2, or a\nuser-declared one such as scm.github, with its hosts from the config); `explain scope`, how\nrunnerlint decides which resources are the runner's. A requirement is shown as every catalogue\nversion states it (oldest first; a version that states it as the one before says so), or as\n--catalogue VERSION (latest, or a date) states it.\n";
export declare function runExplain(argv: string[], io: {
    stdout: (s: string) => void;
}): number;
