/** Types of check-release-workflow.mjs, for the tests that import it. */
export function releaseWorkflowProblems(text: string): string[];
export function azureSignOptionNames(text: string): string[];
