/**
 * The run's scope: the groups taken as the runner's, the files left out, and one note for the run
 * when security groups were read but none is the runner's, or none is the environments' (the
 * requirements on environment groups are then not applicable in every input: said once, here).
 */
export function scopeSummary(mode, inputs, runnerGroups, controls, exportGroups, needEnvironment) {
    const outOfScope = inputs.filter((i) => i.outOfScope).map((i) => ({ file: i.file, reason: i.outOfScope }));
    const summary = { mode, runnerGroups, outOfScope, ...(controls.length ? { controlsOutOfScope: controls } : {}) };
    if (mode !== "runner")
        return summary;
    const groups = inputs.reduce((n, i) => n + (i.groupsOutOfScope ?? 0), exportGroups.outOfScope);
    const howTo = "tag it runnerlint:role (environment or runner), list it under securityGroupRoles in .runnerlint.yaml, or pass --sg-role ID=environment";
    if (runnerGroups.length === 0 && groups > 0) {
        const files = inputs.filter((i) => i.groupsOutOfScope).length + exportGroups.files;
        summary.note =
            `No security group was taken as the runner's: the ${groups} group(s) in ${files} file(s) have no runnerlint:role, no runner compute and no ingress rule for an environment port, so they were not judged. ` +
                `If one of them is the runner's, ${howTo}; --scope all judges every group.`;
    }
    else if (runnerGroups.length > 0 && needEnvironment.length > 0 && !runnerGroups.some((g) => g.role === "environment")) {
        summary.note =
            `No environments' security group was found (the runner's: ${[...new Set(runnerGroups.map((g) => g.id))].join(", ")}), so ${needEnvironment.join(", ")} could not be judged. ` +
                `If the environments' group is in another stack, check that one too; if it is among these inputs, ${howTo.replace("(environment or runner)", "environment")}.`;
    }
    return summary;
}
/** The requirements judged on environment groups (the catalogue's securityGroup.appliesTo) for this runner kind. */
export function environmentRequirements(engine, config, judged) {
    return judged
        .filter((r) => {
        const q = engine.catalogue.requirements[r.id];
        const sg = q?.securityGroup;
        return (sg?.appliesTo === "environment" && sg.expectation === "allow" && (!Array.isArray(q.runners) || q.runners.includes(config.runner)));
    })
        .map((r) => r.id);
}
//# sourceMappingURL=summary.js.map