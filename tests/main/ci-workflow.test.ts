import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { releaseWorkflowProblems } from '../../scripts/check-release-workflow.mjs';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  needs?: string | string[];
  'runs-on': string;
  strategy?: { matrix?: { os?: string[] } };
  steps: Step[];
  env?: Record<string, string>;
}
interface Workflow {
  permissions?: Record<string, string>;
  on: { push?: { branches?: string[]; tags?: string[] }; pull_request?: unknown };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflowText = readFileSync('.github/workflows/ci.yml', 'utf8');
const workflow = yaml.load(workflowText) as Workflow;
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
};
const testAll = readFileSync('scripts/test-all.mjs', 'utf8');

/** The three desktop systems, whatever runner versions the matrix names. */
function systems(os: string[] = []): string[] {
  return os.map((name) => name.split('-')[0] ?? name).sort();
}

const runsOf = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.run ?? '');

describe('the CI workflow', () => {
  it('runs on pushes, pull requests and version tags', () => {
    expect(workflow.on.pull_request).toBeDefined();
    expect(workflow.on.push?.tags).toContain('v*');
  });

  it('runs npm test on Linux, Windows and macOS', () => {
    const test = workflow.jobs.test;
    expect(systems(test?.strategy?.matrix?.os)).toEqual(['macos', 'ubuntu', 'windows']);
    expect(test?.['runs-on']).toBe('${{ matrix.os }}');
    expect(runsOf(test).some((run) => /(^|\s)npm test$/.test(run.trim()))).toBe(true);
  });

  it('downloads the real Electron binary, so the end-to-end tests run', () => {
    const everyEnv = [
      workflow.env,
      workflow.jobs.test?.env,
      ...(workflow.jobs.test?.steps ?? []).map((step) => step.env),
    ];
    for (const env of everyEnv)
      expect(env ?? {}).not.toHaveProperty('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(runsOf(workflow.jobs.test)).toContain('npm ci');
    // npm test includes the Playwright suite that drives Electron.
    expect(testAll).toMatch(/'test:e2e'/);
    expect(packageJson.scripts['test:e2e']).toContain('tests/e2e/playwright.config.ts');
  });

  it('runs the Linux tests under Xvfb', () => {
    const linux = (workflow.jobs.test?.steps ?? []).filter(
      (step) => step.if?.includes("runner.os == 'Linux'") && step.run?.includes('npm test'),
    );
    expect(linux).toHaveLength(1);
    expect(linux[0]?.run).toMatch(/xvfb-run .*npm test/);
  });

  it('builds the installers on each system for a version tag and attaches them to a release', () => {
    const installers = workflow.jobs.installers;
    expect(installers?.if).toContain("startsWith(github.ref, 'refs/tags/v')");
    expect(installers?.needs).toBe('test');
    expect(systems(installers?.strategy?.matrix?.os)).toEqual(['macos', 'ubuntu', 'windows']);
    expect(runsOf(installers).some((run) => run.includes('npm run package'))).toBe(true);
    expect(packageJson.scripts.package).toMatch(/electron-builder --publish never/);
    const release = workflow.jobs.release;
    expect(release?.needs).toBe('installers');
    expect(runsOf(release).join('\n')).toMatch(
      /gh release create "\$GITHUB_REF_NAME" installers\/\*/,
    );
  });

  // The release's configuration is checked by scripts/check-release-workflow.mjs, which
  // `npm run test:package` runs; here it is shown to pass on the workflow and to catch each kind
  // of mistake, on copies of the text changed in memory.
  it('passes the release checks of npm run test:package', () => {
    expect(releaseWorkflowProblems(workflowText)).toEqual([]);
  });

  it.each([
    [
      'an action pinned to a tag',
      (text: string) => text.replace(/(actions\/checkout)@[0-9a-f]{40}/, '$1@v5'),
      /actions\/checkout@v5: actions must be pinned to a full commit SHA/,
    ],
    [
      'an action on the Node 20 runtime',
      (text: string) => text.replace(/(actions\/setup-node@[0-9a-f]{40}\s*#\s*)v\d+/, '$1v4'),
      /actions\/setup-node: v4 runs on Node 20/,
    ],
    [
      'a default permission',
      (text: string) => text.replace(/^permissions: \{\}$/m, 'permissions: write-all'),
      /no permission by default/,
    ],
    [
      'no hdiutil retry',
      (text: string) => text.replace("grep -q 'hdiutil.*Resource busy'", 'true'),
      /Resource busy/,
    ],
    [
      'a smoke test without --self-test',
      (text: string) => text.replace('Unsit-*.AppImage --self-test', 'Unsit-*.AppImage --version'),
      /Smoke test: AppImage must launch the app with --self-test/,
    ],
    [
      'Azure signing passed unconditionally',
      (text: string) => text.replace('if [ -n "$AZURE_SIGN_ENDPOINT" ]; then', 'if true; then'),
      /only when AZURE_SIGN_ENDPOINT is set/,
    ],
    ['a workflow that does not parse', () => 'jobs: [', /does not parse/],
  ])('reports %s', (_, change, problem) => {
    const changed = change(workflowText);
    expect(changed).not.toBe(workflowText);
    expect(releaseWorkflowProblems(changed).join('\n')).toMatch(problem);
  });
});
