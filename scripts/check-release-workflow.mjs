// Checks the release workflow (.github/workflows/ci.yml) before a tag finds out: every action
// pinned to a full commit SHA of a version that runs on Node 24, no permission by default, the
// hdiutil retry, each installer installed, launched with --self-test and removed before it is
// uploaded, the update feed uploaded and hyphenated tags marked as prereleases, and Azure
// Trusted Signing passed only when its secrets are set. `npm run test:package` runs it;
// tests/main/ci-workflow.test.ts feeds it broken workflows to show each check can fail.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

/** The first major version of each action that runs on the Node 24 runtime. */
const NODE_24 = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
};

/** The smoke step of each installer: its name, and what its script must do, in order. */
const SMOKE_STEPS = [
  [/Smoke test: deb/, [/apt-get install -y \.\/dist\/unsit_\*_amd64\.deb[\s\S]*apt-get remove/]],
  [/Smoke test: rpm/, [/fedora[\s\S]*dnf install[\s\S]*dnf remove/]],
  [/Smoke test: AppImage/, [/Unsit-\*\.AppImage --self-test/]],
  [
    /Smoke test: NSIS/,
    [/Unsit-Setup-\*\.exe[\s\S]*'\/S'/, /Uninstall Unsit\.exe[\s\S]*the Run value is still there/],
  ],
  [/Smoke test: dmg/, [/hdiutil attach[\s\S]*cp -R/]],
];

/** What is wrong with the workflow's text, one sentence each; empty when nothing is. */
export function releaseWorkflowProblems(text) {
  const problems = [];
  const check = (ok, problem) => {
    if (!ok) problems.push(problem);
  };
  let workflow;
  try {
    workflow = yaml.load(text);
  } catch (error) {
    return [`the workflow does not parse: ${error.message}`];
  }
  const jobs = workflow?.jobs ?? {};

  const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
  check(uses.length >= 6, 'the workflow should use checkout, setup-node and the artifact actions');
  for (const [, ref = '', comment = ''] of uses) {
    const [action = '', sha = ''] = ref.split('@');
    check(/^[0-9a-f]{40}$/.test(sha), `${ref}: actions must be pinned to a full commit SHA`);
    const version = /#\s*v(\d+)\.\d+\.\d+\s*$/.exec(comment);
    check(version !== null, `${ref}: the pinned version must follow in a comment (# vX.Y.Z)`);
    check(action in NODE_24, `${action}: no version of it is known to run on Node 24`);
    if (version && action in NODE_24) {
      check(Number(version[1]) >= NODE_24[action], `${action}: v${version[1]} runs on Node 20`);
    }
  }

  check(
    workflow?.permissions !== undefined && Object.keys(workflow.permissions).length === 0,
    'the workflow must grant no permission by default (permissions: {})',
  );
  for (const [name, job] of Object.entries(jobs)) {
    check(job.permissions !== undefined, `job ${name} must state its permissions`);
    const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
    const allowed = name === 'release' ? [['contents', 'write']] : [];
    check(
      JSON.stringify(writes) === JSON.stringify(allowed),
      `job ${name} may write ${name === 'release' ? 'contents only' : 'nothing'}`,
    );
  }

  const steps = jobs.installers?.steps ?? [];
  const packaging = steps.find((step) => step.run?.includes('npm run package'));
  check(
    /for attempt in/.test(packaging?.run ?? '') &&
      /grep -q 'hdiutil.*Resource busy'/.test(packaging?.run ?? ''),
    'the packaging step must retry when, and only when, hdiutil reports "Resource busy"',
  );
  const azure = [...(packaging?.run ?? '').matchAll(/--config\.win\.azureSignOptions\.\w+=/g)];
  check(
    azure.length > 0 && /if \[ -n "\$AZURE_SIGN_ENDPOINT" \]/.test(packaging?.run ?? ''),
    'Azure Trusted Signing must be passed only when AZURE_SIGN_ENDPOINT is set',
  );

  const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact'));
  check(upload > -1, 'the installers job must upload its installers');
  for (const [name, patterns] of SMOKE_STEPS) {
    const index = steps.findIndex((step) => name.test(step.name ?? ''));
    const run = steps[index]?.run ?? '';
    check(index > -1, `a step named ${name.source} must exist`);
    if (index === -1) continue;
    check(index < upload, `${name.source} must run before anything is uploaded`);
    check(run.includes('--self-test'), `${name.source} must launch the app with --self-test`);
    for (const pattern of patterns) check(pattern.test(run), `${name.source}: ${pattern.source}`);
  }
  check(
    String(steps[upload]?.with?.path ?? '').includes('dist/latest*.yml'),
    'the update feed (dist/latest*.yml) must be uploaded with the installers',
  );
  const releaseRuns = (jobs.release?.steps ?? []).map((step) => step.run ?? '').join('\n');
  check(
    /\*-\*\) prerelease=\(--prerelease\)/.test(releaseRuns),
    'a hyphenated tag must make a prerelease, which stable copies never see',
  );
  return problems;
}

/** The --config.win.azureSignOptions.NAME options the packaging step passes. */
export function azureSignOptionNames(text) {
  return [...text.matchAll(/--config\.win\.azureSignOptions\.(\w+)=/g)].map((m) => m[1]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = releaseWorkflowProblems(readFileSync('.github/workflows/ci.yml', 'utf8'));
  for (const problem of problems) console.error(`.github/workflows/ci.yml: ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log('.github/workflows/ci.yml pins its actions and smoke-tests every installer');
}
