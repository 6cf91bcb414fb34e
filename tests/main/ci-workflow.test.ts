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

  it('pins every action to a full commit SHA, with a version that runs on Node 24', () => {
    // The first major version of each action that runs on the Node 24 runtime.
    const node24: Record<string, number> = {
      'actions/checkout': 5,
      'actions/setup-node': 5,
      'actions/upload-artifact': 6,
      'actions/download-artifact': 7,
    };
    const uses = [...workflowText.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(6);
    for (const [, ref = '', comment = ''] of uses) {
      const [action = '', sha = ''] = ref.split('@');
      expect(sha, ref).toMatch(/^[0-9a-f]{40}$/);
      const version = /#\s*v(\d+)\.\d+\.\d+\s*$/.exec(comment);
      expect(version, `${ref} needs its version in a comment`).not.toBeNull();
      expect(node24[action], `${action} has no known Node 24 version`).toBeDefined();
      expect(Number(version?.[1])).toBeGreaterThanOrEqual(node24[action] ?? Infinity);
    }
  });

  it('grants no permission by default and only the release job may write', () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, name).toBeDefined();
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      expect(writes, name).toEqual(name === 'release' ? [['contents', 'write']] : []);
    }
  });

  it('retries the packaging step only when hdiutil reports "Resource busy"', () => {
    const packaging = (workflow.jobs.installers?.steps ?? []).find((step) =>
      step.run?.includes('npm run package'),
    );
    expect(packaging?.run).toMatch(/for attempt in/);
    expect(packaging?.run).toMatch(/grep -q 'hdiutil.*Resource busy'/);
  });

  it('installs, launches with --self-test and removes each installer before uploading it', () => {
    const steps = workflow.jobs.installers?.steps ?? [];
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact'));
    const smoke = (pattern: RegExp) => {
      const index = steps.findIndex((step) => pattern.test(step.name ?? ''));
      expect(index, String(pattern)).toBeGreaterThan(-1);
      expect(index).toBeLessThan(upload);
      const run = steps[index]?.run ?? '';
      expect(run).toContain('--self-test');
      return run;
    };
    expect(smoke(/Smoke test: deb/)).toMatch(
      /apt-get install -y \.\/dist\/unsit_\*_amd64\.deb[\s\S]*apt-get remove/,
    );
    expect(smoke(/Smoke test: rpm/)).toMatch(/fedora[\s\S]*dnf install[\s\S]*dnf remove/);
    expect(smoke(/Smoke test: AppImage/)).toMatch(/Unsit-\*\.AppImage --self-test/);
    const nsis = smoke(/Smoke test: NSIS/);
    expect(nsis).toMatch(/Unsit-Setup-\*\.exe[\s\S]*'\/S'/);
    expect(nsis).toMatch(/Uninstall Unsit\.exe[\s\S]*the Run value is still there/);
    expect(smoke(/Smoke test: dmg/)).toMatch(/hdiutil attach[\s\S]*cp -R/);
  });

  it('attaches the update feed, and marks hyphenated tags as prereleases', () => {
    const upload = (workflow.jobs.installers?.steps ?? []).find((step) =>
      step.uses?.startsWith('actions/upload-artifact'),
    ) as Step & { with?: { path?: string } };
    expect(upload.with?.path).toContain('dist/latest*.yml');
    expect(runsOf(workflow.jobs.release).join('\n')).toMatch(/\*-\*\) prerelease=\(--prerelease\)/);
  });
});
