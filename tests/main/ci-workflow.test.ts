import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  'runs-on': string;
  strategy?: { matrix?: { os?: string[] } };
  steps: Step[];
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { branches?: string[]; tags?: string[] }; pull_request?: unknown };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = yaml.load(readFileSync('.github/workflows/ci.yml', 'utf8')) as Workflow;
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
    expect(runsOf(installers)).toContain('npm run package');
    expect(packageJson.scripts.package).toMatch(/electron-builder --publish never/);
    const release = workflow.jobs.release;
    expect(release?.needs).toBe('installers');
    expect(runsOf(release).join('\n')).toMatch(
      /gh release create "\$GITHUB_REF_NAME" installers\/\*/,
    );
  });
});
