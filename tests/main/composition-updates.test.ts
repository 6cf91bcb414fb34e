import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../electron/core/settings/schema';
import { feedUrl, updatePlatform } from '../../electron/main/updates/platform';
import { createAppRunner, notBuilt, type RunOptions } from './stand-in-electron/run-app';

// The update check as the built main process wires it, against the stand-in Electron, whose
// net.fetch records each request and answers none (nothing here reaches the network).
const skipSuite = notBuilt('the update check of the built main process');
const runner = createAppRunner();
afterAll(runner.cleanUp);

function user(checkForUpdates: boolean, installed: boolean): RunOptions['prepare'] {
  return ({ home, userData }) => {
    const settings = defaultSettings();
    settings.general.checkForUpdates = checkForUpdates;
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'settings.json'), JSON.stringify(settings));
    if (!installed) return;
    const resources = join(home, 'resources');
    cpSync(resolve('build/tray'), join(resources, 'tray'), { recursive: true });
    return { UNSIT_STANDIN_RESOURCES: resources };
  };
}

describe.skipIf(skipSuite)('the update check of the built app', () => {
  const system = updatePlatform(process.platform, null);

  it.skipIf(system === null)(
    'an installed copy asks the project’s latest stable release for its feed at start, and only that',
    () => {
      const run = runner.run([], { prepare: user(true, true) });
      expect(run.log.netRequests).toEqual([feedUrl(system?.feedFile ?? 'latest.yml')]);
      expect(run.log.netRequests[0]).toMatch(
        /^https:\/\/github\.com\/unsit-app\/unsit\/releases\/latest\/download\/latest/,
      );
    },
  );

  it('with "Check for updates" off, makes no request at all', () => {
    const run = runner.run([], { prepare: user(false, true) });
    expect(run.log.netRequests).toEqual([]);
  });

  it('a build run from source never checks', () => {
    const run = runner.run([], { prepare: user(true, false) });
    expect(run.log.netRequests).toEqual([]);
  });
});
