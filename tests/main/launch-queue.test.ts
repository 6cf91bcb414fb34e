import { describe, expect, it } from 'vitest';
import { createLaunchQueue } from '../../electron/main/launch-queue';
import type { LaunchRequest } from '../../electron/main/single-instance';

describe('launches while Unsit starts', () => {
  it('wait until the app is wired, after what its own launch asked for', () => {
    const queue = createLaunchQueue();
    const done: LaunchRequest[] = [];
    queue.launch('start-routine');
    queue.launch('open-settings');
    expect(done).toEqual([]);
    queue.ready({ launch: (request) => void done.push(request) }, 'tray-only');
    expect(done).toEqual(['tray-only', 'start-routine', 'open-settings']);
  });

  it('are done at once once the app is wired', () => {
    const queue = createLaunchQueue();
    const done: LaunchRequest[] = [];
    queue.ready({ launch: (request) => void done.push(request) }, 'tray-only');
    queue.launch('start-routine');
    expect(done).toEqual(['tray-only', 'start-routine']);
  });
});
