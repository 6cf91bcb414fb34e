import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../electron/main/security';
import { createWindowManager, type WindowManagerOptions } from '../../electron/main/windows';
import { FakeWindow } from './fakes/electron';

function openEveryWindow(
  options: Partial<WindowManagerOptions>,
): BrowserWindowConstructorOptions[] {
  const created: FakeWindow[] = [];
  const manager = createWindowManager({
    createWindow: (windowOptions) => {
      const window = new FakeWindow(windowOptions);
      created.push(window);
      return window;
    },
    preloadPath: '/app/out/preload/index.cjs',
    platform: 'linux',
    ...options,
  });
  manager.open('routine');
  manager.open('settings');
  manager.show();
  return created.map((window) => window.options);
}

describe('DevTools', () => {
  it('are off in every window unless the composition root asks for them', () => {
    const windows = openEveryWindow({});
    expect(windows).toHaveLength(3);
    for (const options of windows) expect(options.webPreferences?.devTools).toBe(false);
  });

  it('are on in every window of a build run from source', () => {
    for (const options of openEveryWindow({ devTools: true })) {
      expect(options.webPreferences?.devTools).toBe(true);
    }
  });

  it('are off in the secure defaults', () => {
    expect(secureWebPreferences('/preload.cjs').devTools).toBe(false);
  });
});
